import type { EntityClass, EntityManager } from '@mikro-orm/core';
import { rawQuery } from './raw.js';
import type { Page } from '../graphql/connection.js';
import type { PageRequest } from '../graphql/paging.js';

/**
 * Root lists with filters: the filters are SQL conditions, so the page and its total are cut
 * by the database (never filtered afterwards in JS, which would make totalCount and the pages lie).
 */

/** "Today" in SQL: current_date taken in UTC, the same day as todayIso() on the JS side. */
export const SQL_TODAY = `(current_timestamp at time zone 'UTC')::date`;

/** SQL conditions (on the table alias `t`) and their `?` bindings, joined with AND. */
export class SqlWhere {
  private readonly parts: string[] = [];
  readonly bindings: unknown[] = [];

  and(sql: string, ...bindings: unknown[]): this {
    this.parts.push(`(${sql})`);
    this.bindings.push(...bindings);
    return this;
  }

  toSql(): string {
    return this.parts.length > 0 ? this.parts.join(' and ') : 'true';
  }
}

export interface PagedQuery {
  /** the table, aliased `t` */
  table: string;
  where: SqlWhere;
  /** ORDER BY on the alias `t`; end it with a unique column so pages are stable */
  orderBy: string;
}

/**
 * One page of a filtered table and the filtered total, in one statement (two past the last page).
 * The total is a scalar subquery, counted once and from an index where one fits; the page itself
 * can then stop at its last row (a window `count(*) over ()` would read and sort every match).
 */
export async function pagedQuery<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  query: PagedQuery,
  page: PageRequest,
): Promise<Page<T>> {
  const where = query.where.toSql();
  const result = await rawQuery(em,
    `select t.*, (select count(*) from ${query.table} t where ${where}) as __total from ${query.table} t
     where ${where}
     order by ${query.orderBy}
     limit ? offset ?`,
    [...query.where.bindings, ...query.where.bindings, page.limit, page.offset] as never,
  );
  const raw = result.rows as Record<string, unknown>[];
  let total = raw.length > 0 ? Number(raw[0].__total) : 0;
  if (raw.length === 0 && page.offset > 0) {
    // a page past the end still reports how many there are
    const counted = await rawQuery(em, `select count(*)::int as total from ${query.table} t where ${where}`, query.where.bindings as never);
    total = Number((counted.rows as { total: number }[])[0].total);
  }
  const rows = raw.map(({ __total, ...columns }) => em.map(entity, columns as never) as T);
  return { rows, total };
}

/**
 * `column` is one of `values`: `= ?` for a single value, so that an index on (column, order…)
 * also yields the order and a page stops early; `= any(?)` for several.
 */
export function oneOf(column: string, values: readonly string[]): [string, unknown] {
  return values.length === 1 ? [`${column} = ?`, values[0]] : [`${column} = any(?)`, [...values]];
}

/**
 * A list of allowed values from a filter (statuses, purposes): null means "any"; so does an empty list
 * (a dashboard that builds the list from checkboxes sends [] when none is ticked).
 */
export function anyOf<S extends string>(values: readonly S[] | null | undefined): S[] | null {
  return values && values.length > 0 ? [...new Set(values)].sort() : null;
}
