import DataLoader from 'dataloader';
import { helper, type EntityManager } from '@mikro-orm/core';
import { rawQuery } from './raw.js';
import { encodeGlobalId } from '../graphql/global-id.js';
import type { PageRequest } from '../graphql/paging.js';

/**
 * The read path: plain rows, never entities. An executed dashboard used to spend half its server
 * time building MikroORM entities (identity map, unit of work, hydration) and collecting them;
 * a row is the object PostgreSQL's driver already made, with its columns named as the GraphQL
 * type's fields. MikroORM stays for writes.
 *
 * A foreign key is read as `{ id }` under the entity's property name (`fromGroup: { id: 3 }`), so
 * a row and an entity look alike to a field resolver (`liaison.fromGroup.id`): the history,
 * the feeds and the resolvers take either.
 */

/** A reference to another row: its id. */
export interface IdRef {
  readonly id: number;
}

/** What every row of a Node type carries: its row id, global id and GraphQL type name. */
export interface NodeRow {
  id: number;
  /** the opaque global id (Node.id) */
  nodeId: string;
  __typename: string;
}

type Column =
  /** the column as it is (text, integer, boolean, arrays, jsonb, timestamptz as a Date) */
  | { kind: 'plain'; column: string }
  /** a date column, read as YYYY-MM-DD text: no time zone can shift it */
  | { kind: 'date'; column: string }
  /** a foreign key, read as `{ id }` (or null) */
  | { kind: 'ref'; column: string }
  /**
   * a timestamptz shown to the API, read as a Date: the driver (MikroORM's type parsers) hands
   * timestamps over as PostgreSQL's text, which GraphQL's DateTime refuses. Milliseconds, as an entity has.
   */
  | { kind: 'timestamp'; column: string }
  /** a value derived in SQL (a rule's SQL form), written on the alias `t` */
  | { kind: 'expr'; column: string };

export const plain = (column: string): Column => ({ kind: 'plain', column });
export const date = (column: string): Column => ({ kind: 'date', column });
export const ref = (column: string): Column => ({ kind: 'ref', column });
export const timestamp = (column: string): Column => ({ kind: 'timestamp', column });
export const expr = (sql: string): Column => ({ kind: 'expr', column: sql });

/** a column's value as SQL on alias `alias` (an expr is written on `t`) */
function columnSql(c: Column, alias: string): string {
  return c.kind === 'date' ? `to_char(${alias}.${c.column}, 'YYYY-MM-DD')`
    : c.kind === 'timestamp' ? `floor(extract(epoch from ${alias}.${c.column}) * 1000)::float8`
    : c.kind === 'expr' ? `(${onAlias(c.column, alias)})`
    : `${alias}.${c.column}`;
}

/** SQL written on the alias `t`, moved to `alias` */
export function onAlias(sql: string, alias: string): string {
  return alias === 't' ? sql : sql.replace(/\bt\./g, `${alias}.`);
}

/**
 * The shape of one table's rows: which columns, under which property names. `select()` writes
 * the select list (aliased to the property names, so the driver's object is the row), `map()`
 * finishes a row in place (references, global id, type name).
 */
export class RowShape<T extends NodeRow> {
  private readonly refs: string[];
  private readonly timestamps: string[];

  constructor(
    readonly typename: string,
    readonly table: string,
    private readonly columns: Record<string, Column>,
  ) {
    this.refs = Object.entries(columns).filter(([, c]) => c.kind === 'ref').map(([p]) => p);
    this.timestamps = Object.entries(columns).filter(([, c]) => c.kind === 'timestamp').map(([p]) => p);
  }

  /** select lists already written, by alias and columns: loaders are made per request, their SQL once */
  private readonly selectLists = new Map<string, string>();

  /**
   * The columns for a selection of fields (`select`'s `only`, sorted), when every field selected
   * is one of this shape's properties: a list that shows a group's acronym reads two columns, not
   * thirteen (a string per column and row is most of what reading rows costs). Undefined, every
   * column, as soon as one field is anything else (a field resolver may read any column).
   */
  columnsFor(fields: readonly string[]): readonly string[] | undefined {
    const asked = fields.filter((field) => field !== '__typename');
    if (!asked.every((field) => Object.hasOwn(this.columns, field))) return undefined;
    return [...new Set(asked)].sort();
  }

