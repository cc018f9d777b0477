import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '../platform/errors/app-error.js';
import type { Page } from '../platform/graphql/connection.js';
import type { PageRequest } from '../platform/graphql/paging.js';
import { anyOf, pagedQuery, SqlWhere } from '../platform/database/paged-query.js';
import { requireGroup } from '../group/group.service.js';
import type { GroupLoaders } from '../group/group.loaders.js';
import { Report, type Milestone, type ReportStatus } from './report.entity.js';

/** Errors about reports and milestones. */
export class ReportError extends AppError {}

/** Derived, never stored: the first PLANNED milestone of a report's milestones in date order. */
export function nextMilestone(milestonesInDateOrder: readonly Milestone[]): Milestone | null {
  return milestonesInDateOrder.find((m) => m.status === 'PLANNED') ?? null;
}

export interface ReportListFilter {
  ownerGroup?: string | null;
  status?: ReportStatus[] | null;
}

/** Reports across all groups, in the order they were recorded (oldest first), filtered in SQL. */
export async function listReports(
  em: EntityManager,
  groups: GroupLoaders,
  filter: ReportListFilter | null | undefined,
  page: PageRequest,
): Promise<Page<Report>> {
  const where = new SqlWhere();
  if (filter?.ownerGroup != null) {
    const owner = await requireGroup(groups, filter.ownerGroup, 'filter.ownerGroup');
    where.and('t.owner_group_id = ?', owner.id);
  }
  const statuses = anyOf(filter?.status);
  if (statuses) where.and('t.status = any(?)', statuses);
  return pagedQuery(em, Report, { table: 'reports', where, orderBy: 't.created_at, t.id' }, page);
}
