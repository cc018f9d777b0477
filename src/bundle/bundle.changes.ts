import type { Knex } from '@mikro-orm/postgresql';
import { decodeGlobalId, encodeGlobalId } from '../platform/graphql/global-id.js';
import type { BundleChange, ChangeSubjectType } from './bundle.types.js';
import { insertRows } from './bundle.store.js';

/**
 * History in bundles: the rows of the `changes` table (src/change/change.entity.ts), which every
 * write appends to in its own transaction. A bundle names objects by natural key, never by row
 * id, so export turns the row ids of the history into natural keys and import turns them back
 * into the ids of the database it writes to:
 *
 * - the object changed (object_type, object_id) becomes `subjectType` and `subject`;
 * - the groups it concerns (group_ids) become acronyms;
 * - a global id inside a snapshot (a reply's `inReplyTo`, a milestone's `report`, a meeting
 *   without a number) becomes `{ "node": "Liaison", "key": "…" }`.
 *
 * Left out: token management (object type ApiToken; tokens are not part of a bundle), the
 * writer's token row (the label and role stay), and object versions (a database's own
 * concurrency counters: imported objects start again at version 1).
 */

/** Natural key ↔ row id, per kind of object. */
export interface KeyLookup {
  keyOf(type: ChangeSubjectType, id: number): string | undefined;
  idOf(type: ChangeSubjectType, key: string): number | undefined;
}

type Snapshot = Record<string, unknown>;
/** a reference to an object, as a bundle writes it inside a snapshot */
interface NodeRef {
  node: ChangeSubjectType;
  key: string;
}

/** a type as a kind of the bundle: one no section carries has no keys (keyOf and idOf find nothing) */
const asKind = (type: string) => type as ChangeSubjectType;

/** the timestamp as export writes it: UTC, to the microsecond */
const AT_SQL = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function parsed<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** a snapshot's values with every global id of a known object replaced by its natural key */
function toNatural(snapshot: Snapshot | null, fields: readonly string[], keys: Pick<KeyLookup, 'keyOf'>): Snapshot | undefined {
  if (!snapshot) return undefined;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const id = decodeGlobalId(value);
      if (!id || encodeGlobalId(id.typename, id.id) !== value) return value;
      const key = keys.keyOf(asKind(id.typename), id.id);
      return key === undefined ? value : ({ node: asKind(id.typename), key } satisfies NodeRef);
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  // jsonb keeps keys in its own order: written in the object's field order, as the API shows them
  const order = [...fields.filter((f) => f in snapshot), ...Object.keys(snapshot).filter((k) => !fields.includes(k)).sort()];
  return Object.fromEntries(order.map((k) => [k, walk(snapshot[k])]));
}

/**
 * Every change to an object of the bundle, oldest first (in the order the database recorded
 * them). Changes whose object the bundle cannot name are counted in `orphans`, not exported.
 */
export async function readChanges(knex: Knex, keys: Pick<KeyLookup, 'keyOf'>): Promise<{ changes: BundleChange[]; orphans: number }> {
  const result = await knex.raw(
    `select ${AT_SQL('at')} as at, object_type, object_id, action, actor_label, actor_role, to_json(fields) as fields,
            before, after, to_json(group_ids) as group_ids, note, request_id
     from changes where object_type <> 'ApiToken' order by id`,
  );
  const changes: BundleChange[] = [];
  let orphans = 0;
  for (const row of result.rows as Record<string, any>[]) {
    const type = String(row.object_type);
    const subject = keys.keyOf(asKind(type), Number(row.object_id));
    if (subject === undefined) {
      orphans += 1;
      continue;
    }
    const fields = parsed<string[]>(row.fields) ?? [];
    const groups = (parsed<number[]>(row.group_ids) ?? []).map((id) => keys.keyOf('Group', id) ?? String(id));
    changes.push({
      at: String(row.at),
      subjectType: asKind(type),
      subject,
      action: row.action,
      actor: row.actor_label,
      actorRole: row.actor_role,
      before: toNatural(parsed<Snapshot | null>(row.before), fields, keys),
      after: toNatural(parsed<Snapshot | null>(row.after), fields, keys),
      groups: groups.length ? groups : undefined,
      note: row.note ?? undefined,
      requestId: row.request_id ?? undefined,
    });
  }
  return { changes, orphans };
}

/** A bundle's change that cannot be written: the field (within the change) and what is wrong. */
export class ChangeProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** One history row as the `changes` table takes it. */
export interface ChangeRow {
  at: string;
  object_type: string;
  object_id: number;
  action: string;
  actor_label: string;
  actor_role: string;
  fields: string[];
  before: string | null;
  after: string | null;
  group_ids: number[];
  note: string | null;
  request_id: string | null;
}

