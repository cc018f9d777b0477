import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Knex } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';

/**
 * The importer's writes, as set-based SQL inside the import's one transaction, instead of one
 * statement per row through the unit of work. Row ids are taken from the table's sequence
 * beforehand, so references between new rows are known before anything is written.
 *
 * New rows go in with COPY (text format, streamed: PostgreSQL's cheapest way in, and ours: no
 * JSON to build and parse) where the server takes it; the embedded database (PGlite behind its
 * socket server) does not speak COPY FROM STDIN, so there, and for updates, rows go as one JSON
 * array per statement (json_populate_recordset turns it into the table's own row type, so types,
 * arrays and jsonb convert as a column would).
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

/**
 * `count` new row ids of a table (its serial sequence), in order. The sequence is looked up once
 * (a materialized CTE): written inside nextval(…), the lookup by name ran for every id, 0.3 s of
 * PostgreSQL's time for the 74,000 ids of the scale-1 import against 0.06 s for the ids themselves.
 */
export async function allocateIds(knex: Knex, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const result = await knex.raw(
    `with s as materialized (select pg_get_serial_sequence(?, 'id')::regclass as seq) select nextval(s.seq)::int as id from s, generate_series(1, ?::int)`,
    [table, count],
  );
  return (result.rows as { id: number }[]).map((r) => r.id);
}

/** inserts rows (each with every column named, `id` included where the table has one) */
export async function insertRows(knex: Knex, table: string, columns: readonly string[], rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const connection = await copyConnection(knex);
  if (connection) return copyRows(knex, connection, table, columns, rows);
  for (const json of batches(rows)) {
    await knex.raw(`insert into ${table} (${list(columns)}) select ${list(columns)} from json_populate_recordset(null::${table}, ?::json)`, [json]);
  }
}

// ---------------------------------------------------------------------------------------------
// COPY

/** per transaction: its connection when the server takes COPY FROM STDIN, else null */
const copyConnections = new WeakMap<Knex, pg.Client | null>();

async function copyConnection(knex: Knex): Promise<pg.Client | null> {
  if (copyConnections.has(knex)) return copyConnections.get(knex)!;
  // inside a knex transaction the client hands out the transaction's own connection
  const connection = (await (knex as unknown as { client: { acquireConnection(): Promise<pg.Client> } }).client.acquireConnection()) as pg.Client;
  const version = String((await knex.raw('select version() as v')).rows[0].v);
  // PGlite's build says emscripten; its socket server hangs on COPY FROM STDIN
  const copies = !/emscripten|emcc|wasm/i.test(version) && (knex as unknown as { isTransaction?: boolean }).isTransaction === true;
  copyConnections.set(knex, copies ? connection : null);
  return copies ? connection : null;
}

/** column name → its type as PostgreSQL names it (format_type), per table, per transaction */
const columnTypes = new WeakMap<Knex, Map<string, Map<string, string>>>();

async function typesOf(knex: Knex, table: string): Promise<Map<string, string>> {
  let tables = columnTypes.get(knex);
  if (!tables) columnTypes.set(knex, (tables = new Map()));
  let types = tables.get(table);
  if (!types) {
    const rows = (await knex.raw(`select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute where attrelid = ?::regclass and attnum > 0 and not attisdropped`, [table])).rows as { name: string; type: string }[];
    types = new Map(rows.map((r) => [r.name, r.type]));
    tables.set(table, types);
  }
  return types;
}

/** COPY's text format: backslash, tab, newline and carriage return escaped (a bundle holds no NUL) */
const COPY_SPECIAL = /[\\\t\n\r]/g;
const HAS_COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const copyText = (text: string) => (HAS_COPY_SPECIAL.test(text) ? text.replace(COPY_SPECIAL, (c) => COPY_ESCAPES[c]) : text);
/** JSON in COPY's text format: JSON.stringify writes no tab or line break, so only backslashes are doubled */
const copyJson = (value: unknown) => {
  const json = JSON.stringify(value);
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
};

/** an array literal ({"a","b"}, {1,2}): texts quoted, quotes and backslashes escaped; numbers as they are */
const NEEDS_ESCAPE = /["\\]/;
function arrayLiteral(values: readonly unknown[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ',';
    if (v == null) out += 'NULL';
    else if (typeof v === 'number') out += String(v);
    else {
      const text = String(v);
      out += `"${NEEDS_ESCAPE.test(text) ? text.replace(/["\\]/g, '\\$&') : text}"`;
    }
  }
  return `${out}}`;
}

/** how each column's value is written in COPY's text format */
function encoderOf(type: string | undefined): (value: unknown) => string {
  if (type === 'json' || type === 'jsonb') return copyJson;
  if (type?.endsWith('[]')) return (v) => copyText(arrayLiteral(v as unknown[]));
  if (type === 'boolean') return (v) => (v ? 't' : 'f');
  return (v) => (typeof v === 'string' ? copyText(v) : v instanceof Date ? v.toISOString() : String(v));
}

/**
 * COPY text, about a megabyte per chunk, as bytes: the pieces are joined once per chunk (not
 * concatenated field by field into a string the encoder must flatten first)
 */
function* copyLines(columns: readonly string[], encoders: ((value: unknown) => string)[], rows: readonly Row[]): Generator<Buffer> {
  let parts: string[] = [];
  let size = 0;
  const last = columns.length - 1;
  for (const row of rows) {
    for (let i = 0; i <= last; i++) {
      const value = row[columns[i]];
      const text = value == null ? '\\N' : encoders[i](value);
      parts.push(text, i === last ? '\n' : '\t');
      size += text.length;
    }
    if (size > 1_000_000) {
      yield Buffer.from(parts.join(''));
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield Buffer.from(parts.join(''));
}

/** told of each COPY (which does not pass through knex's query events): bench:import's per-table times */
export const copyObserver: { onCopy?: (table: string) => () => void } = {};

async function copyRows(knex: Knex, connection: pg.Client, table: string, columns: readonly string[], rows: readonly Row[]): Promise<void> {
  const types = await typesOf(knex, table);
  const encoders = columns.map((c) => encoderOf(types.get(c)));
  const done = copyObserver.onCopy?.(table);
  const stream = connection.query(copyFrom(`copy ${table} (${list(columns)}) from stdin`));
  await pipeline(Readable.from(copyLines(columns, encoders, rows)), stream);
  done?.();
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
  await insertRows(knex, table, columns, rows);
}

/** deletes rows by id */
export async function deleteRows(knex: Knex, table: string, ids: readonly number[]): Promise<void> {
  if (ids.length > 0) await knex.raw(`delete from ${table} where id = any(?::int[])`, [[...ids]]);
}

/** the rows a query returns */
export async function select<T = Row>(knex: Knex, sql: string, bindings: readonly unknown[] = []): Promise<T[]> {
  return (await knex.raw(sql, bindings as never)).rows as T[];
}
