import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, createTestToken, sql, type TestToken } from '../support/tokens.js';
import { hashToken } from '../../src/api-token/api-token.service.js';
import {
  AddMilestoneDocument,
  ApiTokensDocument,
  CreateActionItemDocument,
  CreateApiTokenDocument,
  CreateBestPracticeDocument,
  CreateDocumentDocument,
  CreateLiaisonDocument,
  CreateMeetingDocument,
  CreateReportDocument,
  GroupMeetingsDocument,
  MeetingsOfDocument,
  RecordOutcomeDocument,
  RevokeApiTokenDocument,
  SetActionItemStatusDocument,
  SetLiaisonStatusDocument,
  SetMilestoneStatusDocument,
  TagTopicDocument,
  UpdateActionItemDocument,
  UpdateLiaisonDocument,
  UpdateMeetingDocument,
  UpdateReportDocument,
  ViewerDocument,
  type CreateApiTokenInput,
} from '../graphql/generated.js';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
let secretariatEditor: TestToken;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  tokens = await createRoleTokens(t);
  secretariatEditor = await createTestToken(t, { role: 'EDITOR', groups: ['Secretariat'], label: 'Secretariat editor' });
});
afterAll(() => t?.stop());

const as = (token: TestToken) => ({ headers: token.headers });
const count = async (table: string) => Number((await sql<{ n: number }>(t, `select count(*)::int as n from ${table}`))[0].n);
const writtenRows = async () => ({
  changes: await count('changes'),
  meetings: await count('meetings'),
  outcomes: await count('outcomes'),
  liaisons: await count('liaisons'),
  actionItems: await count('action_items'),
  reports: await count('reports'),
  milestones: await count('milestones'),
  documents: await count('documents'),
  practices: await count('best_practices'),
  tokens: await count('api_tokens'),
});

/** objects owned by CG-COP and CWG-COP, made by the secretariat, for the EDITOR boundaries */
let fixtureRound = 0;
async function fixtures() {
  const s = as(tokens.secretariat);
  fixtureRound += 1;
  const meeting = (await t.graphql(CreateMeetingDocument, {
    input: { group: 'CG-COP', number: fixtureRound, title: `CG-COP meeting ${fixtureRound}`, startsOn: '2026-01-20', format: 'VIRTUAL' },
  }, s)).data!.createMeeting!.meeting!;
  const liaison = (await t.graphql(CreateLiaisonDocument, {
    input: { title: 'CG-COP asks Q3/2', from: 'CG-COP', to: [{ group: 'SG2 Q3/2' }], purpose: 'FOR_INFORMATION' },
  }, s)).data!.createLiaison!.liaison!;
  const item = (await t.graphql(CreateActionItemDocument, {
    input: { title: 'Present the proposal', assignee: 'Secretariat', raisedBy: 'CWG-COP#22/1' },
  }, s)).data!.createActionItem!.actionItem!;
  const report = (await t.graphql(CreateReportDocument, { input: { title: 'CG-COP report', kind: 'GAP_ANALYSIS', ownerGroup: 'CG-COP' } }, s)).data!.createReport!.report!;
  const milestone = (await t.graphql(AddMilestoneDocument, { input: { report: report.id, group: 'CG-COP', kind: 'DISCUSSION' } }, s)).data!.addMilestone!.milestone!;
  const cwgCopMeetingId = (await t.graphql(GroupMeetingsDocument, { acronym: 'CWG-COP' })).data!.group!.meetings.edges[0].node.id;
  return { meeting, liaison, item, report, milestone, cwgCopMeetingId };
}

