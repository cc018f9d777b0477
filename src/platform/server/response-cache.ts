import type { RequestHandler } from 'express';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { todayIso } from '../graphql/scalars.js';

/**
 * A cache of whole answers to public reads: a GraphQL query sent by POST without credentials,
 * answered without errors, is kept (its `data` as JSON) under the exact request (query, operation
 * name, variables) and the UTC date (isOverdue and the overdue filter depend on the day). The same
 * request then gets the same bytes without touching the database.
 *
 * Correctness:
 * - every write this process commits clears the cache (`invalidate()`, called by the database layer
 *   after each committed transaction or autocommitted write; mutations that write some other way
 *   call it themselves);
 * - an answer is stored only if no invalidation happened while it was being computed (a
 *   generation number), so a read that overlapped a write never outlives it;
 * - entries expire after `ttlMs`: the bound on staleness for writes this process cannot see
 *   (another server process on the same database, psql); ttlMs 0 turns the cache off;
 * - mutations, requests with an Authorization header or cookies, and answers with errors are never stored.
 */
export interface ResponseCacheOptions {
  /** how long an answer is served from the cache; 0: no cache */
  ttlMs: number;
  /** the most the cache holds, in bytes of response bodies; the oldest answers go first */
  maxBytes: number;
  now?: () => number;
}

interface Entry {
  /** the whole response body, ready to send: a hit copies nothing */
  body: Buffer;
  expires: number;
}

/** A request that computes an answer others are waiting for. */
interface Flight {
  done: Promise<void>;
  resolve: () => void;
}

/**
 * What a request that missed the cache needs to store its answer: the key, the generation it
 * started in, and, when it is the one computing the answer for others, its flight.
 */
export interface CacheTicket {
  key: string;
  generation: number;
  flight?: Flight;
}

export type Lookup = { body: Buffer } | { ticket: CacheTicket } | { wait: Promise<void> };

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly flights = new Map<string, Flight>();
  private bytes = 0;
  private generation = 0;
  private readonly now: () => number;
  readonly stats = { hits: 0, staleHits: 0, waits: 0, misses: 0, stored: 0, invalidations: 0 };

  constructor(private readonly options: ResponseCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  /**
   * The cached body for this key; or, while another request computes the answer, the expired
   * body (if any: it expired by age, never by a write, which removes it) or a promise to wait
   * on; else a ticket to compute and store it. Identical requests arriving together (after a
   * write, at start) so cost one execution, not one each.
   */
  lookup(key: string, { wait = true } = {}): Lookup {
    const entry = this.entries.get(key);
    if (entry && entry.expires > this.now()) {
      this.stats.hits += 1;
      return { body: entry.body };
    }
    const flight = this.flights.get(key);
    if (flight) {
      if (entry) {
        this.stats.staleHits += 1;
        return { body: entry.body };
      }
      if (wait) {
        this.stats.waits += 1;
        return { wait: flight.done };
      }
      this.stats.misses += 1;
      return { ticket: { key, generation: this.generation } };
    }
    this.stats.misses += 1;
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    const started: Flight = { done, resolve };
    this.flights.set(key, started);
    return { ticket: { key, generation: this.generation, flight: started } };
  }

  /** keeps a response body, unless the data may have changed since its request started */
  store(ticket: CacheTicket, body: Buffer): void {
    if (this.enabled && ticket.generation === this.generation && body.length <= this.options.maxBytes) {
      const old = this.entries.get(ticket.key);
      if (old) this.remove(ticket.key, old);
      this.entries.set(ticket.key, { body, expires: this.now() + this.options.ttlMs });
      this.bytes += body.length;
      this.stats.stored += 1;
      // Map keeps insertion order: the first entries are the oldest
      for (const [key, entry] of this.entries) {
        if (this.bytes <= this.options.maxBytes) break;
        this.remove(key, entry);
      }
    }
    this.release(ticket);
  }

  /** the ticket's request is over (stored or not): wake the requests waiting for it */
  release(ticket: CacheTicket): void {
    if (ticket.flight && this.flights.get(ticket.key) === ticket.flight) {
      this.flights.delete(ticket.key);
      ticket.flight.resolve();
    }
  }

  /** forget every answer: call after any write */
  invalidate(): void {
    this.generation += 1;
    this.stats.invalidations += 1;
    this.entries.clear();
    this.bytes = 0;
    // those waiting compute the answer anew (the flight they waited on started before the write)
    for (const flight of this.flights.values()) flight.resolve();
    this.flights.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}

/** the cache key of a parsed request body, or null when the request is not a cacheable read */
export function cacheKeyOf(body: unknown): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  // persisted-query style requests (no query text) and extensions go through unchanged
  if (typeof query !== 'string' || extensions !== undefined) return null;
  return `${todayIso()}\n${JSON.stringify([operationName ?? null, variables ?? null, query])}`;
}

/**
 * Express middleware in front of Apollo: answers a cached read at once; otherwise leaves a ticket
 * in res.locals.responseCacheTicket for responseCachePlugin. It comes after anything that must see
 * every request (rate limits) and after the JSON body parser.
 */
export function responseCacheMiddleware(cache: ResponseCache): RequestHandler {
  return async (req, res, next) => {
    if (!cache.enabled || req.method !== 'POST' || req.headers.authorization !== undefined || req.headers.cookie !== undefined) return next();
    const key = cacheKeyOf(req.body);
    if (key === null) return next();
    let found = cache.lookup(key);
    if ('wait' in found) {
      await found.wait;
      found = cache.lookup(key, { wait: false });
    }
    if ('ticket' in found) {
      const ticket = found.ticket;
      res.locals.responseCacheTicket = ticket;
      // whatever happens to the request (an error, a client gone), those waiting on it wake up
      res.once('close', () => cache.release(ticket));
      return next();
    }
    if (!('body' in found)) return next();
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': found.body.length });
    res.end(found.body);
  };
}

/**
 * Stores the answer of a request that missed the cache, when it was a query (never a mutation)
 * that succeeded. `ticketOf` finds the request's ticket from its context.
 */
export function responseCachePlugin<T extends BaseContext>(
  cache: ResponseCache,
  ticketOf: (context: T) => CacheTicket | undefined,
  options: { exposeSqlCounts: boolean },
): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation }) {
          const ticket = ticketOf(contextValue);
          if (!ticket || operation?.operation !== 'query' || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length || result.data == null || (response.http.status ?? 200) !== 200) return;
          // the answer's extensions (e.g. its cost) go with it, except what is this request's own;
          // in bench and test mode a hit says that it cost no statement, and that it was a hit
          const { sqlStatements: _statements, responseCache: _cache, ...kept } = result.extensions ?? {};
          const extensions = options.exposeSqlCounts ? { ...kept, sqlStatements: 0, responseCache: 'HIT' } : kept;
          const stored = Object.keys(extensions).length > 0 ? { data: result.data, extensions } : { data: result.data };
          cache.store(ticket, Buffer.from(JSON.stringify(stored)));
          if (options.exposeSqlCounts) result.extensions = { ...result.extensions, responseCache: 'MISS' };
        },
      };
    },
  };
}
