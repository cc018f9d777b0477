/**
 * The playground's saved queries are what a delegate runs first: each must answer on the seed
 * data set as it is, without an error, and together they cover the questions of the domain design.
 */
import fs from 'node:fs';
import { buildSchema, parse, visit } from 'graphql';
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

const schema = buildSchema(fs.readFileSync('schema/schema.graphql', 'utf8'));
const rootFields = new Set(Object.keys(schema.getQueryType()!.getFields()));

/** root fields an example asks for that the committed schema does not have (yet) */
function missingRootFields(query: string): string[] {
  const missing: string[] = [];
  for (const definition of parse(query).definitions) {
    if (definition.kind !== 'OperationDefinition') continue;
    visit(definition.selectionSet, {
      Field(node) {
        if (!rootFields.has(node.name.value)) missing.push(node.name.value);
        return false; // only the root level
      },
    });
  }
  return missing;
}

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

  for (const example of exampleQueries) {
    const missing = missingRootFields(example.query);
    const reason = missing.length
      ? ` — skipped: ${missing.map((f) => `\`${f}\``).join(', ')} is not in schema/schema.graphql yet (search lands with issue 5)`
      : '';
    it.skipIf(missing.length > 0)(`"${example.title}" runs as is on the seed data, without errors${reason}`, async () => {
      const { status, json } = await t.post({ query: example.query });
      expect(json.errors).toBeUndefined();
      expect(status).toBe(200);
      expect(Object.keys(json.data ?? {}).length).toBeGreaterThan(0);
    });
  }

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
