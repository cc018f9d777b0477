import type { Knex } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';

/**
 * The importer's writes, as set-based SQL inside the import's one transaction: rows go to
 * PostgreSQL as one JSON array per statement (json_populate_recordset turns it into the table's
 * own row type, so types, arrays and jsonb convert as a column would) instead of one statement
 * per row through the unit of work. Row ids are taken from the table's sequence beforehand, so
 * references between new rows are known before anything is written.
 */

type Row = Record<string, unknown>;

/** rows per statement: at most this many, and about this much JSON (a document's text counts) */
const ROWS_PER_STATEMENT = 5000;
const JSON_PER_STATEMENT = 8_000_000;

/** the rows in statements of bounded size, each as its JSON text */
function* batches(rows: readonly Row[]): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (parts.length > 0 && (parts.length >= ROWS_PER_STATEMENT || size + json.length > JSON_PER_STATEMENT)) {
      yield `[${parts.join(',')}]`;
      parts = [];
      size = 0;
    }
    parts.push(json);
    size += json.length;
  }
  if (parts.length > 0) yield `[${parts.join(',')}]`;
}

const list = (columns: readonly string[]) => columns.join(', ');

/** `count` new row ids of a table (its serial sequence), in order */
export async function allocateIds(knex: Knex, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const result = await knex.raw(`select nextval(pg_get_serial_sequence(?, 'id'))::int as id from generate_series(1, ?::int)`, [table, count]);
  return (result.rows as { id: number }[]).map((r) => r.id);
}

/** inserts rows (each with every column named, `id` included where the table has one) */
export async function insertRows(knex: Knex, table: string, columns: readonly string[], rows: readonly Row[]): Promise<void> {
  for (const json of batches(rows)) {
    await knex.raw(`insert into ${table} (${list(columns)}) select ${list(columns)} from json_populate_recordset(null::${table}, ?::json)`, [json]);
  }
}

/**
 * Updates rows by id: the columns given, plus `version` + 1 and `updated_at` where `versioned`.
 * Each row carries the version it was read at: a row changed meanwhile (by a write through the
 * API while the import ran) is not overwritten but refused as CONFLICT, and the import rolls back.
 */
export async function updateRows(knex: Knex, table: string, columns: readonly string[], rows: readonly Row[], versioned: boolean): Promise<void> {
  const set = columns.map((c) => `${c} = v.${c}`);
  if (versioned) set.push('version = t.version + 1', 'updated_at = now()');
  else set.push('updated_at = now()');
  for (const json of batches(rows)) {
    const result = await knex.raw(
      `update ${table} as t set ${set.join(', ')} from json_populate_recordset(null::${table}, ?::json) as v
       where t.id = v.id${versioned ? ' and t.version = v.version' : ''}`,
      [json],
    );
    const expected = (JSON.parse(json) as unknown[]).length;
    if (result.rowCount !== expected) {
      throw new AppError(ErrorCode.CONFLICT, `${expected - Number(result.rowCount)} row(s) of ${table} were changed while the import ran; nothing was imported, run it again`);
    }
  }
}

/** sets one column of rows by id without touching their version (bookkeeping a client does not see) */
export async function setColumn(knex: Knex, table: string, column: string, rows: readonly { id: number; value: unknown }[]): Promise<void> {
  for (const json of batches(rows.map((r) => ({ id: r.id, [column]: r.value })))) {
    await knex.raw(`update ${table} as t set ${column} = v.${column} from json_populate_recordset(null::${table}, ?::json) as v where t.id = v.id`, [json]);
  }
}

/** replaces the rows of a link table that belong to `owners` (owner column first in `columns`) */
export async function replaceLinks(knex: Knex, table: string, columns: readonly string[], owners: readonly number[], rows: readonly Row[]): Promise<void> {
  if (owners.length > 0) await knex.raw(`delete from ${table} where ${columns[0]} = any(?::int[])`, [[...owners]]);
  for (const json of batches(rows)) {
    await knex.raw(`insert into ${table} (${list(columns)}) select ${list(columns)} from json_populate_recordset(null::${table}, ?::json)`, [json]);
  }
}

/** deletes rows by id */
export async function deleteRows(knex: Knex, table: string, ids: readonly number[]): Promise<void> {
  if (ids.length > 0) await knex.raw(`delete from ${table} where id = any(?::int[])`, [[...ids]]);
}

/** the rows a query returns */
export async function select<T = Row>(knex: Knex, sql: string, bindings: readonly unknown[] = []): Promise<T[]> {
  return (await knex.raw(sql, bindings as never)).rows as T[];
}
