import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql } from '../support/tokens.js';
import { historyOf } from '../support/history.js';
import {
  AddMilestoneDocument,
  CreateReportDocument,
  CreateReportWithOutcomesDocument,
  UpdateReportOutcomesDocument,
  SetMilestoneStatusDocument,
  UpdateReportDocument,
  type MilestoneStatus,
} from '../graphql/generated.js';

let t: TestApp;
let headers: Record<string, string>;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  tokens = await createRoleTokens(t);
  headers = tokens.cgCop.headers;
});
afterAll(() => t?.stop());

async function report(title = 'Gap analysis, second edition') {
  const res = await t.graphql(CreateReportDocument, { input: { title, kind: 'GAP_ANALYSIS', ownerGroup: 'CG-COP' } }, { headers });
  expect(res.data!.createReport!.userErrors).toEqual([]);
  return res.data!.createReport!.report!;
}
async function milestone(reportId: string, more: { plannedFor?: string; meeting?: string; group?: string } = {}) {
  const res = await t.graphql(AddMilestoneDocument, { input: { report: reportId, group: 'CG-COP', kind: 'DISCUSSION', ...more } }, { headers });
  expect(res.data!.addMilestone!.userErrors).toEqual([]);
  return res.data!.addMilestone!.milestone!;
}

describe('reports', () => {
  it('creates a report IN_PREPARATION and moves it; ADOPTED is final', async () => {
    const r = await report();
    expect(r).toMatchObject({ status: 'IN_PREPARATION', version: 1, ownerGroup: { acronym: 'CG-COP' }, nextMilestone: null });
    const revised = await t.graphql(UpdateReportDocument, { input: { id: r.id, version: 1, status: 'UNDER_REVISION', title: 'Gap analysis (rev. 1)' } }, { headers });
    expect(revised.data!.updateReport!.report).toMatchObject({ status: 'UNDER_REVISION', title: 'Gap analysis (rev. 1)', version: 2 });
    const adopted = await t.graphql(UpdateReportDocument, { input: { id: r.id, version: 2, status: 'ADOPTED' } }, { headers });
    expect(adopted.data!.updateReport!.report!.status).toBe('ADOPTED');
    const back = await t.graphql(UpdateReportDocument, { input: { id: r.id, version: 3, status: 'UNDER_REVIEW' } }, { headers });
    expect(back.data!.updateReport!.userErrors).toEqual([expect.objectContaining({ field: 'status', code: 'INVALID_TRANSITION' })]);
  });

  it('answers bad input with userErrors', async () => {
    const bad = await t.graphql(CreateReportDocument, { input: { title: '', kind: 'gap analysis', ownerGroup: 'Nobody' } }, { headers });
    expect(bad.data!.createReport!.userErrors.map((e) => [e.field, e.code])).toEqual([
      ['ownerGroup', 'NOT_FOUND'],
      ['title', 'BAD_USER_INPUT'],
      ['kind', 'BAD_USER_INPUT'],
    ]);
  });
});

