import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { entityByIdLoader, groupRows } from '../platform/database/batch.js';
import { Outcome } from './outcome.entity.js';

/** Per-request batched reads of outcomes (see platform/database/batch.ts). */
export function createOutcomeLoaders(em: EntityManager) {
  return {
    byId: entityByIdLoader(em, Outcome),
    /** each meeting's outcomes, in recorded order */
    ofMeeting: new DataLoader<number, Outcome[]>(async (meetingIds) => {
      const rows = await em.find(Outcome, { meeting: { $in: [...meetingIds] } }, { orderBy: { position: 'asc', id: 'asc' } });
      return groupRows(meetingIds, rows, (o) => o.meeting.id);
    }),
  };
}
export type OutcomeLoaders = ReturnType<typeof createOutcomeLoaders>;
