/**
 * Hostile queries are refused before they run: depth, aliases, directives, tokens, text length
 * and connection cost, each with QUERY_TOO_COMPLEX and not one SQL statement (the test server
 * reports its statement count in extensions.sqlStatements). Also: batching off, CSRF prevention
 * on, introspection on by default, off with INTROSPECTION=false, no field suggestions in production.
 */
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

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

describe('connection cost', () => {
  const fiveWide = (size: string) =>
    `query Wide${size === '$n' ? '($n: Int)' : ''} { ${['a', 'b', 'c', 'd', 'e']
      .map((alias) => `${alias}: groups(first: ${size}) { edges { node { meetings(first: ${size}) { totalCount } } } }`)
      .join(' ')} }`;

  it('reports the cost of every answered query in extensions.cost', async () => {
    expect((await expectAnswered({ query: '{ groups { totalCount } }' })).json.extensions.cost).toBe(20); // default page size
    expect((await expectAnswered({ query: '{ group(acronym: "CWG-COP") { acronym } }' })).json.extensions.cost).toBe(0);
    // nested connections multiply: 3 groups + 3 × 10 meetings
    const nestedRes = await expectAnswered({ query: '{ groups(first: 3) { edges { node { meetings(first: 10) { totalCount } } } } }' });
    expect(nestedRes.json.extensions.cost).toBe(3 + 3 * 10);
  });

  it('refuses a query whose nested connections may return more than 50,000 nodes, before any SQL', async () => {
    // 5 × (100 groups + 100 × 100 meetings) = 50,500
    const res = await expectRefused({ query: fiveWide('100') }, 'cost');
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', cost: 50_500, max: 50_000 });
    expect(res.json.errors[0].message).toMatch(/50500 nodes, over the limit of 50000/);
  });

  it('reads page sizes from variables and their defaults', async () => {
    await expectRefused({ query: fiveWide('$n'), variables: { n: 100 } }, 'cost');
    const small = await expectAnswered({ query: fiveWide('$n'), variables: { n: 10 } });
    expect(small.json.extensions.cost).toBe(5 * (10 + 10 * 10));
    const withDefault = fiveWide('$n').replace('($n: Int)', '($n: Int = 100)');
    await expectRefused({ query: withDefault }, 'cost');
    // an absent variable without a default is the default page size, 20
    expect((await expectAnswered({ query: fiveWide('$n') })).json.extensions.cost).toBe(5 * (20 + 20 * 20));
  });

  it('multiplies through fragments and counts the ids of nodes(ids:)', async () => {
    const viaFragment = `{ groups(first: 100) { edges { node { ...Meetings } } } }
      fragment Meetings on Group { meetings(first: 100) { edges { node { documents(first: 10) { totalCount } } } } }`;
    // 100 + 100 × 100 + 100 × 100 × 10 = 110,100
    const res = await t.post({ query: viaFragment });
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 110_100 });
    const ids = await expectAnswered({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: ['R3JvdXA6MQ', 'R3JvdXA6Mg'] } });
    expect(ids.json.extensions.cost).toBe(2);
  });

  it('leaves out-of-range page sizes to the resolver (BAD_USER_INPUT), counting them as 100', async () => {
    const res = await t.post({ query: '{ groups(first: 1000000) { totalCount } }' });
    expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.json.extensions.cost).toBe(100);
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

  it('codes what Apollo would report outside our list: unknown operationName, persisted queries', async () => {
    const unknownOperation = await t.post({ query: 'query A { __typename }', operationName: 'B' });
    expect(unknownOperation.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    const persisted = await t.post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    expect(persisted.json.errors[0].extensions.code).toBe('BAD_REQUEST');
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

  it('hides field suggestions in production (and shows them in development)', async () => {
    const query = { query: '{ groups { totalCont } }' };
    const hidden = await prod.post(query);
    expect(hidden.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(hidden.json.errors[0].message).not.toMatch(/Did you mean/);
    const shown = await t.post(query);
    expect(shown.json.errors[0].message).toMatch(/Did you mean "totalCount"\?/);
  });
});
