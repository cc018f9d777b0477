import { ErrorCode } from '../platform/errors/app-error.js';
import { InputCheck, LIMITS } from '../platform/errors/input-check.js';
import { decodeGlobalId } from '../platform/graphql/global-id.js';
import { assertMayWrite } from '../auth/authorization.js';
import { runWrite, type HistorySubject, type Write, type WriteRequest } from '../change/change.write.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { meetingHistory } from '../meeting/meeting.service.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { outcomeGroups, outcomeHistory } from '../outcome/outcome.service.js';
import { BestPractice } from '../best-practice/best-practice.entity.js';
import { bestPracticeGroups, bestPracticeHistory } from '../best-practice/best-practice.service.js';
import { Liaison } from '../liaison/liaison.entity.js';
import { liaisonHistory } from '../liaison/liaison.service.js';
import { Report } from '../report/report.entity.js';
import { reportHistory } from '../report/report.service.js';
import { Topic } from './topic.entity.js';
import { TopicError, requireTopic, topicHistory, topicSlug } from './topic.service.js';

// Tagging writes to meetings, outcomes, practices, liaisons and reports, whose services use topic.service.ts
// (checkTopics): kept in its own file so no file imports its own importer.

/** The kinds of object that carry topics, with their history and the groups they belong to. */
const TAGGABLE = {
  Meeting: { entity: Meeting, history: () => meetingHistory, groups: async (w: Write, m: Meeting) => w.groups([m.group.id]) },
  Outcome: { entity: Outcome, history: () => outcomeHistory, groups: (w: Write, o: Outcome) => outcomeGroups(w, o) },
  BestPractice: { entity: BestPractice, history: () => bestPracticeHistory, groups: (w: Write, b: BestPractice) => bestPracticeGroups(w, b) },
  // a liaison belongs to its sender, a report to its owner: as their own updates judge them
  Liaison: { entity: Liaison, history: () => liaisonHistory, groups: async (w: Write, l: Liaison) => w.groups([l.fromGroup.id]) },
  Report: { entity: Report, history: () => reportHistory, groups: async (w: Write, r: Report) => w.groups([r.ownerGroup.id]) },
} as const;

type Taggable = Meeting | Outcome | BestPractice | Liaison | Report;

export interface TagTopicInputValue {
  subject: string;
  topic: string;
  version?: number | null;
  create?: boolean | null;
}

export interface TagResult {
  subject: Taggable;
  topic: Topic;
}

/**
 * Tags a meeting, an outcome, a best practice, a liaison or a report with a topic (by slug or name). An unknown topic
 * is NOT_FOUND unless `create` is true: then it is created with that name. Tagging twice is a no-op.
 */
export function tagTopic(req: WriteRequest, input: TagTopicInputValue): Promise<TagResult> {
  return runWrite(req, async (w) => {
    const decoded = decodeGlobalId(input.subject);
    const kind = decoded && (TAGGABLE as Record<string, (typeof TAGGABLE)[keyof typeof TAGGABLE]>)[decoded.typename];
    if (!decoded || !kind) {
      throw new TopicError(ErrorCode.NOT_FOUND, `"${input.subject.slice(0, 100)}" is not the id of a meeting, an outcome, a best practice, a liaison or a report`, 'subject');
    }
    const subject = (await w.lockForUpdate(kind.entity as never, input.subject, 'subject')) as Taggable;
    assertMayWrite(w.viewer, { what: `this ${decoded.typename}`, groups: await (kind.groups as (w: Write, s: Taggable) => Promise<{ id: number; acronym: string }[]>)(w, subject) });
    if (input.version != null) w.assertVersion(subject, input.version, `This ${decoded.typename}`);

    const check = new InputCheck();
    const name = check.text('topic', input.topic, LIMITS.name);
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
      // a new version, though only a link changed (Write.recordChanges)
      subject.topics.add(topic);
    }
    return { subject, topic };
  });
}
