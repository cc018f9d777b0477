import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { entityByIdLoader, groupRows, LoaderCache, pagedChildrenLoader } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { ActionItem, type ActionStatus } from './action-item.entity.js';

/** Per-request batched reads of action items (see platform/database/batch.ts). */
export function createActionItemLoaders(em: EntityManager) {
  const paged = new LoaderCache();
  const byOutcome = (property: 'raisedBy' | 'resolvedBy') =>
    new DataLoader<number, ActionItem[]>(async (outcomeIds) => {
      const rows = await em.find(ActionItem, { [property]: { $in: [...outcomeIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupRows(outcomeIds, rows, (item) => item[property]!.id);
    });
  return {
    byId: entityByIdLoader(em, ActionItem),
    /** the items each outcome raised, oldest first */
    raisedBy: byOutcome('raisedBy'),
    /** the items each outcome closed, oldest first */
    resolvedBy: byOutcome('resolvedBy'),
    /** a page of the items each group owes, oldest first; statuses null = any (sorted, see anyOf) */
    ofAssignee: (page: PageRequest, statuses: ActionStatus[] | null) =>
      paged.get(`ofAssignee:${pageKey(page)}:${statuses?.join(',') ?? '*'}`, () =>
        pagedChildrenLoader(
          em,
          ActionItem,
          {
            table: 'action_items',
            source: `select t.id, t.assignee_id as __parent, t.created_at from action_items t
                     where t.assignee_id = any(?)${statuses ? ' and t.status = any(?)' : ''}`,
            orderBy: 's.created_at, s.id',
          },
          page,
          statuses ? [statuses] : [],
        ),
      ),
  };
}
export type ActionItemLoaders = ReturnType<typeof createActionItemLoaders>;
