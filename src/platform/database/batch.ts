import DataLoader from 'dataloader';
import type { AnyEntity, EntityClass, EntityManager } from '@mikro-orm/core';
import { rawQuery } from './raw.js';
import type { Page } from '../graphql/connection.js';
import type { PageRequest } from '../graphql/paging.js';

/**
 * Batched reads shared by every domain's loaders. A DataLoader collects the keys that the
 * resolvers of one tick ask for, so a list of 100 parents costs one query per relation,
 * not 100. Loaders live for one request (they cache, and must never see another user's writes).
 */

/** Entities by row id, in key order; null where none. */
export function entityByIdLoader<T extends AnyEntity & { id: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: [...ids] } } as never)) as T[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Group rows by a key, keeping the query's order; every asked key gets a list (maybe empty). */
export function groupRows<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const byKey = new Map<K, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  return keys.map((k) => byKey.get(k) ?? []);
}

export interface PagedChildrenQuery {
  /** the child table; the page's rows are read from it by id */
  table: string;
  /** the columns of a page row, on the alias `t` (default `t.*`; documents leave out their text) */
  columns?: string;
  /**
   * SQL yielding one row per (child, parent): the child's `id`, the parent's id as `__parent`, and
   * the columns `orderBy` needs, but not the whole row: only the page's rows are read in full.
   * `?` takes the parent ids array (`parentIdPlaceholders` times, at the start of the bindings).
   */
  source: string;
  /** ORDER BY inside each parent's partition, on the `s` alias; end it with s.id so pages are stable */
  orderBy: string;
  /** how many `?` in `source` take the parent ids (default 1) */
  parentIdPlaceholders?: number;
}

/**
 * One page of children for each of many parents, with each parent's total, in one query:
 * a window function numbers the children's keys within their parent; the page is a range of
 * numbers, and only its rows are read from the table (a lookup by primary key each).
 */
export function pagedChildrenLoader<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  query: PagedChildrenQuery,
  page: PageRequest,
  extraBindings: unknown[] = [],
): DataLoader<number, Page<T>> {
  const columns = query.columns ?? 't.*';
  return new DataLoader(async (parentIds) => {
    const parentBindings = Array.from({ length: query.parentIdPlaceholders ?? 1 }, () => [...parentIds]);
    // `offset 0` keeps the lateral lookup a nested loop on the primary key: without it the planner
    // may hash the whole child table to join a page of ten rows
    const sql = `
      select r.*, n.__parent, n.__rn, n.__total
      from (
        select s.id, s.__parent,
               row_number() over (partition by s.__parent order by ${query.orderBy}) as __rn,
               count(*) over (partition by s.__parent) as __total
        from (${query.source}) s
      ) n
      cross join lateral (select ${columns} from ${query.table} t where t.id = n.id offset 0) r
      where n.__rn > ? and n.__rn <= ?
      order by n.__parent, n.__rn`;
    const result = await rawQuery(em, sql, [...parentBindings, ...extraBindings, page.offset, page.offset + page.limit] as never);
    const pages = new Map<number, Page<T>>(parentIds.map((id) => [id, { rows: [], total: 0 }]));
    for (const raw of result.rows as Record<string, unknown>[]) {
      const { __parent, __rn, __total, ...row } = raw;
      const entry = pages.get(Number(__parent))!;
      entry.total = Number(__total);
      entry.rows.push(em.map(entity, row as never) as T);
    }
    // a parent whose page is past its last child still needs its total
    const missing = [...pages].filter(([, p]) => p.rows.length === 0).map(([id]) => id);
    if (missing.length > 0 && page.offset > 0) {
      const missingBindings = Array.from({ length: query.parentIdPlaceholders ?? 1 }, () => missing);
      const counts = await rawQuery(em,
        `select s.__parent, count(*)::int as total from (${query.source}) s group by s.__parent`,
        [...missingBindings, ...extraBindings] as never,
      );
      for (const row of counts.rows as { __parent: number; total: number }[]) {
        pages.get(Number(row.__parent))!.total = row.total;
      }
    }
    return parentIds.map((id) => pages.get(id)!);
  });
}

/** Memoise loaders that depend on arguments (page size, filters): one DataLoader per distinct key. */
export class LoaderCache {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

export interface PivotQuery {
  /** pivot table and its two columns, e.g. meeting_topics(meeting_id → topic_id) */
  pivot: string;
  ownerColumn: string;
  targetColumn: string;
  /** the target table, e.g. topics */
  target: string;
  /** ORDER BY on the target alias `t` */
  orderBy: string;
}

/** The targets of a many-to-many pivot for many owners, in one query. */
export function pivotLoader<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  query: PivotQuery,
): DataLoader<number, T[]> {
  return new DataLoader(async (ownerIds) => {
    const result = await rawQuery(em,
      `select p.${query.ownerColumn} as __owner, t.* from ${query.pivot} p
       join ${query.target} t on t.id = p.${query.targetColumn}
       where p.${query.ownerColumn} = any(?) order by ${query.orderBy}`,
      [[...ownerIds]],
    );
    const rows = (result.rows as Record<string, unknown>[]).map(({ __owner, ...columns }) => ({
      owner: Number(__owner),
      entity: em.map(entity, columns as never) as T,
    }));
    return groupRows(ownerIds, rows, (r) => r.owner).map((list) => list.map((r) => r.entity));
  });
}
