import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { exportBundle, canonicalBundle, importBundle } from '../../src/app/bundle.js';
import { BundleError } from '../../src/bundle/bundle.import.js';
import type { Bundle } from '../../src/bundle/bundle.types.js';
import { seedAsBundle } from '../../src/seed/seed.loader.js';
import { Group } from '../../src/group/group.entity.js';
import { Meeting } from '../../src/meeting/meeting.entity.js';
import { Document } from '../../src/document/document.entity.js';
import { Liaison, LiaisonAddressee } from '../../src/liaison/liaison.entity.js';
import { ActionItem } from '../../src/action-item/action-item.entity.js';
import { Milestone, Report } from '../../src/report/report.entity.js';
import { Source } from '../../src/source/source.entity.js';
import { SEED_ACTOR } from '../../src/seed/seed.loader.js';
import { decodeGlobalId } from '../../src/platform/graphql/global-id.js';
import { createTestToken } from '../support/tokens.js';
import { historyOf } from '../support/history.js';
import {
  AddClauseDocument,
  AddMilestoneDocument,
  ChangesDocument,
  CreateLiaisonDocument,
  CreateMeetingDocument,
  LiaisonByIdDocument,
  RecordOutcomeDocument,
  ReportsDocument,
  SetActionItemStatusDocument,
  TagTopicDocument,
  UpdateClauseDocument,
  UpdateLiaisonDocument,
  UpdateResolutionDocument,
} from '../graphql/generated.js';

/** the seeded knowledge base, later grown with what the API can write but the seed does not hold */
let source: TestApp;
/** an empty database */
let empty: TestApp;

beforeAll(async () => {
  // one after the other: an embedded database runs in this process, and two loading their
  // templates at once can hold its event loop past the other's 5 s connect timeout
  source = await startTestApp({ seed: true });
  empty = await startTestApp({ seed: false });
});
afterAll(async () => {
  await Promise.all([source?.stop(), empty?.stop()]);
});

const em = (t: TestApp) => t.app.orm.em.fork() as EntityManager;
const exported = async (t: TestApp) => (await exportBundle(em(t))).bundle;
const text = (bundle: Bundle) => `${JSON.stringify(bundle, null, 2)}\n`;

/** every table's row count: "nothing was written" is all of them unchanged */
async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = ['groups', 'topics', 'meetings', 'meeting_topics', 'documents', 'sources', 'outcomes', 'outcome_topics', 'action_items',
    'liaisons', 'liaison_addressees', 'liaison_attachments', 'reports', 'report_outcomes', 'milestones', 'best_practices', 'best_practice_topics', 'best_practice_documents',
    'changes'];
  const knex = em(t).getKnex();
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await knex.raw(`select count(*) as n from ${table}`)).rows[0].n);
  return counts;
}

/** the bundle without its history */
const objectsOf = ({ changes: _history, ...objects }: Bundle) => objects;

