import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { EntityManager, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.js';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';

/**
 * What a committed write changed, told to every server process on the database, so each drops
 * the cached answers it affects (platform/server/response-cache.ts).
 *
 * - The write says what it changed: the type names (entity class names, which are the GraphQL
 *   type names) of the objects it flushed, plus any it names itself (change/change.write.ts runWrite,
 *   the one place API writes commit). Statements are never inspected: a read (a token's
 *   last-used bookkeeping) changes nothing anyone caches and drops nothing.
 * - `announceWrite` runs `pg_notify` inside the write's transaction: PostgreSQL delivers it to
 *   every listening session when, and only if, the transaction commits. No commit is missed
 *   (a process that dies after committing has already notified) and none is told early.
 * - `listenForWrites` keeps one dedicated connection LISTENing. Its `sync()` is one round trip
 *   on that connection: PostgreSQL sends a session the notifications committed before a query
 *   ahead of the query's answer, so once sync() resolves, every write acknowledged before it was
 *   called has been applied here. The response cache syncs before it answers (coalesced).
 */
export const WRITES_CHANNEL = 'liaison_graph_writes';

/** the listening connection's application_name (in pg_stat_activity) */
export const LISTENER_NAME = 'liaison-graph write listener';

/** this process, so it can skip its own notifications (it applies its writes at once, before answering) */
export const PROCESS_ID = randomUUID();

/**
 * The history rows (Change ids) a write appended, so live subscriptions (src/live) can say what
 * happened: the ids themselves, or for a write too large for a notification, the range they lie in.
 */
export type ChangeIds = readonly number[] | { from: number; to: number };

/** a notification's payload */
interface WriteNotice {
  from: string;
  types: string[];
  changes?: ChangeIds;
}

/** past this, a sync round trip counts as failed (the cache is bypassed) and the connection is replaced */
const SYNC_TIMEOUT_MS = 1_000;

/** everything: a write that cannot say what it changed */
export const ALL_TYPES = '*';

/**
 * Tells every process, at commit, that this transaction changed objects of these types. Call it
 * inside the write's transaction (`em` is the transaction's), after its last statement.
 */
export async function announceWrite(em: EntityManager, types: Iterable<string>, changeIds: readonly number[] = []): Promise<void> {
  const notice: WriteNotice = { from: PROCESS_ID, types: [...new Set(types)].sort(), ...(changeIds.length ? { changes: changeIds } : {}) };
  // the payload limit is 8000 bytes: a list that long means "everything", and the changes their range
  let payload = JSON.stringify(notice);
  if (payload.length > 7000) {
    const changes = changeIds.length ? { from: Math.min(...changeIds), to: Math.max(...changeIds) } : undefined;
    payload = JSON.stringify({ from: PROCESS_ID, types: [ALL_TYPES], ...(changes ? { changes } : {}) });
  }
  await (em as SqlEntityManager).execute('select pg_notify(?, ?)', [WRITES_CHANNEL, payload]);
}

/** this process's live subscriptions: told of the history rows this process commits */
const changeListeners = new Set<(changes: ChangeIds) => void>();

/** Hears the Change rows this process commits (other processes' arrive through listenForWrites). */
export function onLocalChanges(listener: (changes: ChangeIds) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** After a commit that appended these Change rows (runWrite calls it). */
export function localChangesCommitted(changeIds: readonly number[]): void {
  if (changeIds.length === 0) return;
  for (const listener of changeListeners) listener(changeIds);
}

/** this process's response caches: told of writes committed here outside a request (the importer) */
const localListeners = new Set<(types: readonly string[]) => void>();

/** Hears the writes this process commits outside a request; returns how to stop hearing them. */
export function onLocalWrite(listener: (types: readonly string[]) => void): () => void {
  localListeners.add(listener);
  return () => localListeners.delete(listener);
}

/**
 * After a commit made outside a request: this process's caches drop what it changed at once
 * (other processes hear the transaction's announceWrite; the listener skips a process's own).
 */
export function localWriteCommitted(types: readonly string[]): void {
  for (const listener of localListeners) listener(types);
}

/** the type names flushed through each EntityManager (a write's transaction), collected by trackFlushedTypes */
const flushed = new WeakMap<EntityManager, Set<string>>();

/** records, per EntityManager, the classes of the entities (and collection owners) each flush wrote */
export function trackFlushedTypes(orm: MikroORM<PostgreSqlDriver>): void {
  const subscriber: EventSubscriber = {
    afterFlush({ em, uow }: FlushEventArgs) {
      const changeSets = uow.getChangeSets();
      const collections = uow.getCollectionUpdates();
      if (changeSets.length === 0 && collections.length === 0) return;
      let names = flushed.get(em);
      if (!names) flushed.set(em, (names = new Set()));
      for (const cs of changeSets) names.add(cs.meta.className);
      for (const collection of collections) names.add(collection.owner.constructor.name);
    },
  };
  orm.em.getEventManager().registerSubscriber(subscriber);
}

/** the types flushed through `em` so far */
export function flushedTypes(em: EntityManager): ReadonlySet<string> {
  return flushed.get(em) ?? new Set();
}

export interface WriteListener {
  /**
   * Resolves true once every write committed before this call has been applied here; false
   * when that cannot be known (the listening connection is down): do not trust a cache then.
   */
  sync(): Promise<boolean>;
  close(): Promise<void>;
}

export interface ListenOptions {
  /** the primary (NOTIFY is not replicated: a standby never hears it) */
  url: string;
  logger: Logger;
  /** another process committed a write that changed these types (ALL_TYPES: anything), appending these Change rows */
  onWrite(types: readonly string[], changes: ChangeIds | undefined): void;
  /** the connection was lost: writes may have gone unheard meanwhile */
  onLost(): void;
}

/** One LISTENing connection to the primary, reconnected (every 1 s at most) when lost. */
export async function listenForWrites(options: ListenOptions): Promise<WriteListener> {
  const { logger } = options;
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let lastWarning = 0;
  // sync() calls coalesce: one round trip under way, and one that starts when it ends, shared by
  // every call made meanwhile (the one under way may have been sent before their writes were acknowledged)
  let inFlight: Promise<boolean> | null = null;
  let next: Promise<boolean> | null = null;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 5_000, keepAlive: true, application_name: LISTENER_NAME });
    c.on('notification', (message) => {
      if (message.channel !== WRITES_CHANNEL || !message.payload) return;
      let notice: WriteNotice;
      try {
        notice = JSON.parse(message.payload) as WriteNotice;
      } catch {
        notice = { from: '', types: [ALL_TYPES] };
      }
      if (notice.from !== PROCESS_ID) options.onWrite(Array.isArray(notice.types) ? notice.types : [ALL_TYPES], notice.changes);
    });
    c.on('error', (err) => lose(c, err));
    c.on('end', () => lose(c));
    try {
      await c.connect();
      await c.query(`listen ${WRITES_CHANNEL}`);
    } catch (error) {
      await c.end().catch(() => {});
      throw error;
    }
    if (closed) {
      await c.end().catch(() => {});
      return;
    }
    client = c;
    // anything committed while no connection listened went unheard
    options.onLost();
  };
  /** the connection `c` is gone (or given up): writes may go unheard until the next one listens */
  const lose = (c: pg.Client, err?: Error) => {
    if (client !== c) return;
    client = null;
    options.onLost();
    void c.end().catch(() => {});
    if (!closed) {
      if (Date.now() - lastWarning > 30_000) {
        lastWarning = Date.now();
        logger.warn({ err }, 'write notifications (LISTEN) connection lost; the response cache is bypassed until it is back');
      }
      scheduleReconnect();
    }
  };
  const scheduleReconnect = () => {
    if (retry || closed) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch((err: Error) => {
        if (Date.now() - lastWarning > 30_000) {
          lastWarning = Date.now();
          logger.warn({ err }, 'write notifications (LISTEN) connection failed; retrying');
        }
        scheduleReconnect();
      });
    }, 1_000);
    retry.unref();
  };

  const roundTrip = async (): Promise<boolean> => {
    const c = client;
    if (!c) return false;
    let timer: NodeJS.Timeout | undefined;
    try {
      const answered = await Promise.race([
        c.query('select 1').then(() => true, () => false),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), SYNC_TIMEOUT_MS))),
      ]);
      // a connection that fails or does not answer (a network that drops packets) is given up and replaced
      if (!answered) lose(c, new Error(`no answer to a sync round trip within ${SYNC_TIMEOUT_MS} ms`));
      // still the same connection: nothing was missed between LISTEN and now
      return answered && client === c;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  };

  const start = (): Promise<boolean> => {
    const trip = roundTrip();
    void trip.finally(() => {
      if (inFlight === trip) inFlight = null;
    });
    return trip;
  };

  // a primary that does not answer yet is retried: meanwhile sync() says false and caches are bypassed
  await connect().catch((err: Error) => {
    logger.warn({ err }, 'write notifications (LISTEN) connection failed; retrying');
    scheduleReconnect();
  });
  return {
    sync() {
      if (!inFlight) return (inFlight = start());
      next ??= inFlight.then(() => {
        next = null;
        return (inFlight = start());
      });
      return next;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
