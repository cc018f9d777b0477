import type { EntityManager } from '@mikro-orm/core';
import { childRowsLoader, pagedRows, plain, ref, rowByIdLoader, RowShape, timestamp, type IdRef, type NodeRow, type RowPage } from '../platform/database/rows.js';
import { SqlWhere } from '../platform/database/paged-query.js';
import type { PageRequest } from '../platform/graphql/paging.js';

/**
 * A best practice as the read path sees it (see platform/database/rows.ts); its topics and
 * documents come through topic.queries.ts and document.queries.ts (ofBestPractice).
 */
export interface BestPracticeRow extends NodeRow {
  title: string;
  summary: string;
  sourceGroup: IdRef | null;
  meeting: IdRef | null;
  version: number;
  /** PostgreSQL's text of the timestamp: it orders pages, the API does not show it */
  createdAt: string;
  updatedAt: Date;
}

export const BEST_PRACTICE = new RowShape<BestPracticeRow>('BestPractice', 'best_practices', {
  id: plain('id'),
  title: plain('title'),
  summary: plain('summary'),
  sourceGroup: ref('source_group_id'),
  meeting: ref('meeting_id'),
  version: plain('version'),
  createdAt: plain('created_at'),
  updatedAt: timestamp('updated_at'),
});

/**
 * Best practices in the order they were recorded, all or those tagged with one topic (its id: the
 * resolver finds it by slug or name, topic.service.ts's requireTopicRow), filtered in SQL.
 */
export async function listBestPractices(
  em: EntityManager,
  topicId: number | null,
  page: PageRequest,
  withTotal: boolean,
): Promise<RowPage<BestPracticeRow>> {
  const where = new SqlWhere();
  if (topicId != null) {
    where.and('exists (select 1 from best_practice_topics bt where bt.best_practice_id = t.id and bt.topic_id = ?)', topicId);
  }
  return pagedRows(em, BEST_PRACTICE, { table: 'best_practices', where, orderBy: 't.created_at, t.id' }, page, withTotal);
}

/**
 * Per-request batched reads of best practices. Per request because each loader caches what it
 * read: shared, it would serve one request's reads to another and outlive writes.
 */
export function createBestPracticeQueries(em: EntityManager) {
  return {
    byId: rowByIdLoader(em, BEST_PRACTICE),
    /** the best practices each document belongs to, by title */
    ofDocument: childRowsLoader(em, BEST_PRACTICE,
      `select ${BEST_PRACTICE.select()}, p.document_id as __parent from best_practice_documents p
       join best_practices t on t.id = p.best_practice_id where p.document_id = any(?) order by t.title, t.id`),
  };
}
export type BestPracticeQueries = ReturnType<typeof createBestPracticeQueries>;
