/**
 * Hostile queries are refused before they run: depth, aliases, directives, tokens, text length
 * and cost (what the query reads, estimated: see query-cost.ts), each with QUERY_TOO_COMPLEX and not one SQL statement (the test server
 * reports its statement count in extensions.sqlStatements). Also: batching off, CSRF prevention
 * on, introspection on by default, off with INTROSPECTION=false (graphql-cop.test.ts has the rest).
 */
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { realQueries } from '../../bench/real-queries.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true, env: { RATE_LIMIT_PER_MINUTE: '0' } });
});
afterAll(() => t?.stop());

/** a query `levels` deep: groups > edges > node > meetings > edges > node > group > meetings > … > a scalar */
function nested(levels: number): string {
  const path = ['groups(first: 1)', 'edges', 'node', ...Array.from({ length: 12 }, () => ['meetings(first: 1)', 'edges', 'node', 'group']).flat()];
  const leafOn: Record<string, string> = { groups: 'totalCount', meetings: 'totalCount', edges: 'cursor', node: 'id', group: 'acronym' };
  const fields = path.slice(0, levels - 1);
  let query = leafOn[fields[fields.length - 1].replace(/\(.*/, '')];
  for (const field of fields.reverse()) query = `${field} { ${query} }`;
  return `{ ${query} }`;
}

async function expectRefused(body: object, limit: string) {
  const res = await t.post(body);
  expect(res.status).toBe(400);
  expect(res.json.data).toBeUndefined();
  expect(res.json.errors).toHaveLength(1);
  expect(res.json.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
  // refused before execution: no statement reached the database
  expect(res.json.extensions?.sqlStatements ?? 0).toBe(0);
  return res;
}

async function expectAnswered(body: object) {
  const res = await t.post(body);
  expect(res.json.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return res;
}

describe('query limits', () => {
  it('allows a depth of 10 and refuses 11', async () => {
    const ok = await expectAnswered({ query: nested(10) });
    expect(ok.json.extensions.sqlStatements).toBeGreaterThan(0);
    const refused = await expectRefused({ query: nested(11) }, 'depth');
    expect(refused.json.errors[0].message).toMatch(/depth limit of 10/);
  });

  it('counts fragments as if inlined, so they neither hide depth nor add to it', async () => {
    const viaFragments = `{ groups(first: 1) { edges { node { ...G } } } }
      fragment G on Group { meetings(first: 1) { edges { node { ...M } } } }
      fragment M on Meeting { group { meetings(first: 1) { edges { cursor } } } }`;
    await expectAnswered({ query: viaFragments }); // 10 levels
    const deeper = viaFragments.replace('edges { cursor }', 'edges { node { number } }');
    await expectRefused({ query: deeper }, 'depth'); // 11
  });

  it('allows 15 aliases and refuses 16', async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `g${i}: group(acronym: "CWG-COP") { acronym }`).join(' ')} }`;
    const ok = await expectAnswered({ query: aliased(15) });
    expect(Object.keys(ok.json.data)).toHaveLength(15);
    await expectRefused({ query: aliased(16) }, 'aliases');
  });

  it('allows 50 directives and refuses 51', async () => {
    const directed = (n: number) => `{ ${Array.from({ length: n }, () => '... @include(if: true) { __typename }').join(' ')} }`;
    await expectAnswered({ query: directed(50) });
    await expectRefused({ query: directed(51) }, 'directives');
  });

  it('refuses more than 1,000 tokens, and more than 20,000 characters of query text', async () => {
    const tokens = (n: number) => `{ ${Array.from({ length: n - 2 }, () => '__typename').join(' ')} }`;
    await expectAnswered({ query: tokens(1000) });
    await expectRefused({ query: tokens(1001) }, 'tokens');
    // few tokens, many characters: a comment or a long string
    await expectRefused({ query: `{ __typename } # ${'x'.repeat(20_000)}` }, 'length');
  });

  it('answers the playground introspection query (introspection is on by default)', async () => {
    const query = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true });
    const res = await expectAnswered({ query });
    expect(res.json.data.__schema.queryType.name).toBe('Query');
  });
});

