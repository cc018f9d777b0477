import { ref } from '@mikro-orm/core';
import { InputCheck, LIMITS } from '../platform/errors/input-check.js';
import { assertMayCite, assertMayLink, assertMayWrite } from '../auth/authorization.js';
import { runWrite, type HistorySubject, type Write, type WriteRequest } from '../change/change.write.js';
import { requireGroup } from '../group/group.service.js';
import { linkedMeeting, meetingLabel, requireMeeting } from '../meeting/meeting.service.js';
import type { Document } from '../document/document.entity.js';
import { requireDocument } from '../document/document.service.js';
import { citedDocument } from '../document/document.lookup.js';
import { checkTopics } from '../topic/topic.service.js';
import { addSources, checkSources, type SourceInputValue } from '../source/source.service.js';
import { BestPractice } from './best-practice.entity.js';
import type { Snapshot } from '../change/change.entity.js';

// ---------------------------------------------------------------------------------------------
// Writes

/** A practice belongs to the group that shared it and to the group of the meeting where it was shared. */
export async function bestPracticeGroups(w: Write, practice: BestPractice) {
  const meeting = practice.meeting ? await w.loaders.meeting.byId.load(practice.meeting.id) : null;
  return w.groups([practice.sourceGroup?.id, meeting?.group.id]);
}

/** A best practice as the history shows it, its references named (the API's writes and the import record this shape). */
export interface BestPracticeSnapshot {
  title: string;
  summary: string;
  sourceGroup: string | null;
  meeting: string | null;
  /** slugs, in any order */
  topics: readonly string[];
  /** symbols, in any order */
  documents: readonly string[];
}

export function bestPracticeSnapshot(b: BestPracticeSnapshot): Snapshot {
  return { title: b.title, summary: b.summary, sourceGroup: b.sourceGroup, meeting: b.meeting, topics: [...b.topics].sort(), documents: [...b.documents].sort() };
}

export const bestPracticeHistory: HistorySubject<BestPractice> = {
  async snapshot(w, b) {
    const [group] = await w.groups([b.sourceGroup?.id]);
    const topics = await b.topics.loadItems();
    const documents = await b.documents.loadItems();
    return bestPracticeSnapshot({
      title: b.title,
      summary: b.summary,
      sourceGroup: group?.acronym ?? null,
      meeting: b.meeting ? await meetingLabel(w, b.meeting.id) : null,
      topics: topics.map((t) => t.slug),
      documents: documents.map((d) => d.symbol),
    });
  },
  async groupIds(w, b) {
    return (await bestPracticeGroups(w, b)).map((g) => g.id);
  },
};

/** The documents that describe a practice, by symbol or id: each citable by the viewer (assertMayCite), each once. */
async function checkDocuments(w: Write, check: InputCheck, refs: readonly string[] | null | undefined): Promise<Document[]> {
  const documents: Document[] = [];
  for (const [i, text] of (check.list('documents', refs) ?? []).entries()) {
    const document = await check.resolve(() => requireDocument(w, text, `documents[${i}]`));
    if (document) assertMayCite(w.viewer, await citedDocument(w, document, `documents[${i}]`));
    if (document && !documents.includes(document)) documents.push(document);
  }
  return documents;
}

export interface CreateBestPracticeInputValue {
  title: string;
  summary: string;
  sourceGroup?: string | null;
  meeting?: string | null;
  topics?: string[] | null;
  documents?: string[] | null;
  sources?: SourceInputValue[] | null;
}

/**
 * Records a practice a group shared (EDITOR: one its group shared, or shared at its meeting: the
 * meeting must be its group's, and then the source group may be any group that presented it).
 */