/** a bundle's snapshot with its natural references turned into this database's global ids */
function toStored(snapshot: Snapshot | undefined, field: string, keys: Pick<KeyLookup, 'idOf'>): Snapshot | null {
  if (!snapshot) return null;
  const walk = (value: unknown, at: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${at}[${i}]`));
    if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      if (entries.length === 2 && typeof (value as NodeRef).node === 'string' && typeof (value as NodeRef).key === 'string') {
        const { node, key } = value as NodeRef;
        const id = keys.idOf(asKind(node), key);
        if (id === undefined) throw new ChangeProblem(at, `${node} "${key}" is not in the bundle or the database`);
        return encodeGlobalId(node, id);
      }
      return Object.fromEntries(entries.map(([k, v]) => [k, walk(v, `${at}.${k}`)]));
    }
    return value;
  };
  return walk(snapshot, field) as Snapshot;
}

/** The row a bundle's change becomes in this database (ChangeProblem when it names something unknown). */
export function changeRow(change: BundleChange, keys: Pick<KeyLookup, 'idOf'>): ChangeRow {
  const objectId = keys.idOf(change.subjectType, change.subject);
  if (objectId === undefined) throw new ChangeProblem('subject', `${change.subjectType} "${change.subject}" is not in the bundle or the database`);
  const groupIds = (change.groups ?? []).map((acronym, j) => {
    const id = keys.idOf('Group', acronym);
    if (id === undefined) throw new ChangeProblem(`groups[${j}]`, `"${acronym}" is not in the bundle or the database`);
    return id;
  });
  const before = toStored(change.before, 'before', keys);
  const after = toStored(change.after, 'after', keys);
  return {
    at: change.at,
    object_type: change.subjectType,
    object_id: objectId,
    action: change.action,
    actor_label: change.actor,
    actor_role: change.actorRole,
    fields: Object.keys(after ?? before ?? {}),
    before: before && JSON.stringify(before),
    after: after && JSON.stringify(after),
    group_ids: [...new Set(groupIds)].sort((a, b) => a - b),
    note: change.note ?? null,
    request_id: change.requestId ?? null,
  };
}

/** JSON with its keys sorted: jsonb gives them back in its own order */
function sortedJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sort(x)])) : v;
  return JSON.stringify(sort(value ?? null));
}

const identity = (r: { at: string; object_type: string; object_id: number; action: string; actor_label: string; before: unknown; after: unknown }) =>
  [r.at, r.object_type, r.object_id, r.action, r.actor_label, sortedJson(parsed(r.before)), sortedJson(parsed(r.after))].join('\u0000');

/**
 * Appends the rows the database does not hold yet — the same change is the same time, object,
 * action, writer and snapshots — in the order given, so an import never doubles the history and
 * never rewrites it (the table is append-only). Returns how many were added.
 */
export async function appendChanges(knex: Knex, rows: ChangeRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  // the bundle's times as the database writes them (a bundle may give another zone or precision)
  const normalized = await knex.raw(`select ${AT_SQL('t.at::timestamptz')} as at from unnest(?::text[]) with ordinality as t(at, n) order by n`, [rows.map((r) => r.at)]);
  const ats = (normalized.rows as { at: string }[]).map((r) => r.at);
  const existing = await knex.raw(
    `select ${AT_SQL('c.at')} as at, c.object_type, c.object_id, c.action, c.actor_label, c.before, c.after
     from changes c join (select distinct * from unnest(?::text[], ?::int[])) as s(object_type, object_id)
       on s.object_type = c.object_type and s.object_id = c.object_id`,
    [rows.map((r) => r.object_type), rows.map((r) => r.object_id)],
  );
  // a multiset: a bundle that holds one change twice gets both, once
  const held = new Map<string, number>();
  for (const row of existing.rows as Parameters<typeof identity>[0][]) held.set(identity(row), (held.get(identity(row)) ?? 0) + 1);
  const fresh = rows.filter((row, i) => {
    const key = identity({ ...row, at: ats[i] });
    const count = held.get(key) ?? 0;
    if (count > 0) held.set(key, count - 1);
    return count === 0;
  });
  const columns = ['at', 'object_type', 'object_id', 'action', 'actor_label', 'actor_role', 'fields', 'before', 'after', 'group_ids', 'note', 'request_id'];
  await insertRows(knex, 'changes', columns, fresh.map((row) => ({ ...row, before: parsed(row.before), after: parsed(row.after) })));
  return fresh.length;
}