describe('writes need a valid token: UNAUTHENTICATED, before anything is written', () => {
  it('refuses every mutation without a token, and writes nothing', async () => {
    const before = await writtenRows();
    const id = Buffer.from('Liaison:1').toString('base64url');
    const attempts = [
      () => t.graphql(CreateMeetingDocument, { input: { group: 'CWG-COP', title: 'x', startsOn: '2026-01-01', format: 'VIRTUAL' } }),
      () => t.graphql(UpdateMeetingDocument, { input: { meeting: 'CWG-COP#22', version: 1, title: 'x' } }),
      () => t.graphql(RecordOutcomeDocument, { input: { meeting: 'CWG-COP#22', kind: 'AGREED', text: 'x' } }),
      () => t.graphql(CreateActionItemDocument, { input: { title: 'x', assignee: 'BDT' } }),
      () => t.graphql(UpdateActionItemDocument, { input: { id, version: 1, title: 'x' } }),
      () => t.graphql(SetActionItemStatusDocument, { input: { id, version: 1, status: 'DONE' } }),
      () => t.graphql(CreateLiaisonDocument, { input: { title: 'x', from: 'CWG-COP', to: [{ group: 'BDT' }], purpose: 'FOR_INFORMATION' } }),
      () => t.graphql(UpdateLiaisonDocument, { input: { id, version: 1, title: 'x' } }),
      () => t.graphql(SetLiaisonStatusDocument, { input: { id, version: 1, status: 'CLOSED' } }),
      () => t.graphql(CreateReportDocument, { input: { title: 'x', kind: 'X', ownerGroup: 'BDT' } }),
      () => t.graphql(UpdateReportDocument, { input: { id, version: 1, title: 'x' } }),
      () => t.graphql(AddMilestoneDocument, { input: { report: id, group: 'BDT', kind: 'DISCUSSION' } }),
      () => t.graphql(SetMilestoneStatusDocument, { input: { id, version: 1, status: 'DONE' } }),
      () => t.graphql(CreateBestPracticeDocument, { input: { title: 'x', summary: 'x' } }),
      () => t.graphql(CreateDocumentDocument, { input: { symbol: 'X', title: 'x', kind: 'OTHER' } }),
      () => t.graphql(TagTopicDocument, { input: { subject: id, topic: 'helplines' } }),
      () => t.graphql(CreateApiTokenDocument, { input: { label: 'x', role: 'ADMIN' } }),
      () => t.graphql(RevokeApiTokenDocument, { input: { id: '1' } }),
    ];
    for (const attempt of attempts) {
      const res = await attempt();
      expect(res.errors?.[0].extensions?.code, res.errors?.[0].path?.join('.')).toBe('UNAUTHENTICATED');
      expect(Object.values(res.data ?? {})).toEqual([null]);
    }
    expect(await writtenRows()).toEqual(before);
  });

  it('says why a token was not accepted: malformed header, unknown token, revoked token', async () => {
    const input = { group: 'CWG-COP', title: 'x', startsOn: '2026-01-01', format: 'VIRTUAL' as const };
    const revoked = await createTestToken(t, { role: 'SECRETARIAT', label: 'soon revoked' });
    const res = await t.graphql(RevokeApiTokenDocument, { input: { id: String(revoked.id) } }, as(tokens.admin));
    expect(res.data!.revokeApiToken!.apiToken!.revokedAt).toBeTruthy();
    const cases: [Record<string, string>, RegExp][] = [
      [{ authorization: `Basic ${tokens.admin.token}` }, /must be `Bearer <token>`/],
      [{ authorization: 'Bearer lg_not-a-real-token' }, /not valid/],
      [revoked.headers, /"soon revoked" was revoked/],
    ];
    for (const [headers, message] of cases) {
      const write = await t.graphql(CreateMeetingDocument, { input }, { headers });
      expect(write.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } });
      // reads stay public, whatever the header
      const read = await t.graphql(MeetingsOfDocument, { groupAcronym: 'CWG-COP' }, { headers });
      expect(read.errors).toBeUndefined();
      expect(read.data?.meetings.totalCount).toBeGreaterThan(0);
    }
  });
});

