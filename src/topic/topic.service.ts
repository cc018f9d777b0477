import type { EntityManager } from '@mikro-orm/core';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { Topic } from './topic.entity.js';

export async function listTopics(em: EntityManager): Promise<Topic[]> {
  return em.find(Topic, {}, { orderBy: { name: 'asc', id: 'asc' } });
}

/** "Age verification", "age-verification" and "AGE_VERIFICATION" name the same topic. */
export function topicSlug(text: string): string {
  return text.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Errors about topics. */
export class TopicError extends AppError {}

/** A topic named by slug or by name (any case, any spacing: see topicSlug); unknown is a NOT_FOUND error naming the field. */
export async function requireTopic(em: EntityManager, text: string, field: string): Promise<Topic> {
  const slug = text.length <= 200 ? topicSlug(text) : '';
  const topic =
    slug === ''
      ? null
      : await em.findOne(Topic, { $or: [{ slug }, { name: { $ilike: text.trim().replace(/[\\%_]/g, '\\$&') } }] }, { orderBy: { id: 'asc' } });
  if (!topic) throw new TopicError(ErrorCode.NOT_FOUND, `No topic is known as "${text.slice(0, 200)}"`, field);
  return topic;
}
