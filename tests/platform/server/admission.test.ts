/**
 * MAX_CONCURRENT_REQUESTS: a process executes at most that many GraphQL requests at once; the
 * others wait their turn inside their own deadline. The requests that hold the places are made
 * slow for real: the database behind them goes silent (the TCP proxy freezes), so they wait on
 * statements that do not come back, on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const LIMIT = 2;
const TIMEOUT_MS = 2_500;
/** enough for a page of the seed's groups and its count, not for two pages */
const MAX_ROWS = 12;

/** a query not asked before, so the response cache cannot answer it */
let asked = 0;
const fresh = (query: string) => ({ query: query.replace(/^\{/, `{ asked${++asked}: __typename `) });

/** what /healthz says of the requests (it touches no database, so it answers while the database is silent) */
async function readiness(url: string) {
  const res = await fetch(`${url}/healthz`);
  return ((await res.json()) as { requests: { executing: number; waiting: number; limit: number } }).requests;
}

/** a request and whether it has been answered yet */
function tracked<T>(work: Promise<T>) {
  const started = performance.now();
  const state = { settled: false, ms: 0 };
  const done = work.finally(() => {
    state.settled = true;
    state.ms = performance.now() - started;
  });
  return { state, done };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe(`requests executed at once (MAX_CONCURRENT_REQUESTS=${LIMIT})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      seed: true,
      databaseProxy: true,
      env: { MAX_CONCURRENT_REQUESTS: String(LIMIT), REQUEST_TIMEOUT_MS: String(TIMEOUT_MS), RATE_LIMIT_PER_MINUTE: '0', MAX_ROWS_PER_REQUEST: String(MAX_ROWS) },
    });
  });
  afterAll(() => t?.stop());

  /** after restore(): the server answers from the database again */
  async function recovered() {
    for (let i = 0; i < 50; i++) {
      if ((await t.post(fresh('{ groups { totalCount } }'))).json.data?.groups) return;
      await sleep(100);
    }
    throw new Error('no answer after the database came back');
  }

  /** LIMIT requests that wait on the silent database, holding every place */
  async function holdEveryPlace() {
    expect((await t.post(fresh('{ groups { totalCount } }'))).status).toBe(200);
    t.proxy!.freeze();
    const holders = Array.from({ length: LIMIT }, () => tracked(t.post(fresh('{ groups { totalCount } }'))));
    // until both are executing, so the next one is the one that waits
    for (let i = 0; i < 50 && (await readiness(t.url)).executing < LIMIT; i++) await sleep(20);
    expect(await readiness(t.url)).toEqual({ executing: LIMIT, waiting: 0, limit: LIMIT });
    return holders;
  }

  it('makes a request beyond the limit wait for a place, then answers it', async () => {
    const holders = await holdEveryPlace();
    try {
      // needs no database at all: without the limit it would be answered at once
      const waiting = tracked(t.post(fresh('{ __typename }')));
      // reads the database once its turn comes, inside its own budget: more rows than it may read
      const reading = tracked(t.post(fresh('{ a: groups(first: 50) { edges { node { acronym } } } b: groups(first: 49) { edges { node { acronym } } } }')));
      await sleep(500);
      expect(waiting.state.settled).toBe(false);
      expect(await readiness(t.url)).toMatchObject({ executing: LIMIT, waiting: 2 });
      await t.proxy!.restore();
      const answer = await waiting.done;
      expect(answer.status).toBe(200);
      expect(answer.json.data.__typename).toBe('Query');
      expect(waiting.state.ms).toBeGreaterThanOrEqual(500);
      const read = await reading.done;
      expect(read.json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(read.json.errors?.[0]?.message).toMatch(new RegExp(`more than ${MAX_ROWS} rows`));
    } finally {
      await t.proxy!.restore();
      await Promise.all(holders.map((h) => h.done));
    }
    expect(await readiness(t.url)).toEqual({ executing: 0, waiting: 0, limit: LIMIT });
  });

  it('counts the wait against the deadline: a line longer than the places is answered by each deadline, then the places come back', async () => {
    const holders = await holdEveryPlace();
    let waiters: ReturnType<typeof tracked<Awaited<ReturnType<TestApp['post']>>>>[] = [];
    try {
      // each waits for a place, then for the silent database: neither may take it past its own deadline
      waiters = Array.from({ length: 3 }, () => tracked(t.post(fresh('{ groups { totalCount } }'))));
      const answers = await Promise.all(waiters.map((w) => w.done));
      for (const [i, answer] of answers.entries()) {
        expect(answer.status).toBe(503);
        expect(answer.json.errors[0].extensions).toMatchObject({ code: 'QUERY_TIMEOUT', limit: 'time', max: TIMEOUT_MS });
        expect(waiters[i]!.state.ms).toBeLessThan(TIMEOUT_MS + 1_000);
      }
    } finally {
      await t.proxy!.restore();
      await Promise.all([...holders, ...waiters].map((h) => h.done));
    }
    // the pool's connections that went silent are replaced on first use: once one answer is back,
    // every place is free again, and more requests than places are all answered
    await recovered();
    const after = await Promise.all(Array.from({ length: LIMIT + 2 }, () => t.post(fresh('{ groups { totalCount } }'))));
    expect(after.map((a) => a.json.data?.groups?.totalCount)).toEqual(Array(LIMIT + 2).fill(9));
    expect(await readiness(t.url)).toEqual({ executing: 0, waiting: 0, limit: LIMIT });
  });

  it('gives up the place of a client that went away while waiting', async () => {
    const holders = await holdEveryPlace();
    try {
      const gone = new AbortController();
      const waiting = fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(fresh('{ groups { totalCount } }')),
        signal: gone.signal,
      }).catch((error: unknown) => error);
      for (let i = 0; i < 50 && (await readiness(t.url)).waiting < 1; i++) await sleep(20);
      gone.abort();
      await waiting;
      for (let i = 0; i < 50 && (await readiness(t.url)).waiting > 0; i++) await sleep(20);
      expect(await readiness(t.url)).toMatchObject({ executing: LIMIT, waiting: 0 });
    } finally {
      await t.proxy!.restore();
      await Promise.all(holders.map((h) => h.done));
    }
    expect(await readiness(t.url)).toEqual({ executing: 0, waiting: 0, limit: LIMIT });
  });
});
