import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { SearchDocument, type SearchQuery } from '../graphql/generated.js';
import { Document } from '../../src/document/document.entity.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(() => t?.stop());

type Hit = SearchQuery['search'][number];

async function search(query: string, extra: { first?: number; kinds?: ('GROUP' | 'MEETING' | 'OUTCOME' | 'ACTION_ITEM' | 'LIAISON' | 'REPORT' | 'BEST_PRACTICE' | 'DOCUMENT')[] } = {}) {
  const response = await t.graphql(SearchDocument, { query, ...extra });
  expect(response.errors).toBeUndefined();
  return { hits: response.data!.search, sqlStatements: response.extensions?.sqlStatements };
}

/** a short label per hit: "Report: CG-COP gap analysis report", "Outcome: CWG-COP#22/4", … */
function label(hit: Hit): string {
  const node = hit.node;
  switch (node.__typename) {
    case 'Group': return `Group: ${node.acronym}`;
    case 'Meeting': return `Meeting: ${node.number}`;
    case 'Outcome': return `Outcome: ${node.meeting.number}/${node.position}`;
    case 'Document': return `Document: ${node.symbol}`;
    default: return `${node.__typename}: ${node.title}`;
  }
}

function expectDescendingRanks(hits: Hit[]) {
  const ranks = hits.map((h) => h.rank);
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  expect(ranks.every((r) => r > 0)).toBe(true);
}

describe('search on the seed data', () => {
  it('"gap analysis": the CG-COP report first, then the outcome that expects it, then the documents', async () => {
    const { hits } = await search('gap analysis');
    expect(hits.map(label)).toEqual([
      'Report: CG-COP gap analysis report',
      'Outcome: 22/4',
      'Document: CWG-COP/COUNCIL-REPORT-21-22',
      'Document: CWG-COP/LS-SG2-Q3-2',
    ]);
    expectDescendingRanks(hits);
    // a title is shown whole, the matched words marked
    expect(hits[0].snippet).toBe('CG-COP <mark>gap</mark> <mark>analysis</mark> report');
    expect(hits[1].snippet).toContain('the <mark>gap</mark> <mark>analysis</mark> report prepared by the Correspondence Group');
  });

  it('"helplines": the best practice named after them first, then the action item, the outcome and both documents', async () => {
    const { hits } = await search('helplines');
    expect(hits.map(label)).toEqual([
      'BestPractice: Children’s feedback on helplines',
      "ActionItem: Share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI)",
      'Outcome: 21/1',
      'Document: CWG-COP/COUNCIL-REPORT-21-22',
      'Document: CWG-COP/LS-SG2-Q3-2',
    ]);
    expectDescendingRanks(hits);
    for (const hit of hits) expect(hit.snippet).toContain('<mark>helplines</mark>');
  });

  it('"age verification": the 22nd meeting (its topic), the toolkit practice and the Council report', async () => {
    const { hits } = await search('age verification');
    expect(hits.map(label)).toEqual([
      'Meeting: 22',
      'BestPractice: Technical solutions to manage children’s excessive internet use and screen time',
      'Document: CWG-COP/COUNCIL-REPORT-21-22',
    ]);
    expectDescendingRanks(hits);
    expect(hits[0].snippet).toContain('Topics: <mark>Age</mark> <mark>verification</mark>');
    expect(hits[1].snippet).toContain('end-to-end encryption and <mark>age</mark> <mark>verification</mark> toolkits');
  });

  it('matches word forms ("helpline" finds "helplines") and finds groups by alias', async () => {
    expect((await search('helpline')).hits).toHaveLength(5);
    const { hits } = await search('SG17');
    expect(label(hits[0])).toBe('Group: ITU-T SG17');
    expect(hits[0].snippet).toContain('<mark>SG17</mark>');
  });

  it('costs one statement for the search and one per kind of object found', async () => {
    const { hits, sqlStatements } = await search('helplines');
    const kinds = new Set(hits.map((h) => h.node.__typename));
    expect(kinds.size).toBe(4);
    // outcomes also load their meeting (one more batched query)
    expect(sqlStatements).toBeLessThanOrEqual(1 + kinds.size + 1);
  });
});

