/**
 * The dashboard as the server delivers it (no browser needed): the page, its bundle, the
 * headers that keep it offline and self-contained, and every operation it sends, run on the seed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import * as dashboard from '../../src/dashboard/client/generated.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(() => t?.stop());

/** what the client does: POST the operation's text to /graphql */
async function run<TResult, TVariables>(document: dashboard.TypedDocumentString<TResult, TVariables>, variables?: TVariables) {
  const { status, json } = await t.post({ query: document.toString(), variables: variables ?? {} });
  return { status, data: json.data as TResult, errors: json.errors as { message: string }[] | undefined };
}

describe('GET /dashboard', () => {
  it('serves the page, with a policy that lets it load nothing from elsewhere', async () => {
    const res = await fetch(`${t.url}/dashboard`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    const html = await res.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(3);
    // every asset from this server: it works offline, no CDN
    for (const url of urls) expect(url.startsWith('/') || url.startsWith('data:')).toBe(true);
  });

  it('answers every dashboard path with the same page, so links can be shared and reloaded', async () => {
    for (const path of ['/dashboard/', '/dashboard/map?group=CWG-COP', '/dashboard/follow-up?assignee=Secretariat', '/dashboard/groups/ITU-D%20SG2%20Q3%2F2']) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toContain('<main id="app"');
    }
  });

  it('serves the script and stylesheet built at start, and 404 for other assets', async () => {
    const js = await fetch(`${t.url}/dashboard/assets/dashboard.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    const code = await js.text();
    expect(code).toContain('/graphql');
    expect(code).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/); // the SVG namespace is a name, not a download
    const css = await fetch(`${t.url}/dashboard/assets/dashboard.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect(await css.text()).not.toMatch(/url\(\s*['"]?https?:/);
    expect((await fetch(`${t.url}/dashboard/assets/nothing.js`)).status).toBe(404);
  });
});

describe('the operations the dashboard sends (src/dashboard/client/operations)', () => {
  it('overview: the Secretariat owes 4 open items; the gap-analysis report goes next to ITU-T SG17', async () => {
    const { data, errors } = await run(dashboard.DashboardOverviewDocument);
    expect(errors).toBeUndefined();
    const groups = new Map(data.groups.edges.map((e) => [e.node.acronym, e.node]));
    expect(groups.size).toBe(9);
    expect(groups.get('Secretariat')!.openItems.totalCount).toBe(4);
    expect(data.openTotal.totalCount).toBe(4);
    const report = groups.get('CG-COP')!.reports.edges[0]!.node;
    expect(report.nextMilestone).toMatchObject({ kind: 'DISCUSSION', plannedFor: '2025-04', group: { acronym: 'ITU-T SG17' } });
  });

  it('liaison map: the three seeded liaisons, all for information', async () => {
    const { data, errors } = await run(dashboard.LiaisonMapDocument);
    expect(errors).toBeUndefined();
    expect(data.liaisons.totalCount).toBe(3);
    expect(data.liaisons.edges.map((e) => `${e.node.fromGroup.acronym} → ${e.node.addressees.map((a) => a.group.acronym).join()}`).sort()).toEqual([
      'CWG-COP → ITU-D SG2 Q3/2',
      'ITU-D SG2 Q3/2 → CWG-COP',
      'ITU-T SG17 → CWG-COP',
    ]);
  });

  it('liaison page: one liaison by id, with the outcome that decided it', async () => {
    const map = await run(dashboard.LiaisonMapDocument);
    const id = map.data.liaisons.edges.find((e) => e.node.fromGroup.acronym === 'CWG-COP')!.node.id;
    const { data, errors } = await run(dashboard.LiaisonDetailDocument, { id });
    expect(errors).toBeUndefined();
    expect(data.node).toMatchObject({ __typename: 'Liaison', decidedBy: { position: 4, meeting: { number: 21 } } });
  });

  it('follow-up list: filtered by the API, by assignee and status', async () => {
    const all = await run(dashboard.FollowUpDocument, { first: 100 });
    expect(all.errors).toBeUndefined();
    expect(all.data.actionItems.totalCount).toBe(6);
    const open = await run(dashboard.FollowUpDocument, { first: 100, filter: { assignee: 'Secretariat', status: ['OPEN', 'IN_PROGRESS'] } });
    expect(open.data.actionItems.totalCount).toBe(4);
    expect(open.data.actionItems.edges.every((e) => e.node.raisedBy?.meeting.group.acronym === 'CWG-COP')).toBe(true);
    const assignees = await run(dashboard.FollowUpAssigneesDocument);
    expect(assignees.errors).toBeUndefined();
  });

  it('report timeline and group page answer on the seed', async () => {
    const timeline = await run(dashboard.ReportTimelineDocument);
    expect(timeline.errors).toBeUndefined();
    expect(timeline.data.reports.edges[0]!.node.milestones.map((m) => [m.group.acronym, m.plannedFor])).toEqual([
      ['ITU-T SG17', '2025-04'],
      ['CWG-COP', '2025-10'],
    ]);
    const group = await run(dashboard.GroupPageDocument, { acronym: 'CWG-COP' });
    expect(group.errors).toBeUndefined();
    expect(group.data.group!.meetings.edges.map((e) => e.node.participantCount)).toEqual([129, 191]);
  });

  it('overview and follow-up list: replies overdue and due soon are counted and listed (none on the seed: no deadlines)', async () => {
    const { data, errors } = await run(dashboard.DashboardOverviewDocument);
    expect(errors).toBeUndefined();
    expect([data.repliesOverdue.totalCount, data.repliesDueSoon.totalCount]).toEqual([0, 0]);
    expect(data.groups.edges.every((e) => e.node.followUp.counts.repliesItOwes === 0)).toBe(true);
    const replies = await run(dashboard.FollowUpRepliesDocument, { first: 100, filter: { awaitingReply: true, awaitingReplyFrom: 'CWG-COP', replyOverdue: true } });
    expect(replies.errors).toBeUndefined();
    expect(replies.data.liaisons.totalCount).toBe(0);
  });

  it('what concerns CWG-COP: the two liaisons it received, its report’s next milestone', async () => {
    const { data, errors } = await run(dashboard.GroupFollowUpPageDocument, { acronym: 'CWG-COP', since: '2024-01-01' });
    expect(errors).toBeUndefined();
    const f = data.group!.followUp;
    expect(f.liaisonsReceived.totalCount).toBe(2);
    expect(f.nextMilestones.edges.map((e) => [e.node.group.acronym, e.node.plannedFor])).toEqual([['ITU-T SG17', '2025-04']]);
  });

  it('document page: the liaison statement, its text, and the liaison it was sent with', async () => {
    const map = await run(dashboard.LiaisonMapDocument);
    const liaison = map.data.liaisons.edges.find((e) => e.node.fromGroup.acronym === 'CWG-COP')!.node.id;
    const detail = await run(dashboard.LiaisonDetailDocument, { id: liaison });
    const attachment = (detail.data.node as { attachments: { id: string; symbol: string }[] }).attachments[0]!;
    const { data, errors } = await run(dashboard.DocumentDetailDocument, { id: attachment.id });
    expect(errors).toBeUndefined();
    expect(data.node).toMatchObject({ __typename: 'Document', symbol: 'CWG-COP/LS-SG2-Q3-2', liaisons: [{ id: liaison }] });
    expect((data.node as { text: string }).text.length).toBeGreaterThan(100);
  });
});
