import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { entityByIdLoader, groupRows, LoaderCache, pagedChildrenLoader } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { Liaison, LiaisonAddressee } from './liaison.entity.js';
import type { LiaisonDirection } from './liaison.type.js';

/**
 * The keys of each group's liaisons in the given direction (null: both): the liaison's id, the
 * group as `__parent`, and created_at to order by. Read from the two indexes (liaisons by sender,
 * addressees by group) rather than by testing every liaison against every group. Both: a liaison
 * a group sent to itself is counted once, as sent (union all without a dedup step).
 */
function groupLiaisonKeys(direction: LiaisonDirection | null): { source: string; parentIdPlaceholders: number } {
  const sent = 'select t.id, t.from_group_id as __parent, t.created_at from liaisons t where t.from_group_id = any(?)';
  const received = `select l.id, a.group_id as __parent, l.created_at
    from liaison_addressees a join liaisons l on l.id = a.liaison_id where a.group_id = any(?)`;
  if (direction === 'SENT') return { source: sent, parentIdPlaceholders: 1 };
  if (direction === 'RECEIVED') return { source: received, parentIdPlaceholders: 1 };
  return { source: `${sent} union all ${received} and l.from_group_id <> a.group_id`, parentIdPlaceholders: 2 };
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
        pagedChildrenLoader(em, Liaison, { table: 'liaisons', ...groupLiaisonKeys(direction), orderBy: 's.created_at, s.id' }, page),
      ),
  };
}
export type LiaisonLoaders = ReturnType<typeof createLiaisonLoaders>;
