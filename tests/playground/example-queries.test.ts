/**
 * The playground's saved queries are what a delegate runs first: each must answer on the seed
 * data set as it is, without an error, and together they cover the questions of the domain design.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleQueries } from '../../src/playground/example-queries.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** "Questions the graph answers" in the domain design, word for word */
const DOMAIN_QUESTIONS = [
  'Which action items owed by the Secretariat are still open, across all groups, oldest first?',
  'What has CWG-COP sent to ITU-D SG2 Q3/2, with what purpose, and has it been answered?',
  'Where is the gap-analysis report now, and what comes next for it, in which group?',
  'How many people attended each CWG-COP meeting, and which topics came up in the 22nd?',
  'What did the groups say about age verification, across meetings, documents and practices?',
  'Which liaisons await a reply past their deadline?',
];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(() => t?.stop());

describe('playground example queries', () => {
  it('has one saved query per question of the domain design', () => {
    const firstLines = exampleQueries.map((q) => q.query.split('\n')[0]);
    for (const question of DOMAIN_QUESTIONS) expect(firstLines).toContain(`# ${question}`);
  });

  it.each(exampleQueries.map((q) => [q.title, q.query]))('"%s" runs as is on the seed data, without errors', async (_title, query) => {
    const { status, json } = await t.post({ query });
    expect(json.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(Object.keys(json.data ?? {}).length).toBeGreaterThan(0);
  });

  it('"Age verification" finds the 22nd meeting, the toolkit practice and the Council report', async () => {
    const age = exampleQueries.find((q) => q.title === 'Age verification')!;
    const { json } = await t.post({ query: age.query });
    expect(json.data.search.map((hit: { node: { __typename: string } }) => hit.node.__typename)).toEqual(['Meeting', 'BestPractice', 'Document']);
    expect(json.data.search[0].snippet).toContain('<mark>Age</mark> <mark>verification</mark>');
  });

  it('answers the questions with the seed figures', async () => {
    const run = async (title: string) => {
      const example = exampleQueries.find((q) => q.title === title)!;
      const { json } = await t.post({ query: example.query });
      return json.data;
    };
    expect((await run("Secretariat's open items")).actionItems.totalCount).toBe(4);
    const report = (await run('Gap-analysis report')).reports.edges[0].node;
    expect(report.nextMilestone).toMatchObject({ kind: 'DISCUSSION', plannedFor: '2025-04-01', group: { acronym: 'ITU-T SG17' } });
    const meetings = (await run('CWG-COP meetings')).group.meetings.edges.map((e: { node: { participantCount: number } }) => e.node.participantCount);
    expect(meetings).toEqual([129, 191]);
    const sent = (await run('CWG-COP → ITU-D SG2 Q3/2')).liaisons.edges.map((e: { node: { purpose: string } }) => e.node.purpose);
    expect(sent).toEqual(['FOR_INFORMATION']);
  });
});
