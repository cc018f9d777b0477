/**
 * The database goes away and comes back: the server keeps answering (503 on /readyz within
 * 2 s, SERVICE_UNAVAILABLE on GraphQL, never a crash) and recovers by itself. The outage is
 * real: the server reaches its database through a TCP proxy, which the test shuts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  // a request deadline past the connect timeout (5 s), so a silent database shows as SERVICE_UNAVAILABLE, not QUERY_TIMEOUT
  t = await startTestApp({ seed: true, databaseProxy: true, logs: true, env: { REQUEST_TIMEOUT_MS: '20000' } });
});
afterAll(() => t?.stop());

const QUERY = { query: '{ groups(first: 5) { totalCount edges { node { acronym } } } }' };
/**
 * A query not asked before: answers already in the response cache (a few seconds old) are still
 * served while the database is away; these tests are about the queries that need it.
 */
let asked = 0;
const uncached = () => ({ query: `{ groups(first: 5) { totalCount edges { node { acronym } } } asked${++asked}: __typename }` });

async function readyz(): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${t.url}/readyz`);
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

/** polls until `done` holds, at most `ms`; returns how long it took */
async function until(done: () => Promise<boolean>, ms: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await done()) return performance.now() - started;
    if (performance.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('database outage', () => {
  it('turns /readyz 503 within 2 s, answers SERVICE_UNAVAILABLE, and recovers by itself', async () => {
    expect((await readyz()).status).toBe(200);
    const before = await t.post(QUERY);
    expect(before.json.data.groups.totalCount).toBe(9);

    await t.proxy!.cut();
    const cutAt = performance.now();
    let first503: { status: number; ms: number } | undefined;
    await until(async () => {
      const r = await readyz();
      if (r.status === 503) first503 = r;
      return r.status === 503;
    }, 5_000);
    const toNotReady = performance.now() - cutAt;
    expect(toNotReady).toBeLessThan(2_000);

    const duringStarted = performance.now();
    const during = await t.post(uncached());
    const graphqlMs = performance.now() - duringStarted;
    expect(during.status).toBeLessThan(500);
    expect(during.json.errors).toHaveLength(1);
    expect(during.json.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', requestId: expect.any(String) });
    expect(JSON.stringify(during.json)).not.toMatch(/ECONNREFUSED|terminated|127\.0\.0\.1/);
    // the health of the process does not depend on the database
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);

    await t.proxy!.restore();
    const recovery = await until(async () => (await readyz()).status === 200, 15_000);
    const after = await t.post(QUERY);
    expect(after.json.errors).toBeUndefined();
    expect(after.json.data).toEqual(before.json.data);

    const warned = t.logs.filter((l) => l.msg === 'database unavailable' && l.requestId === during.json.errors[0].extensions.requestId);
    expect(warned.length).toBeGreaterThan(0);
    console.log(
      `[outage] ${t.database}: /readyz 503 ${Math.round(toNotReady)} ms after the cut (that probe took ${Math.round(first503!.ms)} ms); ` +
        `GraphQL answered SERVICE_UNAVAILABLE; in ${Math.round(graphqlMs)} ms; ready again ${Math.round(recovery)} ms after the database returned`,
    );
  });

  it('says the same when the database stops answering (a network partition: connections hang instead of failing)', async () => {
    expect((await readyz()).status).toBe(200);
    t.proxy!.freeze();
    const frozenAt = performance.now();
    await until(async () => (await readyz()).status === 503, 5_000);
    const toNotReady = performance.now() - frozenAt;
    expect(toNotReady).toBeLessThan(2_000);

    const started = performance.now();
    const during = await t.post(uncached());
    const graphqlMs = performance.now() - started;
    expect(during.status).toBeLessThan(500);
    expect(during.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');

    await t.proxy!.restore();
    const recovery = await until(async () => (await readyz()).status === 200, 15_000);
    expect((await t.post(QUERY)).json.data.groups.totalCount).toBe(9);
    console.log(
      `[outage] ${t.database}, database silent: /readyz 503 ${Math.round(toNotReady)} ms after; GraphQL SERVICE_UNAVAILABLE after ` +
        `${Math.round(graphqlMs)} ms (the connect timeout); ready again ${Math.round(recovery)} ms after the database returned`,
    );
  });
});
