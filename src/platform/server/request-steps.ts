import type http from 'node:http';
import type { RequestBudget } from '../database/request-budget.js';
import type { StatementCount } from '../database/query-counter.js';

/**
 * A request's handling as steps over Node's own request and response, in Express's shape
 * (`next()` goes on, `next(error)` ends with an error), so that the GraphQL endpoints and the
 * Express routes run the same steps. The GraphQL endpoints do not go through Express: measured
 * with `npm run bench:floor`, Express and its routing cost a request about 0.4 ms of server CPU,
 * as much as Apollo and graphql-js together, and more than a thread's own resolvers.
 */

/** a request whose body a body parser may have read */
export type StepRequest = http.IncomingMessage & { body?: unknown };

export type Next = (error?: unknown) => void;

export type Step = (req: StepRequest, res: http.ServerResponse, next: Next) => void | Promise<void>;

/** Runs `steps` in order, as Express runs middleware; `done` gets the first error, or nothing once all went on. */
export function runSteps(steps: readonly Step[], req: StepRequest, res: http.ServerResponse, done: Next): void {
  let index = 0;
  const next: Next = (error) => {
    if (error || index === steps.length) return done(error);
    const step = steps[index++];
    try {
      const result = step(req, res, next);
      // as Express 5 does: a step's rejected promise is its error
      if (result instanceof Promise) result.catch((rejected: unknown) => next(rejected ?? new Error('Rejected promise')));
    } catch (thrown) {
      next(thrown);
    }
  };
  next();
}

/** What the steps of one request know of it (Express's res.locals, for both kinds of route). */
export interface RequestState {
  requestId: string;
  /** its time and rows budget (request-budget.ts), once past the rate limit */
  budget?: RequestBudget;
  /** the statements it ran (bench and test mode) */
  statementCount?: StatementCount;
  /** stopped by its budget and answered from the HTTP layer: nothing else writes to it */
  answeredByBudget?: boolean;
}

const states = new WeakMap<http.ServerResponse, RequestState>();

/** the state of the request `res` answers (set by the first step, request ids) */
export function stateOf(res: http.ServerResponse): RequestState {
  let state = states.get(res);
  if (!state) {
    state = { requestId: '' };
    states.set(res, state);
  }
  return state;
}

/**
 * The path of a request's target, without its query string: `/graphql` of `/graphql?x=1`, and of
 * the absolute form `http://host/graphql` that HTTP/1.1 servers must accept too (RFC 9112 3.2.2).
 */
export function pathOf(url: string): string {
  let start = 0;
  if (url[0] !== '/') {
    const scheme = url.indexOf('://');
    if (scheme !== -1) start = url.indexOf('/', scheme + 3);
    if (start === -1) return '/';
  }
  const query = url.indexOf('?', start);
  return url.slice(start, query === -1 ? undefined : query);
}

/** A JSON answer, written with Node's own response (no framework needed). */
export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** a request header as one string (repeated headers joined, as Express's req.header does for most) */
export function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The client's address as Express computes it with `trust proxy` set to a hop count: behind N
 * reverse proxies, the address N hops back in X-Forwarded-For.
 */
export function clientAddress(request: http.IncomingMessage, trustProxy: number): string {
  const direct = request.socket.remoteAddress ?? 'unknown';
  if (trustProxy <= 0) return direct;
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
    .reverse();
  const hops = [direct, ...forwarded];
  return hops[Math.min(trustProxy, hops.length - 1)];
}
