import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens } from '../support/tokens.js';
import { CreateDocumentDocument } from '../graphql/generated.js';

let t: TestApp;
let headers: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  headers = (await createRoleTokens(t)).secretariat.headers;
});
afterAll(() => t?.stop());

describe('createDocument', () => {
  it('adds a document; its symbol must be new, in any case', async () => {
    const input = { symbol: 'CWG-COP/23/INF/1', title: 'Youth consultation results', kind: 'INFORMATION_DOCUMENT', url: 'https://www.itu.int/council/cwg-cop', sourceGroup: 'CWG-COP', meeting: 'CWG-COP#22', publishedOn: '2025-02-10' };
    const res = await t.graphql(CreateDocumentDocument, { input }, { headers });
    expect(res.data!.createDocument!.document).toMatchObject({ symbol: 'CWG-COP/23/INF/1', public: true, version: 1, sourceGroup: { acronym: 'CWG-COP' }, meeting: { number: 22 } });
    const again = await t.graphql(CreateDocumentDocument, { input: { ...input, symbol: 'cwg-cop/23/inf/1' } }, { headers });
    expect(again.data!.createDocument!.userErrors).toEqual([expect.objectContaining({ field: 'symbol', code: 'CONFLICT' })]);
  });

  it('answers bad input with userErrors', async () => {
    const res = await t.graphql(CreateDocumentDocument, { input: { symbol: 'X/1', title: 'x', kind: 'MEMO', url: 'ftp://example.org/x', publishedOn: '2025-02-31', text: 'z'.repeat(50_001) } }, { headers });
    expect(res.data!.createDocument!.userErrors.map((e) => [e.field, e.code])).toEqual([
      ['kind', 'BAD_USER_INPUT'],
      ['url', 'BAD_USER_INPUT'],
      ['publishedOn', 'BAD_USER_INPUT'],
      ['text', 'BAD_USER_INPUT'],
    ]);
  });
});
