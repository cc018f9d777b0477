import type { EntityManager } from '@mikro-orm/core';
import { entityByIdLoader, LoaderCache, pagedChildrenLoader } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { Change } from './change.entity.js';

/** Per-request batched reads of the history (see platform/database/batch.ts). */
export function createChangeLoaders(em: EntityManager) {
  const paged = new LoaderCache();
  return {
    byId: entityByIdLoader(em, Change),
    /** a page of each object's history (objects of one type), oldest change first */
    historyOf: (typename: string, page: PageRequest) =>
      paged.get(`historyOf:${typename}:${pageKey(page)}`, () =>
        pagedChildrenLoader(
          em,
          Change,
          {
            source: 'select t.*, t.object_id as __parent from changes t where t.object_id = any(?) and t.object_type = ?',
            orderBy: 's.id',
          },
          page,
          [typename],
        ),
      ),
  };
}
export type ChangeLoaders = ReturnType<typeof createChangeLoaders>;
