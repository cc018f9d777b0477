import type http from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { todayIso } from '../graphql/scalars.js';
import { ALL_TYPES } from '../database/write-watch.js';
import { graphqlRequestOf, passesCsrfPrevention, publicCacheControl, sendAnswer } from './http-cache.js';
import type { Step } from './request-steps.js';

/**
 * A cache of whole answers to public reads: a GraphQL query sent by POST without credentials,
 * answered without errors, is kept (its `data` as JSON) under the exact request (query, operation
 * name, variables) and the UTC date (isOverdue and the overdue filter depend on the day). The same
 * request then gets the same bytes without touching the database.
 *
 * Correctness:
 * - each answer remembers the object types it may show (`answerTypes`: the types its selection
 *   can reach, read from the query and the schema); a committed write names the types it changed
 *   (change/change.write.ts runWrite) and `invalidate(types)` drops the answers that share one. The
 *   process that wrote does so before it answers the mutation; every other process hears it
 *   (platform/database/write-watch.ts) and, before each lookup, `sync()`s: a round trip that
 *   guarantees every write acknowledged before the request arrived has been applied here;
 * - an answer is stored only if no write that concerns it was applied while it was being
 *   computed, so a read that overlapped a write never outlives it;
 * - entries expire after `ttlMs`: the bound on staleness for changes made outside the API
 *   (psql); ttlMs 0 turns the cache off;
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
  /** the object types the answer may show: a write to one of them drops it */
  types: ReadonlySet<string>;
}

/** how many recent invalidations are kept to judge answers still being computed (older tickets store nothing) */
const INVALIDATION_LOG = 256;

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
  /** the types each recent invalidation dropped (null: all), the last at index generation - 1 */
  private readonly log: (ReadonlySet<string> | null)[] = [];
  private readonly now: () => number;
  readonly stats = { hits: 0, staleHits: 0, waits: 0, misses: 0, stored: 0, invalidations: 0, bypassed: 0 };

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

  /**
   * true when lookup(key) would answer from the cache or make the request wait for another:
   * only then must writes acknowledged elsewhere be applied first (a miss reads the database)
   */
  wouldAnswer(key: string): boolean {
    return this.entries.has(key) || this.flights.has(key);
  }

  /** keeps a response body that shows objects of `types`, unless some of them changed since its request started */
  store(ticket: CacheTicket, body: Buffer, types: ReadonlySet<string>): void {
    if (this.enabled && !this.changedSince(ticket.generation, types) && body.length <= this.options.maxBytes) {
      const old = this.entries.get(ticket.key);
      if (old) this.remove(ticket.key, old);
      this.entries.set(ticket.key, { body, expires: this.now() + this.options.ttlMs, types });
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

  /**
   * Forgets the answers that show objects of these types (a committed write changed some), or
   * every answer when no types are given or they include ALL_TYPES.
   */
  invalidate(types?: Iterable<string>): void {
    const changed = types === undefined ? null : new Set(types);
    const all = changed === null || changed.has(ALL_TYPES);
    this.generation += 1;
    this.log.push(all ? null : changed);
    if (this.log.length > INVALIDATION_LOG) this.log.shift();
    this.stats.invalidations += 1;
    if (all) {
      this.entries.clear();
      this.bytes = 0;
    } else {
      for (const [key, entry] of this.entries) if (intersects(entry.types, changed)) this.remove(key, entry);
    }
    // those waiting compute the answer anew (the flight they waited on may have started before the write)
    for (const flight of this.flights.values()) flight.resolve();
    this.flights.clear();
  }

  /** did a write to any of these types come since `generation`? (true when that is too long ago to know) */
  private changedSince(generation: number, types: ReadonlySet<string>): boolean {
    const missed = this.generation - generation;
    if (missed === 0) return false;
    if (missed > this.log.length) return true;
    return this.log.slice(-missed).some((changed) => changed === null || intersects(types, changed));
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * The object types an answer to a query may show: every type its selection reaches, where a
 * type that is not stored itself (a connection, an edge, a union, an interface, a value type)
 * stands for the stored types it is made of, through all its fields. `stored` names the types
 * writes announce (the entity classes, named as their GraphQL types); `alwaysFor` names types
 * every answer depends on (those whose names arguments look up: renaming one changes what a
 * filter matches). Derived from the query text: computed once per parsed document.
 */
export class AnswerTypes {
  private readonly madeOf = new Map<string, ReadonlySet<string>>();
  private readonly byDocument = new WeakMap<DocumentNode, ReadonlySet<string>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly stored: ReadonlySet<string>,
    private readonly alwaysFor: readonly string[] = [],
  ) {
    for (const type of Object.values(schema.getTypeMap())) this.madeOf.set(type.name, this.walk(type, new Set(), new Set()));
  }

  of(document: DocumentNode): ReadonlySet<string> {
    let types = this.byDocument.get(document);
    if (!types) {
      const found = new Set<string>(this.alwaysFor);
      const typeInfo = new TypeInfo(this.schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field: () => {
            const type = typeInfo.getType();
            for (const name of (type && this.madeOf.get(getNamedType(type).name)) ?? []) found.add(name);
          },
        }),
      );
      this.byDocument.set(document, (types = found));
    }
    return types;
  }

  private walk(type: GraphQLNamedType, seen: Set<string>, found: Set<string>): Set<string> {
    if (seen.has(type.name)) return found;
    seen.add(type.name);
    if (this.stored.has(type.name)) found.add(type.name);
    else if (isAbstractType(type)) for (const t of this.schema.getPossibleTypes(type)) this.walk(t, seen, found);
    else if (isObjectType(type)) for (const field of Object.values(type.getFields())) this.walk(getNamedType(field.type), seen, found);
    return found;
  }
}

