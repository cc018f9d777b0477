import 'reflect-metadata';
import { loadConfigOrExit } from './config/config.js';
import { createLogger } from './platform/logging/logger.js';
import { startApp } from './app/bootstrap.js';
import { SHUTDOWN_GRACE_MS } from './platform/server/request-budgets.js';

const config = loadConfigOrExit();

const logger = createLogger(config.logLevel);

/** past this, a stop that hangs (a stuck pool, say) ends the process anyway, with exit code 1 */
const SHUTDOWN_DEADLINE_MS = SHUTDOWN_GRACE_MS + 5_000;

try {
  const app = await startApp(config, logger);
  logger.info({ url: `${app.url}/graphql` }, `Liaison Graph ready: ${app.url}/graphql`);
  // supervisors and tests wait for this line
  logger.flush();
  let stopping = false;
  // SIGTERM (orchestrators) or SIGINT (Ctrl-C): stop accepting connections, let requests in
  // flight finish (10 s at most), close the database pool, exit 0. Repeated signals change
  // nothing (tsx relays a signal of its own): the deadline below ends a stop that hangs.
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    logger.info({ signal, graceMs: SHUTDOWN_GRACE_MS }, 'shutting down: no new connections, finishing requests in flight');
    setTimeout(() => {
      logger.error({ ms: Date.now() - started }, 'shutdown did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    try {
      await app.stop();
      logger.info({ ms: Date.now() - started }, 'stopped: requests finished, database pool closed');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', (signal) => void shutdown(signal));
  process.on('SIGINT', (signal) => void shutdown(signal));
} catch (error) {
  logger.fatal({ err: error }, 'start failed');
  process.exit(1);
}
