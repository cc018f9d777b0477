import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { rawQuery } from '../platform/database/raw.js';
import { entityByIdLoader, groupRows, LoaderCache, pagedChildrenLoader } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { Milestone, Report } from './report.entity.js';

/** Per-request batched reads of reports and milestones (see platform/database/batch.ts). */
export function createReportLoaders(em: EntityManager) {
  const paged = new LoaderCache();
  return {
    byId: entityByIdLoader(em, Report),
    milestoneById: entityByIdLoader(em, Milestone),
    /** each report's milestones in date order: the planned date, else the meeting's start; undated last */
    milestonesOf: new DataLoader<number, Milestone[]>(async (reportIds) => {
      const result = await rawQuery(em,
        `select t.* from milestones t left join meetings mt on mt.id = t.meeting_id
         where t.report_id = any(?)
         order by t.report_id, coalesce(t.planned_for, mt.starts_on) nulls last, t.id`,
        [[...reportIds]],
      );
      const rows = (result.rows as Record<string, unknown>[]).map((row) => em.map(Milestone, row as never) as Milestone);
      return groupRows(reportIds, rows, (m) => m.report.id);
    }),
    /** a page of the reports each group owns, in the order they were recorded */
    ofOwner: (page: PageRequest) =>
      paged.get(`ofOwner:${pageKey(page)}`, () =>
        pagedChildrenLoader(em, Report, {
          table: 'reports',
          source: 'select t.id, t.owner_group_id as __parent, t.created_at from reports t where t.owner_group_id = any(?)',
          orderBy: 's.created_at, s.id',
        }, page),
      ),
  };
}
export type ReportLoaders = ReturnType<typeof createReportLoaders>;
