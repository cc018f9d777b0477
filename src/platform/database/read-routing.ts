import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { scopedValue } from './request-scope.js';

/**
 * Which database a request reads from. With read replicas (DATABASE_REPLICA_URLS) MikroORM sends
 * reads outside a transaction to a replica; a request that has written reads its own write, so
 * from then on its reads go to the primary (a replica may not have the write yet). The choice
 * follows the request through async context, so it covers every way a read is made (em.find,
 * query builders, rawQuery) without each knowing about it.
 */
interface RequestReads {
  primary: boolean;
}

const current = scopedValue<RequestReads>('request reads');

/** runs a request: its reads may go to replicas until readFromPrimary() is called in it */
export function runRequestReads<T>(fn: () => T): T {
  return current.run({ primary: false }, fn);
}

/** the rest of this request reads from the primary */
export function readFromPrimary(): void {
  const reads = current.get();
  if (reads) reads.primary = true;
}

/** makes the driver honour readFromPrimary (MikroORM asks getConnection('read') for every replica read) */
export function routeReads(orm: MikroORM<PostgreSqlDriver>): void {
  const driver = orm.em.getDriver();
  const connectionFor = driver.getConnection.bind(driver);
  driver.getConnection = ((type = 'write') => connectionFor(type === 'read' && current.get()?.primary ? 'write' : type)) as typeof driver.getConnection;
}
