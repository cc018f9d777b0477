import type { EntityManager } from '@mikro-orm/core';
import { entityByIdLoader, LoaderCache, pagedChildrenLoader } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { Meeting } from './meeting.entity.js';

export function createMeetingLoaders(em: EntityManager) {
  const paged = new LoaderCache();
  return {
    byId: entityByIdLoader(em, Meeting),
    /** a page of each group's meetings, in date order */
    ofGroup: (page: PageRequest) =>
      paged.get(`ofGroup:${pageKey(page)}`, () =>
        pagedChildrenLoader(em, Meeting, {
          table: 'meetings',
          source: 'select t.id, t.group_id as __parent, t.starts_on from meetings t where t.group_id = any(?)',
          orderBy: 's.starts_on, s.id',
        }, page),
      ),
  };
}
export type MeetingLoaders = ReturnType<typeof createMeetingLoaders>;
