import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../../config/config.js';

export type { Logger };

/**
 * Structured JSON logs, one line per event; request lines carry the request id.
 * Written to stdout, or to `destination` (tests read the lines back).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return destination ? pino({ level, base: { service: 'liaison-graph' } }, destination) : pino({ level, base: { service: 'liaison-graph' } });
}
