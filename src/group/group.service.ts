import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { decodeGlobalId } from '../platform/graphql/global-id.js';
import { Group } from './group.entity.js';
import type { HistorySubject } from '../change/change.write.js';
import type { Snapshot } from '../change/change.entity.js';
import type { GroupLookup } from './group.lookup.js';

export class GroupError extends AppError {}

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
