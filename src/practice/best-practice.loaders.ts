import type { EntityManager } from '@mikro-orm/core';
import { entityByIdLoader, pivotLoader } from '../platform/database/batch.js';
import { BestPractice } from './best-practice.entity.js';

/**
 * Per-request batched reads of best practices (see platform/database/batch.ts); their topics and
 * documents come through the topic loaders and document.queries.ts (ofBestPractice).
 */
export function createBestPracticeLoaders(em: EntityManager) {
  return {
    byId: entityByIdLoader(em, BestPractice),
    /** the best practices each document belongs to, by title */
    ofDocument: pivotLoader(em, BestPractice, {
      pivot: 'best_practice_documents', ownerColumn: 'document_id', targetColumn: 'best_practice_id', target: 'best_practices', orderBy: 't.title, t.id',
    }),
  };
}
export type BestPracticeLoaders = ReturnType<typeof createBestPracticeLoaders>;
