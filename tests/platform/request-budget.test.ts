/**
 * The time and row budget of a request (REQUEST_TIMEOUT_MS, MAX_ROWS_PER_REQUEST): a request
 * stops at its deadline and answers QUERY_TIMEOUT, its running statements are cancelled, work
 * stops when the client goes away, it cannot read more rows than the cap, and the health
 * endpoints keep answering while heavy queries run.
 *
 * The slow statement is real: on PostgreSQL the test holds a lock the request's statement must
 * wait for (pg_stat_activity shows it waiting, then shows it gone once cancelled); on both
 * databases the database can be silenced through the TCP proxy. The embedded database has one
 * connection and its socket server ignores PostgreSQL's CancelRequest, so a lock cannot be held
 * beside the server and a running statement cannot be cancelled there: those tests run on
 * PostgreSQL only (the deadline itself is tested on both).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { isBudgetStop, RequestBudget, runWithBudget } from '../../src/platform/database/request-budget.js';

const TIMEOUT_MS = 1_500;

/** a query not asked before, so the response cache cannot answer it */
let asked = 0;
const fresh = (query: string) => ({ query: query.replace(/^\{/, `{ asked${++asked}: __typename `) });

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work;
  return { value, ms: performance.now() - started };
}

async function healthMs(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/healthz`);
  await res.arrayBuffer();
  expect(res.status).toBe(200);
  return performance.now() - started;
}

describe('request deadline (both databases)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true, databaseProxy: true, env: { REQUEST_TIMEOUT_MS: String(TIMEOUT_MS), RATE_LIMIT_PER_MINUTE: '0' } });
  });
  afterAll(() => t?.stop());

  it('answers QUERY_TIMEOUT on time when a statement does not come back, and /healthz keeps answering', async () => {
    expect((await t.post(fresh('{ groups { totalCount } }'))).status).toBe(200);
    t.proxy!.freeze();
    try {
      const request = timed(t.post(fresh('{ groups { totalCount } }')));
      const health = await healthMs(t.url);
      const { value: answer, ms } = await request;
      expect(answer.status).toBe(503);
      expect(answer.json.errors).toHaveLength(1);
      expect(answer.json.errors[0].extensions).toMatchObject({ code: 'QUERY_TIMEOUT', limit: 'time', max: TIMEOUT_MS, requestId: expect.any(String) });
      expect(answer.json.data).toBeUndefined();
      expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(ms).toBeLessThan(TIMEOUT_MS + 1_000);
      expect(health).toBeLessThan(1_000);
      console.log(`[budget] ${t.database}, silent database: QUERY_TIMEOUT after ${Math.round(ms)} ms (limit ${TIMEOUT_MS}); /healthz meanwhile ${Math.round(health)} ms`);
    } finally {
      await t.proxy!.restore();
    }
    // the server recovers: the next request is answered
    for (let i = 0; i < 50; i++) {
      const after = await t.post(fresh('{ groups { totalCount } }'));
      if (after.json.data?.groups) {
        expect(after.json.data.groups.totalCount).toBe(9);
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no answer after the database came back');
  });
});

describe('rows per request (both databases)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // the seed has 9 groups: a cap of 8 rows lets one group through, not all of them
    t = await startTestApp({ seed: true, env: { MAX_ROWS_PER_REQUEST: '8', RATE_LIMIT_PER_MINUTE: '0' } });
  });
  afterAll(() => t?.stop());

  it('stops a request that reads more rows than the cap with QUERY_TOO_COMPLEX (limit "rows"), and lets a smaller one through', async () => {
    const small = await t.post(fresh('{ group(acronym: "CWG-COP") { acronym } }'));
    expect(small.json).toMatchObject({ data: { group: { acronym: 'CWG-COP' } } });
    expect(small.json.errors).toBeUndefined();

    const big = await t.post(fresh('{ groups(first: 20) { edges { node { acronym } } } }'));
    expect(big.status).toBe(400);
    expect(big.json.errors).toHaveLength(1);
    expect(big.json.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'rows', max: 8 });
    expect(big.json.data).toBeUndefined();
  });
});

const base = process.env.TEST_DATABASE_URL;

describe.skipIf(!base)('cancelled statements (PostgreSQL: the embedded database cannot cancel, nor hold a lock beside the server)', () => {
  let t: TestApp;
  let locker: pg.Client;
  let observer: pg.Client;
  beforeAll(async () => {
    t = await startTestApp({ seed: true, env: { REQUEST_TIMEOUT_MS: String(TIMEOUT_MS), RATE_LIMIT_PER_MINUTE: '0' } });
    const url = t.app.orm.config.getClientUrl();
    locker = new pg.Client({ connectionString: url });
    observer = new pg.Client({ connectionString: url });
    await Promise.all([locker.connect(), observer.connect()]);
  });
  afterAll(async () => {
    await locker?.end();
    await observer?.end();
    await t?.stop();
  });

  /** the server's statements that wait for the lock on groups (a page and its count: one or two) */
  async function waiting(): Promise<number> {
    const { rows } = await observer.query(
      `select count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid not in ($1, $2) and state = 'active' and wait_event_type = 'Lock'`,
      [(locker as unknown as { processID: number }).processID, (observer as unknown as { processID: number }).processID],
    );
    return rows[0].n as number;
  }

  async function until(done: () => Promise<boolean>, ms: number): Promise<number> {
    const started = performance.now();
    for (;;) {
      if (await done()) return performance.now() - started;
      if (performance.now() - started > ms) throw new Error(`not within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  it('cancels the running statement at the deadline', async () => {
    await locker.query('begin');
    await locker.query('lock table groups in access exclusive mode');
    try {
      const request = timed(t.post(fresh('{ groups { totalCount } }')));
      await until(async () => (await waiting()) > 0, 1_000);
      const { value: answer, ms } = await request;
      expect(answer.status).toBe(503);
      expect(answer.json.errors[0].extensions.code).toBe('QUERY_TIMEOUT');
      expect(ms).toBeLessThan(TIMEOUT_MS + 1_000);
      // the statement is gone from the database, though the lock is still held
      const gone = await until(async () => (await waiting()) === 0, 1_000);
      console.log(`[budget] QUERY_TIMEOUT after ${Math.round(ms)} ms; the waiting statement was cancelled ${Math.round(gone)} ms later`);
    } finally {
      await locker.query('rollback');
    }
  });

  it('stops the work when the client goes away', async () => {
    await locker.query('begin');
    await locker.query('lock table groups in access exclusive mode');
    try {
      const client = new AbortController();
      const request = fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(fresh('{ groups { totalCount } }')),
        signal: client.signal,
      }).catch((error: Error) => error);
      await until(async () => (await waiting()) > 0, 1_000);
      client.abort();
      expect(await request).toBeInstanceOf(Error);
      // long before the deadline, the statement is cancelled
      const gone = await until(async () => (await waiting()) === 0, TIMEOUT_MS / 2);
      console.log(`[budget] client gone: its statement cancelled ${Math.round(gone)} ms later`);
    } finally {
      await locker.query('rollback');
    }
    expect((await t.post(fresh('{ groups { totalCount } }'))).json.data.groups.totalCount).toBe(9);
  });
});

