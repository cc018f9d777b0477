import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../../config/config.js';

export type { Logger };

/**
 * Structured JSON logs, one line per event; request lines carry the request id.
 * Written to stdout, or to `destination` (tests read the lines back).
 *
 * Stdout is written asynchronously (sonic-boom on libuv's thread pool): pino's default writes
 * each line with a blocking write(2) on the event loop, one per request, which was about 4 % of
 * the server's CPU profile of a thread answer; lines written while one write is under way go out
 * together. pino flushes what is left when the process exits.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'liaison-graph' } }, destination ?? pino.destination({ dest: 1, sync: false }));
}
