import { onAlias, type NodeRow, type RowShape } from './rows.js';

/**
 * Planned reads: a whole answer as one SQL statement whose single value is the answer's JSON,
 * assembled by PostgreSQL (json_build_object, json_agg), as PostGraphile does. A thread read
 * level by level is nine statements, nine result sets parsed into rows, loaders, promises and a
 * resolver call per field; planned, it is one statement and one JSON.parse: the benchmark's
 * thread took 1.5 ms of server CPU instead of 2.5, and allocated 154 kB instead of 336 (README,
 * "Planned reads"). Each domain declares here which
 * fields of its type can be planned and the SQL of each (its *.queries.ts, beside the loaders that
 * answer the same fields level by level); graphql/planned-execution.ts turns an operation into a
 * PlannedSelection, and anything it cannot plan runs the ordinary way.
 */

/** A relation to another planned type: the rows of `type` that belong to the row on `parent`. */
export interface PlannedRelation {
  /** a list (json_agg, `orderBy`) or one object (null when there is none) */
  list: boolean;
  type(): PlannedType;
  /** FROM and WHERE of the related rows, the related table on alias `child`, the parent row on `parent` */
  rows(parent: string, child: string): string;
  /** a list's order, on `child` (a unique order: ties broken by id) */
  orderBy?(child: string): string;
}

/** One related object, e.g. a liaison's sender. */
export function planOne(type: () => PlannedType, rows: PlannedRelation['rows']): PlannedRelation {
  return { list: false, type, rows };
}

/** A list of related objects in a fixed order, e.g. a liaison's replies. */
export function planMany(type: () => PlannedType, rows: PlannedRelation['rows'], orderBy: (child: string) => string): PlannedRelation {
  return { list: true, type, rows, orderBy };
}

export interface PlannedFields {
  /**
   * RowShape properties (plain, date or expr columns) whose value, as PostgreSQL writes it in
   * JSON, is what the GraphQL field serializes to: text, numbers, booleans, enums stored by name,
   * arrays of those, dates as YYYY-MM-DD. Not timestamps (JSON's "+00:00" is not DateTime's "Z").
   */
  columns: readonly string[];
  /** fields derived in SQL on the alias `t` (a rule's SQL form, e.g. awaitingReply) */
  computed?: Readonly<Record<string, string>>;
  relations?: Readonly<Record<string, PlannedRelation>>;
}

/** A Node type's plannable fields, over its RowShape. */
export class PlannedType {
  constructor(
    readonly shape: RowShape<NodeRow>,
    private readonly fields: PlannedFields,
  ) {
    for (const column of fields.columns) {
      const value = shape.valueSql(column, 't');
      if (!value || value.kind === 'ref' || value.kind === 'timestamp') throw new Error(`${shape.typename}.${column}: not a plannable column`);
    }
  }

  get typename(): string {
    return this.shape.typename;
  }

  /** the SQL of a scalar field on `alias`, or undefined when it is not planned */
  scalarSql(field: string, alias: string): string | undefined {
    if (field === 'id') return globalIdSql(this.typename, alias);
    if (this.fields.columns.includes(field)) return this.shape.valueSql(field, alias)!.sql;
    const computed = this.fields.computed?.[field];
    return computed === undefined ? undefined : `(${onAlias(computed, alias)})`;
  }

  relation(field: string): PlannedRelation | undefined {
    const relations = this.fields.relations;
    return relations && Object.hasOwn(relations, field) ? relations[field] : undefined;
  }
}

/** What an operation asks of one object, each entry under its response key, in the response's order. */
export type PlannedSelection = readonly PlannedEntry[];
export type PlannedEntry =
  | { key: string; kind: 'typename'; typename: string }
  | { key: string; kind: 'scalar'; field: string }
  | { key: string; kind: 'relation'; field: string; selection: PlannedSelection };

/** json_build_object takes at most 100 arguments: 50 keys and their values */
export const MAX_PLANNED_KEYS = 50;

/**
 * The JSON object of the row of `type` on `alias`, as SQL. `cap`: the most rows a list may bring
 * (the request's row budget, plus one: past it, the answer is refused like any read that goes past
 * it); `nextAlias` names each related table's alias.
 */
export function objectSql(type: PlannedType, alias: string, selection: PlannedSelection, cap: number, nextAlias: () => string): string {
  const pairs = selection.map((entry) => {
    const value =
      entry.kind === 'typename' ? `'${entry.typename}'::text`
      : entry.kind === 'scalar' ? type.scalarSql(entry.field, alias)
      : relationSql(type.relation(entry.field)!, alias, entry.selection, cap, nextAlias);
    return `'${entry.key}', ${value}`;
  });
  return `json_build_object(${pairs.join(', ')})`;
}

function relationSql(relation: PlannedRelation, parent: string, selection: PlannedSelection, cap: number, nextAlias: () => string): string {
  const child = nextAlias();
  const object = objectSql(relation.type(), child, selection, cap, nextAlias);
  const rows = relation.rows(parent, child);
  if (!relation.list) return `(select ${object} from ${rows} limit 1)`;
  // row_number keeps the order through json_agg (a sorted subquery's order is not promised)
  const order = relation.orderBy!(child);
  return `(select coalesce(json_agg(l.o order by l.n), '[]'::json) from (select ${object} as o, row_number() over (order by ${order}) as n from ${rows} order by ${order} limit ${cap}) l)`;
}

/** the global id (global-id.ts: base64url of "<Type>:<id>", no padding) written in SQL */
export function globalIdSql(typename: string, alias: string): string {
  // encode() breaks lines after 76 characters: a type name and a 32-bit id stay far below
  return `rtrim(translate(encode(convert_to('${typename}:' || ${alias}.id, 'UTF8'), 'base64'), '+/', '-_'), '=')`;
}
