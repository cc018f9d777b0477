import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { batchedRead } from './statement-batch.js';

/**
 * A raw SQL query (knex `?` bindings) on the EntityManager's connection, and inside its
 * transaction when it has one: a write's loaders then read the write's own uncommitted state,
 * and never wait on a second connection (the embedded database serves one transaction at a time).
 * Outside a transaction it is a read like em.find's: a replica when DATABASE_REPLICA_URLS names
 * some, unless the request has written (read-routing.ts).
 */
// a pg result, as knex's raw gives it
export function rawQuery(em: EntityManager, sql: string, bindings: readonly unknown[] = []): Promise<any> {
  const sqlEm = em as SqlEntityManager;
  const transaction = sqlEm.getTransactionContext();
  // a read outside a transaction shares its round trip with the request's other reads of this tick
  if (!transaction) return batchedRead(em, sql, bindings);
  const query = sqlEm.getKnex(transaction ? 'write' : 'read').raw(sql, bindings as never);
  return transaction ? query.transacting(transaction) : query;
}
