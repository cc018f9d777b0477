import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Factory } from '../support/factories.js';
import { GroupReportsDocument, ReportOutcomesDocument, ReportsDocument } from '../graphql/generated.js';

describe('the travelling gap-analysis report (seed)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t?.stop());

  it('is under revision; next it is discussed in ITU-T SG17 in April 2025, then presented at CWG-COP in October', async () => {
    const { data, errors } = await t.graphql(ReportsDocument, { filter: { ownerGroup: 'CG-COP' } });
    expect(errors).toBeUndefined();
    const report = data!.reports.edges[0].node;
    expect(report).toMatchObject({
      kind: 'GAP_ANALYSIS',
      status: 'UNDER_REVISION',
      ownerGroup: { acronym: 'CG-COP' },
      nextMilestone: { kind: 'DISCUSSION', plannedFor: '2025-04', group: { acronym: 'ITU-T SG17' } },
    });
    expect(report.milestones.map((m) => [m.group.acronym, m.kind, m.plannedFor])).toEqual([
      ['ITU-T SG17', 'DISCUSSION', '2025-04'],
      ['CWG-COP', 'PRESENTATION', '2025-10'],
    ]);
    // "in April 2025": a month, as the source says (plannedFor, deprecated, gives its first day)
    expect(report.milestones.map((m) => m.plannedPeriod)).toEqual(['2025-04', '2025-10']);
    expect(report.milestones.every((m) => m.sources.length > 0)).toBe(true);
    const owned = await t.graphql(GroupReportsDocument, { acronym: 'cg-cop' });
    expect(owned.data!.group!.reports.totalCount).toBe(1);
  });

  it('is linked to outcome 4 of the 22nd CWG-COP meeting, which expects it at the next meeting, from both sides', async () => {
    const { data, errors } = await t.graphql(ReportOutcomesDocument, { filter: { ownerGroup: 'CG-COP' } });
    expect(errors).toBeUndefined();
    const report = data!.reports.edges[0].node;
    expect(report.outcomes.map((o) => [o.meeting.group.acronym, o.meeting.number, o.position, o.kind])).toEqual([['CWG-COP', 22, 4, 'EXPECTED']]);
    expect(report.outcomes[0].text).toMatch(/^The meeting expressed the expectation that the gap analysis report prepared by the Correspondence Group on Child Online Protection \(CG-COP\)/);
    expect(report.outcomes[0].reports.map((r) => r.title)).toEqual([report.title]);
  });
});

describe('nextMilestone', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.stop());

  it('is the first PLANNED milestone in date order, and none once all are done', async () => {
    const f = new Factory(t.app.orm.em.fork());
    const owner = await f.group({ acronym: 'OWNER' });
    const there = await f.group({ acronym: 'THERE' });
    await f.report(owner, [
      { group: there, plannedFor: '2026-06-01', status: 'PLANNED' },
      { group: owner, plannedFor: '2026-01-01', status: 'DONE' },
      { group: there, plannedFor: '2026-03-01', status: 'PLANNED' },
    ]);
    await f.report(there, [{ group: owner, plannedFor: '2026-01-01', status: 'DONE' }]);
    const mine = await t.graphql(ReportsDocument, { filter: { ownerGroup: 'OWNER' } });
    expect(mine.data!.reports.edges[0].node.nextMilestone).toMatchObject({ plannedFor: '2026-03-01', group: { acronym: 'THERE' } });
    expect(mine.data!.reports.edges[0].node.milestones.map((m) => m.plannedFor)).toEqual(['2026-01-01', '2026-03-01', '2026-06-01']);
    const theirs = await t.graphql(ReportsDocument, { filter: { ownerGroup: 'THERE' } });
    expect(theirs.data!.reports.edges[0].node.nextMilestone).toBeNull();
  });
});
