import { pino, type Logger } from 'pino';
import type { LogLevel } from '../../config/config.js';

export type { Logger };

/** Structured JSON logs, one line per event; request lines carry the request id. */
export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: 'liaison-graph' } });
}
