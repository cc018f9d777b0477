import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens } from '../support/tokens.js';
import { CreateBestPracticeDocument } from '../graphql/generated.js';

let t: TestApp;
let headers: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  headers = (await createRoleTokens(t)).secretariat.headers;
});
afterAll(() => t?.stop());

describe('createBestPractice', () => {
  it('records a practice with topics, documents and verbatim sources', async () => {
    const res = await t.graphql(CreateBestPracticeDocument, {
      input: {
        title: 'Helpline feedback loops',
        summary: 'Helplines report recurring issues back to regulators.',
        sourceGroup: 'BDT',
        meeting: 'CWG-COP#22',
        topics: ['helplines'],
        documents: ['CWG-COP/COUNCIL-REPORT-21-22'],
        sources: [{ document: 'CWG-COP/COUNCIL-REPORT-21-22', excerpt: 'helplines', note: 'paraphrased summary' }],
      },
    }, { headers });
    expect(res.data!.createBestPractice!.userErrors).toEqual([]);
    expect(res.data!.createBestPractice!.bestPractice).toMatchObject({
      version: 1,
      sourceGroup: { acronym: 'BDT' },
      meeting: { number: 22 },
      topics: [{ slug: 'helplines' }],
      documents: [{ symbol: 'CWG-COP/COUNCIL-REPORT-21-22' }],
      sources: [{ excerpt: 'helplines', note: 'paraphrased summary', document: { symbol: 'CWG-COP/COUNCIL-REPORT-21-22' } }],
    });
  });

  it('answers bad input with userErrors', async () => {
    const res = await t.graphql(CreateBestPracticeDocument, { input: { title: 'x', summary: '', documents: ['NO/SUCH'], topics: ['nope'] } }, { headers });
    expect(res.data!.createBestPractice!.userErrors.map((e) => [e.field, e.code])).toEqual([
      ['summary', 'BAD_USER_INPUT'],
      ['topics[0]', 'NOT_FOUND'],
      ['documents[0]', 'NOT_FOUND'],
    ]);
  });
});