/** every string in a value that is a global id (an object's row id in disguise) */
function globalIdsIn(value: unknown): string[] {
  if (typeof value === 'string') return decodeGlobalId(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(globalIdsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(globalIdsIn);
  return [];
}

/**
 * What the API writes and the seed lacks: records without keys, a meeting without a number, a
 * thread, cc, a private document. Written straight to the tables, as a database that predates
 * the history holds them: no Change records them.
 */
async function growWithApiStyleRecords(t: TestApp) {
  const fork = em(t);
  const group = (acronym: string) => fork.findOneOrFail(Group, { acronym });
  const [cgCop, cwgCop, bdt, sg17] = await Promise.all([group('CG-COP'), group('CWG-COP'), group('BDT'), group('ITU-T SG17')]);
  cgCop.officers = [{ role: 'Co-convener', name: 'A. Example' }];
  const session = Object.assign(new Meeting(), {
    group: ref(cgCop), title: 'CG-COP online session on the gap analysis', startsOn: '2025-04-08', endsOn: '2025-04-08', startHalf: 'PM', format: 'VIRTUAL',
  });
  const draft = Object.assign(new Document(), {
    symbol: 'CG-COP/DRAFT-GAP-2', title: 'Gap analysis report, second draft', kind: 'REPORT', public: false, text: 'Draft text: gaps in technical standards.', sourceGroup: ref(cgCop), meeting: ref(session),
  });
  const request = Object.assign(new Liaison(), {
    title: 'Request for comments on the gap analysis', fromGroup: ref(cgCop), purpose: 'FOR_COMMENT', status: 'SENT', deadline: '2025-09-15', sentOn: '2025-05-02',
    body: 'CG-COP asks CWG-COP for comments on the draft.', meeting: ref(session),
  });
  request.addressees.add(Object.assign(new LiaisonAddressee(), { liaison: ref(request), group: ref(cwgCop), role: 'TO', purpose: 'FOR_COMMENT' }));
  request.addressees.add(Object.assign(new LiaisonAddressee(), { liaison: ref(request), group: ref(bdt), role: 'CC', purpose: null }));
  request.attachments.add(draft);
  const reply = Object.assign(new Liaison(), {
    title: 'Comments on the gap analysis', fromGroup: ref(cwgCop), purpose: 'IN_RESPONSE', status: 'SENT', sentOn: '2025-09-10', inReplyTo: ref(request),
  });
  reply.addressees.add(Object.assign(new LiaisonAddressee(), { liaison: ref(reply), group: ref(cgCop), role: 'TO', purpose: 'IN_RESPONSE' }));
  // two items with one title: their derived keys must differ, and stay put
  const items = [1, 2].map(() => Object.assign(new ActionItem(), { title: 'Circulate the draft', assignee: ref(cgCop), dueMeeting: ref(session), status: 'OPEN' }));
  const report = await fork.findOneOrFail(Report, { key: 'cg-cop-gap-analysis' });
  const adoption = Object.assign(new Milestone(), { report: ref(report), group: ref(sg17), kind: 'ADOPTION', plannedFor: '2026-01-01', status: 'PLANNED' });
  fork.persist([session, draft, request, reply, ...items, adoption]);
  await fork.flush();
  fork.persist(Object.assign(new Source(), {
    subjectType: 'Liaison', subjectId: request.id, document: ref(draft), excerpt: 'gaps in technical standards', note: 'From the draft.', position: 1,
  }));
  await fork.flush();
}

describe('export', () => {
  it('writes the seed data set without losing anything: the seeded database exports to the seed bundle, and the seed load’s history', async () => {
    const bundle = await exported(source);
    expect(objectsOf(bundle)).toEqual(canonicalBundle(seedAsBundle()));
    // the seed load is a write: one CREATE per object, by the import
    const counted = bundle.groups.length + bundle.topics.length + bundle.documents.length + bundle.meetings.length + bundle.outcomes.length +
      bundle.actionItems.length + bundle.liaisons.length + bundle.reports.length + bundle.reports.flatMap((r) => r.milestones).length + bundle.bestPractices.length;
    expect(bundle.changes).toHaveLength(counted);
    expect(new Set(bundle.changes!.map((c) => `${c.action} ${c.actor} ${c.actorRole}`))).toEqual(new Set([`CREATE ${SEED_ACTOR} ADMIN`]));
    expect(bundle.changes!.find((c) => c.subjectType === 'Milestone' && c.subject === 'cg-cop-gap-analysis/sg17-discussion-2025-04')).toMatchObject({
      // the report, named by its key rather than by this database's id
      after: { report: { node: 'Report', key: 'cg-cop-gap-analysis' }, group: 'ITU-T SG17', kind: 'DISCUSSION', status: 'PLANNED' },
      groups: ['CG-COP', 'ITU-T SG17'],
    });
    // the gap-analysis report, linked to the outcome that expects it, in the record and its history
    expect(bundle.reports.find((r) => r.key === 'cg-cop-gap-analysis')!.outcomes).toEqual(['CWG-COP#22/4']);
    expect(bundle.changes!.find((c) => c.subjectType === 'Report' && c.subject === 'cg-cop-gap-analysis')!.after).toMatchObject({ outcomes: ['CWG-COP#22/4'] });
    // no database ids: nothing in it is a row id, or a global id made of one
    expect(text(bundle)).not.toMatch(/"id"\s*:/);
    expect(globalIdsIn(bundle)).toEqual([]);
  });

  it('is deterministic: two exports of one database are the same bytes', async () => {
    expect(text(await exported(source))).toBe(text(await exported(source)));
  });
});

describe('export → import into an empty database → export', () => {
  it('gives the same objects, byte for byte, records without keys and unnumbered meetings included; then the same bundle', async () => {
    await growWithApiStyleRecords(source);
    const first = await exported(source);

    // what the API wrote without keys gets keys derived from titles (and made unique)
    expect(first.meetings.map((m) => (m.number ? `${m.group}#${m.number}` : `${m.group}@${m.startsOn}`))).toContain('CG-COP@2025-04-08');
    const liaison = first.liaisons.find((l) => l.key === 'request-for-comments-on-the-gap-analysis')!;
    expect(liaison).toMatchObject({ to: [{ group: 'CWG-COP', purpose: 'FOR_COMMENT' }], cc: ['BDT'], attachments: ['CG-COP/DRAFT-GAP-2'], meeting: 'CG-COP@2025-04-08' });
    expect(first.liaisons.find((l) => l.key === 'comments-on-the-gap-analysis')?.inReplyTo).toBe('request-for-comments-on-the-gap-analysis');
    expect(first.actionItems.filter((a) => a.title === 'Circulate the draft').map((a) => a.key)).toEqual(['circulate-the-draft', 'circulate-the-draft-2']);
    expect(first.reports[0].milestones.map((m) => m.key)).toEqual(['sg17-discussion-2025-04', 'cwg-cop-presentation-2025-10', 'adoption-itu-t-sg17-2026-01']);
    expect(first.documents.find((d) => d.symbol === 'CG-COP/DRAFT-GAP-2')).toMatchObject({ public: false, text: 'Draft text: gaps in technical standards.' });

    const summary = await importBundle(em(empty), first);
    expect(summary).toMatchObject({ updated: 0, history: first.changes!.length });
    const second = await exported(empty);
    expect(text(objectsOf(second))).toBe(text(objectsOf(first)));
    // the objects written without history get one now: their creation by this import
    const added = second.changes!.slice(first.changes!.length);
    expect(second.changes!.slice(0, first.changes!.length)).toEqual(first.changes);
    expect(added.map((c) => `${c.action} ${c.subjectType} ${c.subject} by ${c.actor}`).sort()).toEqual([
      'CREATE ActionItem circulate-the-draft by import',
      'CREATE ActionItem circulate-the-draft-2 by import',
      'CREATE Document CG-COP/DRAFT-GAP-2 by import',
      'CREATE Liaison comments-on-the-gap-analysis by import',
      'CREATE Liaison request-for-comments-on-the-gap-analysis by import',
      'CREATE Meeting CG-COP@2025-04-08 by import',
      'CREATE Milestone cg-cop-gap-analysis/adoption-itu-t-sg17-2026-01 by import',
    ]);
    expect(added.find((c) => c.subject === 'comments-on-the-gap-analysis')?.after?.inReplyTo).toEqual({ node: 'Liaison', key: 'request-for-comments-on-the-gap-analysis' });

    // from now on every object has its history in the bundle: the round trip is exact, history included
    const third = await startTestApp({ seed: false });
    try {
      await importBundle(em(third), second);
      expect(text(await exported(third))).toBe(text(second));
    } finally {
      await third.stop();
    }
  });

  it('imported back into the database it came from, matches every record (derived keys included) and adds nothing, history included', async () => {
    const before = await rowCounts(source);
    const bundle = await exported(source);
    const summary = await importBundle(em(source), bundle);
    expect(summary).toMatchObject({ created: 0, history: 0 });
    expect(await rowCounts(source)).toEqual(before);
    expect(text(await exported(source))).toBe(text(bundle));
  });
});

describe('a broken bundle imports nothing and names the record and the field', () => {
  const valid = () => canonicalBundle(seedAsBundle());
  const seedChange: NonNullable<Bundle['changes']>[number] = {
    at: '2025-03-01T10:00:00.000000Z', subjectType: 'Group', subject: 'BDT', action: 'UPDATE', actor: 'Secretariat officer', actorRole: 'SECRETARIAT',
    before: { name: 'Telecommunication Development Bureau' }, after: { name: 'BDT' },
  };

  /** a new group first, so a half-applied import would show */
  function withNewGroup(bundle: Bundle): Bundle {
    bundle.groups.push({ acronym: 'NEW-GROUP', name: 'A group the broken bundle brings', kind: 'OTHER', sector: 'EXTERNAL' });
    return bundle;
  }

  it.each<[string, (b: Bundle) => void, RegExp]>([
    ['an unknown purpose (schema)', (b) => { (b.liaisons[0].to[0] as { purpose: string }).purpose = 'FOR_ACTON'; }, /^liaisons\[0\]\.to\[0\]\.purpose: must be one of FOR_ACTION/],
    ['a misspelt field (schema)', (b) => { Object.assign(b.meetings[1], { titel: 'x' }); }, /^meetings\[1\]\.titel: is not a field of this record/],
    ['a date that does not exist (schema)', (b) => { b.liaisons[0].sentOn = '2025-02-30'; }, /^liaisons\[0\]\.sentOn: "2025-02-30" is not a date/],
    ['a deadline that is not a partial date (schema)', (b) => { b.liaisons[0].deadline = '2025-13'; }, /^liaisons\[0\]\.deadline: "2025-13" has no month 13/],
    ['a due date in words (schema)', (b) => { b.actionItems[0].dueOn = 'April'; }, /^actionItems\[0\]\.dueOn: "April" must be a date written YYYY, YYYY-MM or YYYY-MM-DD/],
    ['a planned day that does not exist (schema)', (b) => { b.reports[0].milestones![0].plannedFor = '2025-02-30'; }, /^reports\[0\]\.milestones\[0\]\.plannedFor: "2025-02-30" is not a day of the calendar/],
    ['a report outcome that is not an outcome key (schema)', (b) => { b.reports[0].outcomes = ['CWG-COP#22']; }, /^reports\[0\]\.outcomes\[0\]: "CWG-COP#22" does not match the form: An outcome's natural key/],
    ['a missing required field (schema)', (b) => { delete (b.actionItems[1] as Partial<Bundle['actionItems'][number]>).status; }, /^actionItems\[1\]\.status: is required/],
    ['an unknown group', (b) => { b.actionItems[2].assignee = 'NO-SUCH-GROUP'; }, /^actionItems\[2\]\.assignee: "NO-SUCH-GROUP" is not in the bundle or the database/],
    ['a FOR_ACTION liaison without deadline', (b) => { b.liaisons[0].to[0].purpose = 'FOR_ACTION'; delete b.liaisons[0].deadline; }, /^liaisons\[0\]\.deadline: a liaison FOR_ACTION needs a deadline/],
    ['one acronym twice', (b) => { b.groups.push({ ...b.groups[0] }); }, new RegExp(`^groups\\[${10}\\]\\.acronym: "BDT" is given twice in the bundle \\(also by groups\\[0\\]\\)`)],
    ['an outcome no meeting recorded, named by a report', (b) => { b.reports[0].outcomes = ['CWG-COP#22/4', 'CWG-COP#22/9']; }, /^reports\[0\]\.outcomes\[1\]: "CWG-COP#22\/9" is not in the bundle or the database/],
    ['an unknown document, late in the import', (b) => { b.bestPractices[5].documents = ['NO/SUCH-DOC']; }, /^bestPractices\[5\]\.documents: "NO\/SUCH-DOC" is not in the bundle or the database/],
    ['an excerpt that is not verbatim, after everything else was written', (b) => { b.outcomes[7].sources![0].excerpt = 'Words the report never says.'; }, /^outcomes\[7\]\.sources\[0\]\.excerpt: is not verbatim/],
    // what the database would refuse as an internal error, or the API refuses
    ['a meeting that ends before it starts', (b) => { b.meetings[1].endsOn = '2000-01-01'; }, /^meetings\[1\]\.endsOn: endsOn \(2000-01-01\) is before startsOn/],
    ['a one-day meeting from an afternoon to a morning', (b) => { Object.assign(b.meetings[1], { endsOn: b.meetings[1].startsOn, startHalf: 'PM', endHalf: 'AM' }); },
      /^meetings\[1\]\.endHalf: a one-day meeting that starts in the afternoon cannot end in the morning/],
    ['a liaison answering itself', (b) => { b.liaisons[1].inReplyTo = b.liaisons[1].key; }, /^liaisons\[1\]\.inReplyTo: a liaison cannot answer itself/],
    ['the sender among the addressees', (b) => { b.liaisons[0].cc = [b.liaisons[0].from]; }, /^liaisons\[0\]\.cc\[0\]: CWG-COP sends the liaison; it cannot also be an addressee/],
    ['a group that is its own ancestor', (b) => { b.groups.find((g) => g.acronym === 'Council')!.parent = 'CWG-COP'; }, /^groups\[2\]\.parent: "Council" makes a loop of parents: CWG-COP → Council → CWG-COP/],
    ['history of an object nobody has', (b) => { b.changes = [{ ...seedChange, subject: 'NO-SUCH-GROUP' }]; }, /^changes\[0\]\.subject: Group "NO-SUCH-GROUP" is not in the bundle or the database/],
    ['history naming an unknown group', (b) => { b.changes = [{ ...seedChange, groups: ['BDT', 'Nobody'] }]; }, /^changes\[0\]\.groups\[1\]: "Nobody" is not in the bundle or the database/],
    ['history referring to an unknown object', (b) => { b.changes = [{ ...seedChange, subjectType: 'Liaison', subject: 'sg17-to-cwg-cop-21', after: { inReplyTo: { node: 'Liaison', key: 'never-sent' } } }]; },
      /^changes\[0\]\.after\.inReplyTo: Liaison "never-sent" is not in the bundle or the database/],
  ])('%s', async (_what, breakIt, message) => {
    const before = await rowCounts(empty);
    const bundle = withNewGroup(valid());
    breakIt(bundle);
    const error = await importBundle(em(empty), bundle).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).message).toMatch(message);
    expect((error as BundleError).code).toBe('BAD_USER_INPUT');
    expect(await rowCounts(empty)).toEqual(before);
    expect(await em(empty).count(Group, { acronym: 'NEW-GROUP' })).toBe(0);
  });
});


describe('history: seed → writes through the API → export → import into an empty database → export', () => {
  let written: TestApp;
  let restored: TestApp;
  beforeAll(async () => {
    // one after the other: an embedded database runs in this process, and two loading their
    // templates at once can hold its event loop past the other's 5 s connect timeout
    written = await startTestApp({ seed: true });
    restored = await startTestApp({ seed: false });
  });
  afterAll(async () => {
    await Promise.all([written?.stop(), restored?.stop()]);
  });

  /** a few writes of every kind the history records, by three tokens */
  async function writeThroughTheApi(t: TestApp) {
    const secretariat = await createTestToken(t, { role: 'SECRETARIAT', label: 'ITU secretariat officer' });
    const cgCop = await createTestToken(t, { role: 'EDITOR', groups: ['CG-COP'], label: 'CG-COP co-convener' });
    const cwgCop = await createTestToken(t, { role: 'EDITOR', groups: ['CWG-COP'], label: 'CWG-COP editor' });
    const ok = <T extends { userErrors: unknown[] }>(payload: T | null | undefined): T => {
      expect(payload?.userErrors).toEqual([]);
      return payload!;
    };
    const request = ok((await t.graphql(CreateLiaisonDocument, { input: {
      title: 'Request for comments on the gap analysis', from: 'CG-COP', to: [{ group: 'CWG-COP', purpose: 'FOR_COMMENT' }], cc: ['BDT'],
      deadline: '2026-03-31', status: 'SENT', body: 'CG-COP asks CWG-COP for comments on the second draft.',
    } }, { headers: cgCop.headers })).data?.createLiaison).liaison!;
    ok((await t.graphql(UpdateLiaisonDocument, { input: { id: request.id, version: 1, title: 'Request for comments on the gap analysis, second draft' } },
      { headers: secretariat.headers })).data?.updateLiaison);
    // the reply marks the request RESPONDED in the same write: a second change, with a note
    const reply = ok((await t.graphql(CreateLiaisonDocument, { input: {
      title: 'Comments on the gap analysis', from: 'CWG-COP', inReplyTo: request.id, status: 'SENT', body: 'CWG-COP welcomes the draft.',
    } }, { headers: cwgCop.headers })).data?.createLiaison).liaison!;
    const session = ok((await t.graphql(CreateMeetingDocument, { input: {
      group: 'CG-COP', title: 'CG-COP online session on the second draft', startsOn: '2026-01-20', format: 'VIRTUAL',
    } }, { headers: cgCop.headers })).data?.createMeeting).meeting!;
    ok((await t.graphql(RecordOutcomeDocument, { input: { meeting: session.id, kind: 'AGREED', text: 'to circulate the second draft to the groups concerned' } },
      { headers: cgCop.headers })).data?.recordOutcome);
    ok((await t.graphql(TagTopicDocument, { input: { subject: session.id, topic: 'Gap analysis', create: true } }, { headers: cgCop.headers })).data?.tagTopic);
    const report = (await t.graphql(ReportsDocument, {})).data!.reports.edges[0].node;
    ok((await t.graphql(AddMilestoneDocument, { input: { report: report.id, group: 'CWG-COP', kind: 'PRESENTATION', plannedFor: '2026-06-01' } },
      { headers: secretariat.headers })).data?.addMilestone);
    // an open action item of the seed, found through its creation in the history
    const items = (await t.graphql(ChangesDocument, { filter: { objectTypes: ['ActionItem'] }, first: 20 })).data!.changes.edges;
    const open = items.find((e) => e.node.after?.status === 'OPEN')!.node.object!;
    ok((await t.graphql(SetActionItemStatusDocument, { input: { id: open.id, version: 1, status: 'IN_PROGRESS' } }, { headers: secretariat.headers })).data?.setActionItemStatus);
    // mandates: a clause added to Resolution 179 and corrected, Resolution 1306 given a title
    ok((await t.graphql(AddClauseDocument, { input: {
      resolution: 'pp-179-bucharest-2022', text: 'to report on its work to the Council', group: 'CWG-COP', ask: 'REPORT_TO', target: 'Council', periodStart: '2023',
    } }, { headers: cwgCop.headers })).data?.addClause);
    ok((await t.graphql(UpdateClauseDocument, { input: { clause: 'pp-179-bucharest-2022/7', version: 1, interval: 'each Council session' } },
      { headers: cwgCop.headers })).data?.updateClause);
    ok((await t.graphql(UpdateResolutionDocument, { input: { resolution: 'council-1306-2015', version: 1, title: 'Council Working Group on Child Online Protection' } },
      { headers: secretariat.headers })).data?.updateResolution);
    return { request, reply, session };
  }

  it('gives the same bytes, history included: who, when, what, before and after, with objects named by natural key', async () => {
    const { request, reply } = await writeThroughTheApi(written);
    const first = await exported(written);
    const seedLoad = first.changes!.filter((c) => c.actor === SEED_ACTOR);
    const byTokens = first.changes!.filter((c) => c.actor !== SEED_ACTOR);
    expect(seedLoad).toHaveLength(49);
    expect(byTokens.map((c) => `${c.action} ${c.subjectType} by ${c.actor} (${c.actorRole})`)).toEqual([
      'CREATE Liaison by CG-COP co-convener (EDITOR)',
      'UPDATE Liaison by ITU secretariat officer (SECRETARIAT)',
      'CREATE Liaison by CWG-COP editor (EDITOR)',
      'STATUS Liaison by CWG-COP editor (EDITOR)',
      'CREATE Meeting by CG-COP co-convener (EDITOR)',
      'CREATE Outcome by CG-COP co-convener (EDITOR)',
      'CREATE Topic by CG-COP co-convener (EDITOR)',
      'TAG Meeting by CG-COP co-convener (EDITOR)',
      'CREATE Milestone by ITU secretariat officer (SECRETARIAT)',
      'STATUS ActionItem by ITU secretariat officer (SECRETARIAT)',
      'CREATE Clause by CWG-COP editor (EDITOR)',
      'UPDATE Clause by CWG-COP editor (EDITOR)',
      'UPDATE Resolution by ITU secretariat officer (SECRETARIAT)',
    ]);
    const requestKey = 'request-for-comments-on-the-gap-analysis-second-draft';
    expect(byTokens[1]).toMatchObject({
      subject: requestKey,
      before: { title: 'Request for comments on the gap analysis' },
      after: { title: 'Request for comments on the gap analysis, second draft' },
      groups: ['BDT', 'CG-COP', 'CWG-COP'],
    });
    // ids inside snapshots become natural keys: the answered liaison, a meeting without a number, the report
    expect(byTokens[2].after).toMatchObject({ inReplyTo: { node: 'Liaison', key: requestKey }, status: 'SENT' });
    expect(byTokens[3]).toMatchObject({ subject: requestKey, before: { status: 'SENT' }, after: { status: 'RESPONDED' } });
    expect(byTokens[3].note).toMatch(/answered by/i);
    expect(byTokens[5].after).toMatchObject({ meeting: { node: 'Meeting', key: 'CG-COP@2026-01-20' }, position: 1 });
    expect(byTokens[7]).toMatchObject({ subject: 'CG-COP@2026-01-20', after: { topics: ['gap-analysis'] } });
    expect(byTokens[8]).toMatchObject({ subject: 'cg-cop-gap-analysis/presentation-cwg-cop-2026-06', after: { report: { node: 'Report', key: 'cg-cop-gap-analysis' } } });
    // a clause is named "<resolution key>/<position>", its resolution by key
    expect(byTokens[10]).toMatchObject({
      subject: 'pp-179-bucharest-2022/7',
      after: { resolution: { node: 'Resolution', key: 'pp-179-bucharest-2022' }, position: 7, ask: 'REPORT_TO', target: 'Council', periodStart: '2023-01-01' },
      groups: ['CWG-COP'],
    });
    expect(byTokens[12]).toMatchObject({ subject: 'council-1306-2015', before: { title: null }, after: { title: 'Council Working Group on Child Online Protection' } });
    expect(byTokens.every((c) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(c.at) && c.requestId)).toBe(true);
    expect(globalIdsIn(first)).toEqual([]);

    const summary = await importBundle(em(restored), first);
    // 55 objects with history, and the 2 resolutions, which carry none
    expect(summary).toMatchObject({ created: 57, updated: 0, history: first.changes!.length });
    const second = await exported(restored);
    expect(text(second)).toBe(text(first));

    // the restored history reads as the original through the API, ids now this database's own
    const feed = async (t: TestApp) => (await t.graphql(ChangesDocument, { filter: { group: 'CG-COP' }, first: 100 })).data!.changes;
    const [original, copy] = [await feed(written), await feed(restored)];
    expect(copy.totalCount).toBe(original.totalCount);
    const shape = (c: (typeof original)['edges'][number]['node']) => [c.at, c.action, c.objectType, c.by.label, c.by.role, c.fields, c.note];
    expect(copy.edges.map((e) => shape(e.node))).toEqual(original.edges.map((e) => shape(e.node)));
    const restoredReply = copy.edges.find((e) => e.node.action === 'CREATE' && e.node.after?.title === reply.title)!.node;
    const answered = (await restored.graphql(LiaisonByIdDocument, { id: restoredReply.object!.id })).data!.node as { inReplyTo: { id: string } };
    expect(restoredReply.after?.inReplyTo).toBe(answered.inReplyTo.id);
    const history = await historyOf(restored, answered.inReplyTo.id);
    expect(history.changes.map((c) => [c.action, c.by.label, c.objectVersion])).toEqual([
      ['CREATE', 'CG-COP co-convener', null],
      ['UPDATE', 'ITU secretariat officer', null],
      ['STATUS', 'CWG-COP editor', null],
    ]);
    expect((await historyOf(written, request.id)).changes.map((c) => c.objectVersion)).toEqual([1, 2, 3]);

    // imported again, here or where it came from: no history row twice, none rewritten
    const counts = [await rowCounts(restored), await rowCounts(written)];
    expect(await importBundle(em(restored), second)).toMatchObject({ created: 0, history: 0 });
    expect(await importBundle(em(written), second)).toMatchObject({ created: 0, history: 0 });
    expect([await rowCounts(restored), await rowCounts(written)]).toEqual(counts);
  });
});

describe('re-importing a changed bundle into a database that holds the objects with other values', () => {
  let held: TestApp;
  beforeAll(async () => {
    held = await startTestApp({ seed: true });
  });
  afterAll(() => held?.stop());

  /** the import's own changes, oldest first */
  const importChanges = async () =>
    (await exported(held)).changes!.filter((c) => c.actor === 'import').map((c) => ({ action: c.action, subjectType: c.subjectType, subject: c.subject, before: c.before, after: c.after }));

  it('replaces addressees, attachments, topics, documents and sources (rows the database lets go), records what changed, and nothing twice', async () => {
    const bundle = await exported(held);
    const liaison = bundle.liaisons.find((l) => l.key === 'cwg-cop-to-sg2-q3-2-outcomes-21-22')!;
    liaison.to = [{ group: 'CG-COP', purpose: 'FOR_INFORMATION' }];
    liaison.cc = ['BDT'];
    delete liaison.attachments;
    bundle.meetings[0].topics = ['youth-participation'];
    delete bundle.outcomes[0].topics;
    bundle.outcomes[1].sources = bundle.outcomes[1].sources!.slice(1);
    bundle.bestPractices[0].documents = ['CWG-COP/LS-SG2-Q3-2'];
    bundle.reports[0].milestones[0].status = 'SLIPPED';
    bundle.reports[0].outcomes = ['CWG-COP#22/3', 'CWG-COP#22/4'];
    bundle.groups.find((g) => g.acronym === 'CG-COP')!.officers = [{ role: 'Co-convener', name: 'A. Example' }];

    const summary = await importBundle(em(held), bundle);
    expect(summary).toMatchObject({ created: 0, history: 0 });
    const after = await exported(held);
    expect(text(objectsOf(after))).toBe(text(objectsOf(canonicalBundle(bundle))));

    // one UPDATE per object whose fields changed (sources are not part of an object's history)
    expect((await importChanges()).map((c) => `${c.action} ${c.subjectType} ${c.subject}`)).toEqual([
      'UPDATE Group CG-COP',
      'UPDATE Meeting CWG-COP#21',
      'UPDATE Outcome CWG-COP#21/1',
      'UPDATE Liaison cwg-cop-to-sg2-q3-2-outcomes-21-22',
      'UPDATE Report cg-cop-gap-analysis',
      'UPDATE Milestone cg-cop-gap-analysis/sg17-discussion-2025-04',
      'UPDATE BestPractice children-feedback-on-helplines',
    ]);
    expect((await importChanges()).find((c) => c.subjectType === 'Liaison')).toMatchObject({
      before: { to: [{ group: 'ITU-D SG2 Q3/2', purpose: 'FOR_INFORMATION' }], cc: [], attachments: ['CWG-COP/LS-SG2-Q3-2'] },
      after: { to: [{ group: 'CG-COP', purpose: 'FOR_INFORMATION' }], cc: ['BDT'], attachments: [] },
    });
    expect((await importChanges()).find((c) => c.subjectType === 'Report')).toMatchObject({
      before: { outcomes: ['CWG-COP#22/4'] },
      after: { outcomes: ['CWG-COP#22/3', 'CWG-COP#22/4'] },
    });

    // the same bundle again: nothing to change, nothing recorded, no row added or lost
    const counts = await rowCounts(held);
    await importBundle(em(held), bundle);
    expect(await rowCounts(held)).toEqual(counts);
    expect(await importChanges()).toHaveLength(7);
  });
});
