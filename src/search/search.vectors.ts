import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager, Knex } from '@mikro-orm/postgresql';
import { ALL_TYPES, announceWrite, localWriteCommitted } from '../platform/database/write-watch.js';

/**
 * The search vectors a bulk write left to be filled after its commit.
 *
 * Every searchable table's `search_vector` is filled by a BEFORE row trigger
 * (Migration20261203000200), in the writing statement, for every writer. A transaction that
 * writes in bulk (the importer) may defer it: with `liaison_graph.search_deferred` on, the
 * trigger writes NULL ("not indexed yet", found by no search), and after the commit
 * fillSearchVectors fills those rows in slices, each slice its own short transaction, several
 * at once on as many connections as the pool gives: to_tsvector over 50 MB of text is
 * PostgreSQL's largest cost in an import, and this way it neither holds the import's
 * transaction open nor runs on one core.
 */

/** the tables with a search vector (the trigger's tables) */
export const SEARCHABLE_TABLES = ['documents', 'liaisons', 'outcomes', 'action_items', 'best_practices', 'meetings', 'reports', 'groups'] as const;

/** rows per slice: small enough that parallel slices share the work, large enough to be set-based */
const ROWS_PER_SLICE = 2000;

/** In the current transaction: rows written from here on get their search vector after the commit. */
export async function deferSearchVectors(knex: Knex): Promise<void> {
  await knex.raw(`select set_config('liaison_graph.search_deferred', 'on', true)`);
}

/** how many rows wait for their search vector */
export async function pendingSearchVectors(em: EntityManager): Promise<number> {
  const knex = (em as SqlEntityManager).getKnex();
  const counts = SEARCHABLE_TABLES.map((t) => `(select count(*) from ${t} where search_vector is null)`).join(' + ');
  return Number((await knex.raw(`select (${counts})::int as n`)).rows[0].n);
}

/**
 * Fills every missing search vector, `connections` slices at a time (each in its own
 * transaction on its own pooled connection), and tells the response caches of every process
 * that search answers changed. Returns the number of rows filled. Safe to run at any time and
 * more than once: a slice fills only rows still NULL (a row an API write filled meanwhile is left).
 */
export async function fillSearchVectors(em: EntityManager, options: { connections?: number } = {}): Promise<number> {
  const knex = (em as SqlEntityManager).getKnex();
  const slices: { table: string; ids: number[] }[] = [];
  for (const table of SEARCHABLE_TABLES) {
    const ids = ((await knex.raw(`select id from ${table} where search_vector is null order by id`)).rows as { id: number }[]).map((r) => r.id);
    for (let i = 0; i < ids.length; i += ROWS_PER_SLICE) slices.push({ table, ids: ids.slice(i, i + ROWS_PER_SLICE) });
  }
  if (slices.length === 0) return 0;
  let next = 0;
  let filled = 0;
  const worker = async () => {
    while (next < slices.length) {
      const { table, ids } = slices[next++];
      // the update fires the table's trigger, which computes the vector (the setting is off here)
      const result = await knex.raw(`update ${table} set search_vector = null where id = any(?::int[]) and search_vector is null`, [ids]);
      filled += Number(result.rowCount);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.connections ?? 1, slices.length)) }, worker));
  if (filled > 0) {
    await em.fork().transactional((tx) => announceWrite(tx, [ALL_TYPES]));
    localWriteCommitted([ALL_TYPES]);
  }
  return filled;
}
