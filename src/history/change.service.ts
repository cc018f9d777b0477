import type { EntityManager } from '@mikro-orm/core';
import type { Page } from '../platform/graphql/connection.js';
import type { PageRequest } from '../platform/graphql/paging.js';
import { anyOf, pagedQuery, SqlWhere } from '../platform/database/paged-query.js';
import { requireGroup } from '../group/group.service.js';
import type { GroupFinder } from '../group/group.service.js';
import type { Viewer } from '../auth/viewer.js';
import { Change } from './change.entity.js';

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
  order: { newestFirst?: boolean } = {},
): Promise<Page<Change>> {
  const where = new SqlWhere();
  // reads are public, token management is not: only ADMINs see tokens issued and revoked
  if (viewer?.role !== 'ADMIN') where.and("t.object_type <> 'ApiToken'");
  if (filter?.since != null) where.and('t.at >= ?', filter.since);
  if (filter?.group != null) {
    const group = await requireGroup(groups, filter.group, 'filter.group');
    where.and('t.group_ids @> array[?]::int[]', group.id);
  }
  const types = anyOf(filter?.objectTypes);
  if (types) where.and('t.object_type = any(?)', types);
  return pagedQuery(em, Change, { table: 'changes', where, orderBy: order.newestFirst ? 't.at desc, t.id desc' : 't.id' }, page);
}
