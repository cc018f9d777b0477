import type { EntityManager } from '@mikro-orm/core';
import { Topic } from './topic.entity.js';

export async function listTopics(em: EntityManager): Promise<Topic[]> {
  return em.find(Topic, {}, { orderBy: { name: 'asc', id: 'asc' } });
}

/** "Age verification", "age-verification" and "AGE_VERIFICATION" name the same topic. */
export function topicSlug(text: string): string {
  return text.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