describe('roles and groups: FORBIDDEN before anything is written', () => {
  it('lets each EDITOR write its own groups’ content only', async () => {
    const f = await fixtures();
    const before = await writtenRows();
    const forbidden: [string, TestToken, () => Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>][] = [
      ['createMeeting for CG-COP', tokens.cwgCop, () => t.graphql(CreateMeetingDocument, { input: { group: 'CG-COP', title: 'x', startsOn: '2026-02-01', format: 'VIRTUAL' } }, as(tokens.cwgCop))],
      ['updateMeeting of CG-COP', tokens.cwgCop, () => t.graphql(UpdateMeetingDocument, { input: { meeting: f.meeting.id, version: 1, title: 'x' } }, as(tokens.cwgCop))],
      ['recordOutcome at CWG-COP#22', tokens.cgCop, () => t.graphql(RecordOutcomeDocument, { input: { meeting: 'CWG-COP#22', kind: 'NOTED', text: 'x' } }, as(tokens.cgCop))],
      ['createLiaison from CWG-COP', tokens.cgCop, () => t.graphql(CreateLiaisonDocument, { input: { title: 'x', from: 'CWG-COP', to: [{ group: 'BDT' }], purpose: 'FOR_INFORMATION' } }, as(tokens.cgCop))],
      ['updateLiaison sent by CG-COP, as its addressee', tokens.q32, () => t.graphql(UpdateLiaisonDocument, { input: { id: f.liaison.id, version: 1, title: 'x' } }, as(tokens.q32))],
      ['setLiaisonStatus sent by CG-COP, as its addressee', tokens.q32, () => t.graphql(SetLiaisonStatusDocument, { input: { id: f.liaison.id, version: 1, status: 'APPROVED' } }, as(tokens.q32))],
      ['createActionItem owed by BDT, raised by CWG-COP', tokens.cgCop, () => t.graphql(CreateActionItemDocument, { input: { title: 'x', assignee: 'BDT', raisedBy: 'CWG-COP#22/1' } }, as(tokens.cgCop))],
      ['updateActionItem owed by the Secretariat', tokens.cgCop, () => t.graphql(UpdateActionItemDocument, { input: { id: f.item.id, version: 1, title: 'x' } }, as(tokens.cgCop))],
      ['setActionItemStatus owed by the Secretariat', tokens.q32, () => t.graphql(SetActionItemStatusDocument, { input: { id: f.item.id, version: 1, status: 'DONE' } }, as(tokens.q32))],
      ['handing an item to a group out of reach', secretariatEditor, () => t.graphql(UpdateActionItemDocument, { input: { id: f.item.id, version: 1, assignee: 'BDT', raisedBy: null } }, as(secretariatEditor))],
      ['createReport for CG-COP', tokens.cwgCop, () => t.graphql(CreateReportDocument, { input: { title: 'x', kind: 'X', ownerGroup: 'CG-COP' } }, as(tokens.cwgCop))],
      ['updateReport of CG-COP', tokens.cwgCop, () => t.graphql(UpdateReportDocument, { input: { id: f.report.id, version: 1, title: 'x' } }, as(tokens.cwgCop))],
      ['moving a report to CWG-COP', tokens.cgCop, () => t.graphql(UpdateReportDocument, { input: { id: f.report.id, version: 1, ownerGroup: 'CWG-COP' } }, as(tokens.cgCop))],
      ['addMilestone at Q3/2 for CG-COP’s report', tokens.cwgCop, () => t.graphql(AddMilestoneDocument, { input: { report: f.report.id, group: 'SG2 Q3/2', kind: 'DISCUSSION' } }, as(tokens.cwgCop))],
      ['setMilestoneStatus of CG-COP’s report', tokens.q32, () => t.graphql(SetMilestoneStatusDocument, { input: { id: f.milestone.id, version: 1, status: 'DONE' } }, as(tokens.q32))],
      ['createBestPractice of CG-COP', tokens.cwgCop, () => t.graphql(CreateBestPracticeDocument, { input: { title: 'x', summary: 'x', sourceGroup: 'CG-COP' } }, as(tokens.cwgCop))],
      ['createDocument of no group', tokens.cwgCop, () => t.graphql(CreateDocumentDocument, { input: { symbol: 'X-1', title: 'x', kind: 'OTHER' } }, as(tokens.cwgCop))],
      ['tagTopic on a CWG-COP meeting', tokens.cgCop, () => t.graphql(TagTopicDocument, { input: { subject: f.cwgCopMeetingId, topic: 'helplines' } }, as(tokens.cgCop))],
      ['createApiToken as SECRETARIAT', tokens.secretariat, () => t.graphql(CreateApiTokenDocument, { input: { label: 'x', role: 'EDITOR', groups: ['BDT'] } }, as(tokens.secretariat))],
      ['createApiToken as EDITOR', tokens.cgCop, () => t.graphql(CreateApiTokenDocument, { input: { label: 'x', role: 'ADMIN' } }, as(tokens.cgCop))],
      ['revokeApiToken as SECRETARIAT', tokens.secretariat, () => t.graphql(RevokeApiTokenDocument, { input: { id: String(tokens.cgCop.id) } }, as(tokens.secretariat))],
      ['apiTokens as SECRETARIAT', tokens.secretariat, () => t.graphql(ApiTokensDocument, {}, as(tokens.secretariat))],
    ];
    for (const [what, token, attempt] of forbidden) {
      const res = await attempt();
      expect(res.errors?.[0].extensions?.code, `${what} as ${token.label}`).toBe('FORBIDDEN');
    }
    expect(await writtenRows()).toEqual(before);
  });

  it('names the groups in the FORBIDDEN message', async () => {
    const res = await t.graphql(CreateMeetingDocument, { input: { group: 'CWG-COP', title: 'x', startsOn: '2026-02-01', format: 'VIRTUAL' } }, as(tokens.cgCop));
    expect(res.errors?.[0].message).toMatch(/"CG-COP co-convener" writes for CG-COP only; it may not write a meeting of CWG-COP/);
  });

  it('lets the EDITOR of the right group, the SECRETARIAT and the ADMIN write', async () => {
    const f = await fixtures();
    const ok: [string, () => Promise<{ errors?: unknown; data?: object | null }>][] = [
      ['CG-COP edits its meeting', () => t.graphql(UpdateMeetingDocument, { input: { meeting: f.meeting.id, version: 1, participantCount: 12 } }, as(tokens.cgCop))],
      ['CG-COP records an outcome at its meeting', () => t.graphql(RecordOutcomeDocument, { input: { meeting: f.meeting.id, kind: 'AGREED', text: 'Agreed.' } }, as(tokens.cgCop))],
      ['CG-COP sends a liaison', () => t.graphql(SetLiaisonStatusDocument, { input: { id: f.liaison.id, version: 1, status: 'APPROVED' } }, as(tokens.cgCop))],
      ['CWG-COP updates an item its meeting raised', () => t.graphql(UpdateActionItemDocument, { input: { id: f.item.id, version: 1, dueMeeting: 'CWG-COP#22' } }, as(tokens.cwgCop))],
      ['the Secretariat starts the item it owes', () => t.graphql(SetActionItemStatusDocument, { input: { id: f.item.id, version: 2, status: 'IN_PROGRESS' } }, as(secretariatEditor))],
      ['CG-COP revises its report', () => t.graphql(UpdateReportDocument, { input: { id: f.report.id, version: 1, status: 'UNDER_REVISION' } }, as(tokens.cgCop))],
      ['CWG-COP plans the presentation of CG-COP’s report at its meeting', () => t.graphql(AddMilestoneDocument, { input: { report: f.report.id, group: 'CWG-COP', kind: 'PRESENTATION', plannedFor: '2026-10-01' } }, as(tokens.cwgCop))],
      ['the SECRETARIAT writes any group’s content', () => t.graphql(RecordOutcomeDocument, { input: { meeting: 'CWG-COP#22', kind: 'NOTED', text: 'Noted.' } }, as(tokens.secretariat))],
      ['the SECRETARIAT adds a document of no group', () => t.graphql(CreateDocumentDocument, { input: { symbol: 'SEC/INFO/1', title: 'Information note', kind: 'INFORMATION_DOCUMENT' } }, as(tokens.secretariat))],
      ['the ADMIN writes content too', () => t.graphql(CreateBestPracticeDocument, { input: { title: 'Youth panel', summary: 'Young people advise.', sourceGroup: 'BDT' } }, as(tokens.admin))],
      ['the ADMIN issues a token', () => t.graphql(CreateApiTokenDocument, { input: { label: 'BDT focal point', role: 'EDITOR', groups: ['BDT'] } }, as(tokens.admin))],
    ];
    for (const [what, attempt] of ok) {
      const res = await attempt();
      expect(res.errors, what).toBeUndefined();
      const payload = Object.values(res.data!)[0] as { userErrors: unknown[] };
      expect(payload.userErrors, what).toEqual([]);
    }
  });
});

