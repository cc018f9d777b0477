import type { EntityManager } from '@mikro-orm/core';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { InputCheck } from '../platform/errors/input-check.js';
import type { HistorySubject, Write } from '../change/change.write.js';
import type { Snapshot } from '../change/change.entity.js';
import { Topic } from './topic.entity.js';
import { findTopic, type TopicRow } from './topic.queries.js';

/** "Age verification", "age-verification" and "AGE_VERIFICATION" name the same topic. */
export function topicSlug(text: string): string {
  return text.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Errors about topics. */
export class TopicError extends AppError {}

/** A topic named by slug or by name (any case, any spacing: see topicSlug); unknown is a NOT_FOUND error naming the field. */
export async function requireTopicRow(em: EntityManager, text: string, field: string): Promise<TopicRow> {
  const slug = text.length <= 200 ? topicSlug(text) : '';
  const topic = slug === '' ? null : await findTopic(em, text, slug);
  if (!topic) throw new TopicError(ErrorCode.NOT_FOUND, `No topic is known as "${text.slice(0, 200)}"`, field);
  return topic;
}

/** requireTopicRow's topic as the write's entity (a write links it to the objects it tags). */
export async function requireTopic(em: EntityManager, text: string, field: string): Promise<Topic> {
  const row = await requireTopicRow(em, text, field);
  return em.findOneOrFail(Topic, { id: row.id });
}

// ---------------------------------------------------------------------------------------------
// Writes

/** The topics named in an input (slug or name); unknown ones are NOT_FOUND problems naming the item. */
export async function checkTopics(w: Write, check: InputCheck, names: readonly string[] | null | undefined, field = 'topics'): Promise<Topic[]> {
  const topics: Topic[] = [];
  for (const [i, name] of (check.list(field, names) ?? []).entries()) {
    const topic = await check.resolve(() => requireTopic(w.em, name, `${field}[${i}]`));
    if (topic && !topics.includes(topic)) topics.push(topic);
  }
  return topics;
}

/** A topic as the history shows it (the API's writes and the import record this shape). */
export function topicSnapshot(t: { slug: string; name: string }): Snapshot {
  return { slug: t.slug, name: t.name };
}

export const topicHistory: HistorySubject<Topic> = {
  async snapshot(_w, t) {
    return topicSnapshot(t);
  },
  async groupIds() {
    return [];
  },
};