describe('query cost', () => {
  /** five groups(first: $n) each with a page of meetings and their outcomes (a plain list, ~8 each) */
  const fiveWide = (size: string) =>
    `query Wide${size === '$n' ? '($n: Int)' : ''} { ${['a', 'b', 'c', 'd', 'e']
      .map((alias) => `${alias}: groups(first: ${size}) { edges { node { meetings(first: ${size}) { edges { node { outcomes { text } } } } } } }`)
      .join(' ')} }`;
  /** what fiveWide costs by the model: per alias the page statement, n groups, each with a page of n meetings of 8 outcomes */
  const fiveWideCost = (n: number) => 5 * (1 + n * (1 + (1 + n * (1 + 8 * 1))));

  it('reports the cost of every answered query in extensions.cost', async () => {
    // the page statement and its COUNT; a page of 20 (the default) is not read when no edges are asked
    expect((await expectAnswered({ query: '{ groups { totalCount } }' })).json.extensions.cost).toBe(2);
    expect((await expectAnswered({ query: '{ groups { edges { node { acronym } } } }' })).json.extensions.cost).toBe(1 + 20);
    // one read; scalars on the row cost nothing
    expect((await expectAnswered({ query: '{ group(acronym: "CWG-COP") { acronym name kind } }' })).json.extensions.cost).toBe(1);
    // nested connections multiply: 3 groups, each with a page statement and a COUNT of its meetings
    const nestedRes = await expectAnswered({ query: '{ groups(first: 3) { edges { node { meetings(first: 10) { totalCount } } } } }' });
    expect(nestedRes.json.extensions.cost).toBe(1 + 3 * (1 + 2));
  });

  it('counts plain lists by their estimated size, multiplied by what contains them', async () => {
    const outcomes = await expectAnswered({ query: '{ meetings(first: 100) { edges { node { outcomes { text } } } } }' });
    expect(outcomes.json.extensions.cost).toBe(1 + 100 * (1 + 8));
    const deeper = await expectAnswered({ query: '{ meetings(first: 100) { edges { node { outcomes { actionItems { sources { excerpt } } } } } } }' });
    // each meeting: 8 outcomes, each with 5 action items, each with 3 sources
    expect(deeper.json.extensions.cost).toBe(1 + 100 * (1 + 8 * (1 + 5 * (1 + 3))));
  });

  it("refuses issue 12's attack before any SQL: search > meetings > outcomes > action items > sources", async () => {
    const one = 'search(query: "group", first: 100, kinds: [GROUP]) { node { ... on Group { meetings(first: 100) { edges { node { title outcomes { text actionItems { title sources { excerpt } } liaisons { title toGroups { acronym } } } liaisons { title } } } } } } }';
    const fifteen = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${one}`).join(' ')} }`;
    const refused = await expectRefused({ query: fifteen }, 'cost');
    expect(refused.json.errors[0].extensions.max).toBe(30_000);
    expect(refused.json.errors[0].extensions.cost).toBeGreaterThan(1000 * 30_000);
    expect(refused.json.errors[0].message).toMatch(/over the limit of 30000/);
    // one alias of it is over by a hundred times
    const single = await expectRefused({ query: `{ ${one} }` }, 'cost');
    expect(single.json.errors[0].extensions.cost).toBeGreaterThan(100 * 30_000);
  });

  it('refuses nested connections whose product is over the limit, reporting cost and max', async () => {
    // 100 groups × 100 meetings × a page of documents: 1 + 100 × (1 + 1 + 100 × (1 + 2)) = 30,201
    const res = await expectRefused({ query: '{ groups(first: 100) { edges { node { meetings(first: 100) { edges { node { documents(first: 10) { totalCount } } } } } } } }' }, 'cost');
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', cost: 30_201, max: 30_000 });
  });

  it('reads page sizes from variables and their defaults', async () => {
    await expectRefused({ query: fiveWide('$n'), variables: { n: 100 } }, 'cost');
    const small = await expectAnswered({ query: fiveWide('$n'), variables: { n: 10 } });
    expect(small.json.extensions.cost).toBe(fiveWideCost(10));
    const withDefault = fiveWide('$n').replace('($n: Int)', '($n: Int = 100)');
    await expectRefused({ query: withDefault }, 'cost');
    // an absent variable without a default is the default page size, 20
    expect((await expectAnswered({ query: fiveWide('$n') })).json.extensions.cost).toBe(fiveWideCost(20));
  });

  it('multiplies through fragments and inline fragments as if inlined', async () => {
    const inlined = '{ groups(first: 10) { edges { node { meetings(first: 10) { edges { node { outcomes { text } } } } } } } }';
    const viaFragments = `{ groups(first: 10) { ...Page } }
      fragment Page on GroupConnection { edges { node { ... on Group { meetings(first: 10) { ...Meetings } } } } }
      fragment Meetings on MeetingConnection { edges { node { outcomes { text } } } }`;
    const expected = (await expectAnswered({ query: inlined })).json.extensions.cost;
    expect(expected).toBe(1 + 10 * (1 + 1 + 10 * (1 + 8)));
    expect((await expectAnswered({ query: viaFragments })).json.extensions.cost).toBe(expected);
  });

  it('counts the ids of nodes(ids:) and the hits of search', async () => {
    const ids = await expectAnswered({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: ['R3JvdXA6MQ', 'R3JvdXA6Mg'] } });
    expect(ids.json.extensions.cost).toBe(2);
    // the search statement, then 100 hits each loaded
    const search = await expectAnswered({ query: '{ search(query: "helpline", first: 100) { node { __typename } } }' });
    expect(search.json.extensions.cost).toBe(10 + 100 * (1 + 1));
  });

  it('leaves out-of-range page sizes to the resolver (BAD_USER_INPUT), counting them as 100', async () => {
    const res = await t.post({ query: '{ groups(first: 1000000) { edges { cursor } } }' });
    expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.json.extensions.cost).toBe(1 + 100);
  });

  it("lets every query of the playground, the dashboard and the benchmark through", async () => {
    const liaisons = await expectAnswered({ query: '{ liaisons(first: 100) { edges { node { id attachments { id } } } } }' });
    const liaison = liaisons.json.data.liaisons.edges[0].node.id;
    const document = liaisons.json.data.liaisons.edges.flatMap((e: { node: { attachments: { id: string }[] } }) => e.node.attachments)[0]?.id;
    for (const { name, query, variables } of realQueries({ liaison, document })) {
      const res = await t.post({ query, variables });
      expect(res.json.errors?.filter((e: { extensions: { code: string } }) => e.extensions.code === 'QUERY_TOO_COMPLEX') ?? [], name).toEqual([]);
      expect(res.json.extensions.cost, name).toBeLessThanOrEqual(30_000);
    }
  });
});

