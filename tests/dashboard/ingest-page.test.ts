/**
 * The review page of an ingested document, as the server delivers it: the page and its script,
 * its two operations trusted like every dashboard operation, and run as the client sends them
 * (to /graphql/ingest, with a secretariat token).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql, type TestToken } from '../support/tokens.js';
import { ApplyDocumentFactsDocument, DraftDocumentFactsDocument } from '../../src/dashboard/client/generated.js';
import { dashboardOperations } from '../../src/dashboard/dashboard.operations.js';

let t: TestApp;
let tokens: Record<string, TestToken>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  tokens = await createRoleTokens(t);
});
afterAll(() => t?.stop());

/** what the client's mutateAt does: POST the operation's text to /graphql/ingest with the bearer token */
async function send(text: string, variables: unknown, token: TestToken | null) {
  const res = await fetch(`${t.url}/graphql/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? token.headers : {}) },
    body: JSON.stringify({ query: text, variables }),
  });
  return { status: res.status, json: await res.json() };
}

const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

describe('the review page at /dashboard/record/document', () => {
  it('is served with the dashboard, and its script posts to /graphql/ingest', async () => {
    const page = await fetch(`${t.url}/dashboard/record/document`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<main id="app"');
    const code = await (await fetch(`${t.url}/dashboard/assets/dashboard.js`)).text();
    expect(code).toContain('/graphql/ingest');
    expect(code).toContain('Already in the graph');
  });

  it('trusts its two operations as it trusts every dashboard operation', () => {
    const trusted = dashboardOperations();
    expect(trusted).toContain(DraftDocumentFactsDocument.toString());
    expect(trusted).toContain(ApplyDocumentFactsDocument.toString());
  });

  it('drafts the seed liaison statement as present facts, and applies a new report’s accepted facts', async () => {
    const seedText = readFileSync(new URL('../../src/seed/sources/liaison-cwg-cop-to-sg2-q3-2.txt', import.meta.url));
    const drafted = await send(DraftDocumentFactsDocument.toString(), { input: { fileName: 'ls.txt', content: base64(seedText) } }, tokens.secretariat!);
    const facts = drafted.json.data.draftFacts.draft.facts as { present: boolean }[];
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.present)).toBe(true);

    const report = 'The twenty-eighth meeting of CWG-COP was held on 3 to 4 December 2026 in Geneva, Switzerland, in a hybrid format.';
    const draft = await send(DraftDocumentFactsDocument.toString(), { input: { fileName: 'r.txt', content: base64(report) } }, tokens.secretariat!);
    const meeting = (draft.json.data.draftFacts.draft.facts as { key: string; values: Record<string, unknown> }[]).find((f) => f.key === 'CWG-COP#28');
    expect(meeting).toBeDefined();
    // edited before applying, as the page's field editor does
    const applied = await send(
      ApplyDocumentFactsDocument.toString(),
      { input: { file: { fileName: 'r.txt', content: base64(report) }, document: { symbol: 'CWG-COP/28/REPORT', title: '28th', kind: 'REPORT', public: true }, facts: [{ ...meeting!.values, participantCount: 77 }] } },
      tokens.secretariat!,
    );
    expect(applied.json.data.applyFacts).toEqual({ applied: { created: 2, skipped: 0 }, userErrors: [] });
    expect(await sql(t, `select participant_count from meetings m join groups g on g.id = m.group_id where g.acronym = 'CWG-COP' and m.number = 28`)).toEqual([{ participant_count: 77 }]);
  });

  it('refuses its operations to a visitor and to an EDITOR', async () => {
    const input = { input: { fileName: 'r.txt', content: base64('The meeting agreed.') } };
    expect((await send(DraftDocumentFactsDocument.toString(), input, null)).json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await send(DraftDocumentFactsDocument.toString(), input, tokens.cgCop!)).json.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