describe('search syntax (websearch_to_tsquery)', () => {
  it('quotes make a phrase: "gap analysis" matches, "analysis gap" does not', async () => {
    expect((await search('"gap analysis"')).hits.length).toBe(4);
    expect((await search('"analysis gap"')).hits).toEqual([]);
  });

  it('-word excludes: every "age verification" hit also speaks of encryption, so none is left', async () => {
    expect((await search('"age verification"')).hits).toHaveLength(3);
    expect((await search('"age verification" -encryption')).hits).toEqual([]);
  });

  it('-word keeps the hits without it, ranked on the words asked for', async () => {
    const { hits } = await search('helplines -secretariat');
    expect(hits.map(label)).toEqual([
      "ActionItem: Share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI)",
    ]);
    expect(hits[0].rank).toBeGreaterThan(0);
  });

  it('or joins alternatives', async () => {
    const { hits } = await search('"gap analysis" or helplines');
    const labels = hits.map(label);
    expect(labels).toContain('Report: CG-COP gap analysis report');
    expect(labels).toContain('BestPractice: Children’s feedback on helplines');
    expectDescendingRanks(hits);
  });

  it.each(['the of and', 'to be or not to be', '!!! ... ,,,', '"', '-', '-encryption', '   '])(
    'a query of stop words, punctuation or exclusions only (%j) is an empty list, not an error',
    async (query) => {
      expect((await search(query)).hits).toEqual([]);
    },
  );

  it('a query over 500 characters is BAD_USER_INPUT; 500 is fine', async () => {
    const long = await t.graphql(SearchDocument, { query: 'helplines '.repeat(51) });
    expect(long.data).toBeNull();
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(long.errors?.[0].message).toMatch(/500/);
    const limit = await search(`${'helplines '.repeat(49)}helplines`.padEnd(500, ' '));
    expect(limit.hits.length).toBeGreaterThan(0);
  });

  it.each([0, -1, 101])('first: %i is BAD_USER_INPUT', async (first) => {
    const response = await t.graphql(SearchDocument, { query: 'helplines', first });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('first limits the results to the best ones; kinds limits the kinds', async () => {
    expect((await search('helplines', { first: 1 })).hits.map(label)).toEqual(['BestPractice: Children’s feedback on helplines']);
    const docs = await search('helplines', { kinds: ['DOCUMENT'] });
    expect(docs.hits.map((h) => h.node.__typename)).toEqual(['Document', 'Document']);
    const two = await search('helplines', { kinds: ['OUTCOME', 'ACTION_ITEM'] });
    expect(two.hits.map((h) => h.node.__typename).sort()).toEqual(['ActionItem', 'Outcome']);
  });
});

describe('search stays current and safe', () => {
  const em = () => t.app.orm.em.fork() as EntityManager;

  it('finds a meeting by a topic tagged after it was written, and by the topic’s new name', async () => {
    const knex = em().getKnex();
    // written in SQL, past the API: nothing announces these writes, so the cached answers are dropped by hand
    const sqlWrite = async (statement: string) => {
      await knex.raw(statement);
      t.app.responseCache.invalidate();
    };
    await sqlWrite(`insert into meeting_topics (meeting_id, topic_id)
      select m.id, tp.id from meetings m, topics tp where m.number = 21 and tp.slug = 'helplines'`);
    expect((await search('helplines', { kinds: ['MEETING'] })).hits.map(label)).toEqual(['Meeting: 21']);
    await sqlWrite(`update topics set name = 'Child helplines and hotlines' where slug = 'helplines'`);
    const renamed = await search('hotlines', { kinds: ['MEETING'] });
    expect(renamed.hits.map(label)).toEqual(['Meeting: 21']);
    expect(renamed.hits[0].snippet).toContain('Child helplines and <mark>hotlines</mark>');
    await sqlWrite(`delete from meeting_topics where topic_id = (select id from topics where slug = 'helplines')`);
    await sqlWrite(`update topics set name = 'Helplines' where slug = 'helplines'`);
    expect((await search('helplines', { kinds: ['MEETING'] })).hits).toEqual([]);
  });

  it('searches a document’s full text only when the document is public, and escapes the snippet', async () => {
    const fork = em();
    fork.persist(
      Object.assign(new Document(), { symbol: 'TEST/PRIVATE-1', title: 'Draft notes & minutes', kind: 'OTHER', public: false, text: 'The zebrafish protocol is confidential.' }),
    );
    fork.persist(
      Object.assign(new Document(), { symbol: 'TEST/PUBLIC-1', title: 'Public notes & minutes', kind: 'OTHER', public: true, text: 'A zebrafish <b>bold</b> claim & more.' }),
    );
    await fork.flush();
    const { hits } = await search('zebrafish');
    expect(hits.map(label)).toEqual(['Document: TEST/PUBLIC-1']);
    expect(hits[0].snippet).toBe('Public notes &amp; minutes. A <mark>zebrafish</mark> bold claim &amp; more.');
    // the private one is still found by its title, and its snippet shows no text
    const byTitle = await search('draft minutes');
    expect(byTitle.hits.map(label)).toEqual(['Document: TEST/PRIVATE-1']);
    expect(byTitle.hits[0].snippet).toBe('<mark>Draft</mark> notes &amp; <mark>minutes</mark>');
  });
});