describe.skipIf(!base)('a request stopped inside a transaction (PostgreSQL: a pool of several connections, one of which could be left aborted)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true, env: { RATE_LIMIT_PER_MINUTE: '0' } });
  });
  afterAll(() => t?.stop());

  it('ends the transaction of a request stopped inside one, so its connection serves the next requests', async () => {
    const knex = t.app.orm.em.getConnection().getKnex();
    const budget = new RequestBudget({ timeoutMs: 10_000, maxRows: 8 });
    // a transaction that reads past the cap (the seed's groups), as the export's snapshot could
    const stopped = runWithBudget(budget, () =>
      knex.transaction(async (trx) => { await trx.raw('select * from groups'); }));
    const error = await stopped.then(() => undefined, (e: unknown) => e as Error);
    expect(error).toSatisfy(isBudgetStop);
    // the error is the statement that read too much: the ROLLBACK after it went through
    expect(error!.message).toMatch(/^select \* from groups - The request read more than 8 rows/);
    budget.finish();
    // every pooled connection answers (the embedded database has one; a poisoned one would say
    // "current transaction is aborted" here, and to every request after)
    for (let i = 0; i < 3; i++) {
      const rows = await t.app.orm.em.fork().transactional((tx) => tx.getConnection().execute('select 1 as one'));
      expect(rows).toEqual([{ one: 1 }]);
    }
    const after = await t.post(fresh('{ group(acronym: "CWG-COP") { acronym } }'));
    expect(after.json).toMatchObject({ data: { group: { acronym: 'CWG-COP' } } });
  });
});
