import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { decodeGlobalId } from '../platform/graphql/global-id.js';
import { Group, groupLookupKey } from './group.entity.js';
import { entityByIdLoader } from '../platform/database/batch.js';
import type { HistorySubject } from '../change/change.write.js';
import type { Snapshot } from '../change/change.entity.js';

export class GroupError extends AppError {}

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

/** A group by acronym or alias (or by its id), or null: an unknown name is not an error when reading. */
export async function findGroup<G>(loaders: GroupLookup<G>, name: string): Promise<G | null> {
  if (name.trim() === '' || name.length > 200) return null;
  const id = decodeGlobalId(name);
  if (id?.typename === 'Group') return loaders.byId.load(id.id);
  return loaders.byName.load(name);
}

/** A group named in a filter or input: an unknown one is a NOT_FOUND error naming the field. */
export async function requireGroup<G>(loaders: GroupLookup<G>, name: string, field: string): Promise<G> {
  const group = await findGroup(loaders, name);
  if (!group) throw new GroupError(ErrorCode.NOT_FOUND, `No group is known as "${name}"`, field);
  return group;
}

/**
 * Groups are not written through the API; an import creates and updates them, and records it.
 * A group shows in its own changes feed and in its parent's (a new subgroup is news there).
 */
/** A group as the history shows it, its parent named by acronym (the API's writes and the import record this shape). */
export interface GroupSnapshot {
  acronym: string;
  name: string;
  kind: string;
  sector: string;
  parent: string | null;
  aliases: readonly string[];
  mandates: readonly string[];
  officers: readonly { role: string; name: string }[];
}

export function groupSnapshot(g: GroupSnapshot): Snapshot {
  return {
    acronym: g.acronym,
    name: g.name,
    kind: g.kind,
    sector: g.sector,
    parent: g.parent,
    aliases: [...g.aliases],
    mandates: [...g.mandates],
    officers: g.officers.map((o) => ({ role: o.role, name: o.name })),
  };
}

export const groupHistory: HistorySubject<Group> = {
  async snapshot(w, g) {
    const [parent] = await w.groups([g.parent?.id]);
    return groupSnapshot({ acronym: g.acronym, name: g.name, kind: g.kind, sector: g.sector, parent: parent?.acronym ?? null, aliases: g.aliases, mandates: g.mandates, officers: g.officers });
  },
  async groupIds(_w, g) {
    return g.parent ? [g.id, g.parent.id] : [g.id];
  },
};

/** What a read needs to name groups in a filter: rows or entities, by id and by name. */
export type GroupFinder = GroupLookup<{ id: number; acronym: string }>;
