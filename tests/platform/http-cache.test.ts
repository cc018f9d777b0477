/**
 * HTTP caching of public reads: GET by persisted-query hash, Cache-Control, ETag and 304, so a
 * browser or a CDN can serve a repeated dashboard load without reaching the server, and never
 * serves an answer a write has changed once it revalidates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupPageDocument } from '../../src/dashboard/client/generated.js';
import { persistedQueryHash } from '../../src/platform/server/http-cache.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestToken } from '../support/tokens.js';
import { CreateActionItemDocument } from '../graphql/generated.js';

const PREFLIGHT = { 'apollo-require-preflight': 'true', accept: 'application/json' };
/**
 * a revalidation as a browser or a CDN sends it (fetch() adds `Cache-Control: no-cache` to a
 * request with its own If-None-Match, which asks for a full answer: a reload, not a revalidation)
 */
const revalidate = (etag: string) => ({ 'if-none-match': etag, 'cache-control': 'max-age=0' });
const GROUP_PAGE = GroupPageDocument.toString();

/** the URL of a GET by hash (and, to register it, with the query text) */
function urlOf(base: string, options: { query?: string; hash?: string; variables?: unknown; operationName?: string }): string {
  const params = new URLSearchParams();
  if (options.query !== undefined) params.set('query', options.query);
  if (options.operationName) params.set('operationName', options.operationName);
  params.set('variables', JSON.stringify(options.variables ?? {}));
  if (options.hash) params.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: options.hash } }));
  return `${base}/graphql?${params}`;
}

describe('HTTP caching of public GET reads', () => {
  let t: TestApp;
  // as in production: no test-only extensions, so a hit is byte for byte the miss it copies
  const env = { EXPOSE_SQL_COUNTS: 'false', HTTP_CACHE_SECONDS: '30' };
  beforeAll(async () => {
    t = await startTestApp({ seed: true, env, restartable: true });
  });
  afterAll(() => t?.stop());

  const groupPage = (headers: Record<string, string> = {}) =>
    fetch(urlOf(t.url, { hash: persistedQueryHash(GROUP_PAGE), variables: { acronym: 'CWG-COP' }, operationName: 'GroupPage' }), {
      headers: { ...PREFLIGHT, ...headers },
    });

  it("answers the dashboard's own query by its hash alone (a trusted document), cacheable by anyone", async () => {
    const res = await groupPage();
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data?: { group?: { acronym: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.group?.acronym).toBe('CWG-COP');
    expect(res.headers.get('cache-control')).toBe('public, max-age=30');
    expect(res.headers.get('vary')).toContain('Authorization');
    expect(res.headers.get('etag')).toBeTruthy();
  });

  it('answers 304 with no body to a matching If-None-Match, from the cache and from a restarted server alike', async () => {
    const first = await groupPage();
    const etag = first.headers.get('etag')!;
    await first.arrayBuffer();
    const again = await groupPage(revalidate(etag));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // another process (here: the same server started anew, its caches empty) computes the same ETag
    await t.restart();
    const elsewhere = await groupPage(revalidate(etag));
    expect(elsewhere.status).toBe(304);
  });

  it('gives a new answer and a new ETag once a write changed it', async () => {
    const before = await groupPage();
    const etag = before.headers.get('etag')!;
    const openBefore = JSON.stringify(await before.json());
    const token = await createTestToken(t, { role: 'SECRETARIAT' });
    const created = await t.graphql(CreateActionItemDocument, { input: { title: 'Seen through the HTTP cache', assignee: 'CWG-COP' } }, { headers: token.headers });
    expect(created.data?.createActionItem?.userErrors).toEqual([]);
    const after = await groupPage(revalidate(etag));
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(JSON.stringify(await after.json())).not.toBe(openBefore);
  });

  it('registers a query sent with its hash (APQ), then answers the hash alone; refuses a hash that does not match', async () => {
    const query = '{ groups(first: 2) { totalCount } }';
    const hash = persistedQueryHash(query);
    const unknown = await fetch(urlOf(t.url, { hash }), { headers: PREFLIGHT });
    const unknownBody = (await unknown.json()) as { errors: { extensions: { code: string } }[] };
    expect(unknownBody.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).toBe('private, no-store');

    const wrong = await fetch(urlOf(t.url, { query, hash: persistedQueryHash('{ groups { totalCount } }') }), { headers: PREFLIGHT });
    expect(((await wrong.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');

    const registered = await fetch(urlOf(t.url, { query, hash }), { headers: PREFLIGHT });
    expect(((await registered.json()) as { data?: unknown }).data).toEqual({ groups: { totalCount: 9 } });
    const byHash = await fetch(urlOf(t.url, { hash }), { headers: PREFLIGHT });
    expect(((await byHash.json()) as { data?: unknown }).data).toEqual({ groups: { totalCount: 9 } });
  });

  it('keeps an answer to a request with a token out of shared caches', async () => {
    const token = await createTestToken(t, { role: 'SECRETARIAT', label: 'http cache' });
    const res = await groupPage(token.headers);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('refuses a simple (CSRF-able) GET even when the answer is in the cache', async () => {
    await (await groupPage()).arrayBuffer();
    const simple = await fetch(urlOf(t.url, { hash: persistedQueryHash(GROUP_PAGE), variables: { acronym: 'CWG-COP' } }));
    expect(simple.status).toBe(400);
    expect(simple.headers.get('cache-control') ?? '').not.toContain('public');
  });

  it('never answers a mutation by GET, by hash or by text', async () => {
    const mutation = 'mutation { revokeApiToken(id: "x") { userErrors { message } } }';
    const res = await fetch(urlOf(t.url, { query: mutation, hash: persistedQueryHash(mutation) }), { headers: PREFLIGHT });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(((await res.json()) as { data?: unknown }).data).toBeUndefined();
    expect(res.headers.get('cache-control') ?? '').not.toContain('public');
  });
});
