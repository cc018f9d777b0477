import type { EntityManager } from '@mikro-orm/core';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { InputCheck } from '../platform/errors/input-check.js';
import { decodeGlobalId } from '../platform/graphql/global-id.js';
import { assertMayWrite } from '../auth/authorization.js';
import { runWrite, type HistorySubject, type Write, type WriteRequest } from '../history/write.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { meetingHistory } from '../meeting/meeting.service.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { outcomeGroups, outcomeHistory } from '../outcome/outcome.service.js';
import { BestPractice } from '../practice/best-practice.entity.js';
import { bestPracticeGroups, bestPracticeHistory } from '../practice/best-practice.service.js';
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

const topicHistory: HistorySubject<Topic> = {
  async snapshot(_w, t) {
    return { slug: t.slug, name: t.name };
  },
  async groupIds() {
    return [];
  },
};

/** The kinds of object that carry topics, with their history and the groups they belong to. */
const TAGGABLE = {
  Meeting: { entity: Meeting, history: () => meetingHistory, groups: async (w: Write, m: Meeting) => w.groups([m.group.id]) },
  Outcome: { entity: Outcome, history: () => outcomeHistory, groups: (w: Write, o: Outcome) => outcomeGroups(w, o) },
  BestPractice: { entity: BestPractice, history: () => bestPracticeHistory, groups: (w: Write, b: BestPractice) => bestPracticeGroups(w, b) },
} as const;

export interface TagTopicInputValue {
  subject: string;
  topic: string;
  version?: number | null;
  create?: boolean | null;
}

export interface TagResult {
  subject: Meeting | Outcome | BestPractice;
  topic: Topic;
}

/**
 * Tags a meeting, an outcome or a best practice with a topic (by slug or name). An unknown topic
 * is NOT_FOUND unless `create` is true: then it is created with that name. Tagging twice is a no-op.
 */
export function tagTopic(req: WriteRequest, input: TagTopicInputValue): Promise<TagResult> {
  return runWrite(req, async (w) => {
    const decoded = decodeGlobalId(input.subject);
    const kind = decoded && (TAGGABLE as Record<string, (typeof TAGGABLE)[keyof typeof TAGGABLE]>)[decoded.typename];
    if (!decoded || !kind) {
      throw new TopicError(ErrorCode.NOT_FOUND, `"${input.subject.slice(0, 100)}" is not the id of a meeting, an outcome or a best practice`, 'subject');
    }
    const subject = (await w.lockForUpdate(kind.entity as never, input.subject, 'subject')) as Meeting & Outcome & BestPractice;
    assertMayWrite(w.viewer, { what: `this ${decoded.typename}`, groups: await kind.groups(w, subject) });
    if (input.version != null) w.assertVersion(subject, input.version, `This ${decoded.typename}`);

    const check = new InputCheck();
    const name = check.text('topic', input.topic, 100);
    check.done();
    let topic = await w.em.findOne(Topic, { slug: topicSlug(name) });
    if (!topic && !input.create) topic = await check.resolve(() => requireTopic(w.em, name, 'topic')) ?? null;
    check.done();
    if (!topic) {
      if (topicSlug(name) === '') throw new TopicError(ErrorCode.BAD_USER_INPUT, 'A topic name needs letters or digits', 'topic');
      topic = w.em.create(Topic, { slug: topicSlug(name), name } as never);
      w.em.persist(topic);
      w.created(topic, topicHistory);
    }
    await subject.topics.loadItems();
    if (!subject.topics.contains(topic)) {
      await w.changing(subject, kind.history() as HistorySubject<typeof subject>, 'TAG');
      subject.topics.add(topic);
      subject.updatedAt = new Date(); // a new version: the object changed
    }
    return { subject, topic };
  });
}
