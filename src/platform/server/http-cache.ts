import { createHash } from 'node:crypto';
import type http from 'node:http';
import etag from 'etag';
import fresh from 'fresh';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { StepRequest } from './request-steps.js';

/**
 * HTTP caching of public reads, so a browser or a CDN can serve a repeated dashboard load
 * without reaching the server.
 *
 * - Queries may be sent by GET with a persisted query hash (Apollo's automatic persisted queries:
 *   `?extensions={"persistedQuery":{"version":1,"sha256Hash":…}}`), which gives each question a
 *   short, stable URL. Apollo's CSRF prevention stays on: a GET carries `Apollo-Require-Preflight`.
 * - The answer to a GET query sent without a token, with no errors, says `Cache-Control: public,
 *   max-age=N` (HTTP_CACHE_SECONDS): for N seconds a cache may serve it; after that it asks again
 *   with `If-None-Match` and gets `304 Not Modified` if the answer has not changed. The ETag is a
 *   hash of the bytes (sendAnswer below), so every server process gives the same one.
 * - Anything else (a token, a mutation, an error, POST) is `private, no-store` or not cacheable by
 *   HTTP's rules, and `Vary: Authorization` keeps a token holder's answer (which may show
 *   non-public text) out of the shared copy.
 */

/** the hash Apollo's persisted queries use: sha256 of the exact query text, in hex */
export function persistedQueryHash(query: string): string {
  return createHash('sha256').update(query).digest('hex');
}

/** what the APQ cache may hold from clients that register queries: bounded, oldest out first */
const REGISTERED_QUERIES_MAX_BYTES = 8 * 1024 * 1024;
/** Apollo prefixes the keys of its persisted-query cache (requestPipeline.ts APQ_CACHE_PREFIX) */
const APQ_PREFIX = 'apq:';

/**
 * The persisted-query store: the trusted documents (the dashboard's operations, known to every
 * process from the code, so their hashes never miss, whichever process a load balancer picks),
 * and beside them the queries other clients register (Apollo checks that a registered query
 * hashes to its key), bounded in size.
 */
export function persistedQueryStore(trustedDocuments: Iterable<string>): KeyValueCache<string> {
  const trusted = new Map<string, string>();
  for (const query of trustedDocuments) trusted.set(APQ_PREFIX + persistedQueryHash(query), query);
  const registered = new InMemoryLRUCache<string>({ maxSize: REGISTERED_QUERIES_MAX_BYTES, sizeCalculation: (query) => query.length });
  return {
    get: async (key) => trusted.get(key) ?? registered.get(key),
    set: async (key, value, options) => {
      if (!trusted.has(key)) await registered.set(key, value, options);
    },
    delete: async (key) => registered.delete(key),
  };
}

/**
 * The request as the response cache keys it: the JSON body of a POST, or the search parameters
 * of a GET (variables and extensions are JSON there); null when a GET's parameters are not JSON
 * (Apollo then answers the error).
 */
export function graphqlRequestOf(req: StepRequest): unknown {
  if (req.method === 'POST') return req.body;
  if (req.method !== 'GET') return null;
  const params = new URL(req.url ?? '', 'http://x').searchParams;
  const request: Record<string, unknown> = {};
  for (const name of ['query', 'operationName'] as const) {
    const value = params.get(name);
    if (value !== null) request[name] = value;
  }
  for (const name of ['variables', 'extensions'] as const) {
    const value = params.get(name);
    if (value === null) continue;
    try {
      request[name] = JSON.parse(value);
    } catch {
      return null;
    }
  }
  return request;
}

/**
 * Apollo's CSRF prevention lets a GET through only with a header a browser cannot send without a
 * preflight (its csrfPreventionRequestHeaders defaults); the response cache answers before Apollo
 * and must let through no more than it would.
 */
export function passesCsrfPrevention(req: http.IncomingMessage): boolean {
  return req.headers['apollo-require-preflight'] !== undefined || req.headers['x-apollo-operation-name'] !== undefined;
}

/** the Cache-Control of a public answer to a GET query */
export function publicCacheControl(maxAgeSeconds: number): string {
  return maxAgeSeconds > 0 ? `public, max-age=${maxAgeSeconds}` : 'public, no-cache';
}

/** Sets the HTTP caching headers on the answers to GET requests (see above). */
export function httpCachePlugin<T extends BaseContext>(maxAgeSeconds: number): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ request }) {
      if (request.http?.method !== 'GET') return;
      const withToken = request.http.headers.has('authorization');
      return {
        async willSendResponse({ response, operation }) {
          const { headers } = response.http;
          headers.set('vary', 'Authorization');
          const cacheable =
            !withToken &&
            operation?.operation === 'query' &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors?.length &&
            (response.http.status ?? 200) === 200;
          headers.set('cache-control', cacheable ? publicCacheControl(maxAgeSeconds) : 'private, no-store');
        },
      };
    },
  };
}

/**
 * Writes a GraphQL answer. The answer to a GET carries an ETag (weak, a hash of the bytes, as
 * Express's was) and is 304 Not Modified, without its body, when the request's If-None-Match
 * holds it; POST answers are not cached by HTTP and carry none.
 */
export function sendAnswer(req: http.IncomingMessage, res: http.ServerResponse, status: number, headers: Iterable<[string, string]>, body: string | Buffer): void {
  for (const [name, value] of headers) res.setHeader(name, value);
  res.statusCode = status;
  const cacheable = (req.method === 'GET' || req.method === 'HEAD') && ((status >= 200 && status < 300) || status === 304);
  if (cacheable) {
    const tag = etag(body, { weak: true });
    res.setHeader('ETag', tag);
    if (fresh(req.headers, { etag: tag })) {
      res.statusCode = 304;
      res.removeHeader('content-type');
      res.end();
      return;
    }
  }
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}
