import type { EntityManager } from '@mikro-orm/core';
import { childRowsLoader, plain, ref, rowByIdLoader, RowShape, timestamp, type IdRef, type NodeRow } from '../platform/database/rows.js';
import type { OutcomeKind } from './outcome.entity.js';

/** An outcome as the read path sees it (see platform/database/rows.ts). */
export interface OutcomeRow extends NodeRow {
  meeting: IdRef;
  position: number;
  kind: OutcomeKind;
  text: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const OUTCOME = new RowShape<OutcomeRow>('Outcome', 'outcomes', {
  id: plain('id'),
  meeting: ref('meeting_id'),
  position: plain('position'),
  kind: plain('kind'),
  text: plain('text'),
  version: plain('version'),
  createdAt: plain('created_at'),
  updatedAt: timestamp('updated_at'),
});

/**
 * Per-request batched reads of outcomes. Per request because each loader caches what it read:
 * shared, it would serve one request's reads to another and outlive writes.
 */
export function createOutcomeQueries(em: EntityManager) {
  return {
    byId: rowByIdLoader(em, OUTCOME),
    /** each meeting's outcomes, in recorded order */
    ofMeeting: childRowsLoader(em, OUTCOME,
      `select ${OUTCOME.select()}, t.meeting_id as __parent from outcomes t where t.meeting_id = any(?) order by t.position, t.id`),
    /** the outcomes that concern each report, by their meeting's start, then in recorded order */
    ofReport: childRowsLoader(em, OUTCOME,
      `select ${OUTCOME.select()}, ro.report_id as __parent from report_outcomes ro join outcomes t on t.id = ro.outcome_id join meetings mt on mt.id = t.meeting_id
       where ro.report_id = any(?) order by mt.starts_on, t.meeting_id, t.position, t.id`),
  };
}
export type OutcomeQueries = ReturnType<typeof createOutcomeQueries>;
