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
  selectRows,
  timestamp,
  type IdRef,
  type NodeRow,
  type RowPage,
} from '../platform/database/rows.js';
import { anyOf, SqlWhere } from '../platform/database/paged-query.js';
import { partialDateSql } from '../platform/database/period-sql.js';
import { LoaderCache } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { requireGroup, type GroupFinder } from '../group/group.service.js';
import type { MilestoneKind, MilestoneStatus, ReportStatus } from './report.entity.js';

/** A report as the read path sees it (see platform/database/rows.ts). */
export interface ReportRow extends NodeRow {
  title: string;
  kind: string;
  ownerGroup: IdRef;
  status: ReportStatus;
  version: number;
  /** PostgreSQL's text of the timestamp: it orders pages, the API does not show it */
  createdAt: string;
  updatedAt: Date;
}

/** A milestone as the read path sees it. */
export interface MilestoneRow extends NodeRow {
  report: IdRef;
  group: IdRef;
  kind: MilestoneKind;
  /** the planned period's first day (Milestone.plannedFor, deprecated) */
  plannedFor: string | null;
  /** the planned date as precise as it was given: 2025, 2025-04 or 2025-04-15 */
  plannedPeriod: string | null;
  meeting: IdRef | null;
  status: MilestoneStatus;
  version: number;
  /** PostgreSQL's text of the timestamp: it orders pages, the API does not show it */
  createdAt: string;
  updatedAt: Date;
}

export const REPORT = new RowShape<ReportRow>('Report', 'reports', {
  id: plain('id'),
  title: plain('title'),
  kind: plain('kind'),
  ownerGroup: ref('owner_group_id'),
  status: plain('status'),
  version: plain('version'),
  createdAt: plain('created_at'),
  updatedAt: timestamp('updated_at'),
});

export const MILESTONE = new RowShape<MilestoneRow>('Milestone', 'milestones', {
  id: plain('id'),
  report: ref('report_id'),
  group: ref('group_id'),
  kind: plain('kind'),
  plannedFor: date('planned_for'),
  plannedPeriod: expr(partialDateSql('t.planned_for')),
  meeting: ref('meeting_id'),
  status: plain('status'),
  version: plain('version'),
  createdAt: plain('created_at'),
  updatedAt: timestamp('updated_at'),
});

export interface ReportListFilter {
  ownerGroup?: string | null;
  status?: ReportStatus[] | null;
}

/** Reports across all groups, in the order they were recorded (oldest first), filtered in SQL. */
export async function listReports(
  em: EntityManager,
  groups: GroupFinder,
  filter: ReportListFilter | null | undefined,
  page: PageRequest,
  withTotal: boolean,
): Promise<RowPage<ReportRow>> {
  const where = new SqlWhere();
  if (filter?.ownerGroup != null) {
    const owner = await requireGroup(groups, filter.ownerGroup, 'filter.ownerGroup');
    where.and('t.owner_group_id = ?', owner.id);
  }
  const statuses = anyOf(filter?.status);
  if (statuses) where.and('t.status = any(?)', statuses);
  return pagedRows(em, REPORT, { table: 'reports', where, orderBy: 't.created_at, t.id' }, page, withTotal);
}

/**
 * The milestones that have a date (planned, or their meeting's), by that date: of the reports a
 * group owns and the milestones it hosts, or of all groups (the calendar: a whole list, not a page).
 */
export function datedMilestones(em: EntityManager, groupId: number | null): Promise<MilestoneRow[]> {
  return selectRows(em, MILESTONE,
    `select ${MILESTONE.select()} from milestones t left join meetings mt on mt.id = t.meeting_id
     where coalesce(mt.starts_on, t.planned_for) is not null
       and ${groupId == null ? 'true' : '(t.group_id = ? or t.report_id in (select r.id from reports r where r.owner_group_id = ?))'}
     order by coalesce(mt.starts_on, t.planned_for), t.id`,
    groupId == null ? [] : [groupId, groupId]);
}

/**
 * Per-request batched reads of reports and milestones. Per request because each loader caches
 * what it read: shared, it would serve one request's reads to another and outlive writes.
 */
export function createReportQueries(em: EntityManager) {
  const paged = new LoaderCache();
  return {
    byId: rowByIdLoader(em, REPORT),
    milestoneById: rowByIdLoader(em, MILESTONE),
    /** each report's milestones in date order: the planned date, else the meeting's start; undated last */
    milestonesOf: childRowsLoader(em, MILESTONE,
      `select ${MILESTONE.select()}, t.report_id as __parent from milestones t left join meetings mt on mt.id = t.meeting_id
       where t.report_id = any(?)
       order by coalesce(t.planned_for, mt.starts_on) nulls last, t.id`),
    /** a page of the reports each group owns, in the order they were recorded */
    ofOwner: (page: PageRequest) =>
      paged.get(`ofOwner:${pageKey(page)}`, () =>
        pagedChildRowsLoader(em, REPORT,
          `select ${REPORT.select()} from reports t where t.owner_group_id = p.__parent order by t.created_at, t.id limit ? offset ?`,
          'r."createdAt", r.id', page),
      ),
    /** the reports each outcome concerns, in the order they were recorded */
    ofOutcome: childRowsLoader(em, REPORT,
      `select ${REPORT.select()}, ro.outcome_id as __parent from report_outcomes ro join reports t on t.id = ro.report_id
       where ro.outcome_id = any(?) order by t.created_at, t.id`),
    countOfOwner: countLoader(em, 'select t.owner_group_id as __parent, count(*) as total from reports t where t.owner_group_id = any(?) group by t.owner_group_id'),
  };
}
export type ReportQueries = ReturnType<typeof createReportQueries>;
