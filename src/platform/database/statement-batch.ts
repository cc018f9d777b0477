import pg from 'pg';
// @ts-expect-error pg's utils module has no type declarations
import pgUtils from 'pg/lib/utils.js';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { countBatchedStatements } from './query-counter.js';

/**
 * One round trip for the reads a request sends at the same moment. GraphQL resolves a query
 * level by level, and the loaders of one level (a liaison's sender, addressees, attachments and
 * replies) each send their batch in the same tick: four statements, four round trips, each a
 * write to the socket and a wait on PostgreSQL (on a busy 2-core machine, each costs more than
 * the statement itself). Here the reads one request sends before the event loop turns are
 * queued and sent as one message of several statements (PostgreSQL's simple query protocol),
 * whose results come back in order: the rows are parsed by the same type parsers as before.
 *
 * The simple protocol takes no parameters, so the bindings are written into the text as
 * literals: each value as the text pg would have sent for it as a parameter (prepareValue),
 * quoted by pg's escapeLiteral, so PostgreSQL reads the same value of the same (unknown,
 * inferred) type. A lone statement is sent as before, with its parameters.
 *
 * Reads only, and only outside a transaction (rawQuery decides): a write's statements keep
 * their order and their transaction. If the combined message fails (one bad statement aborts
 * the rest), each statement is sent again on its own, so each caller hears its own answer.
 */

interface Pending {
  sql: string;
  bindings: readonly unknown[];
  resolve(result: unknown): void;
  reject(error: unknown): void;
}

/** the queue of each request's EntityManager (one fork per request), flushed once the tick ends */
const queues = new WeakMap<EntityManager, Pending[]>();

export function batchedRead(em: EntityManager, sql: string, bindings: readonly unknown[]): Promise<{ rows: unknown[] }> {
  return new Promise((resolve, reject) => {
    let queue = queues.get(em);
    if (!queue) {
      queue = [];
      queues.set(em, queue);
      const flushing = queue;
      // after the nextTick and promise jobs in which DataLoader dispatches every loader of a level
      setImmediate(() => {
        queues.delete(em);
        void flush(em, flushing);
      });
    }
    queue.push({ sql, bindings, resolve, reject });
  });
}

function knexOf(em: EntityManager) {
  return (em as SqlEntityManager).getKnex('read');
}

async function single(em: EntityManager, pending: Pending): Promise<void> {
  try {
    pending.resolve(await knexOf(em).raw(pending.sql, pending.bindings as never));
  } catch (error) {
    pending.reject(error);
  }
}

async function flush(em: EntityManager, queue: Pending[]): Promise<void> {
  if (queue.length === 1) return single(em, queue[0]!);
  let texts: string[];
  try {
    texts = queue.map((p) => inline(em, p.sql, p.bindings));
  } catch {
    // a binding that cannot be written as a literal: each on its own, with parameters
    await Promise.all(queue.map((p) => single(em, p)));
    return;
  }
  let results: unknown;
  try {
    results = await knexOf(em).raw(texts.join(';\n'));
  } catch {
    // which statement failed, and why, is each caller's to hear (a stopped request fails them all again at once)
    await Promise.all(queue.map((p) => single(em, p)));
    return;
  }
  // the knex query event counted the message (and one statement): the others went in it
  countBatchedStatements(queue.length - 1);
  const list = results as unknown[];
  queue.forEach((p, i) => p.resolve(list[i]));
}

/** the statement with its bindings written in as literals ($n as knex numbers them) */
function inline(em: EntityManager, sql: string, bindings: readonly unknown[]): string {
  const native = knexOf(em).raw(sql, bindings as never).toSQL().toNative();
  const values = native.bindings as unknown[];
  const text = native.sql.replace(/\$(\d+)\b/g, (_, n: string) => literal(values[Number(n) - 1]));
  return text.replace(/;\s*$/, '');
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('not a finite number');
    return value < 0 ? `(${value})` : String(value);
  }
  const text = prepareValue(value);
  if (text === null || text === undefined) return 'NULL';
  if (typeof text !== 'string') throw new Error('not a text value');
  return pg.escapeLiteral(text);
}

/** pg's own serialization of a parameter (pg/lib/utils: arrays, dates, buffers, JSON) */
const prepareValue = pgUtils.prepareValue as (value: unknown) => unknown;
