import { Redis, type Result } from 'ioredis';
import type { Logger } from '../logging/logger.js';

/**
 * Where rate-limit counters live: in this process by default, in Redis when several server
 * processes must share one budget. A fixed window per key: the first request of a key opens a
 * window of `windowMs`, every request in it counts, and the window's end is the Retry-After.
 */
export interface RateLimitStore {
  /** counts one request for `key`; returns the count so far in its window and the ms left in it */
  hit(key: string, windowMs: number): Promise<{ count: number; resetMs: number }>;
  close(): Promise<void>;
}

export function memoryStore(): RateLimitStore {
  const windows = new Map<string, { count: number; resetAt: number }>();
  // expired windows are dropped once a minute, so keys that stop coming do not pile up
  const sweeper = setInterval(() => {
    const now = Date.now();
    for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
  }, 60_000);
  sweeper.unref();
  return {
    async hit(key, windowMs) {
      const now = Date.now();
      let w = windows.get(key);
      if (!w || w.resetAt <= now) {
        w = { count: 0, resetAt: now + windowMs };
        windows.set(key, w);
      }
      w.count += 1;
      return { count: w.count, resetMs: w.resetAt - now };
    },
    async close() {
      clearInterval(sweeper);
      windows.clear();
    },
  };
}

/** INCR and open the window on the first hit, in one round trip and atomically across processes */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    rateLimitHit(key: string, windowMs: number): Result<[number, number], Context>;
  }
}

/**
 * Counters in Redis. Commands fail at once while Redis is unreachable (no offline queue), and
 * the caller lets requests through then: a lost Redis must not take the API down with it.
 */
export async function redisStore(url: string, logger: Logger): Promise<RateLimitStore> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    keyPrefix: 'liaison-graph:rate:',
    // keep reconnecting, at most every 2 s
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let lastWarning = 0;
  redis.on('error', (err: Error) => {
    // ioredis emits an error per failed reconnect; one line every 30 s is enough
    if (Date.now() - lastWarning > 30_000) {
      lastWarning = Date.now();
      logger.warn({ err }, 'rate-limit store (Redis) unreachable');
    }
  });
  redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
  // wait (briefly) for the connection, so the first requests are counted; start anyway without it
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 2_000);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  if (!ready) logger.warn('rate-limit store (Redis) not reachable at start; requests are let through until it is');
  return {
    async hit(key, windowMs) {
      const [count, resetMs] = await redis.rateLimitHit(key, windowMs);
      return { count, resetMs };
    },
    async close() {
      redis.disconnect();
    },
  };
}
