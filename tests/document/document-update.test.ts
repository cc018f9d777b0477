import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql } from '../support/tokens.js';
import { historyOf } from '../support/history.js';
import { CreateDocumentDocument, UpdateDocumentDocument, type UpdateDocumentInput } from '../graphql/generated.js';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  tokens = await createRoleTokens(t);
});
afterAll(() => t?.stop());

let n = 0;
/** a CWG-COP document with a text, and one source quoting it (so the text has an excerpt to keep) */
const created = async () => {
  const symbol = `CWG-COP/TEST/${++n}`;
  const res = await t.graphql(CreateDocumentDocument, {
    input: { symbol, title: 'Draft', kind: 'CONTRIBUTION', sourceGroup: 'CWG-COP', text: 'Helplines answer children. Schools teach safety.', sources: [] },
  }, { headers: tokens.cwgCop.headers });
  const doc = res.data!.createDocument!.document!;
  // a second document quoting this one: the excerpt its text must keep
  await t.graphql(CreateDocumentDocument, {
    input: { symbol: `${symbol}/QUOTING`, title: 'Quoting', kind: 'OTHER', sourceGroup: 'CWG-COP', sources: [{ document: symbol, excerpt: 'Helplines answer children.' }] },
  }, { headers: tokens.cwgCop.headers });
  return doc;
};
const update = (input: UpdateDocumentInput, token = tokens.cwgCop) => t.graphql(UpdateDocumentDocument, { input }, { headers: token.headers });

describe('updateDocument', () => {
  it('changes title, kind, address, public and text by symbol; history records the fields and that the text changed', async () => {
    const doc = await created();
    const res = await update({
      document: doc.symbol.toLowerCase(), version: 1, title: 'Final', kind: 'REPORT', url: 'https://www.itu.int/x', public: false, publishedOn: '2025-10-01',
      text: 'Helplines answer children. Schools teach online safety.', meeting: 'CWG-COP#22',
    });
    expect(res.data!.updateDocument!.userErrors).toEqual([]);
    expect(res.data!.updateDocument!.document).toMatchObject({
      symbol: doc.symbol, title: 'Final', kind: 'REPORT', url: 'https://www.itu.int/x', public: false, publishedOn: '2025-10-01',
      text: 'Helplines answer children. Schools teach online safety.', version: 2, sourceGroup: { acronym: 'CWG-COP' }, meeting: { number: 22 },
    });
    const { changes } = await historyOf(t, doc.id);
    expect(changes.map((c) => c.action)).toEqual(['CREATE', 'UPDATE']);
    expect(changes[1].fields).toEqual(['title', 'kind', 'url', 'public', 'publishedOn', 'meeting', 'text']);
    expect(changes[1].before).toMatchObject({ title: 'Draft', public: true, text: expect.stringMatching(/^48 characters, sha256 [0-9a-f]{16}$/) });
    expect(changes[1].after).toMatchObject({ title: 'Final', public: false, text: expect.stringMatching(/^55 characters, sha256 [0-9a-f]{16}$/) });
  });

  it('refuses a text that drops an excerpt the knowledge base quotes (excerptOccursIn), keeping the old text', async () => {
    const doc = await created();
    const res = await update({ document: doc.id, version: 1, text: 'Helplines listen to children. Schools teach safety.' });
    expect(res.data!.updateDocument).toEqual({
      document: null,
      userErrors: [expect.objectContaining({ field: 'text', code: 'BAD_USER_INPUT', message: expect.stringContaining('Helplines answer children.') })],
    });
    expect((await sql<{ text: string }>(t, 'select text from documents where symbol = ?', [doc.symbol]))[0].text).toBe('Helplines answer children. Schools teach safety.');
  });

  it('refuses a stale version with CONFLICT', async () => {
    const doc = await created();
    expect((await update({ document: doc.id, version: 1, title: 'One' })).data!.updateDocument!.document!.version).toBe(2);
    const stale = await update({ document: doc.id, version: 1, title: 'Two' });
    expect(stale.data!.updateDocument).toEqual({ document: null, userErrors: [expect.objectContaining({ field: 'version', code: 'CONFLICT', currentVersion: 2 })] });
  });

  it("refuses another group's EDITOR, and an EDITOR giving its document away, with FORBIDDEN", async () => {
    const doc = await created();
    const before = await sql(t, 'select count(*)::int as n from changes');
    const other = await update({ document: doc.id, version: 1, title: 'Hijacked' }, tokens.q32);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const away = await update({ document: doc.id, version: 1, sourceGroup: 'SG2 Q3/2' });
    expect(away.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await sql(t, 'select count(*)::int as n from changes')).toEqual(before);
  });

  it('answers bad input with userErrors naming the field', async () => {
    const doc = await created();
    const cases: [Partial<UpdateDocumentInput>, string, string][] = [
      [{ title: '' }, 'title', 'BAD_USER_INPUT'],
      [{ title: null }, 'title', 'BAD_USER_INPUT'],
      [{ kind: 'POEM' }, 'kind', 'BAD_USER_INPUT'],
      [{ url: 'javascript:alert(1)' }, 'url', 'BAD_USER_INPUT'],
      [{ publishedOn: '1 October' }, 'publishedOn', 'BAD_USER_INPUT'],
      [{ text: 'x'.repeat(50_001) }, 'text', 'BAD_USER_INPUT'],
      [{ sourceGroup: 'Nobody' }, 'sourceGroup', 'NOT_FOUND'],
      [{ document: 'NO/SUCH' }, 'document', 'NOT_FOUND'],
    ];
    for (const [more, field, code] of cases) {
      const res = await update({ document: doc.id, version: 1, ...more });
      expect(res.data!.updateDocument, field).toEqual({ document: null, userErrors: [expect.objectContaining({ field, code })] });
    }
  });
});
