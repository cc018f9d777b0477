import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { DocumentPageDocument, LiaisonAttachmentIdsDocument } from '../graphql/generated.js';

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
});