  /** the select list on alias `alias`, every column or only `only` (id always) */
  select(alias = 't', only?: readonly string[]): string {
    const key = only ? `${alias}:${only.join(',')}` : alias;
    let list = this.selectLists.get(key);
    if (list === undefined) {
      list = this.writeSelect(alias, only);
      this.selectLists.set(key, list);
    }
    return list;
  }

  private writeSelect(alias: string, only: readonly string[] | undefined): string {
    const entries = Object.entries(this.columns).filter(([p]) => !only || p === 'id' || only.includes(p));
    return entries.map(([property, c]) => `${columnSql(c, alias)} as "${property}"`).join(', ');
  }

  /** the SQL of one property's value on alias `alias` (json-plan.ts reads plain, date and expr columns this way) */
  valueSql(property: string, alias: string): { kind: Column['kind']; sql: string } | undefined {
    const column = Object.hasOwn(this.columns, property) ? this.columns[property] : undefined;
    return column && { kind: column.kind, sql: columnSql(column, alias) };
  }

  map(raw: Record<string, unknown>): T {
    for (const property of this.refs) {
      const value = raw[property];
      if (value != null) raw[property] = { id: value };
    }
    for (const property of this.timestamps) {
      const value = raw[property];
      if (value != null) raw[property] = new Date(value as number);
    }
    raw.__typename = this.typename;
    raw.nodeId = encodeGlobalId(this.typename, raw.id as number);
    return raw as unknown as T;
  }
}

/** Rows of one statement, mapped by `shape` (other columns, e.g. a parent key, stay as they are). */
export async function selectRows<T extends NodeRow>(
  em: EntityManager,
  shape: RowShape<T>,
  sql: string,
  bindings: readonly unknown[] = [],
): Promise<T[]> {
  const result = await rawQuery(em, sql, bindings);
  return (result.rows as Record<string, unknown>[]).map((raw) => shape.map(raw));
}

/** Plain rows of one statement, untouched (counts, keys). */
export async function selectValues<T>(em: EntityManager, sql: string, bindings: readonly unknown[] = []): Promise<T[]> {
  return (await rawQuery(em, sql, bindings)).rows as T[];
}

/** Rows by id, in key order; null where none. */
export function rowByIdLoader<T extends NodeRow>(em: EntityManager, shape: RowShape<T>, only?: readonly string[]): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await selectRows(em, shape, `select ${shape.select('t', only)} from ${shape.table} t where t.id = any(?)`, [[...ids]]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Takes a helper column (a parent's id, an addressee's role) off a row without `delete`: V8
 * turns an object that loses a property other than its last into a slow dictionary, and every
 * field the answer then reads off the row pays for it. The property stays, undefined (JSON and
 * GraphQL see nothing of it).
 */
export function takeColumn<V>(row: object, column: string): V {
  const columns = row as Record<string, unknown>;
  const value = columns[column] as V;
  columns[column] = undefined;
  return value;
}

/** Rows grouped by a parent key column `__parent` (kept in the query's order); every key gets a list. */
export function rowsByParent<T extends NodeRow>(keys: readonly number[], rows: (T & { __parent?: unknown })[]): T[][] {
  const byKey = new Map<number, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) byKey.get(Number(takeColumn(row, '__parent')))?.push(row);
  return keys.map((k) => byKey.get(k) ?? []);
}

/**
 * Children of many parents in one statement: `sql` selects the children with their parent's id
 * as `__parent` for the parent ids bound to the first `?` (an int array), ordered within each parent.
 */
export function childRowsLoader<T extends NodeRow>(
  em: EntityManager,
  shape: RowShape<T>,
  sql: string,
  extraBindings: readonly unknown[] = [],
): DataLoader<number, T[]> {
  return new DataLoader(async (parentIds) => rowsByParent(parentIds, await selectRows(em, shape, sql, [[...parentIds], ...extraBindings])));
}

