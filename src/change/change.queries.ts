import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { countLoader, pagedChildRowsLoader, pagedRows, plain, RowShape, selectRows, timestamp, type NodeRow, type RowPage } from '../platform/database/rows.js';
import { anyOf, SqlWhere } from '../platform/database/paged-query.js';
import { LoaderCache } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { requireGroup, type GroupFinder } from '../group/group.service.js';
import type { Role } from '../api-token/api-token.entity.js';
import type { Viewer } from '../auth/viewer.js';
import type { ChangeAction, Snapshot } from './change.entity.js';

/** A recorded change as the read path sees it (see platform/database/rows.ts). */
export interface ChangeRow extends NodeRow {
  at: Date;
  actorLabel: string;
  actorRole: Role;
  objectType: string;
  objectId: number;
  objectVersion: number | null;
  action: ChangeAction;
  fields: string[];
  before: Snapshot | null;
  after: Snapshot | null;
  note: string | null;
}

export const CHANGE = new RowShape<ChangeRow>('Change', 'changes', {
  id: plain('id'),
  at: timestamp('at'),
  actorLabel: plain('actor_label'),
  actorRole: plain('actor_role'),
  objectType: plain('object_type'),
  objectId: plain('object_id'),
  objectVersion: plain('object_version'),
  action: plain('action'),
  fields: plain('fields'),
  before: plain('before'),
  after: plain('after'),
  note: plain('note'),
});
const COLUMNS = CHANGE.select();

/** reads are public, token management is not: only ADMINs see tokens issued and revoked */
const NOT_TOKENS = "t.object_type <> 'ApiToken'";

export interface ChangeListFilter {
  since?: Date | null;
  group?: string | null;
  objectTypes?: string[] | null;
}

/**
 * The changes feed across the graph, oldest first (so a reader can page forward from `since`);
 * `newestFirst` for the Atom feed, which carries the latest changes, by the time they were made.
 */
export async function listChanges(
  em: EntityManager,
  groups: GroupFinder,
  viewer: Viewer | null,
  filter: ChangeListFilter | null | undefined,
  page: PageRequest,
  withTotal: boolean,
  order: { newestFirst?: boolean } = {},
): Promise<RowPage<ChangeRow>> {
  const where = new SqlWhere();
  if (viewer?.role !== 'ADMIN') where.and(NOT_TOKENS);
  if (filter?.since != null) where.and('t.at >= ?', filter.since);
  if (filter?.group != null) {
    const group = await requireGroup(groups, filter.group, 'filter.group');
    where.and('t.group_ids @> array[?]::int[]', group.id);
  }
  const types = anyOf(filter?.objectTypes);
  if (types) where.and('t.object_type = any(?)', types);
  return pagedRows(em, CHANGE, { table: 'changes', where, orderBy: order.newestFirst ? 't.at desc, t.id desc' : 't.id' }, page, withTotal);
}

/**
 * Per-request batched reads of the history. Per request because each loader caches what it
 * read: shared, it would serve one request's reads to another and outlive writes.
 */
export function createChangeQueries(em: EntityManager) {
  const paged = new LoaderCache();
  return {
    /** for node(id:), which is public: token management stays out of it (ADMINs read it in the changes feed) */
    byId: new DataLoader<number, ChangeRow | null>(async (ids) => {
      const rows = await selectRows(em, CHANGE, `select ${COLUMNS} from changes t where t.id = any(?) and ${NOT_TOKENS}`, [[...ids]]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** a page of each object's history (objects of one type), oldest change first */
    historyOf: (typename: string, page: PageRequest) =>
      paged.get(`historyOf:${typename}:${pageKey(page)}`, () =>
        pagedChildRowsLoader(em, CHANGE,
          `select ${COLUMNS} from changes t where t.object_type = ? and t.object_id = p.__parent order by t.id limit ? offset ?`,
          'r.id', page, [typename]),
      ),
    /** how many changes each object (of one type) has */
    countOf: (typename: string) =>
      paged.get(`countOf:${typename}`, () =>
        countLoader(em,
          'select t.object_id as __parent, count(*) as total from changes t where t.object_id = any(?) and t.object_type = ? group by t.object_id',
          [typename]),
      ),
  };
}
export type ChangeQueries = ReturnType<typeof createChangeQueries>;
