/**
 * Every relation a write sets is authorized against the viewer's groups (issue 12, item 3): an
 * EDITOR of one group cannot answer another group's liaison, nor hang its objects on another
 * group's meetings and outcomes, nor cite another group's non-public documents. Each refusal is
 * FORBIDDEN naming the group, writes nothing, and leaves the object it aimed at as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, createTestToken, sql, type TestToken } from '../support/tokens.js';
import { decodeGlobalId } from '../../src/platform/graphql/global-id.js';
import {
  AddMilestoneDocument,
  CreateActionItemDocument,
  CreateBestPracticeDocument,
  CreateDocumentDocument,
  CreateLiaisonDocument,
  CreateMeetingDocument,
  CreateReportDocument,
  LiaisonByIdDocument,
  RecordOutcomeDocument,
  SetActionItemStatusDocument,
  SetLiaisonStatusDocument,
  TagTopicDocument,
  UpdateActionItemDocument,
  UpdateLiaisonDocument,
  type CreateLiaisonInput,
} from '../graphql/generated.js';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
let bdt: TestToken;
let sg17: TestToken;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  tokens = await createRoleTokens(t);
  bdt = await createTestToken(t, { role: 'EDITOR', groups: ['BDT'], label: 'BDT focal point' });
  sg17 = await createTestToken(t, { role: 'EDITOR', groups: ['ITU-T SG17'], label: 'SG17 rapporteur' });
});
afterAll(() => t?.stop());

const as = (token: TestToken) => ({ headers: token.headers });
type Result = { errors?: readonly { message: string; extensions?: Record<string, unknown> }[]; data?: object | null };

/** the payload of a one-mutation result: `{ <object>, userErrors }` */
function payloadOf(res: Result): Record<string, unknown> & { userErrors: unknown[] } {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data!)[0] as Record<string, unknown> & { userErrors: unknown[] };
}

/** the object a successful write returns */
function written<T = { id: string; version: number }>(res: Result): T {
  const payload = payloadOf(res);
  expect(payload.userErrors).toEqual([]);
  return Object.values(payload).find((v) => v && typeof v === 'object' && !Array.isArray(v)) as T;
}

const TABLES = [
  'changes', 'meetings', 'outcomes', 'liaisons', 'liaison_addressees', 'liaison_attachments', 'action_items',
  'reports', 'milestones', 'documents', 'best_practices', 'best_practice_documents', 'sources', 'topics',
];
async function rowCounts(): Promise<Record<string, number>> {
  const row = (await sql<Record<string, number>>(t, `select ${TABLES.map((name) => `(select count(*)::int from ${name}) as ${name}`).join(', ')}`))[0];
  return Object.fromEntries(TABLES.map((name) => [name, Number(row[name])]));
}

const TABLE_OF: Record<string, string> = { Liaison: 'liaisons', ActionItem: 'action_items', Report: 'reports', Meeting: 'meetings' };
/** the object's row as the database holds it */
async function rowOf(globalId: string): Promise<unknown> {
  const decoded = decodeGlobalId(globalId)!;
  return (await sql(t, `select to_jsonb(t) as row from ${TABLE_OF[decoded.typename]} t where id = ?`, [decoded.id]))[0].row;
}

/**
 * The attempt is refused with FORBIDDEN, the message names the group it reached for, nothing
 * is written (no row, no change recorded) and the objects it aimed at are as they were.
 */
async function expectRefused(attempt: () => Promise<Result>, group: RegExp, untouched: string[] = []): Promise<string> {
  const counts = await rowCounts();
  const rows = await Promise.all(untouched.map(rowOf));
  const res = await attempt();
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors ?? res.data)).toBe('FORBIDDEN');
  expect(res.errors![0].message).toMatch(group);
  expect(Object.values(res.data ?? {})).toEqual([null]);
  expect(await rowCounts()).toEqual(counts);
  expect(await Promise.all(untouched.map(rowOf))).toEqual(rows);
  return res.errors![0].message;
}

