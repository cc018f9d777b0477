import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';

/** request EntityManagers that read from the primary from now on (their request has written) */
const pinned = new WeakSet<EntityManager>();

/** the rest of this EntityManager's reads go to the primary: after a write, a replica may lag behind it */
export function readFromPrimary(em: EntityManager): void {
  pinned.add(em);
}

/**
 * A raw SQL query (knex `?` bindings) on the EntityManager's connection, and inside its
 * transaction when it has one: a write's loaders then read the write's own uncommitted state,
 * and never wait on a second connection (the embedded database serves one transaction at a time).
 * Outside a transaction it reads from a replica when DATABASE_REPLICA_URLS names some (the
 * primary otherwise), unless the request has written (readFromPrimary).
 */
export function rawQuery(em: EntityManager, sql: string, bindings: readonly unknown[] = []) {
  const sqlEm = em as SqlEntityManager;
  const transaction = sqlEm.getTransactionContext();
  const query = sqlEm.getKnex(transaction || pinned.has(em) ? 'write' : 'read').raw(sql, bindings as never);
  return transaction ? query.transacting(transaction) : query;
}
