/**
 * Search snippets are safe by construction (issue 12, item 7): whatever a text holds (the
 * highlight markers themselves, <mark>, </mark>, <script>, unbalanced tags), every snippet is
 * escaped text whose only tags are balanced <mark> pairs around the words searched for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens } from '../support/tokens.js';
import { snippetHtml } from '../../src/search/search.service.js';
import {
  CreateActionItemDocument,
  CreateBestPracticeDocument,
  CreateDocumentDocument,
  CreateLiaisonDocument,
  RecordOutcomeDocument,
  SearchDocument,
} from '../graphql/generated.js';

let t: TestApp;
let headers: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  headers = (await createRoleTokens(t)).secretariat.headers;
});
afterAll(() => t?.stop());

/** the characters ts_headline marks matches with (and which the search removes from texts first) */
const START = '\u0001';
const STOP = '\u0002';

/** texts written as an attacker would, each with the word searched for */
const HOSTILE = [
  `quokka ${START}forged${STOP} highlight`,
  `${STOP}${STOP} quokka ${START} left open`,
  'quokka <mark>fake</mark> and </mark> closing first',
  '<script>alert(document.domain)</script> quokka <b>unbalanced <i>tags',
  `&lt;mark&gt; quokka ${START}<mark>${STOP}</mark> "quoted" & 'single'`,
];
/** a long text (past the 240 characters shown whole): cut into fragments around the matches */
const LONG = `${'Filler words about child online protection. '.repeat(8)}${START}quokka${STOP} </mark><mark> ${'More filler text about helplines and youth. '.repeat(8)} ${START} quokka <script>x</script> ${STOP}`;

/**
 * Well-formed: the only tags are <mark>…</mark> pairs, never nested, never empty, each around
 * the word searched for; everything else is escaped text (no < > ", & only in entities, no markers).
 */
function expectWellFormed(snippet: string, word: RegExp): void {
  let open = false;
  const text = snippet.replace(/<\/?mark>|[^<]+|</g, (piece) => {
    if (piece === '<mark>') {
      expect(open, snippet).toBe(false);
      open = true;
      return '';
    }
    if (piece === '</mark>') {
      expect(open, snippet).toBe(true);
      open = false;
      return '';
    }
    return piece;
  });
  expect(open, snippet).toBe(false);
  // eslint-disable-next-line no-control-regex -- no ts_headline marker (\u0001/\u0002) may reach the page
  expect(text, snippet).not.toMatch(/[<>"\u0001\u0002]/);
  expect(text.replace(/&(amp|lt|gt|quot);/g, ''), snippet).not.toContain('&');
  const marked = [...snippet.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);
  expect(marked.length, snippet).toBeGreaterThan(0);
  for (const word_ of marked) expect(word_, snippet).toMatch(word);
}

async function search(query: string) {
  const res = await t.graphql(SearchDocument, { query, first: 100 });
  expect(res.errors).toBeUndefined();
  return res.data!.search;
}

describe('snippets of hostile texts', () => {
  it('are well-formed HTML whose only tags are balanced <mark> pairs, for every kind of text', async () => {
    const s = { headers };
    for (const [i, text] of [...HOSTILE, LONG].entries()) {
      const results = await Promise.all([
        t.graphql(CreateLiaisonDocument, { input: { title: `Liaison ${i}`, body: text, from: 'CWG-COP', to: [{ group: 'BDT' }], purpose: 'FOR_INFORMATION' } }, s),
        t.graphql(CreateBestPracticeDocument, { input: { title: `Practice ${i}`, summary: text, sourceGroup: 'BDT' } }, s),
        t.graphql(CreateDocumentDocument, { input: { symbol: `HOSTILE/${i}`, title: `Document ${i}`, kind: 'OTHER', text } }, s),
        t.graphql(RecordOutcomeDocument, { input: { meeting: 'CWG-COP#22', kind: 'NOTED', text } }, s),
        t.graphql(CreateActionItemDocument, { input: { title: text.slice(0, 500), assignee: 'BDT' } }, s),
      ]);
      for (const res of results) {
        expect(res.errors).toBeUndefined();
        expect((Object.values(res.data!)[0] as { userErrors: unknown[] }).userErrors).toEqual([]);
      }
    }
    const hits = await search('quokka');
    // five kinds of object for each of the six texts
    expect(hits).toHaveLength(30);
    for (const hit of hits) expectWellFormed(hit.snippet, /^quokka$/i);
    // ts_headline's parser leaves tags out of a headline; what is left of the text is escaped
    const snippets = hits.map((h) => h.snippet).join('\n');
    expect(snippets).toContain('alert(document.domain) <mark>quokka</mark> unbalanced tags');
    expect(snippets).toContain('&amp;lt;mark&amp;gt; <mark>quokka</mark> &quot;quoted&quot; &amp;');
    // a forged marker highlights nothing: "forged" stays plain text
    expect(snippets).toMatch(/<mark>quokka<\/mark> forged highlight/);
  });

  it('turns markers into tags only as balanced pairs, whatever a headline holds', () => {
    expect(snippetHtml(`${STOP}a ${START}b${STOP} ${START}c`)).toBe('a <mark>b</mark> <mark>c</mark>');
    expect(snippetHtml(`${START}${START}x${STOP}${STOP} <mark>`)).toBe('<mark>x</mark> &lt;mark&gt;');
  });
});