/** a liaison sent by ITU-T SG17 to CWG-COP (cc BDT) that asks for a reply: recorded by the secretariat */
async function askingLiaison(title: string) {
  const liaison = written<{ id: string; status: string; awaitingReply: boolean }>(
    await t.graphql(
      CreateLiaisonDocument,
      {
        input: {
          title,
          from: 'ITU-T SG17',
          to: [{ group: 'CWG-COP', purpose: 'FOR_ACTION' }],
          cc: ['BDT'],
          deadline: '2027-03-31',
          status: 'SENT',
        },
      },
      as(tokens.secretariat),
    ),
  );
  expect(liaison).toMatchObject({ status: 'SENT', awaitingReply: true });
  return liaison;
}

async function liaison(id: string) {
  const node = (await t.graphql(LiaisonByIdDocument, { id })).data!.node;
  return node as { status: string; awaitingReply: boolean; version: number; replies: { id: string }[] };
}

/** a reply from ITU-D SG2 Q3/2 (whose EDITOR is tokens.q32) */
const replyFromQ32 = (inReplyTo: string, extra: Partial<CreateLiaisonInput> = {}): { input: CreateLiaisonInput } => ({
  input: { title: 'Q3/2 answers', from: 'SG2 Q3/2', inReplyTo, ...extra },
});

describe('a reply only from a group the answered liaison was addressed to, or its sender', () => {
  it('refuses a reply from a group that was not addressed: the liaison still awaits its reply', async () => {
    const asked = await askingLiaison('SG17 asks CWG-COP for its age-verification survey');
    const message = await expectRefused(() => t.graphql(CreateLiaisonDocument, replyFromQ32(asked.id, { status: 'SENT' }), as(tokens.q32)), /ITU-T SG17/, [asked.id]);
    expect(message).toMatch(/a liaison from ITU-D SG2 Q3\/2 may not answer the liaison "SG17 asks CWG-COP[^"]*": it was sent by ITU-T SG17 to (CWG-COP, BDT|BDT, CWG-COP)/);
    // a draft reply is refused too: the relation is set at creation, the answer would follow on sending
    await expectRefused(() => t.graphql(CreateLiaisonDocument, replyFromQ32(asked.id), as(tokens.q32)), /ITU-T SG17/, [asked.id]);
    expect(await liaison(asked.id)).toMatchObject({ status: 'SENT', awaitingReply: true, version: 1, replies: [] });
  });

  it('refuses to send a reply the secretariat recorded for a group that was not addressed', async () => {
    const asked = await askingLiaison('SG17 asks CWG-COP about helplines');
    // SECRETARIAT keeps writing everything: it may record the draft
    const draft = written(await t.graphql(CreateLiaisonDocument, replyFromQ32(asked.id, { status: 'APPROVED' }), as(tokens.secretariat)));
    await expectRefused(
      () => t.graphql(SetLiaisonStatusDocument, { input: { id: draft.id, version: 1, status: 'SENT' } }, as(tokens.q32)),
      /ITU-T SG17/,
      [asked.id, draft.id],
    );
    expect(await liaison(asked.id)).toMatchObject({ status: 'SENT', awaitingReply: true, version: 1 });
  });

  it('lets a TO addressee, a CC addressee and the sender reply; a reply sent marks the liaison RESPONDED', async () => {
    const toCwgCop = await askingLiaison('SG17 asks for the gap analysis');
    const reply = written<{ inReplyTo: { status: string; awaitingReply: boolean } }>(
      await t.graphql(CreateLiaisonDocument, { input: { title: 'CWG-COP answers', from: 'CWG-COP', inReplyTo: toCwgCop.id, status: 'SENT' } }, as(tokens.cwgCop)),
    );
    expect(reply.inReplyTo).toMatchObject({ status: 'RESPONDED', awaitingReply: false });

    const toBdt = await askingLiaison('SG17 asks for the industry roundtable dates');
    const draft = written(await t.graphql(CreateLiaisonDocument, { input: { title: 'BDT answers', from: 'BDT', inReplyTo: toBdt.id, status: 'APPROVED' } }, as(bdt)));
    expect(await liaison(toBdt.id)).toMatchObject({ awaitingReply: true });
    written(await t.graphql(SetLiaisonStatusDocument, { input: { id: draft.id, version: 1, status: 'SENT' } }, as(bdt)));
    expect(await liaison(toBdt.id)).toMatchObject({ status: 'RESPONDED', awaitingReply: false });

    const followed = await askingLiaison('SG17 asks for the youth consultation results');
    written(await t.graphql(CreateLiaisonDocument, { input: { title: 'SG17 adds its survey', from: 'ITU-T SG17', to: [{ group: 'CWG-COP' }], inReplyTo: followed.id } }, as(sg17)));
    expect((await liaison(followed.id)).replies).toHaveLength(1);
  });
});

