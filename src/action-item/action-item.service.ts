import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '../platform/errors/app-error.js';
import type { Page } from '../platform/graphql/connection.js';
import type { PageRequest } from '../platform/graphql/paging.js';
import { pagedQuery, SQL_TODAY, SqlWhere, anyOf, oneOf } from '../platform/database/paged-query.js';
import { requireGroup } from '../group/group.service.js';
import type { GroupLoaders } from '../group/group.loaders.js';
import type { Meeting } from '../meeting/meeting.entity.js';
import { isHeld } from '../meeting/meeting.service.js';
import { ActionItem, OPEN_ACTION_STATUSES, type ActionStatus } from './action-item.entity.js';

/** Errors about action items. */
export class ActionItemError extends AppError {}

/**
 * The rule behind ActionItem.isOverdue, derived at read time and never stored: an item still
 * owed (OPEN or IN_PROGRESS) whose due date has passed, or whose due meeting has been held.
 * DONE and CANCELLED items are never overdue. `today` is a UTC date (todayIso()).
 */
export function isOverdue(
  item: Pick<ActionItem, 'status' | 'dueOn'>,
  dueMeeting: Pick<Meeting, 'endsOn'> | null,
  today: string,
): boolean {
  if (!OPEN_ACTION_STATUSES.includes(item.status)) return false;
  if (item.dueOn != null && item.dueOn < today) return true;
  return dueMeeting != null && isHeld(dueMeeting, today);
}

/** The same rule in SQL, on the action_items alias `t` (never null, so `not (…)` is its negation). */
export const OVERDUE_SQL = `t.status in (${OPEN_ACTION_STATUSES.map((s) => `'${s}'`).join(', ')})
  and (coalesce(t.due_on < ${SQL_TODAY}, false)
       or exists (select 1 from meetings dm where dm.id = t.due_meeting_id and dm.ends_on < ${SQL_TODAY}))`;

export interface ActionItemListFilter {
  assignee?: string | null;
  group?: string | null;
  status?: ActionStatus[] | null;
  overdue?: boolean | null;
}

/** Action items across all groups, oldest first (created_at, id), filtered in SQL. */
export async function listActionItems(
  em: EntityManager,
  groups: GroupLoaders,
  filter: ActionItemListFilter | null | undefined,
  page: PageRequest,
): Promise<Page<ActionItem>> {
  const where = new SqlWhere();
  if (filter?.assignee != null) {
    const assignee = await requireGroup(groups, filter.assignee, 'filter.assignee');
    where.and('t.assignee_id = ?', assignee.id);
  }
  if (filter?.group != null) {
    const group = await requireGroup(groups, filter.group, 'filter.group');
    where.and(
      `exists (select 1 from outcomes o join meetings m on m.id = o.meeting_id
               where o.id = t.raised_by_id and m.group_id = ?)`,
      group.id,
    );
  }
  const statuses = anyOf(filter?.status);
  if (statuses) where.and(...oneOf('t.status', statuses));
  if (filter?.overdue === true) where.and(OVERDUE_SQL);
  if (filter?.overdue === false) where.and(`not (${OVERDUE_SQL})`);
  return pagedQuery(em, ActionItem, { table: 'action_items', where, orderBy: 't.created_at, t.id' }, page);
}
