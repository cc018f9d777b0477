import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '../platform/errors/app-error.js';
import type { Page } from '../platform/graphql/connection.js';
import type { PageRequest } from '../platform/graphql/paging.js';
import { pagedQuery, SqlWhere } from '../platform/database/paged-query.js';
import { requireTopic } from '../topic/topic.service.js';
import { BestPractice } from './best-practice.entity.js';

/** Errors about best practices. */
export class BestPracticeError extends AppError {}

/**
 * Best practices in the order they were recorded, all or those tagged with one topic (by slug
 * or name; an unknown topic is a NOT_FOUND error), filtered in SQL.
 */
export async function listBestPractices(
  em: EntityManager,
  topicName: string | null | undefined,
  page: PageRequest,
): Promise<Page<BestPractice>> {
  const where = new SqlWhere();
  if (topicName != null) {
    const topic = await requireTopic(em, topicName, 'topic');
    where.and('exists (select 1 from best_practice_topics bt where bt.best_practice_id = t.id and bt.topic_id = ?)', topic.id);
  }
  return pagedQuery(em, BestPractice, { table: 'best_practices', where, orderBy: 't.created_at, t.id' }, page);
}
