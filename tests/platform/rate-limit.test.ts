/**
 * Rate limits per client address and per token: 429 with Retry-After and a RATE_LIMITED body,
 * health endpoints exempt; with REDIS_URL several servers share one budget.
 *
 * Clients are told apart by X-Forwarded-For (TRUST_PROXY=1, as behind a reverse proxy), each
 * test with addresses of its own, so runs sharing one Redis do not share budgets. With Redis
 * unreachable, each process limits on its own (never not at all).
 */
import net from 'node:net';
import { randomBytes, randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** an address from the documentation range 2001:db8::/32, new for each call */
const newAddress = () => `2001:db8:${randomInt(0xffff).toString(16)}::${randomInt(0xffff).toString(16)}`;

async function get(app: TestApp, address: string, headers: Record<string, string> = {}) {
  return app.post({ query: '{ __typename }' }, { 'x-forwarded-for': address, ...headers });
}

describe('rate limits (in-process store)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '1' } });
  });
  afterAll(() => t?.stop());

  it('lets 3 requests a minute through per address, then answers 429 with Retry-After and a coded body', async () => {
    const address = newAddress();
    for (let i = 0; i < 3; i++) {
      const ok = await get(t, address);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('ratelimit-remaining')).toBe(String(2 - i));
    }
    const limited = await get(t, address);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.json.errors).toHaveLength(1);
    expect(limited.json.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter, requestId: expect.any(String) });
    // another client is not affected
    expect((await get(t, newAddress())).status).toBe(200);
  });

  it('does not limit /healthz and /readyz', async () => {
    const address = newAddress();
    for (let i = 0; i < 4; i++) await get(t, address);
    for (let i = 0; i < 5; i++) {
      for (const path of ['/healthz', '/readyz']) {
        expect((await fetch(`${t.url}${path}`, { headers: { 'x-forwarded-for': address } })).status).toBe(200);
      }
    }
    expect((await get(t, address)).status).toBe(429);
  });

  it('gives a token one budget across addresses, and a made-up token no escape from the address budget', async () => {
    const token = { authorization: `Bearer ${randomBytes(16).toString('hex')}` };
    for (let i = 0; i < 3; i++) expect((await get(t, newAddress(), token)).status).toBe(200);
    expect((await get(t, newAddress(), token)).status).toBe(429);

    const address = newAddress();
    for (let i = 0; i < 3; i++) expect((await get(t, address, { authorization: `Bearer fresh-${i}` })).status).toBe(200);
    expect((await get(t, address, { authorization: 'Bearer fresh-3' })).status).toBe(429);
  });
});

describe('rate limits without a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
  });
  afterAll(() => t?.stop());

  it('ignores X-Forwarded-For, so a client cannot pick a fresh address per request', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await get(t, newAddress())).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});

/** TEST_REDIS_URL, or the machine's Redis on 127.0.0.1:6379 if one answers; the tests are skipped without one */
async function testRedisUrl(): Promise<string | undefined> {
  if (process.env.TEST_REDIS_URL) return process.env.TEST_REDIS_URL;
  const reachable = await new Promise<boolean>((resolve) => {
    const socket = net.connect(6379, '127.0.0.1');
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(500);
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
  return reachable ? 'redis://127.0.0.1:6379' : undefined;
}
const redisUrl = await testRedisUrl();

describe.skipIf(!redisUrl)('rate limits in Redis (REDIS_URL)', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const env = { RATE_LIMIT_PER_MINUTE: '4', TRUST_PROXY: '1', REDIS_URL: redisUrl! };
    // one after the other: an embedded database runs in this process, and two loading their
    // templates at once can hold its event loop past the other's 5 s connect timeout
    a = await startTestApp({ env });
    b = await startTestApp({ env });
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  it('makes two server processes share one budget', async () => {
    const address = newAddress();
    const statuses = [];
    for (const app of [a, b, a, b, a, b]) statuses.push((await get(app, address)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const limited = await get(b, address);
    expect(limited.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await (await fetch(`${a.url}/readyz`)).json()).toMatchObject({ details: { rateLimit: 'shared (Redis)' } });
  });
});

/** a loopback port nothing listens on */
async function closedPort(): Promise<number> {
  const closed = net.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  return port;
}

describe('rate limits when Redis cannot be reached (REDIS_URL to a closed port)', () => {
  let lost: TestApp;
  beforeAll(async () => {
    lost = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: '1', REDIS_URL: `redis://127.0.0.1:${await closedPort()}` }, logs: true });
  });
  afterAll(() => lost?.stop());

  it('falls back to a per-process limit: over it, 429, never unlimited', async () => {
    const address = newAddress();
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(lost, address)).status);
    expect(statuses).toEqual([200, 200, 429, 429]);
    const limited = await get(lost, address);
    expect(limited.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // another client still has its own budget
    expect((await get(lost, newAddress())).status).toBe(200);
  });

  it('says so in the log and in /readyz', async () => {
    expect(lost.logs.some((l) => l.level === 40 && /Redis\) unreachable: counting in this process/.test(String(l.msg)))).toBe(true);
    const ready = await fetch(`${lost.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', details: { rateLimit: 'in-process: Redis unreachable' } });
  });
});