export function createBestPractice(req: WriteRequest, input: CreateBestPracticeInputValue): Promise<BestPractice> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const sourceGroup = input.sourceGroup != null ? await check.resolve(() => requireGroup(w.loaders.group, input.sourceGroup!, 'sourceGroup')) : null;
    const meeting = input.meeting != null ? await check.resolve(() => requireMeeting(w, input.meeting!, 'meeting')) : null;
    // who may write it depends on the groups: judged first whenever they are known
    if (check.ok) assertMayWrite(w.viewer, { what: 'this best practice', groups: await w.groups([sourceGroup?.id, meeting?.group.id]) });
    if (meeting) assertMayLink(w.viewer, await linkedMeeting(w, meeting, 'meeting'));

    const title = check.text('title', input.title);
    const summary = check.text('summary', input.summary, LIMITS.long);
    const topics = await checkTopics(w, check, input.topics);
    const documents = await checkDocuments(w, check, input.documents);
    const sources = await checkSources(w, check, input.sources);
    check.done();

    const practice = w.em.create(BestPractice, { title, summary, sourceGroup: sourceGroup ?? null, meeting: meeting ?? null } as never);
    practice.topics.set(topics);
    practice.documents.set(documents);
    w.em.persist(practice);
    await w.em.flush();
    await addSources(w, practice, sources);
    w.created(practice, bestPracticeHistory);
    return practice;
  });
}

export interface UpdateBestPracticeInputValue {
  id: string;
  version: number;
  title?: string | null;
  summary?: string | null;
  sourceGroup?: string | null;
  meeting?: string | null;
  documents?: string[] | null;
}

/**
 * Changes the fields given (null clears an optional one; `documents` replaces the list); refused
 * with CONFLICT if `version` is stale. EDITOR: a practice of its groups, still one after the change.
 */
export function updateBestPractice(req: WriteRequest, input: UpdateBestPracticeInputValue): Promise<BestPractice> {
  return runWrite(req, async (w) => {
    const practice = await w.lockForUpdate(BestPractice, input.id);
    const what = `the best practice "${practice.title.slice(0, 80)}"`;
    assertMayWrite(w.viewer, { what, groups: await bestPracticeGroups(w, practice) });
    w.assertVersion(practice, input.version, `The best practice "${practice.title.slice(0, 80)}"`);

    const check = new InputCheck();
    const sourceGroup = input.sourceGroup != null ? await check.resolve(() => requireGroup(w.loaders.group, input.sourceGroup!, 'sourceGroup')) : input.sourceGroup;
    const meeting = input.meeting != null ? await check.resolve(() => requireMeeting(w, input.meeting!, 'meeting')) : input.meeting;
    check.done();
    // after the change it must still be the EDITOR's, and a new meeting one of its groups'
    const keptMeeting = practice.meeting ? await w.loaders.meeting.byId.load(practice.meeting.id) : null;
    const groupsAfter = await w.groups([
      sourceGroup !== undefined ? sourceGroup?.id : practice.sourceGroup?.id,
      meeting !== undefined ? meeting?.group.id : keptMeeting?.group.id,
    ]);
    assertMayWrite(w.viewer, { what: `${what} as changed`, groups: groupsAfter });
    if (meeting) assertMayLink(w.viewer, await linkedMeeting(w, meeting, 'meeting'));

    for (const field of ['title', 'summary'] as const) {
      if (input[field] === null) check.add(field, `${field} cannot be cleared`);
    }
    const title = input.title != null ? check.text('title', input.title) : undefined;
    const summary = input.summary != null ? check.text('summary', input.summary, LIMITS.long) : undefined;
    const documents = input.documents !== undefined ? await checkDocuments(w, check, input.documents) : undefined;
    check.done();

    await w.changing(practice, bestPracticeHistory, 'UPDATE');
    if (title !== undefined) practice.title = title;
    if (summary !== undefined) practice.summary = summary;
    if (sourceGroup !== undefined) practice.sourceGroup = sourceGroup ? ref(sourceGroup) : null;
    if (meeting !== undefined) practice.meeting = meeting ? ref(meeting) : null;
    if (documents !== undefined) {
      await practice.documents.loadItems();
      practice.documents.set(documents);
    }
    return practice;
  });
}