/** a persisted query's hash, when the request names one (Apollo's APQ: extensions.persistedQuery) */
function persistedHashOf(extensions: unknown): string | null | undefined {
  if (extensions === undefined) return undefined;
  if (!extensions || typeof extensions !== 'object' || Array.isArray(extensions)) return null;
  const { persistedQuery, ...others } = extensions as Record<string, unknown>;
  if (Object.keys(others).length > 0 || !persistedQuery || typeof persistedQuery !== 'object') return null;
  const { version, sha256Hash } = persistedQuery as Record<string, unknown>;
  return version === 1 && typeof sha256Hash === 'string' && /^[0-9a-f]{64}$/.test(sha256Hash) ? sha256Hash : null;
}

/**
 * The cache key of a GraphQL request (a POST body, or a GET's parameters), or null when it is
 * not a cacheable read. A persisted query sent by its hash alone is keyed by the hash: Apollo
 * only runs the text that hashes to it, so the hash names one question as surely as the text.
 */
export function cacheKeyOf(body: unknown): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  const hash = persistedHashOf(extensions);
  // other extensions go through unchanged
  if (hash === null) return null;
  const text = typeof query === 'string' ? query : hash ? `sha256:${hash}` : null;
  if (text === null) return null;
  return `${todayIso()}\n${JSON.stringify([operationName ?? null, variables ?? null, text])}`;
}

/** the ticket of each request that missed, by its response (cacheTicketOf) */
const tickets = new WeakMap<http.ServerResponse, CacheTicket>();

/** the ticket the response cache gave the request `res` answers, when it missed */
export const cacheTicketOf = (res: http.ServerResponse): CacheTicket | undefined => tickets.get(res);

/**
 * A step in front of Apollo: answers a cached read at once; otherwise leaves a ticket
 * (cacheTicketOf) for responseCachePlugin. It comes after anything that must see
 * every request (rate limits) and after the JSON body parser. `sync` resolves once the writes
 * other processes acknowledged before now are applied here (false: that cannot be known, so the
 * request neither reads nor fills the cache); it is awaited only when the cache has something
 * for the request.
 */
export function responseCacheMiddleware(
  cache: ResponseCache,
  sync: () => Promise<boolean> = async () => true,
  httpMaxAgeSeconds = 0,
): Step {
  return async (req, res, next) => {
    if (!cache.enabled || req.headers.authorization !== undefined || req.headers.cookie !== undefined) return next();
    // a GET without the preflight header is Apollo's to refuse (CSRF prevention), never answered here
    if (req.method === 'GET' && !passesCsrfPrevention(req)) return next();
    const key = cacheKeyOf(graphqlRequestOf(req));
    if (key === null) return next();
    // only an answer the cache would give needs the sync: a miss reads the database itself
    if (cache.wouldAnswer(key) && !(await sync())) {
      cache.stats.bypassed += 1;
      return next();
    }
    let found = cache.lookup(key);
    if ('wait' in found) {
      await found.wait;
      found = cache.lookup(key, { wait: false });
    }
    if ('ticket' in found) {
      const ticket = found.ticket;
      tickets.set(res, ticket);
      // whatever happens to the request (an error, a client gone), those waiting on it wake up
      res.once('close', () => cache.release(ticket));
      return next();
    }
    if (!('body' in found)) return next();
    // a GET gets the headers the miss had (http-cache.ts), with its ETag: 304 when it matches
    const headers: [string, string][] = [['content-type', 'application/json; charset=utf-8']];
    if (req.method === 'GET') headers.push(['vary', 'Authorization'], ['cache-control', publicCacheControl(httpMaxAgeSeconds)]);
    sendAnswer(req, res, 200, headers, found.body);
  };
}

/**
 * Stores the answer of a request that missed the cache, when it was a query (never a mutation)
 * that succeeded. `ticketOf` finds the request's ticket from its context.
 */
export function responseCachePlugin<T extends BaseContext>(
  cache: ResponseCache,
  ticketOf: (context: T) => CacheTicket | undefined,
  options: { exposeSqlCounts: boolean; answerTypes: AnswerTypes },
): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation, document }) {
          const ticket = ticketOf(contextValue);
          if (!ticket || !document || operation?.operation !== 'query' || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length || result.data == null || (response.http.status ?? 200) !== 200) return;
          // the answer's extensions (e.g. its cost) go with it, except what is this request's own;
          // in bench and test mode a hit says that it cost no statement, and that it was a hit
          const { sqlStatements: _statements, sqlRoundTrips: _roundTrips, responseCache: _cache, ...kept } = result.extensions ?? {};
          const extensions = options.exposeSqlCounts ? { ...kept, sqlStatements: 0, sqlRoundTrips: 0, responseCache: 'HIT' } : kept;
          const stored = Object.keys(extensions).length > 0 ? { data: result.data, extensions } : { data: result.data };
          // the same bytes Apollo sends (its JSON and a newline), so a hit has the miss's ETag
          cache.store(ticket, Buffer.from(JSON.stringify(stored) + '\n'), options.answerTypes.of(document));
          if (options.exposeSqlCounts) result.extensions = { ...result.extensions, responseCache: 'MISS' };
        },
      };
    },
  };
}
