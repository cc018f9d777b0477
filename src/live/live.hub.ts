import type { EntityManager } from '@mikro-orm/core';
import type { ChangeIds } from '../platform/database/write-watch.js';
import type { Logger } from '../platform/logging/logger.js';
import { primaryQuery } from '../webhook/webhook.queries.js';

/**
 * This process's live subscriptions (GraphQL subscriptions over graphql-ws, see
 * platform/server/subscriptions.ts), fed with the history rows writes append:
 *
 * - the writes this process commits, at commit (history/write.ts runWrite);
 * - every other process's, through the one LISTEN connection the process already holds for its
 *   response cache (platform/database/write-watch.ts): runWrite's pg_notify names the Change rows.
 *
 * A notification is only ids: the rows are read here (one statement on the primary per write,
 * and none when nobody subscribes), then handed to each subscription whose filter takes them.
 * Delivery is at most once and in commit order per process; events committed while the LISTEN
 * connection is down are not replayed (a client reloads what it shows when it reconnects).
 */

/** what a subscription filters on: one recorded change (a Change row, without its snapshots) */
export interface LiveChange {
  id: number;
  objectType: string;
  objectId: number;
  action: string;
  groupIds: number[];
}

/** which changes a subscription wants */
export type LiveFilter = (change: LiveChange) => boolean;

/** events a subscription may have waiting before older ones are dropped (a client that does not read) */
const MAX_QUEUED = 500;

/** recent ids already handed out: a range notification (a huge write) can overlap another write's ids */
const REMEMBERED_IDS = 10_000;

interface Subscriber {
  accepts: LiveFilter;
  queue: LiveChange[];
  wake: (() => void) | null;
  ended: boolean;
}

export class LiveHub {
  private readonly subscribers = new Set<Subscriber>();
  private readonly delivered = new Set<number>();
  /** deliveries in the order their notifications arrived */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly em: EntityManager,
    private readonly logger: Logger,
  ) {}

  /** subscriptions open in this process */
  get size(): number {
    return this.subscribers.size;
  }

  /** A write appended these Change rows: read them and hand them to the subscriptions that want them. */
  publish(changes: ChangeIds | undefined): void {
    if (!changes || this.subscribers.size === 0) return;
    this.chain = this.chain.then(() => this.deliver(changes)).catch((err: Error) => this.logger.warn({ err }, 'live updates: reading recorded changes failed'));
  }

  private async deliver(changes: ChangeIds): Promise<void> {
    if (this.subscribers.size === 0) return;
    const select = 'select id, object_type, object_id, action, group_ids from changes';
    const result = Array.isArray(changes)
      ? await primaryQuery(this.em, `${select} where id = any(?::bigint[]) order by id`, [changes])
      : await primaryQuery(this.em, `${select} where id between ? and ? order by id`, [(changes as { from: number }).from, (changes as { to: number }).to]);
    for (const row of (result as { rows: Record<string, unknown>[] }).rows) {
      const change: LiveChange = {
        id: Number(row.id),
        objectType: String(row.object_type),
        objectId: Number(row.object_id),
        action: String(row.action),
        groupIds: ((row.group_ids as unknown[] | null) ?? []).map(Number),
      };
      if (this.delivered.has(change.id)) continue;
      this.delivered.add(change.id);
      if (this.delivered.size > REMEMBERED_IDS) this.delivered.delete(this.delivered.values().next().value!);
      for (const s of this.subscribers) {
        if (!s.accepts(change)) continue;
        s.queue.push(change);
        if (s.queue.length > MAX_QUEUED) s.queue.shift();
        s.wake?.();
      }
    }
  }

  /**
   * The changes `accepts` takes, from now on, as an async iterator; its return() (the client
   * completes, or the connection closes) ends it at once, even while it waits.
   */
  subscribe(accepts: LiveFilter): AsyncIterableIterator<LiveChange> {
    const s: Subscriber = { accepts, queue: [], wake: null, ended: false };
    this.subscribers.add(s);
    const end = (): IteratorResult<LiveChange> => {
      s.ended = true;
      this.subscribers.delete(s);
      s.wake?.();
      return { value: undefined, done: true };
    };
    return {
      next: async () => {
        while (!s.ended && s.queue.length === 0) await new Promise<void>((resolve) => (s.wake = resolve));
        s.wake = null;
        if (s.ended) return { value: undefined, done: true };
        return { value: s.queue.shift()!, done: false };
      },
      return: async () => end(),
      throw: async (error: unknown) => {
        end();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** ends every subscription (the server stops) */
  close(): void {
    for (const s of [...this.subscribers]) {
      s.ended = true;
      s.wake?.();
    }
    this.subscribers.clear();
  }
}