describe('HTTP protocol limits', () => {
  it('refuses batched requests (a JSON array of operations)', async () => {
    const res = await t.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('blocks a simple (CSRF-able) GET query without a preflight header, and answers it with one', async () => {
    const url = `${t.url}/graphql?query=${encodeURIComponent('{ groups { totalCount } }')}`;
    const blocked = await fetch(url, { headers: { accept: 'application/json' } });
    expect(blocked.status).toBe(400);
    const body = (await blocked.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    const allowed = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
    expect(((await allowed.json()) as { data: unknown }).data).toEqual({ groups: { totalCount: 9 } });
  });

  it('blocks a form-encoded POST (a cross-site form) as CSRF', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('applies the query text limits to GET queries too', async () => {
    const query = `{ ${Array.from({ length: 1000 }, () => '__typename').join(' ')} }`;
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('codes what Apollo would report outside our list: unknown operationName, a hash that is not the query hash', async () => {
    const unknownOperation = await t.post({ query: 'query A { __typename }', operationName: 'B' });
    expect(unknownOperation.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    const mismatched = await t.post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    expect(mismatched.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    const version2 = await t.post({ extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } });
    expect(version2.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    // a hash alone that the server does not know: the code persisted-query clients retry on
    const unknownHash = await t.post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(unknownHash.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('answers an unknown path with a coded 404', async () => {
    const res = await fetch(`${t.url}/no-such-thing`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('production settings', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({ env: { NODE_ENV: 'production', INTROSPECTION: 'false' } });
  });
  afterAll(() => prod?.stop());

  it('turns introspection off with INTROSPECTION=false', async () => {
    const res = await prod.post({ query: '{ __schema { queryType { name } } }' });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.json.errors[0].message).toMatch(/[Ii]ntrospection/);
  });

});