describe('meetings and outcomes: only the EDITOR’s own groups’', () => {
  let q32Meeting: string;
  let q32Liaison: string;
  let q32Item: string;
  let cwgItem: string;
  let q32Report: string;
  beforeAll(async () => {
    q32Meeting = written(await t.graphql(CreateMeetingDocument, { input: { group: 'SG2 Q3/2', number: 7, title: 'Q3/2 rapporteur meeting', startsOn: '2026-09-10', format: 'VIRTUAL' } }, as(tokens.q32))).id;
    written(await t.graphql(CreateMeetingDocument, { input: { group: 'CG-COP', number: 1, title: 'CG-COP first meeting', startsOn: '2026-05-01', format: 'VIRTUAL' } }, as(tokens.cgCop)));
    q32Liaison = written(await t.graphql(CreateLiaisonDocument, { input: { title: 'Q3/2 informs CG-COP', from: 'SG2 Q3/2', to: [{ group: 'CG-COP' }], purpose: 'FOR_INFORMATION' } }, as(tokens.q32))).id;
    q32Item = written(await t.graphql(CreateActionItemDocument, { input: { title: 'Draft the guidelines', assignee: 'SG2 Q3/2' } }, as(tokens.q32))).id;
    cwgItem = written(await t.graphql(CreateActionItemDocument, { input: { title: 'Share the helpline figures', assignee: 'SG2 Q3/2', raisedBy: 'CWG-COP#22/1' } }, as(tokens.secretariat))).id;
    q32Report = written(await t.graphql(CreateReportDocument, { input: { title: 'Q3/2 guidelines', kind: 'GUIDELINES', ownerGroup: 'SG2 Q3/2' } }, as(tokens.q32))).id;
  });

  const q32 = () => as(tokens.q32);

  it('createLiaison: decidedBy and meeting of another group are refused', async () => {
    const input = { title: 'Q3/2 informs CG-COP', from: 'SG2 Q3/2', to: [{ group: 'CG-COP' }], purpose: 'FOR_INFORMATION' as const };
    const decided = await expectRefused(() => t.graphql(CreateLiaisonDocument, { input: { ...input, decidedBy: 'CWG-COP#22/1' } }, q32()), /CWG-COP/);
    expect(decided).toMatch(/decidedBy may not name the outcome CWG-COP#22\/1: it belongs to CWG-COP/);
    const met = await expectRefused(() => t.graphql(CreateLiaisonDocument, { input: { ...input, meeting: 'CWG-COP#22' } }, q32()), /CWG-COP/);
    expect(met).toMatch(/meeting may not name the meeting CWG-COP#22: it belongs to CWG-COP, which is neither the token's group nor the liaison's addressees \(CG-COP\)/);
  });

  it('updateLiaison: a meeting of another group is refused, the liaison unchanged', async () => {
    await expectRefused(() => t.graphql(UpdateLiaisonDocument, { input: { id: q32Liaison, version: 1, meeting: 'CWG-COP#22' } }, q32()), /CWG-COP/, [q32Liaison]);
    // the addressees the update leaves are the ones that count: CG-COP's meeting, once CG-COP is no longer addressed
    await expectRefused(() => t.graphql(UpdateLiaisonDocument, { input: { id: q32Liaison, version: 1, to: [{ group: 'BDT' }], meeting: 'CG-COP#1' } }, q32()), /CG-COP/, [q32Liaison]);
  });

  it('lets the sender link its liaison to its own meeting, or to the meeting of an addressee that received it', async () => {
    const own = written<{ meeting: { number: number } }>(await t.graphql(CreateLiaisonDocument, { input: { title: 'Q3/2 to CWG-COP', from: 'SG2 Q3/2', to: [{ group: 'CWG-COP' }], purpose: 'FOR_INFORMATION', meeting: q32Meeting } }, q32()));
    expect(own.meeting).toEqual({ number: 7 });
    const received = written<{ id: string; meeting: { number: number } }>(
      await t.graphql(CreateLiaisonDocument, { input: { title: 'Q3/2 acknowledges CWG-COP', from: 'SG2 Q3/2', to: [{ group: 'CWG-COP' }], purpose: 'FOR_INFORMATION', meeting: 'CWG-COP#21' } }, q32()),
    );
    expect(received.meeting).toEqual({ number: 21 });
    const moved = written<{ meeting: { number: number } }>(await t.graphql(UpdateLiaisonDocument, { input: { id: received.id, version: 1, meeting: 'CWG-COP#22' } }, q32()));
    expect(moved.meeting).toEqual({ number: 22 });
    // dropping CWG-COP from the addressees would leave the liaison on CWG-COP's meeting: refused, unless the meeting goes too
    await expectRefused(() => t.graphql(UpdateLiaisonDocument, { input: { id: received.id, version: 2, to: [{ group: 'BDT' }] } }, q32()), /CWG-COP#22/, [received.id]);
    const readdressed = written<{ meeting: null; toGroups: { acronym: string }[] }>(
      await t.graphql(UpdateLiaisonDocument, { input: { id: received.id, version: 2, to: [{ group: 'BDT' }], meeting: null } }, q32()),
    );
    expect(readdressed).toMatchObject({ meeting: null, toGroups: [{ acronym: 'BDT' }] });
  });

  it('createActionItem: raisedBy and dueMeeting of another group are refused, even for an item its group owes', async () => {
    await expectRefused(() => t.graphql(CreateActionItemDocument, { input: { title: 'x', assignee: 'SG2 Q3/2', raisedBy: 'CWG-COP#22/1' } }, q32()), /raisedBy may not name the outcome CWG-COP#22\/1: it belongs to CWG-COP/);
    await expectRefused(() => t.graphql(CreateActionItemDocument, { input: { title: 'x', assignee: 'SG2 Q3/2', dueMeeting: 'CWG-COP#22' } }, q32()), /dueMeeting may not name the meeting CWG-COP#22: it belongs to CWG-COP/);
  });

  it('updateActionItem: raisedBy and dueMeeting of another group are refused, the item unchanged', async () => {
    await expectRefused(() => t.graphql(UpdateActionItemDocument, { input: { id: q32Item, version: 1, raisedBy: 'CWG-COP#22/1' } }, q32()), /CWG-COP/, [q32Item]);
    await expectRefused(() => t.graphql(UpdateActionItemDocument, { input: { id: q32Item, version: 1, dueMeeting: 'CWG-COP#22' } }, q32()), /CWG-COP/, [q32Item]);
    // an item another group's meeting raised: its assignee may work on it, not re-date it to that group's meeting
    await expectRefused(() => t.graphql(UpdateActionItemDocument, { input: { id: cwgItem, version: 1, dueMeeting: 'CWG-COP#22' } }, q32()), /CWG-COP/, [cwgItem]);
  });

  it('setActionItemStatus: resolvedBy an outcome of another group is refused, the item still OPEN', async () => {
    await expectRefused(
      () => t.graphql(SetActionItemStatusDocument, { input: { id: q32Item, version: 1, status: 'DONE', resolvedBy: 'CWG-COP#22/1' } }, q32()),
      /resolvedBy may not name the outcome CWG-COP#22\/1: it belongs to CWG-COP/,
      [q32Item],
    );
    expect(await rowOf(q32Item)).toMatchObject({ status: 'OPEN', resolved_by_id: null });
  });

  it('lets a meeting assign a follow-up to another group, due at and resolved by its own meetings', async () => {
    const item = written<{ id: string; assignee: { acronym: string }; dueMeeting: { number: number } }>(
      await t.graphql(CreateActionItemDocument, { input: { title: 'Send the survey', assignee: 'SG2 Q3/2', raisedBy: 'CWG-COP#22/1', dueMeeting: 'CWG-COP#22' } }, as(tokens.cwgCop)),
    );
    expect(item).toMatchObject({ assignee: { acronym: 'ITU-D SG2 Q3/2' }, dueMeeting: { number: 22 } });
    const done = written<{ status: string; resolvedBy: { position: number } }>(
      await t.graphql(SetActionItemStatusDocument, { input: { id: item.id, version: 1, status: 'DONE', resolvedBy: 'CWG-COP#22/2' } }, as(tokens.cwgCop)),
    );
    expect(done).toMatchObject({ status: 'DONE', resolvedBy: { position: 2 } });
    // and the assignee resolves its own items by its own outcomes
    const outcome = written<{ id: string }>(await t.graphql(RecordOutcomeDocument, { input: { meeting: q32Meeting, kind: 'AGREED', text: 'Guidelines drafted.' } }, q32()));
    written(await t.graphql(SetActionItemStatusDocument, { input: { id: q32Item, version: 1, status: 'DONE', resolvedBy: outcome.id } }, q32()));
  });

  it('addMilestone: a stop at another group may be planned by date, not linked to that group’s meeting', async () => {
    await expectRefused(
      () => t.graphql(AddMilestoneDocument, { input: { report: q32Report, group: 'CWG-COP', kind: 'PRESENTATION', meeting: 'CWG-COP#22' } }, q32()),
      /meeting may not name the meeting CWG-COP#22: it belongs to CWG-COP/,
      [q32Report],
    );
    written(await t.graphql(AddMilestoneDocument, { input: { report: q32Report, group: 'CWG-COP', kind: 'PRESENTATION', plannedFor: '2027-04-01' } }, q32()));
    written(await t.graphql(AddMilestoneDocument, { input: { report: q32Report, group: 'SG2 Q3/2', kind: 'DISCUSSION', meeting: q32Meeting } }, q32()));
  });

  it('createBestPractice and createDocument: another group’s meeting is refused; at its own meeting any group may be the source', async () => {
    await expectRefused(() => t.graphql(CreateBestPracticeDocument, { input: { title: 'x', summary: 'x', sourceGroup: 'SG2 Q3/2', meeting: 'CWG-COP#22' } }, q32()), /CWG-COP/);
    await expectRefused(() => t.graphql(CreateDocumentDocument, { input: { symbol: 'Q32/X/1', title: 'x', kind: 'CONTRIBUTION', sourceGroup: 'SG2 Q3/2', meeting: 'CWG-COP#22' } }, q32()), /CWG-COP/);
    written(await t.graphql(CreateBestPracticeDocument, { input: { title: 'Helpline feedback loop', summary: 'Presented by CWG-COP at Q3/2.', sourceGroup: 'CWG-COP', meeting: q32Meeting } }, q32()));
    written(await t.graphql(CreateDocumentDocument, { input: { symbol: 'Q32/C/1', title: 'CWG-COP contribution to Q3/2', kind: 'CONTRIBUTION', sourceGroup: 'CWG-COP', meeting: q32Meeting } }, q32()));
  });

  it('tagTopic: topics are shared, any EDITOR tags its own objects with one or creates one', async () => {
    written(await t.graphql(TagTopicDocument, { input: { subject: q32Meeting, topic: 'Helplines' } }, q32()));
    written(await t.graphql(TagTopicDocument, { input: { subject: q32Meeting, topic: 'Guidelines for parents', create: true } }, q32()));
  });
});

describe('documents cited (sources, attachments, documents): public ones freely, non-public ones by their groups only', () => {
  let restricted: string;
  let q32Liaison: string;
  beforeAll(async () => {
    const doc = written<{ symbol: string }>(
      await t.graphql(CreateDocumentDocument, { input: { symbol: 'CWG-COP/RESTRICTED/1', title: 'Draft for members', kind: 'CONTRIBUTION', public: false, sourceGroup: 'CWG-COP', text: 'members only' } }, as(tokens.secretariat)),
    );
    restricted = doc.symbol;
    q32Liaison = written(await t.graphql(CreateLiaisonDocument, { input: { title: 'Q3/2 informs BDT', from: 'SG2 Q3/2', to: [{ group: 'BDT' }], purpose: 'FOR_INFORMATION' } }, as(tokens.q32))).id;
  });

  const q32 = () => as(tokens.q32);
  const cite = () => [{ document: restricted, excerpt: 'members only' }];
  const notPublic = /may not cite the document CWG-COP\/RESTRICTED\/1: it is not public, and only its groups \(CWG-COP\) cite it/;

  it('refuses a non-public document of another group in every write that cites', async () => {
    const attempts: [string, () => Promise<Result>, string[]][] = [
      ['createMeeting sources', () => t.graphql(CreateMeetingDocument, { input: { group: 'SG2 Q3/2', title: 'x', startsOn: '2026-10-01', format: 'VIRTUAL', sources: cite() } }, q32()), []],
      ['recordOutcome sources', () => t.graphql(RecordOutcomeDocument, { input: { meeting: 'ITU-D SG2 Q3/2#7', kind: 'NOTED', text: 'x', sources: cite() } }, q32()), []],
      ['createActionItem sources', () => t.graphql(CreateActionItemDocument, { input: { title: 'x', assignee: 'SG2 Q3/2', sources: cite() } }, q32()), []],
      ['createLiaison sources', () => t.graphql(CreateLiaisonDocument, { input: { title: 'x', from: 'SG2 Q3/2', to: [{ group: 'BDT' }], purpose: 'FOR_INFORMATION', sources: cite() } }, q32()), []],
      ['createLiaison attachments', () => t.graphql(CreateLiaisonDocument, { input: { title: 'x', from: 'SG2 Q3/2', to: [{ group: 'BDT' }], purpose: 'FOR_INFORMATION', attachments: [restricted] } }, q32()), []],
      ['updateLiaison attachments', () => t.graphql(UpdateLiaisonDocument, { input: { id: q32Liaison, version: 1, attachments: [restricted] } }, q32()), [q32Liaison]],
      ['createReport sources', () => t.graphql(CreateReportDocument, { input: { title: 'x', kind: 'GUIDELINES', ownerGroup: 'SG2 Q3/2', sources: cite() } }, q32()), []],
      ['createBestPractice documents', () => t.graphql(CreateBestPracticeDocument, { input: { title: 'x', summary: 'x', sourceGroup: 'SG2 Q3/2', documents: [restricted] } }, q32()), []],
      ['createBestPractice sources', () => t.graphql(CreateBestPracticeDocument, { input: { title: 'x', summary: 'x', sourceGroup: 'SG2 Q3/2', sources: cite() } }, q32()), []],
      ['createDocument sources', () => t.graphql(CreateDocumentDocument, { input: { symbol: 'Q32/Y/1', title: 'x', kind: 'OTHER', sourceGroup: 'SG2 Q3/2', sources: cite() } }, q32()), []],
    ];
    for (const [what, attempt, untouched] of attempts) {
      const message = await expectRefused(attempt, notPublic, untouched);
      expect(message, what).toMatch(/^The EDITOR token "Q3\/2 rapporteur" writes for ITU-D SG2 Q3\/2 only/);
    }
  });

  it('lets any EDITOR cite a public document of another group, and a group cite its own non-public one', async () => {
    const liaison = written<{ attachments: { symbol: string }[]; sources: { excerpt: string }[] }>(
      await t.graphql(CreateLiaisonDocument, {
        input: { title: 'Q3/2 quotes CWG-COP', from: 'SG2 Q3/2', to: [{ group: 'BDT' }], purpose: 'FOR_INFORMATION', attachments: ['CWG-COP/LS-SG2-Q3-2'], sources: [{ document: 'CWG-COP/COUNCIL-REPORT-21-22', excerpt: 'The Chair welcomed youth input' }] },
      }, as(tokens.q32)),
    );
    expect(liaison).toMatchObject({ attachments: [{ symbol: 'CWG-COP/LS-SG2-Q3-2' }], sources: [{ excerpt: 'The Chair welcomed youth input' }] });
    written(await t.graphql(RecordOutcomeDocument, { input: { meeting: 'CWG-COP#22', kind: 'NOTED', text: 'Noted the draft.', sources: cite() } }, as(tokens.cwgCop)));
  });
});

describe('SECRETARIAT and ADMIN keep linking everything', () => {
  it('records links across groups for any group', async () => {
    const asked = await askingLiaison('SG17 asks the secretariat to forward');
    written(await t.graphql(CreateLiaisonDocument, replyFromQ32(asked.id, { status: 'SENT', decidedBy: 'CWG-COP#22/1' }), as(tokens.admin)));
    expect(await liaison(asked.id)).toMatchObject({ status: 'RESPONDED' });
    written(await t.graphql(CreateActionItemDocument, { input: { title: 'x', assignee: 'BDT', raisedBy: 'CWG-COP#22/1', dueMeeting: 'CWG-COP#22', sources: [{ document: 'CWG-COP/RESTRICTED/1', excerpt: 'members only' }] } }, as(tokens.secretariat)));
  });
});
