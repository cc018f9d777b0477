import type { EntityManager } from '@mikro-orm/core';
import { entityByIdLoader } from '../platform/database/batch.js';
import { BestPractice } from './best-practice.entity.js';

/**
 * Per-request batched reads of best practices (see platform/database/batch.ts); their topics and
 * documents come through the topic loaders and document.queries.ts (ofBestPractice).
 */
export function createBestPracticeLoaders(em: EntityManager) {
  return {
    byId: entityByIdLoader(em, BestPractice),
  };
}
export type BestPracticeLoaders = ReturnType<typeof createBestPracticeLoaders>;
