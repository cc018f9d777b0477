import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { LoaderCache, pagedChildrenLoader } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { Change } from './change.entity.js';

/** Per-request batched reads of the history (see platform/database/batch.ts). */
export function createChangeLoaders(em: EntityManager) {
  const paged = new LoaderCache();
  return {
    /** for node(id:), which is public: token management stays out of it (ADMINs read it in the changes feed) */
    byId: new DataLoader<number, Change | null>(async (ids) => {
      const rows = await em.find(Change, { id: { $in: [...ids] }, objectType: { $ne: 'ApiToken' } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    /** a page of each object's history (objects of one type), oldest change first */
    historyOf: (typename: string, page: PageRequest) =>
      paged.get(`historyOf:${typename}:${pageKey(page)}`, () =>
        pagedChildrenLoader(
          em,
          Change,
          {
            table: 'changes',
            source: 'select t.id, t.object_id as __parent from changes t where t.object_id = any(?) and t.object_type = ?',
            orderBy: 's.id',
          },
          page,
          [typename],
        ),
      ),
  };
}
export type ChangeLoaders = ReturnType<typeof createChangeLoaders>;
