import type { Knex } from '@mikro-orm/postgresql';
import type { BundleChange } from './bundle.types.js';

/**
 * History in bundles. The history of writes (who changed what, when) lives in a `changes`
 * table that the writes work adds; bundles carry it as an optional `changes` list so that an
 * export loses nothing and a database without history still exports and imports.
 *
 * This module does not depend on that code: it finds the table and its columns by name
 * (the first of each list of candidates below that exists). When the table's shape is not
 * recognised, export and import stop with a message naming the columns, rather than dropping
 * the history; the candidate lists are then the one place to adapt.
 */
const CANDIDATES = {
  at: ['at', 'changed_at', 'occurred_at', 'created_at'],
  subjectType: ['subject_type', 'entity_type', 'object_type'],
  subjectId: ['subject_id', 'entity_id', 'object_id'],
  action: ['action', 'operation', 'op', 'kind'],
  actor: ['actor', 'actor_label', 'token_label'],
  actorRole: ['actor_role', 'token_role', 'role'],
  before: ['before', 'old_values', 'before_values'],
  after: ['after', 'new_values', 'after_values'],
} as const;
type Column = keyof typeof CANDIDATES;
const REQUIRED: Column[] = ['at', 'subjectType', 'subjectId'];

export type ChangeColumns = Partial<Record<Column, string>>;

/** The changes table's columns, or null when the database keeps no history. */
export async function changeColumns(knex: Knex): Promise<ChangeColumns | null> {
  const exists = await knex.raw(`select to_regclass('changes') is not null as present`);
  if (!exists.rows[0]?.present) return null;
  const result = await knex.raw(
    `select column_name from information_schema.columns where table_name = 'changes' and table_schema = current_schema()`,
  );
  const names = new Set((result.rows as { column_name: string }[]).map((r) => r.column_name));
  const columns: ChangeColumns = {};
  for (const [column, candidates] of Object.entries(CANDIDATES) as [Column, readonly string[]][]) {
    const found = candidates.find((c) => names.has(c));
    if (found) columns[column] = found;
  }
  const missing = REQUIRED.filter((c) => !columns[c]);
  if (missing.length) {
    throw new Error(
      `The changes table has the columns ${[...names].sort().join(', ')}; src/bundle/bundle.changes.ts cannot tell which hold ` +
        `${missing.join(', ')}. Add them to its candidate lists.`,
    );
  }
  return columns;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Every change, its object named by natural key (`keyOf` returns undefined for an object that no
 * longer exists: such changes are counted in `orphans`, not exported).
 */
export async function readChanges(
  knex: Knex,
  columns: ChangeColumns,
  keyOf: (subjectType: string, subjectId: number) => string | undefined,
): Promise<{ changes: BundleChange[]; orphans: number }> {
  const select = [
    `to_char(${quote(columns.at!)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at`,
    `${quote(columns.subjectType!)} as subject_type`,
    `${quote(columns.subjectId!)} as subject_id`,
    ...(['action', 'actor', 'actorRole', 'before', 'after'] as const).map((c) => (columns[c] ? `${quote(columns[c]!)} as "${c}"` : `null as "${c}"`)),
  ];
  const result = await knex.raw(`select ${select.join(', ')} from changes`);
  const changes: BundleChange[] = [];
  let orphans = 0;
  for (const row of result.rows as Record<string, unknown>[]) {
    const subject = keyOf(String(row.subject_type), Number(row.subject_id));
    if (subject === undefined) {
      orphans += 1;
      continue;
    }
    changes.push({
      at: String(row.at),
      subjectType: String(row.subject_type),
      subject,
      action: row.action == null ? undefined : String(row.action),
      actor: row.actor == null ? undefined : String(row.actor),
      actorRole: row.actorRole == null ? undefined : String(row.actorRole),
      before: json(row.before),
      after: json(row.after),
    });
  }
  return { changes, orphans };
}

function json(value: unknown): Record<string, unknown> | undefined {
  if (value == null) return undefined;
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as Record<string, unknown>;
    } catch {
      return { value };
    }
  }
  return value as Record<string, unknown>;
}

/**
 * Writes the bundle's changes that the database does not hold yet (same time, object and
 * action), with `idOf` turning natural keys back into row ids.
 */
export async function writeChanges(
  knex: Knex,
  columns: ChangeColumns,
  changes: { change: BundleChange; subjectId: number }[],
): Promise<number> {
  let written = 0;
  for (const { change, subjectId } of changes) {
    const values: Record<string, unknown> = {
      [columns.at!]: change.at,
      [columns.subjectType!]: change.subjectType,
      [columns.subjectId!]: subjectId,
    };
    if (columns.action) values[columns.action] = change.action ?? null;
    if (columns.actor) values[columns.actor] = change.actor ?? null;
    if (columns.actorRole) values[columns.actorRole] = change.actorRole ?? null;
    if (columns.before) values[columns.before] = change.before === undefined ? null : JSON.stringify(change.before);
    if (columns.after) values[columns.after] = change.after === undefined ? null : JSON.stringify(change.after);
    const same = knex('changes')
      .where(columns.at!, change.at)
      .andWhere(columns.subjectType!, change.subjectType)
      .andWhere(columns.subjectId!, subjectId);
    if (columns.action) {
      if (change.action === undefined) same.whereNull(columns.action);
      else same.andWhere(columns.action, change.action);
    }
    if ((await same.first(knex.raw('1 as found'))) !== undefined) continue;
    await knex('changes').insert(values);
    written += 1;
  }
  return written;
}
