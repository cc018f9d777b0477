import vary from 'vary';
import { header, type Step } from './request-steps.js';

/**
 * CORS for partner pages on other origins. Written here rather than with the `cors` package:
 * that package is in node_modules only as a dependency of @apollo/server (not ours to import)
 * and has no types installed, and what we need is small and fixed: no credentials ever (tokens
 * are bearer tokens in the Authorization header, never cookies), so an open API answers `*`
 * and a restricted one echoes the allowed origin.
 *
 * An origin not allowed gets no CORS headers (the browser then refuses to hand the page the
 * answer); the request itself is not refused, so a server-side client without Origin works
 * as before. Preflights are answered here, before Apollo: Apollo's CSRF prevention refuses an
 * OPTIONS request (no JSON content type, no Apollo-Require-Preflight) with 400, and it stays
 * on for every GET and POST.
 */

/** the request headers a page may send: Authorization for tokens, the ones Apollo clients add */
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Apollo-Require-Preflight', 'X-Apollo-Operation-Name', 'X-Request-Id', 'If-None-Match'];
/** response headers a page may read besides the simple ones */
const EXPOSED_HEADERS = ['X-Request-Id', 'ETag', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];
/** how long a browser may reuse a preflight's answer (browsers cap it: Chromium at 2 hours) */
export const PREFLIGHT_MAX_AGE_SECONDS = 86_400;

export function cors(allowedOrigins: string[] | null): Step {
  const allowed = allowedOrigins ? new Set(allowedOrigins) : null;
  return (req, res, next) => {
    const origin = header(req, 'origin');
    const preflight = req.method === 'OPTIONS' && origin !== undefined && req.headers['access-control-request-method'] !== undefined;
    // a restricted answer depends on the Origin: caches must keep one copy per origin
    if (allowed) vary(res, 'Origin');
    const permitted = origin !== undefined && (!allowed || allowed.has(origin));
    if (permitted) {
      res.setHeader('Access-Control-Allow-Origin', allowed ? origin : '*');
      if (!preflight) res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '));
    }
    if (!preflight) {
      next();
      return;
    }
    if (permitted) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
      res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
    }
    res.statusCode = 204;
    res.end();
  };
}