/** One page of a list: its rows, whether more follow, and the list's total when it was asked for. */
export interface RowPage<T> {
  rows: T[];
  hasNextPage: boolean;
  /** null: not computed (the query did not select totalCount) */
  total: number | null;
}

/**
 * A page of children for each of many parents, in one statement: for each parent id, a lateral
 * subquery reads its page (`limit` one more than asked, to know whether more follow), so an
 * index on (parent, order…) answers each parent with a range scan that stops after the page.
 * `pageSql` is that subquery: it selects the child columns, filters on `p.__parent`, orders, and
 * ends with `limit ? offset ?`; `order` repeats its order on the alias `r` (rows of one parent
 * stay together and in order).
 */
export function pagedChildRowsLoader<T extends NodeRow>(
  em: EntityManager,
  shape: RowShape<T>,
  pageSql: string,
  order: string,
  page: PageRequest,
  extraBindings: readonly unknown[] = [],
): DataLoader<number, Omit<RowPage<T>, 'total'>> {
  return new DataLoader(async (parentIds) => {
    const rows = await selectRows(
      em,
      shape,
      `select p.__parent, r.* from unnest(?::int[]) with ordinality as p(__parent, __ord)
       cross join lateral (${pageSql}) r
       order by p.__ord, ${order}`,
      [[...parentIds], ...extraBindings, page.limit + 1, page.offset],
    );
    return rowsByParent(parentIds, rows).map((list) => ({
      rows: list.slice(0, page.limit),
      hasNextPage: list.length > page.limit,
    }));
  });
}

/** How many children each parent has: `sql` selects `__parent` and `total` for the parent ids bound to the first `?`. */
export function countLoader(em: EntityManager, sql: string, extraBindings: readonly unknown[] = []): DataLoader<number, number> {
  return new DataLoader(async (parentIds) => {
    const rows = await selectValues<{ __parent: number; total: string | number }>(em, sql, [[...parentIds], ...extraBindings]);
    const byParent = new Map(rows.map((r) => [Number(r.__parent), Number(r.total)]));
    return parentIds.map((id) => byParent.get(id) ?? 0);
  });
}

export interface RowListQuery {
  /** the table, aliased `t` */
  table: string;
  /** SQL conditions on `t` (paged-query.ts's SqlWhere) */
  where: { toSql(): string; readonly bindings: unknown[] };
  /** ORDER BY on the alias `t`; end it with a unique column so pages are stable */
  orderBy: string;
  /** the properties a list shows (default: all of the shape's) */
  only?: readonly string[];
}

/**
 * One page of a filtered table, in one statement: the page stops at its last row (plus one, to
 * know whether more follow), and the filtered total is a scalar subquery only when `withTotal`
 * (counted once, from an index where one fits). Past the last page, the total takes a second statement.
 */
export async function pagedRows<T extends NodeRow>(
  em: EntityManager,
  shape: RowShape<T>,
  query: RowListQuery,
  page: PageRequest,
  withTotal: boolean,
): Promise<RowPage<T>> {
  const where = query.where.toSql();
  const count = `select count(*) as total from ${query.table} t where ${where}`;
  const raw = await selectRows(em, shape,
    `select ${shape.select('t', query.only)}${withTotal ? `, (${count}) as __total` : ''} from ${query.table} t
     where ${where} order by ${query.orderBy} limit ? offset ?`,
    [...(withTotal ? query.where.bindings : []), ...query.where.bindings, page.limit + 1, page.offset],
  );
  let total: number | null = null;
  if (withTotal) {
    if (raw.length > 0) total = Number((raw[0] as unknown as { __total: string }).__total);
    else if (page.offset === 0) total = 0;
    else total = Number((await selectValues<{ total: string }>(em, count, query.where.bindings))[0].total);
    for (const row of raw) takeColumn(row, '__total');
  }
  return { rows: raw.slice(0, page.limit), hasNextPage: raw.length > page.limit, total };
}

/** The GraphQL type name of a row (its __typename) or of an entity (its class name). */
export function typenameOf(value: object): string {
  return (value as { __typename?: string }).__typename ?? helper(value).__meta.className;
}
