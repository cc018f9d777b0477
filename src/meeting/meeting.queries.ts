import type { EntityManager } from '@mikro-orm/core';
import {
  countLoader,
  date,
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
import { SqlWhere } from '../platform/database/paged-query.js';
import { LoaderCache } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { findGroup, type GroupFinder } from '../group/group.service.js';
import type { HalfDay, MeetingFormat } from './meeting.entity.js';

/** A meeting as the read path sees it (see platform/database/rows.ts). */
export interface MeetingRow extends NodeRow {
  group: IdRef;
  number: number | null;
  title: string;
  startsOn: string;
  startHalf: HalfDay | null;
  endsOn: string;
  endHalf: HalfDay | null;
  location: string | null;
  format: MeetingFormat;
  participantCount: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const MEETING = new RowShape<MeetingRow>('Meeting', 'meetings', {
  id: plain('id'),
  group: ref('group_id'),
  number: plain('number'),
  title: plain('title'),
  startsOn: date('starts_on'),
  startHalf: plain('start_half'),
  endsOn: date('ends_on'),
  endHalf: plain('end_half'),
  location: plain('location'),
  format: plain('format'),
  participantCount: plain('participant_count'),
  version: plain('version'),
  createdAt: plain('created_at'),
  updatedAt: timestamp('updated_at'),
});

/** Meetings in date order, of one group (acronym or alias; unknown: an empty list) or of all groups. */
export async function listMeetings(
  em: EntityManager,
  groups: GroupFinder,
  groupName: string | null | undefined,
  page: PageRequest,
  withTotal: boolean,
): Promise<RowPage<MeetingRow>> {
  const where = new SqlWhere();
  if (groupName != null) {
    const group = await findGroup(groups, groupName);
    if (!group) return { rows: [], hasNextPage: false, total: 0 };
    where.and('t.group_id = ?', group.id);
  }
  return pagedRows(em, MEETING, { table: 'meetings', where, orderBy: 't.starts_on, t.id' }, page, withTotal);
}

/** Every meeting in date order, of one group or of all groups (the calendar: a whole list, not a page). */
export function meetingsInDateOrder(em: EntityManager, groupId: number | null): Promise<MeetingRow[]> {
  return selectRows(em, MEETING,
    `select ${MEETING.select()} from meetings t where ${groupId == null ? 'true' : 't.group_id = ?'} order by t.starts_on, t.id`,
    groupId == null ? [] : [groupId]);
}

/**
 * Per-request batched reads of meetings. Per request because each loader caches what it read:
 * shared, it would serve one request's reads to another and outlive writes.
 */
export function createMeetingQueries(em: EntityManager) {
  const paged = new LoaderCache();
  return {
    byId: rowByIdLoader(em, MEETING),
    /** a page of each group's meetings, in date order */
    ofGroup: (page: PageRequest) =>
      paged.get(`ofGroup:${pageKey(page)}`, () =>
        pagedChildRowsLoader(em, MEETING,
          `select ${MEETING.select()} from meetings t where t.group_id = p.__parent order by t.starts_on, t.id limit ? offset ?`,
          'r."startsOn", r.id', page),
      ),
    countOfGroup: countLoader(em, 'select t.group_id as __parent, count(*) as total from meetings t where t.group_id = any(?) group by t.group_id'),
  };
}
export type MeetingQueries = ReturnType<typeof createMeetingQueries>;
