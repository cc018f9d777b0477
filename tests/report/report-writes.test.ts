import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens } from '../support/tokens.js';
import {
  AddMilestoneDocument,
  CreateReportDocument,
  SetMilestoneStatusDocument,
  UpdateReportDocument,
  type MilestoneStatus,
} from '../graphql/generated.js';

let t: TestApp;
let headers: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  headers = (await createRoleTokens(t)).cgCop.headers;
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