describe('the outcomes that concern a report', () => {
  it('links, replaces and clears them; the history shows them by label; unknown ones are NOT_FOUND', async () => {
    const created = await t.graphql(CreateReportWithOutcomesDocument, {
      input: { title: 'Gap analysis, annex', kind: 'GAP_ANALYSIS', ownerGroup: 'CG-COP', outcomes: ['CWG-COP#22/4'] },
    }, { headers: tokens.secretariat.headers });
    expect(created.data!.createReport!.userErrors).toEqual([]);
    const r = created.data!.createReport!.report!;
    expect(r.outcomes).toEqual([{ position: 4, meeting: { number: 22 }, reports: [{ title: 'CG-COP gap analysis report' }, { title: 'Gap analysis, annex' }] }]);

    const replaced = await t.graphql(UpdateReportOutcomesDocument, { input: { id: r.id, version: 1, outcomes: ['CWG-COP#22/3', 'CWG-COP#21/4', 'CWG-COP#22/3'] } }, { headers: tokens.secretariat.headers });
    expect(replaced.data!.updateReport!.report!.outcomes).toEqual([{ position: 4, meeting: { number: 21 } }, { position: 3, meeting: { number: 22 } }]);
    const cleared = await t.graphql(UpdateReportOutcomesDocument, { input: { id: r.id, version: 2, outcomes: null } }, { headers: tokens.secretariat.headers });
    expect(cleared.data!.updateReport!.userErrors).toEqual([]);
    expect(cleared.data!.updateReport!.report).toMatchObject({ outcomes: [], version: 3 });
    const { changes } = await historyOf(t, r.id);
    expect(changes.map((c) => [c.action, c.after?.outcomes])).toEqual([
      ['CREATE', ['CWG-COP#22/4']],
      ['UPDATE', ['CWG-COP#21/4', 'CWG-COP#22/3']],
      ['UPDATE', []],
    ]);

    const unknown = await t.graphql(UpdateReportOutcomesDocument, { input: { id: r.id, version: 3, outcomes: ['CWG-COP#22/9'] } }, { headers: tokens.secretariat.headers });
    expect(unknown.data!.updateReport).toEqual({ report: null, userErrors: [expect.objectContaining({ field: 'outcomes[0]', code: 'NOT_FOUND' })] });
  });

  it('refuses an EDITOR an outcome of another group\'s meeting (it would list its report under that outcome), before anything is written', async () => {
    const own = await report('Gap analysis, summary');
    const links = async () => (await sql<{ n: number }>(t, 'select count(*)::int as n from report_outcomes'))[0].n;
    const before = await links();
    const res = await t.graphql(UpdateReportOutcomesDocument, { input: { id: own.id, version: 1, outcomes: ['CWG-COP#22/4'] } }, { headers: tokens.cgCop.headers });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toMatch(/outcomes\[0\] may not name the outcome CWG-COP#22\/4: it belongs to CWG-COP/);
    expect(await links()).toBe(before);
  });
});

describe('milestones: every transition, allowed and refused', () => {
  const ALL: MilestoneStatus[] = ['PLANNED', 'DONE', 'SLIPPED', 'CANCELLED'];
  const ALLOWED: Record<MilestoneStatus, MilestoneStatus[]> = {
    PLANNED: ['DONE', 'SLIPPED', 'CANCELLED'],
    SLIPPED: ['PLANNED', 'DONE', 'CANCELLED'],
    DONE: [],
    CANCELLED: [],
  };
  async function milestoneIn(status: MilestoneStatus) {
    const r = await report(`Report for a ${status} milestone`);
    const m = await milestone(r.id, { plannedFor: '2026-04-01' });
    if (status === 'PLANNED') return { id: m.id, version: 1 };
    const moved = await t.graphql(SetMilestoneStatusDocument, { input: { id: m.id, version: 1, status } }, { headers });
    return { id: m.id, version: moved.data!.setMilestoneStatus!.milestone!.version };
  }

  for (const from of ALL) {
    it(`from ${from}: allows ${ALLOWED[from].join(', ') || 'nothing'}`, async () => {
      const refused = await milestoneIn(from);
      for (const to of ALL.filter((s) => !ALLOWED[from].includes(s))) {
        const res = await t.graphql(SetMilestoneStatusDocument, { input: { id: refused.id, version: refused.version, status: to } }, { headers });
        expect(res.data!.setMilestoneStatus!.userErrors, `${from} → ${to}`).toEqual([expect.objectContaining({ field: 'status', code: 'INVALID_TRANSITION' })]);
      }
      for (const to of ALLOWED[from]) {
        const fresh = await milestoneIn(from);
        const res = await t.graphql(SetMilestoneStatusDocument, { input: { id: fresh.id, version: fresh.version, status: to } }, { headers });
        expect(res.data!.setMilestoneStatus!.milestone, `${from} → ${to}`).toMatchObject({ status: to, version: fresh.version + 1 });
      }
    });
  }

  it('replans a slipped milestone, and nextMilestone follows', async () => {
    const r = await report('Travelling report');
    const april = await milestone(r.id, { plannedFor: '2026-04-01' });
    const october = await milestone(r.id, { plannedFor: '2026-10-01', group: 'CWG-COP' });
    expect(october.report.nextMilestone?.id).toBe(april.id);
    await t.graphql(SetMilestoneStatusDocument, { input: { id: april.id, version: 1, status: 'SLIPPED' } }, { headers });
    const replanned = await t.graphql(SetMilestoneStatusDocument, { input: { id: april.id, version: 2, status: 'PLANNED', plannedFor: '2026-12-01' } }, { headers });
    expect(replanned.data!.setMilestoneStatus!.milestone).toMatchObject({ status: 'PLANNED', plannedFor: '2026-12-01', version: 3 });
    const next = await t.graphql(AddMilestoneDocument, { input: { report: r.id, group: 'CG-COP', kind: 'ADOPTION', plannedFor: '2027-01-01' } }, { headers });
    expect(next.data!.addMilestone!.milestone!.report.nextMilestone?.id).toBe(october.id);
  });

  it('checks a milestone’s meeting belongs to its group', async () => {
    const r = await report('Report with a meeting');
    const res = await t.graphql(AddMilestoneDocument, { input: { report: r.id, group: 'CG-COP', kind: 'PRESENTATION', meeting: 'CWG-COP#22' } }, { headers });
    expect(res.data!.addMilestone!.userErrors).toEqual([expect.objectContaining({ field: 'meeting', code: 'BAD_USER_INPUT' })]);
  });
});
