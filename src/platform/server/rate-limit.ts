import { createHash } from 'node:crypto';
import type { Logger } from '../logging/logger.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitStore } from './rate-limit-store.js';
import { clientAddress, header, type Step } from './request-steps.js';

/**
 * Requests a minute per client address, and per token when an Authorization header is sent
 * (the header value is hashed: the store never holds a token). Tokens are not verified yet,
 * so a made-up header must not buy a fresh budget: the address budget always applies too.
 * Over either budget: 429 with Retry-After and a RATE_LIMITED error body (see errors.ts).
 * Every answer carries RateLimit-Limit / -Remaining / -Reset (draft IETF headers).
 */
export function rateLimit(options: { perMinute: number; store: RateLimitStore; logger: Logger; trustProxy: number }): Step {
  const { perMinute, store, logger, trustProxy } = options;
  return async (req, res, next) => {
    const keys = [`ip:${clientAddress(req, trustProxy)}`];
    const authorization = header(req, 'authorization');
    if (authorization) keys.push(`token:${createHash('sha256').update(authorization).digest('base64url')}`);

    // a key over its budget rejects with its RateLimiterRes; the store itself never fails (see rate-limit-store.ts)
    const settled = await Promise.allSettled(keys.map((key) => store.limiter.consume(key)));
    const hits: RateLimiterRes[] = [];
    for (const result of settled) {
      const value: unknown = result.status === 'fulfilled' ? result.value : result.reason;
      if (!(value instanceof RateLimiterRes)) {
        logger.error({ err: value }, 'rate limit not checked');
        return next(new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The rate limit could not be checked; retry shortly.'));
      }
      hits.push(value);
    }

    const over = hits.filter((h) => h.consumedPoints > perMinute);
    const remaining = Math.max(0, perMinute - Math.max(...hits.map((h) => h.consumedPoints)));
    const resetSeconds = Math.max(1, Math.ceil(Math.max(...(over.length ? over : hits).map((h) => h.msBeforeNext)) / 1000));
    res.setHeader('RateLimit-Limit', String(perMinute));
    res.setHeader('RateLimit-Remaining', String(remaining));
    res.setHeader('RateLimit-Reset', String(resetSeconds));
    if (over.length === 0) return next();

    res.setHeader('Retry-After', String(resetSeconds));
    next(
      new AppError(
        ErrorCode.RATE_LIMITED,
        `Too many requests: at most ${perMinute} a minute per client. Retry after ${resetSeconds} s.`,
        undefined,
        { retryAfter: resetSeconds },
      ),
    );
  };
}
