/**
 * The response cache: repeated public reads are answered without the database, and no answer
 * outlives a write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseCache, type CacheTicket } from '../../src/platform/server/response-cache.js';
import { Group } from '../../src/group/group.entity.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { CachedGroupsDocument } from '../graphql/generated.js';

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
    c.store(ticketOf(c.lookup('a')), body('A'));
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
    c.store(before, body('old'));
    expect('ticket' in c.lookup('a')).toBe(true);
  });

  it('forgets every answer on a write', () => {
    clock = 0;
    const c = cache();
    c.store(ticketOf(c.lookup('a')), body('A'));
    c.store(ticketOf(c.lookup('b')), body('B'));
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
    c.store(leader, body('A'));
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
    c.store(ticketOf(c.lookup('a')), body('A'));
    clock = 2000;
    const refresh = ticketOf(c.lookup('a'));
    expect(c.lookup('a')).toEqual({ body: body('A') });
    c.store(refresh, body('A2'));
    expect(c.lookup('a')).toEqual({ body: body('A2') });
    clock = 4000;
    ticketOf(c.lookup('a'));
    c.invalidate();
    expect('ticket' in c.lookup('a')).toBe(true);
  });

  it('drops the oldest answers beyond its size, and never keeps one larger than it', () => {
    clock = 0;
    const c = cache();
    c.store(ticketOf(c.lookup('a')), body('a'.repeat(60)));
    c.store(ticketOf(c.lookup('b')), body('b'.repeat(30)));
    c.store(ticketOf(c.lookup('c')), body('c'.repeat(30)));
    expect('ticket' in c.lookup('a')).toBe(true);
    expect('body' in c.lookup('b')).toBe(true);
    expect('body' in c.lookup('c')).toBe(true);
    c.store(ticketOf(c.lookup('d')), body('d'.repeat(101)));
    expect('ticket' in c.lookup('d', { wait: false })).toBe(true);
  });
});

describe('response cache over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t?.stop());

  const knex = () => t.app.orm.em.getConnection().getKnex();

  it('answers a repeated query from the cache, with the same data and no SQL', async () => {
    const first = await t.graphql(CachedGroupsDocument, { first: 3 });
    const second = await t.graphql(CachedGroupsDocument, { first: 3 });
    expect(first.extensions).toMatchObject({ responseCache: 'MISS' });
    expect(first.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(second.extensions).toEqual({ cost: first.extensions?.cost, sqlStatements: 0, responseCache: 'HIT' });
    expect(second.data).toEqual(first.data);
  });

  it('shows a write made through the ORM at once', async () => {
    const before = await t.graphql(CachedGroupsDocument, { first: 50 });
    await t.graphql(CachedGroupsDocument, { first: 50 });
    const em = t.app.orm.em.fork();
    const group = Object.assign(new Group(), { acronym: 'ORM-WRITE', name: 'Written through the ORM', kind: 'OTHER', sector: 'EXTERNAL' });
    group.refreshLookupKeys();
    await em.persistAndFlush(group);
    const after = await t.graphql(CachedGroupsDocument, { first: 50 });
    expect(after.extensions?.responseCache).toBe('MISS');
    expect(after.data?.groups.totalCount).toBe(before.data!.groups.totalCount + 1);
    expect(after.data?.groups.edges.map((e) => e.node.acronym)).toContain('ORM-WRITE');
  });

  it('shows a write made with a single SQL statement at once', async () => {
    const before = await t.graphql(CachedGroupsDocument, { first: 50 });
    await t.graphql(CachedGroupsDocument, { first: 50 });
    await knex()('groups').insert({ acronym: 'SQL-WRITE', name: 'Written in SQL', kind: 'OTHER', sector: 'EXTERNAL', lookup_keys: ['sqlwrite'] });
    const after = await t.graphql(CachedGroupsDocument, { first: 50 });
    expect(after.data?.groups.totalCount).toBe(before.data!.groups.totalCount + 1);
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
