import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logging/logger.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import type { RateLimitStore } from './rate-limit-store.js';

const WINDOW_MS = 60_000;

/**
 * Requests a minute per client address, and per token when an Authorization header is sent
 * (the header value is hashed: the store never holds a token). Tokens are not verified yet,
 * so a made-up header must not buy a fresh budget: the address budget always applies too.
 * Over either budget: 429 with Retry-After and a RATE_LIMITED error body (see errors.ts).
 * Every answer carries RateLimit-Limit / -Remaining / -Reset (draft IETF headers).
 */
export function rateLimit(options: { perMinute: number; store: RateLimitStore; logger: Logger }): RequestHandler {
  const { perMinute, store, logger } = options;
  let lastWarning = 0;
  return async (req, res, next) => {
    const keys = [`ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`];
    const authorization = req.header('authorization');
    if (authorization) keys.push(`token:${createHash('sha256').update(authorization).digest('base64url')}`);

    let hits: { count: number; resetMs: number }[];
    try {
      hits = await Promise.all(keys.map((key) => store.hit(key, WINDOW_MS)));
    } catch (err) {
      // the store is down: let the request through rather than refuse everyone
      if (Date.now() - lastWarning > 30_000) {
        lastWarning = Date.now();
        logger.warn({ err }, 'rate limit not checked: store unavailable');
      }
      return next();
    }

    const over = hits.filter((h) => h.count > perMinute);
    const remaining = Math.max(0, perMinute - Math.max(...hits.map((h) => h.count)));
    const resetSeconds = Math.ceil(Math.max(...(over.length ? over : hits).map((h) => h.resetMs)) / 1000);
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
