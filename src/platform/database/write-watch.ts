import type { EventSubscriber } from '@mikro-orm/core';
import type { Orm } from './orm.js';

/**
 * Tells a listener when this process has changed the database, so caches of answers can be
 * dropped: after every transaction committed through MikroORM (flush, em.transactional), and
 * after every data-changing statement, in a transaction or not (autocommit writes have no other
 * signal; inside a transaction it is an early, harmless extra call). A transaction begun with
 * knex directly has no commit signal: code that writes that way calls the cache's invalidate()
 * itself after committing.
 */
export function watchWrites(orm: Orm, listener: () => void): void {
  const afterCommit: EventSubscriber = {
    async afterTransactionCommit() {
      listener();
    },
  };
  orm.em.getEventManager().registerSubscriber(afterCommit);
  orm.em.getConnection().getKnex().on('query-response', (_response: unknown, query: { sql?: string }) => {
    if (typeof query?.sql === 'string' && changesData(query.sql)) listener();
  });
}

const READ_ONLY = /^\s*(select|show|explain|values|table|begin|start|commit|end|rollback|savepoint|release|set|reset|listen|unlisten|vacuum|analyze)\b/i;
const WRITE_WORD = /\b(insert|update|delete|merge|truncate)\b/i;

/** true unless the statement plainly only reads (a `with` that contains a write counts as a write) */
export function changesData(sql: string): boolean {
  if (/^\s*with\b/i.test(sql)) return WRITE_WORD.test(sql);
  return !READ_ONLY.test(sql);
}
