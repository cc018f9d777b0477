import type { EntityManager } from '@mikro-orm/core';
import {
  childRowsLoader,
  countLoader,
  date,
  expr,
  pagedChildRowsLoader,
  pagedRows,
  plain,
  ref,
  rowByIdLoader,
  RowShape,
  type IdRef,
  type NodeRow,
  type RowPage,
} from '../platform/database/rows.js';
import { anyOf, oneOf, SQL_TODAY, SqlWhere } from '../platform/database/paged-query.js';
import { partialDateSql, periodEndSql } from '../platform/database/period-sql.js';
import { LoaderCache } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { requireGroup, type GroupFinder } from '../group/group.service.js';
import { OPEN_ACTION_STATUSES, type ActionStatus } from './action-item.entity.js';

/**
 * The rule behind ActionItem.isOverdue, derived at read time and never stored: an item still
 * owed (OPEN or IN_PROGRESS) whose due date has passed, or whose due meeting has been held (its
 * last day is over); a due date given as a month or a year has passed when the period has
 * (periodEndSql). DONE and CANCELLED items are never overdue. "Today" is the UTC date.
 * In SQL on the action_items alias `t` (never null, so `not (…)` is its negation): the filter
 * and the field both read it, so they cannot disagree.
 * The held meetings are an `in (subquery)`, not a correlated `exists`: PostgreSQL hashes either
 * (the held meetings once), but costs an `exists` inside an OR as a lookup per row, and that
 * estimate (over 100,000 for the overdue list) switched its JIT on: 130 ms of compiling a
 * 60 ms statement. `coalesce` keeps the rule true or false, never null (a null due meeting).
 */
export const OVERDUE_SQL = `t.status in (${OPEN_ACTION_STATUSES.map((s) => `'${s}'`).join(', ')})
  and (coalesce(${periodEndSql('t.due_on')} < ${SQL_TODAY}, false)
       or coalesce(t.due_meeting_id in (select dm.id from meetings dm where dm.ends_on < ${SQL_TODAY}), false))`;

export interface ActionItemListFilter {
  assignee?: string | null;
  group?: string | null;
  status?: ActionStatus[] | null;
  overdue?: boolean | null;
}

/** An action item as the read path sees it (see platform/database/rows.ts). */
export interface ActionItemRow extends NodeRow {
  title: string;
  assignee: IdRef;
  raisedBy: IdRef | null;
  resolvedBy: IdRef | null;
  /** the due period's first day (ActionItem.dueOn, deprecated) */
  dueOn: string | null;
  /** the due date as precise as it was given: 2025, 2025-04 or 2025-04-15 */
  duePeriod: string | null;
  dueMeeting: IdRef | null;
  status: ActionStatus;
  /** ActionItem.isOverdue, derived by OVERDUE_SQL as the row is read (today in UTC, as the rule says) */
  isOverdue: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const ACTION_ITEM = new RowShape<ActionItemRow>('ActionItem', 'action_items', {
  id: plain('id'),
  title: plain('title'),
  assignee: ref('assignee_id'),
  raisedBy: ref('raised_by_id'),
  resolvedBy: ref('resolved_by_id'),
  dueOn: date('due_on'),
  duePeriod: expr(partialDateSql('t.due_on')),
  dueMeeting: ref('due_meeting_id'),
  status: plain('status'),
  isOverdue: expr(OVERDUE_SQL),
  version: plain('version'),
  createdAt: plain('created_at'),
  updatedAt: plain('updated_at'),
});
const COLUMNS = ACTION_ITEM.select();

/** Action items across all groups, oldest first (created_at, id), filtered in SQL. */
export async function listActionItems(
  em: EntityManager,
  groups: GroupFinder,
  filter: ActionItemListFilter | null | undefined,
  page: PageRequest,
  withTotal: boolean,
): Promise<RowPage<ActionItemRow>> {
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
  return pagedRows(em, ACTION_ITEM, { table: 'action_items', where, orderBy: 't.created_at, t.id' }, page, withTotal);
}

/**
 * Per-request batched reads of action items. Per request because each loader caches what it
 * read: shared, it would serve one request's reads to another and outlive writes.
 */
export function createActionItemQueries(em: EntityManager) {
  const paged = new LoaderCache();
  const byOutcome = (column: string) =>
    childRowsLoader(em, ACTION_ITEM, `select ${COLUMNS}, t.${column} as __parent from action_items t where t.${column} = any(?) order by t.created_at, t.id`);
  const statusSql = (statuses: ActionStatus[] | null) => (statuses ? ' and t.status = any(?::text[])' : '');
  return {
    byId: rowByIdLoader(em, ACTION_ITEM),
    /** the items each outcome raised, oldest first */
    raisedBy: byOutcome('raised_by_id'),
    /** the items each outcome closed, oldest first */
    resolvedBy: byOutcome('resolved_by_id'),
    /** a page of the items each group owes, oldest first (index (assignee_id, created_at, id)); statuses null = any (sorted, see anyOf) */
    ofAssignee: (page: PageRequest, statuses: ActionStatus[] | null) =>
      paged.get(`ofAssignee:${pageKey(page)}:${statuses?.join(',') ?? '*'}`, () =>
        pagedChildRowsLoader(em, ACTION_ITEM,
          `select ${COLUMNS} from action_items t where t.assignee_id = p.__parent${statusSql(statuses)}
           order by t.created_at, t.id limit ? offset ?`,
          'r."createdAt", r.id', page, statuses ? [statuses] : []),
      ),
    /** how many items each group owes (in those statuses) */
    countOfAssignee: (statuses: ActionStatus[] | null) =>
      paged.get(`countOfAssignee:${statuses?.join(',') ?? '*'}`, () =>
        countLoader(em,
          `select t.assignee_id as __parent, count(*) as total from action_items t
           where t.assignee_id = any(?)${statusSql(statuses)} group by t.assignee_id`,
          statuses ? [statuses] : []),
      ),
  };
}
export type ActionItemQueries = ReturnType<typeof createActionItemQueries>;
