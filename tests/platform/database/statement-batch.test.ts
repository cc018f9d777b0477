import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { rawQuery } from '../../../src/platform/database/raw.js';
import { runCountingStatements, type StatementCount } from '../../../src/platform/database/query-counter.js';

/**
 * The reads a request sends in one tick go down one connection in one message, each as a
 * prepared statement of that connection (statement-batch.ts), on the real database.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

type Rows<T> = { rows: T[] };

async function counted<T>(work: () => Promise<T>): Promise<{ value: T; count: StatementCount }> {
  const count: StatementCount = { statements: 0, roundTrips: 0 };
  const value = await runCountingStatements(count, work);
  return { value, count };
}

describe('reads sent together', () => {
  it('share one round trip, each answered with its own rows', async () => {
    const em = t.app.orm.em.fork();
    const { value, count } = await counted(() =>
      Promise.all([1, 2, 3, 4, 5].map((n) => rawQuery(em, 'select ?::int * 10 as n, ?::text as label', [n, `#${n}`]) as Promise<Rows<{ n: number; label: string }>>)),
    );
    expect(value.map((r) => r.rows)).toEqual([1, 2, 3, 4, 5].map((n) => [{ n: n * 10, label: `#${n}` }]));
    expect(count).toEqual({ statements: 5, roundTrips: 1 });
  });

  it('read the same values as a statement sent alone: timestamps, dates and arrays alike', async () => {
    const em = t.app.orm.em.fork();
    const sql = `select ?::timestamptz as at, ?::date as day, array[?::timestamptz] as ats, ?::int8 as big, ?::jsonb as doc`;
    const bindings = ['2026-03-01T10:20:30.123Z', '2026-03-01', '2026-03-01T10:20:30Z', '9007199254740993', '{"a":1}'];
    const { value: alone, count: aloneCount } = await counted(() => rawQuery(em, sql, bindings) as Promise<Rows<unknown>>);
    const { value: together, count } = await counted(() => Promise.all([rawQuery(em, sql, bindings), rawQuery(em, 'select 1 as n')]) as Promise<Rows<unknown>[]>);
    expect(aloneCount.roundTrips).toBe(1);
    expect(count).toEqual({ statements: 2, roundTrips: 1 });
    expect(together[0]!.rows).toEqual(alone.rows);
    // as MikroORM's driver reads them: PostgreSQL's text for timestamps and dates (the read path
    // turns what it shows into Dates itself, rows.ts), int8 as text (no precision lost)
    expect(alone.rows[0]).toMatchObject({ day: '2026-03-01', big: '9007199254740993', doc: { a: 1 } });
    expect(typeof (alone.rows[0] as { at: unknown }).at).toBe('string');
  });

  it('write each SQL text once, and still let knex inline raw SQL and refuse an undefined value', async () => {
    const em = t.app.orm.em.fork();
    const sql = 'select ?::int + 1 as n';
    // the text is written once, then reused with each read's own value
    const plain = (await Promise.all([1, 2].map((n) => rawQuery(em, sql, [n])))) as Rows<{ n: number }>[];
    expect(plain.map((r) => r.rows[0]!.n)).toEqual([2, 3]);
    // the same SQL with raw SQL as its value: knex writes it in
    const inlined = (await rawQuery(em, sql, [em.getKnex().raw('40 + 1')])) as Rows<{ n: number }>;
    expect(inlined.rows[0]!.n).toBe(42);
    await expect(rawQuery(em, sql, [undefined])).rejects.toThrow(/Undefined binding/);
    expect(((await rawQuery(em, sql, [9])) as Rows<{ n: number }>).rows[0]!.n).toBe(10);
  });

  it('a failing read fails alone: the others still answer', async () => {
    const em = t.app.orm.em.fork();
    const answers = await Promise.allSettled([
      rawQuery(em, 'select ?::int as n', [1]),
      rawQuery(em, 'select 1 / (?::int - 2) as n', [2]),
      rawQuery(em, 'select ?::int as n', [3]),
    ]);
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((answers[1] as PromiseRejectedResult).reason)).toMatch(/division by zero/);
    expect((answers[2] as PromiseFulfilledResult<Rows<{ n: number }>>).value.rows).toEqual([{ n: 3 }]);
    // the failed message's statements are prepared again, not refused as already there
    const after = (await Promise.all([rawQuery(em, 'select ?::int as n', [5]), rawQuery(em, 'select 1 / (?::int - 2) as n', [3])])) as Rows<{ n: number }>[];
    expect(after.map((r) => r.rows)).toEqual([[{ n: 5 }], [{ n: 1 }]]);
  });

  it('are prepared statements of their connection, planned once and bound again', async () => {
    const em = t.app.orm.em.fork();
    const statement = 'select ?::int + 1 as next';
    // the read and a look at what its connection holds prepared, in the same message (so on the same connection)
    const [read, prepared] = await Promise.all([
      rawQuery(em, statement, [41]) as Promise<Rows<{ next: number }>>,
      rawQuery(em, `select name from pg_prepared_statements where statement = ?`, [statement.replace('?', '$1')]) as Promise<Rows<{ name: string }>>,
    ]);
    expect(read.rows).toEqual([{ next: 42 }]);
    expect(prepared.rows).toHaveLength(1);
    expect(prepared.rows[0].name).toMatch(/^lg_/);
    // run again with another value: same statement, its own answer
    const again = (await rawQuery(em, statement, [99])) as Rows<{ next: number }>;
    expect(again.rows).toEqual([{ next: 100 }]);
  });

  it('keep at most 500 prepared statements on a connection, however many distinct texts a request sends', async () => {
    const em = t.app.orm.em.fork();
    // the worst a query can do to this limit: as many distinct statement texts as it can make, all in one message
    const texts = Array.from({ length: 600 }, (_, i) => `select ?::int + ${i} as n, 'distinct ${i}' as tag`);
    const answers = (await Promise.all([
      ...texts.map((text) => rawQuery(em, text, [1])),
      rawQuery(em, `select count(*)::int as prepared from pg_prepared_statements where name like 'lg\\_%'`),
    ])) as Rows<{ n?: number; prepared?: number }>[];
    expect(answers.slice(0, 600).map((a) => a.rows[0].n)).toEqual(texts.map((_, i) => 1 + i));
    expect(answers[600].rows[0].prepared).toBeLessThanOrEqual(500);
    expect(answers[600].rows[0].prepared).toBeGreaterThan(0);
  });

  it("read a statement's columns once, and read them again when a migration changes them", async () => {
    const em = t.app.orm.em.fork();
    const knex = em.getKnex();
    await knex.raw('drop table if exists statement_batch_probe');
    await knex.raw(`create table statement_batch_probe (id int primary key, at timestamptz, big int8, doc jsonb, v int)`);
    try {
      await knex.raw(`insert into statement_batch_probe values (1, '2026-03-01T10:20:30Z', 9007199254740993, '{"a":1}', 7)`);
      const sql = 'select at, big, doc, v from statement_batch_probe where id = ?';
      // each its own message: the first describes the columns, the later ones parse with what it read
      const reads: unknown[] = [];
      for (let i = 0; i < 4; i++) reads.push(((await rawQuery(em, sql, [1])) as Rows<unknown>).rows);
      const first = reads[0] as { at: unknown; big: unknown; doc: unknown; v: unknown }[];
      expect(first).toEqual([{ at: expect.any(String), big: '9007199254740993', doc: { a: 1 }, v: 7 }]);
      for (const read of reads) expect(read).toEqual(first);
      // a migration changes a column's type under the prepared statements: the next reads see the new type
      await knex.raw(`alter table statement_batch_probe alter column v type text using 'seven'`);
      for (let i = 0; i < 3; i++) {
        const [row] = ((await Promise.all([rawQuery(em, sql, [1]), rawQuery(em, 'select 1 as n')])) as Rows<{ v: unknown }>[])[0]!.rows;
        expect(row!.v).toBe('seven');
      }
    } finally {
      await knex.raw('drop table if exists statement_batch_probe');
    }
  });

  it('are planned once per connection, not for each read (plan_cache_mode, DATABASE_PLAN_CACHE_MODE)', async () => {
    const em = t.app.orm.em.fork();
    const [mode] = ((await rawQuery(em, 'show plan_cache_mode')) as Rows<{ plan_cache_mode: string }>).rows;
    expect(mode.plan_cache_mode).toBe('force_generic_plan');
  });
});
