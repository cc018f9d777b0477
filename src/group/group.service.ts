import type { EntityManager } from '@mikro-orm/core';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { decodeGlobalId } from '../platform/graphql/global-id.js';
import type { Page } from '../platform/graphql/connection.js';
import type { PageRequest } from '../platform/graphql/paging.js';
import { Group } from './group.entity.js';
import type { GroupLoaders } from './group.loaders.js';

export class GroupError extends AppError {}

/** Groups in acronym order. */
export async function listGroups(em: EntityManager, page: PageRequest): Promise<Page<Group>> {
  const [rows, total] = await em.findAndCount(Group, {}, { orderBy: { acronym: 'asc', id: 'asc' }, limit: page.limit, offset: page.offset });
  return { rows, total };
}

/** A group by acronym or alias (or by its id), or null: an unknown name is not an error when reading. */
export async function findGroup(loaders: GroupLoaders, name: string): Promise<Group | null> {
  if (name.trim() === '' || name.length > 200) return null;
  const id = decodeGlobalId(name);
  if (id?.typename === 'Group') return loaders.byId.load(id.id);
  return loaders.byName.load(name);
}

/** A group named in a filter or input: an unknown one is a NOT_FOUND error naming the field. */
export async function requireGroup(loaders: GroupLoaders, name: string, field: string): Promise<Group> {
  const group = await findGroup(loaders, name);
  if (!group) throw new GroupError(ErrorCode.NOT_FOUND, `No group is known as "${name}"`, field);
  return group;
}
