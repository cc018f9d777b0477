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
    const documents: Document[] = [];
    for (const [i, ref] of (check.list('documents', input.documents) ?? []).entries()) {
      const document = await check.resolve(() => requireDocument(w, ref, `documents[${i}]`));
      if (document) assertMayCite(w.viewer, await citedDocument(w, document, `documents[${i}]`));
      if (document && !documents.includes(document)) documents.push(document);
    }
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
