import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { CreateDocumentDocument, DocumentPageDocument, LiaisonAttachmentIdsDocument } from '../graphql/generated.js';
import { createTestToken } from '../support/tokens.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(() => t?.stop());

describe('a document, readable', () => {
  it('shows its text, what it is attached to, and what the knowledge base quotes from it', async () => {
    const liaisons = await t.graphql(LiaisonAttachmentIdsDocument, { filter: { from: 'CWG-COP', to: 'SG2 Q3/2' } });
    const attachment = liaisons.data!.liaisons.edges[0].node.attachments[0];
    expect(attachment.symbol).toBe('CWG-COP/LS-SG2-Q3-2');
    const res = await t.graphql(DocumentPageDocument, { id: attachment.id });
    expect(res.errors).toBeUndefined();
    const doc = res.data!.node as { text: string; liaisons: { title: string }[]; bestPractices: unknown[]; excerpts: { excerpt: string; subject: { __typename: string; id: string } | null }[] };
    // the statement's own closing sentence is in its text
    expect(doc.text).toContain('CWG-COP is looking forward to hearing from ITU-D SG2 Q3/2');
    expect(doc.liaisons.map((l) => l.title)).toEqual(['Outcomes of the 21st and 22nd CWG-COP meetings']);
    expect(doc.bestPractices.length).toBeGreaterThan(0);
    expect(doc.excerpts.length).toBeGreaterThan(0);
    // every excerpt occurs in the text, and names the object it supports
    for (const e of doc.excerpts) {
      expect(doc.text).toContain(e.excerpt);
      expect(e.subject).toMatchObject({ id: expect.any(String), __typename: expect.any(String) });
    }
    expect(new Set(doc.excerpts.map((e) => e.subject?.__typename))).toContain('Liaison');
  });

  it('keeps the text of a document that is not public from anonymous readers', async () => {
    const secretariat = await createTestToken(t, { role: 'SECRETARIAT', label: 'ITU secretariat officer' });
    const created = await t.graphql(CreateDocumentDocument, { input: {
      symbol: 'TIES/2026/1', title: 'A contribution behind TIES', kind: 'CONTRIBUTION', public: false, text: 'Restricted text of the contribution.',
    } }, { headers: secretariat.headers });
    expect(created.data?.createDocument?.userErrors).toEqual([]);
    const id = created.data!.createDocument!.document!.id;
    const anonymous = (await t.graphql(DocumentPageDocument, { id })).data!.node as { title: string; text: string | null };
    expect(anonymous).toMatchObject({ title: 'A contribution behind TIES', text: null });
    const signedIn = (await t.graphql(DocumentPageDocument, { id }, { headers: secretariat.headers })).data!.node as { text: string | null };
    expect(signedIn.text).toBe('Restricted text of the contribution.');
  });
});
