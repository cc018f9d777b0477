import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../logging/logger.js';

/**
 * Where rate-limit counters live (rate-limiter-flexible): in this process by default, in Redis
 * when several server processes must share one budget. A fixed window per key: the first
 * request of a key opens a window of `durationSeconds`, every request in it counts, and the
 * window's end is the Retry-After.
 *
 * Why a fixed window: rate-limiter-flexible has no sliding-window limiter. Its BurstyRateLimiter
 * (a steady limiter plus a burst allowance) narrows the double budget a client can spend across a
 * window's edge, but it answers with two budgets, so RateLimit-Limit/-Remaining/-Reset would no
 * longer be one exact count and time; at most twice the budget over one edge is acceptable for a
 * per-minute API budget, exact headers are what clients use.
 *
 * With Redis, a lost Redis must neither open the gate nor shut it: while Redis cannot be
 * reached, each process counts in its own memory (rate-limiter-flexible's insurance limiter),
 * so a client gets at most the budget per process, and the log and /readyz say so.
 */
export interface RateLimitStore {
  limiter: RateLimiterAbstract;
  /** for /readyz: where requests are counted now */
  state(): RateLimitState;
  close(): Promise<void>;
}

export type RateLimitState = 'in-process' | 'shared (Redis)' | 'in-process: Redis unreachable';

const KEY_PREFIX = 'liaison-graph:rate';

export function memoryStore(points: number, durationSeconds: number): RateLimitStore {
  return {
    limiter: new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix: KEY_PREFIX }),
    state: () => 'in-process',
    async close() {},
  };
}

export async function redisStore(url: string, points: number, durationSeconds: number, logger: Logger): Promise<RateLimitStore> {
  const redis = new Redis(url, {
    // commands fail at once while Redis is away (the insurance limiter counts then), rather than queue
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // keep reconnecting, at most every 2 s
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let reachable = false;
  let lastWarning = 0;
  const lost = (err?: Error) => {
    const wasReachable = reachable;
    reachable = false;
    // ioredis emits an error per failed reconnect; a line on the change, then one every 30 s, is enough
    if (wasReachable || Date.now() - lastWarning > 30_000) {
      lastWarning = Date.now();
      logger.warn({ err }, 'rate-limit store (Redis) unreachable: counting in this process until it is back');
    }
  };
  redis.on('error', (err: Error) => lost(err));
  redis.on('close', () => reachable && lost());
  redis.on('ready', () => {
    if (!reachable) logger.info('rate-limit store (Redis) reachable: counting in Redis');
    reachable = true;
  });
  // wait (briefly) for the connection, so the first requests are counted in Redis; start anyway without it
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2_000);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  if (!reachable) lost();
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    points,
    duration: durationSeconds,
    keyPrefix: KEY_PREFIX,
    // while Redis is not connected, go to the insurance limiter at once instead of waiting on a command
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix: KEY_PREFIX }),
  });
  return {
    limiter,
    state: () => (reachable ? 'shared (Redis)' : 'in-process: Redis unreachable'),
    async close() {
      redis.disconnect();
    },
  };
}
