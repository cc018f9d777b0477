import type { EntityManager } from '@mikro-orm/core';
import type { Page } from '../platform/graphql/connection.js';
import type { PageRequest } from '../platform/graphql/paging.js';
import { findGroup } from '../group/group.service.js';
import type { GroupLoaders } from '../group/group.loaders.js';
import { Meeting } from './meeting.entity.js';

/** Meetings in date order, of one group (acronym or alias) or of all; an unknown group has none. */
export async function listMeetings(
  em: EntityManager,
  groups: GroupLoaders,
  groupName: string | null | undefined,
  page: PageRequest,
): Promise<Page<Meeting>> {
  let where = {};
  if (groupName != null) {
    const group = await findGroup(groups, groupName);
    if (!group) return { rows: [], total: 0 };
    where = { group: group.id };
  }
  const [rows, total] = await em.findAndCount(Meeting, where, {
    orderBy: { startsOn: 'asc', id: 'asc' },
    limit: page.limit,
    offset: page.offset,
  });
  return { rows, total };
}

/** A meeting has been held once its last day is over. */
export function isHeld(meeting: Pick<Meeting, 'endsOn'>, today: string): boolean {
  return meeting.endsOn < today;
}
