import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { entityByIdLoader } from '../platform/database/batch.js';
import { Group, groupLookupKey } from './group.entity.js';

// Groups by id and by name, for a write: kept apart from group.service.ts because runWrite
// (change.write.ts) builds them for every write, and group.service names the write's types.

/** Groups by id and by name: rows on the read path (group.queries.ts), entities in a write (groupEntities). */
export interface GroupLookup<G> {
  byId: DataLoader<number, G | null>;
  byName: DataLoader<string, G | null>;
}

/**
 * Groups as entities of a write's transaction, by id and by name (acronym or alias), batched
 * for that write only: a write links them to the objects it creates and changes.
 */
export function groupEntities(em: EntityManager): GroupLookup<Group> {
  return {
    byId: entityByIdLoader(em, Group),
    byName: new DataLoader<string, Group | null>(async (names) => {
      const keys = names.map(groupLookupKey);
      const rows = await em.find(Group, { lookupKeys: { $overlap: keys } });
      return keys.map((key) => rows.find((g) => g.lookupKeys.includes(key)) ?? null);
    }),
  };
}