describe('API tokens', () => {
  it('issues a token shown once, stores only its SHA-256 hash, and knows who holds it', async () => {
    const res = await t.graphql(CreateApiTokenDocument, { input: { label: 'CG-COP co-convener (2)', role: 'EDITOR', groups: ['cg cop'] } }, as(tokens.admin));
    const { token, apiToken, userErrors } = res.data!.createApiToken!;
    expect(userErrors).toEqual([]);
    expect(token).toMatch(/^lg_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ label: 'CG-COP co-convener (2)', role: 'EDITOR', groups: [{ acronym: 'CG-COP' }], revokedAt: null });

    const rows = await sql<Record<string, unknown>>(t, 'select * from api_tokens where label = ?', ['CG-COP co-convener (2)']);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(hashToken(token!));
    expect(JSON.stringify(rows)).not.toContain(token!.slice(3));

    const viewer = await t.graphql(ViewerDocument, {}, { headers: { authorization: `Bearer ${token}` } });
    expect(viewer.data?.viewer).toEqual({ label: 'CG-COP co-convener (2)', role: 'EDITOR', groups: [{ acronym: 'CG-COP' }] });
    expect((await t.graphql(ViewerDocument, {})).data?.viewer).toBeNull();

    const list = await t.graphql(ApiTokensDocument, {}, as(tokens.admin));
    const listed = list.data!.apiTokens.edges.map((e) => e.node).find((n) => n.label === 'CG-COP co-convener (2)');
    expect(listed).toMatchObject({ role: 'EDITOR', revokedAt: null, groups: [{ acronym: 'CG-COP' }] });
    expect(listed!.lastUsedAt).toBeTruthy();
    expect(JSON.stringify(list)).not.toContain(token!.slice(3));
  });

  it('checks token inputs', async () => {
    const cases: [CreateApiTokenInput, string, string][] = [
      [{ label: 'x', role: 'EDITOR' }, 'groups', 'BAD_USER_INPUT'],
      [{ label: 'x', role: 'SECRETARIAT', groups: ['BDT'] }, 'groups', 'BAD_USER_INPUT'],
      [{ label: 'x', role: 'EDITOR', groups: ['Nobody'] }, 'groups[0]', 'NOT_FOUND'],
      [{ label: ' ', role: 'ADMIN' }, 'label', 'BAD_USER_INPUT'],
    ];
    for (const [input, field, code] of cases) {
      const res = await t.graphql(CreateApiTokenDocument, { input }, as(tokens.admin));
      expect(res.data!.createApiToken).toMatchObject({ token: null, apiToken: null, userErrors: [expect.objectContaining({ field, code })] });
    }
  });

  it('revokes a token: it stops working at once and stays listed', async () => {
    const victim = await createTestToken(t, { role: 'EDITOR', groups: ['BDT'], label: 'BDT temp' });
    expect((await t.graphql(ViewerDocument, {}, as(victim))).data?.viewer?.label).toBe('BDT temp');
    const res = await t.graphql(RevokeApiTokenDocument, { input: { id: String(victim.id) } }, as(tokens.admin));
    expect(res.data!.revokeApiToken!.userErrors).toEqual([]);
    expect((await t.graphql(ViewerDocument, {}, as(victim))).data?.viewer).toBeNull();
    const again = await t.graphql(RevokeApiTokenDocument, { input: { id: String(victim.id) } }, as(tokens.admin));
    expect(again.data!.revokeApiToken!.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    const rows = await sql<{ revoked_at: Date | null }>(t, 'select revoked_at from api_tokens where id = ?', [victim.id]);
    expect(rows[0].revoked_at).toBeTruthy();
  });
});

describe('the first ADMIN token', () => {
  it('is issued and printed once, on the first start of a database without tokens', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } }));
    const fresh = await startTestApp({ seed: true, logger });
    try {
      const printed = lines.map((l) => JSON.parse(l)).filter((l) => typeof l.token === 'string');
      expect(printed).toHaveLength(1);
      expect(printed[0].msg).toContain(printed[0].token);
      const viewer = await fresh.graphql(ViewerDocument, {}, { headers: { authorization: `Bearer ${printed[0].token}` } });
      expect(viewer.data?.viewer).toMatchObject({ role: 'ADMIN' });
      // a database that has tokens gets no new one
      const { issueFirstAdminToken } = await import('../../src/api-token/api-token.service.js');
      expect(await issueFirstAdminToken(fresh.app.orm.em, logger)).toBeNull();
      expect(lines.map((l) => JSON.parse(l)).filter((l) => typeof l.token === 'string')).toHaveLength(1);
    } finally {
      await fresh.stop();
    }
  });
});
