import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { entityByIdLoader, groupRows, LoaderCache, pagedChildrenLoader } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { Liaison, LiaisonAddressee } from './liaison.entity.js';
import type { LiaisonDirection } from './liaison.type.js';

/** The SQL condition joining a liaison `t` to a group `g` in the given direction (null: either). */
function directionCondition(direction: LiaisonDirection | null): string {
  const sent = 't.from_group_id = g.id';
  const received = 'exists (select 1 from liaison_addressees a where a.liaison_id = t.id and a.group_id = g.id)';
  if (direction === 'SENT') return sent;
  if (direction === 'RECEIVED') return received;
  return `${sent} or ${received}`;
}

/** Per-request batched reads of liaisons and their addressees (see platform/database/batch.ts). */
export function createLiaisonLoaders(em: EntityManager) {
  const paged = new LoaderCache();
  const childrenBy = (property: 'inReplyTo' | 'decidedBy' | 'meeting') =>
    new DataLoader<number, Liaison[]>(async (ids) => {
      const rows = await em.find(Liaison, { [property]: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupRows(ids, rows, (l) => l[property]!.id);
    });
  return {
    byId: entityByIdLoader(em, Liaison),
    /** each liaison's addressees: TO before CC, then by group acronym */
    addresseesOf: new DataLoader<number, LiaisonAddressee[]>(async (liaisonIds) => {
      const rows = await em.find(
        LiaisonAddressee,
        { liaison: { $in: [...liaisonIds] } },
        // 'TO' > 'CC': descending role puts the TO addressees first
        { orderBy: { role: 'desc', group: { acronym: 'asc' } } },
      );
      return groupRows(liaisonIds, rows, (a) => a.liaison.id);
    }),
    /** the liaisons that answer each liaison (inReplyTo), oldest first */
    repliesTo: childrenBy('inReplyTo'),
    /** the liaisons each outcome decided to send */
    decidedBy: childrenBy('decidedBy'),
    /** the liaisons each meeting decided or received */
    ofMeeting: childrenBy('meeting'),
    /** a page of each group's liaisons (sent, received or both), oldest first */
    ofGroup: (page: PageRequest, direction: LiaisonDirection | null) =>
      paged.get(`ofGroup:${pageKey(page)}:${direction ?? 'BOTH'}`, () =>
        pagedChildrenLoader(em, Liaison, {
          source: `select t.*, g.id as __parent from liaisons t
                   join unnest(?::int[]) as g(id) on ${directionCondition(direction)}`,
          orderBy: 's.created_at, s.id',
        }, page),
      ),
  };
}
export type LiaisonLoaders = ReturnType<typeof createLiaisonLoaders>;
