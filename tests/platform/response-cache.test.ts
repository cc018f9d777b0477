/**
 * The response cache: repeated public reads are answered without the database, and no answer
 * outlives a write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { AnswerTypes, ResponseCache, type CacheTicket } from '../../src/platform/server/response-cache.js';
import { getSchema } from '../../src/app/schema.js';
import { entities } from '../../src/app/modules.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestToken, sql } from '../support/tokens.js';
import { CachedActionItemsDocument, CachedGroupsDocument, CreateActionItemDocument } from '../graphql/generated.js';

const GROUPS = new Set(['Group']);
const LIAISONS = new Set(['Liaison', 'Group']);

describe('ResponseCache', () => {
  let clock = 0;
  const cache = () => new ResponseCache({ ttlMs: 1000, maxBytes: 100, now: () => clock });
  const body = (text: string) => Buffer.from(text);
  const ticketOf = (found: ReturnType<ResponseCache['lookup']>): CacheTicket => {
    if (!('ticket' in found)) throw new Error(`expected a ticket, got ${JSON.stringify(Object.keys(found))}`);
    return found.ticket;
  };

  it('answers a stored body until it expires', () => {
    clock = 0;
    const c = cache();
    c.store(ticketOf(c.lookup('a')), body('A'), GROUPS);
    expect(c.lookup('a')).toEqual({ body: body('A') });
    clock = 999;
    expect(c.lookup('a')).toEqual({ body: body('A') });
    clock = 1000;
    expect('ticket' in c.lookup('a')).toBe(true);
  });

  it('does not keep an answer computed across a write', () => {
    clock = 0;
    const c = cache();
    const before = ticketOf(c.lookup('a'));
    c.invalidate();
    c.store(before, body('old'), GROUPS);
    expect('ticket' in c.lookup('a')).toBe(true);
  });

  it('drops only the answers that show a type the write changed', () => {
    clock = 0;
    const c = cache();
    c.store(ticketOf(c.lookup('groups')), body('G'), GROUPS);
    c.store(ticketOf(c.lookup('liaisons')), body('L'), LIAISONS);
    c.invalidate(['Liaison', 'Change']);
    expect(c.lookup('groups')).toEqual({ body: body('G') });
    expect('ticket' in c.lookup('liaisons')).toBe(true);
    c.invalidate(['Group']);
    expect('ticket' in c.lookup('groups', { wait: false })).toBe(true);
  });

  it('keeps an answer computed across a write to other types, but not across one to its own', () => {
    clock = 0;
    const c = cache();
    const groups = ticketOf(c.lookup('groups'));
    const liaisons = ticketOf(c.lookup('liaisons'));
    c.invalidate(['Liaison']);
    c.store(groups, body('G'), GROUPS);
    c.store(liaisons, body('L'), LIAISONS);
    expect(c.lookup('groups')).toEqual({ body: body('G') });
    expect('ticket' in c.lookup('liaisons')).toBe(true);
  });

  it('drops everything on a write that does not say what it changed', () => {
    clock = 0;
    const c = cache();
    c.store(ticketOf(c.lookup('groups')), body('G'), GROUPS);
    c.invalidate(['*']);
    expect('ticket' in c.lookup('groups')).toBe(true);
  });

  it('forgets every answer on a write', () => {
    clock = 0;
    const c = cache();
    c.store(ticketOf(c.lookup('a')), body('A'), GROUPS);
    c.store(ticketOf(c.lookup('b')), body('B'), GROUPS);
    c.invalidate();
    expect('ticket' in c.lookup('a')).toBe(true);
    expect('ticket' in c.lookup('b')).toBe(true);
  });

  it('makes identical requests that arrive together wait for one execution', async () => {
    clock = 0;
    const c = cache();
    const leader = ticketOf(c.lookup('a'));
    const follower = c.lookup('a');
    expect('wait' in follower).toBe(true);
    c.store(leader, body('A'), GROUPS);
    await (follower as { wait: Promise<void> }).wait;
    expect(c.lookup('a', { wait: false })).toEqual({ body: body('A') });
  });

  it('wakes those waiting when the execution stores nothing, and they execute themselves', async () => {
    clock = 0;
    const c = cache();
    const leader = ticketOf(c.lookup('a'));
    const follower = c.lookup('a') as { wait: Promise<void> };
    c.release(leader);
    await follower.wait;
    expect('ticket' in c.lookup('a', { wait: false })).toBe(true);
  });

  it('serves the expired answer while one request refreshes it, but never after a write', () => {
    clock = 0;
    const c = cache();
    c.store(ticketOf(c.lookup('a')), body('A'), GROUPS);
    clock = 2000;
    const refresh = ticketOf(c.lookup('a'));
    expect(c.lookup('a')).toEqual({ body: body('A') });
    c.store(refresh, body('A2'), GROUPS);
    expect(c.lookup('a')).toEqual({ body: body('A2') });
    clock = 4000;
    ticketOf(c.lookup('a'));
    c.invalidate();
    expect('ticket' in c.lookup('a')).toBe(true);
  });

  it('drops the oldest answers beyond its size, and never keeps one larger than it', () => {
    clock = 0;
    const c = cache();
    c.store(ticketOf(c.lookup('a')), body('a'.repeat(60)), GROUPS);
    c.store(ticketOf(c.lookup('b')), body('b'.repeat(30)), GROUPS);
    c.store(ticketOf(c.lookup('c')), body('c'.repeat(30)), GROUPS);
    expect('ticket' in c.lookup('a')).toBe(true);
    expect('body' in c.lookup('b')).toBe(true);
    expect('body' in c.lookup('c')).toBe(true);
    c.store(ticketOf(c.lookup('d')), body('d'.repeat(101)), GROUPS);
    expect('ticket' in c.lookup('d', { wait: false })).toBe(true);
  });
});

describe('AnswerTypes', () => {
  it('names the stored types a query can show, through connections, edges and unions', async () => {
    const types = new AnswerTypes(await getSchema(), new Set(entities.map((e) => e.name)), ['Group']);
    expect([...types.of(parse('{ actionItems(first: 2) { totalCount } }'))].sort()).toEqual(['ActionItem', 'Group']);
    expect([...types.of(parse('{ liaisons { edges { node { title addressees { role } } } } }'))].sort()).toEqual(['Group', 'Liaison', 'LiaisonAddressee']);
    const search = types.of(parse('{ search(query: "x") { rank } }'));
    expect(search.has('Document')).toBe(true);
    expect(search.has('Liaison')).toBe(true);
  });
});

describe('response cache over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t?.stop());

  it('answers a repeated query from the cache, with the same data and no SQL', async () => {
    const first = await t.graphql(CachedGroupsDocument, { first: 3 });
    const second = await t.graphql(CachedGroupsDocument, { first: 3 });
    expect(first.extensions).toMatchObject({ responseCache: 'MISS' });
    expect(first.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(second.extensions).toEqual({ cost: first.extensions?.cost, sqlStatements: 0, sqlRoundTrips: 0, responseCache: 'HIT' });
    expect(second.data).toEqual(first.data);
  });

  it('drops, at a write through the API, the answers that show what it changed, and keeps the others', async () => {
    const token = await createTestToken(t, { role: 'SECRETARIAT' });
    // the token is used once first: its last-used bookkeeping is not what this test is about
    await t.graphql(CachedGroupsDocument, { first: 1 }, { headers: token.headers });
    await t.graphql(CachedGroupsDocument, { first: 50 });
    const items = await t.graphql(CachedActionItemsDocument, { first: 100 });
    expect((await t.graphql(CachedActionItemsDocument, { first: 100 })).extensions?.responseCache).toBe('HIT');

    const created = await t.graphql(CreateActionItemDocument, { input: { title: 'Cache test item', assignee: 'CWG-COP' } }, { headers: token.headers });
    expect(created.data?.createActionItem?.userErrors).toEqual([]);

    const after = await t.graphql(CachedActionItemsDocument, { first: 100 });
    expect(after.extensions?.responseCache).toBe('MISS');
    expect(after.data?.actionItems.totalCount).toBe(items.data!.actionItems.totalCount + 1);
    expect(after.data?.actionItems.edges.map((e) => e.node.title)).toContain('Cache test item');
    // an action item changes no group: the groups answer stays
    expect((await t.graphql(CachedGroupsDocument, { first: 50 })).extensions?.responseCache).toBe('HIT');
  });

  it('drops nothing when a token is used (its last-used time is bookkeeping, not data)', async () => {
    const token = await createTestToken(t, { role: 'SECRETARIAT', label: 'never used yet' });
    await t.graphql(CachedGroupsDocument, { first: 7 });
    expect((await t.graphql(CachedGroupsDocument, { first: 7 })).extensions?.responseCache).toBe('HIT');
    const used = await t.graphql(CachedGroupsDocument, { first: 7 }, { headers: token.headers });
    expect(used.errors).toBeUndefined();
    const [row] = await sql<{ last_used_at: Date | null }>(t, 'select last_used_at from api_tokens where id = ?', [token.id]);
    expect(row.last_used_at).not.toBeNull(); // the token's use was recorded …
    // … and the public answer is still served from the cache
    expect((await t.graphql(CachedGroupsDocument, { first: 7 })).extensions?.responseCache).toBe('HIT');
  });

  it('never answers from the cache a request that carries credentials', async () => {
    await t.graphql(CachedGroupsDocument, { first: 4 });
    const withToken = await t.graphql(CachedGroupsDocument, { first: 4 }, { headers: { authorization: 'Bearer some-token' } });
    expect(withToken.extensions?.responseCache).toBeUndefined();
    expect(withToken.extensions?.sqlStatements).toBeGreaterThan(0);
  });

  it('does not keep answers with errors', async () => {
    const first = await t.graphql(CachedGroupsDocument, { first: 1000 });
    const second = await t.graphql(CachedGroupsDocument, { first: 1000 });
    expect(first.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.extensions?.responseCache).toBeUndefined();
  });

  it('can be turned off (RESPONSE_CACHE_SECONDS=0)', async () => {
    const off = await startTestApp({ env: { RESPONSE_CACHE_SECONDS: '0' } });
    try {
      await off.graphql(CachedGroupsDocument, { first: 2 });
      const again = await off.graphql(CachedGroupsDocument, { first: 2 });
      expect(again.extensions?.responseCache).toBeUndefined();
      expect(again.extensions?.sqlStatements).toBeGreaterThan(0);
    } finally {
      await off.stop();
    }
  });
});
