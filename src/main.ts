import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './platform/logging/logger.js';
import { startApp } from './app/bootstrap.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

const logger = createLogger(config.logLevel);
try {
  const app = await startApp(config, logger);
  logger.info({ url: `${app.url}/graphql` }, `Liaison Graph ready: ${app.url}/graphql`);
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await app.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
} catch (error) {
  logger.fatal({ err: error }, 'start failed');
  process.exit(1);
}
