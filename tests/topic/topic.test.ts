import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql } from '../support/tokens.js';
import { historyOf } from '../support/history.js';
import { LiaisonsOfGroupWithTopicsDocument, ReportsWithTopicsDocument, TagAnythingDocument, TopicPageDocument, TopicsPerPageDocument } from '../graphql/generated.js';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
beforeAll(async () => {
  t = await startTestApp({ seed: true, env: { EXPOSE_SQL_COUNTS: 'true', RESPONSE_CACHE_SECONDS: '0' } });
  tokens = await createRoleTokens(t);
});
afterAll(() => t?.stop());

describe('tagTopic on liaisons and reports, and the topic page', () => {
  it('tags a liaison and a report (versions checked, history recorded); the topic lists them with its meetings and practices', async () => {
    const liaisons = (await t.graphql(LiaisonsOfGroupWithTopicsDocument, { acronym: 'CWG-COP' })).data!.group!.liaisons.edges.map((e) => e.node);
    const liaison = liaisons.find((l) => l.fromGroup.acronym === 'CWG-COP')!;
    const tagged = await t.graphql(TagAnythingDocument, { input: { subject: liaison.id, topic: 'Helplines', version: liaison.version } }, { headers: tokens.secretariat.headers });
    expect(tagged.data!.tagTopic).toMatchObject({ subject: { id: liaison.id, version: liaison.version + 1, topics: [{ slug: 'helplines' }] }, topic: { slug: 'helplines' }, userErrors: [] });
    const { changes } = await historyOf(t, liaison.id);
    expect(changes.at(-1)).toMatchObject({ action: 'TAG', fields: ['topics'], before: { topics: [] }, after: { topics: ['helplines'] } });

    const report = (await t.graphql(ReportsWithTopicsDocument, {})).data!.reports.edges[0].node;
    const onReport = await t.graphql(TagAnythingDocument, { input: { subject: report.id, topic: 'helplines', version: report.version } }, { headers: tokens.admin.headers });
    expect(onReport.data!.tagTopic!.subject).toMatchObject({ id: report.id, topics: [{ slug: 'helplines' }] });

    const page = (await t.graphql(TopicPageDocument, { topic: 'Helplines' })).data!.topic!;
    expect(page.slug).toBe('helplines');
    expect(page.liaisons.edges.map((e) => e.node.id)).toEqual([liaison.id]);
    expect(page.liaisons.totalCount).toBe(1);
    expect(page.reports.edges.map((e) => e.node.id)).toEqual([report.id]);
    const [counts] = await sql<Record<string, number>>(t, `select
      (select count(*)::int from meeting_topics x join topics t on t.id = x.topic_id where t.slug = 'helplines') as meetings,
      (select count(*)::int from outcome_topics x join topics t on t.id = x.topic_id where t.slug = 'helplines') as outcomes,
      (select count(*)::int from best_practice_topics x join topics t on t.id = x.topic_id where t.slug = 'helplines') as practices`);
    expect([page.meetings.totalCount, page.outcomes.totalCount, page.bestPractices.totalCount]).toEqual([counts.meetings, counts.outcomes, counts.practices]);
    expect(page.meetings.edges.length + page.outcomes.edges.length + page.bestPractices.edges.length).toBeGreaterThan(0);
    expect((await t.graphql(TopicPageDocument, { topic: 'no such topic' })).data!.topic).toBeNull();
  });

  it('refuses a stale version, another group’s EDITOR, and an unknown topic', async () => {
    const report = (await t.graphql(ReportsWithTopicsDocument, {})).data!.reports.edges.map((e) => e.node).find((r) => r.ownerGroup.acronym !== 'SG2 Q3/2')!;
    const stale = await t.graphql(TagAnythingDocument, { input: { subject: report.id, topic: 'helplines', version: report.version - 1 } }, { headers: tokens.secretariat.headers });
    expect(stale.data!.tagTopic!.userErrors).toEqual([expect.objectContaining({ field: 'version', code: 'CONFLICT' })]);
    const forbidden = await t.graphql(TagAnythingDocument, { input: { subject: report.id, topic: 'helplines' } }, { headers: tokens.q32.headers });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await t.graphql(TagAnythingDocument, { input: { subject: report.id, topic: 'no such topic' } }, { headers: tokens.secretariat.headers });
    expect(unknown.data!.tagTopic!.userErrors).toEqual([expect.objectContaining({ field: 'topic', code: 'NOT_FOUND' })]);
  });

  it('reads every topic’s tagged liaisons in one statement, not one per topic', async () => {
    const res = await t.graphql(TopicsPerPageDocument, {});
    expect(res.errors).toBeUndefined();
    expect(res.data!.topics.length).toBeGreaterThan(3);
    expect(res.extensions?.sqlStatements).toBeLessThanOrEqual(4);
  });
});
