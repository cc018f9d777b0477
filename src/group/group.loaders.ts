import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { entityByIdLoader, groupRows } from '../platform/database/batch.js';
import { Group, groupLookupKey } from './group.entity.js';

/** Per-request batched reads of groups (see platform/database/batch.ts for why per request). */
export function createGroupLoaders(em: EntityManager) {
  return {
    byId: entityByIdLoader(em, Group),
    subgroupsOf: new DataLoader<number, Group[]>(async (parentIds) => {
      const rows = await em.find(Group, { parent: { $in: [...parentIds] } }, { orderBy: { acronym: 'asc' } });
      return groupRows(parentIds, rows, (g) => g.parent!.id);
    }),
    /** by acronym or alias, as people type them; null where no group matches */
    byName: new DataLoader<string, Group | null>(async (names) => {
      const keys = names.map(groupLookupKey);
      const rows = await em.find(Group, { lookupKeys: { $overlap: keys } });
      return keys.map((key) => rows.find((g) => g.lookupKeys.includes(key)) ?? null);
    }),
  };
}
export type GroupLoaders = ReturnType<typeof createGroupLoaders>;
