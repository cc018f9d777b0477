import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { sql } from '../../support/tokens.js';
import { partialDateSql, periodEndSql } from '../../../src/platform/database/period-sql.js';
import { partialDateEnd, partialDateProblem } from '../../../src/platform/graphql/scalars.js';

/**
 * The end-of-period rule every "overdue", "due soon" and "date passed" reads (periodEndSql), on
 * the real database at fixed days: a deadline of April 2025 has not passed on 15 April and has on
 * 1 May. The JavaScript twin (partialDateEnd, for feeds and messages) must agree with it.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

async function passed(start: string, precision: string, today: string): Promise<{ passed: boolean; end: string; written: string }> {
  const [row] = await sql<{ passed: boolean; end: string; written: string }>(
    t,
    `select ${periodEndSql('t.due')} < ?::date as passed, to_char(${periodEndSql('t.due')}, 'YYYY-MM-DD') as "end", ${partialDateSql('t.due')} as written
     from (select ?::date as due, ?::text as due_precision) t`,
    [today, start, precision],
  );
  return row;
}

describe('the end of a period', () => {
  it('a month: not passed on the 15th nor on its last day, passed on the 1st of the next', async () => {
    expect(await passed('2025-04-01', 'month', '2025-04-15')).toEqual({ passed: false, end: '2025-04-30', written: '2025-04' });
    expect((await passed('2025-04-01', 'month', '2025-04-30')).passed).toBe(false);
    expect((await passed('2025-04-01', 'month', '2025-05-01')).passed).toBe(true);
  });

  it('a year runs to 31 December; a day is the day; February knows leap years', async () => {
    expect(await passed('2025-01-01', 'year', '2025-12-31')).toEqual({ passed: false, end: '2025-12-31', written: '2025' });
    expect((await passed('2025-01-01', 'year', '2026-01-01')).passed).toBe(true);
    expect(await passed('2025-04-15', 'day', '2025-04-16')).toEqual({ passed: true, end: '2025-04-15', written: '2025-04-15' });
    expect((await passed('2024-02-01', 'month', '2024-02-29')).end).toBe('2024-02-29');
  });

  it('agrees with partialDateEnd', async () => {
    for (const [start, precision, written] of [['2024-02-01', 'month', '2024-02'], ['2025-12-01', 'month', '2025-12'], ['2026-01-01', 'year', '2026'], ['2025-03-31', 'day', '2025-03-31']]) {
      expect((await passed(start, precision, '2000-01-01')).end).toBe(partialDateEnd(written));
    }
  });
});

describe('partialDateProblem', () => {
  it('takes a year, a month or a day, and nothing else', () => {
    for (const good of ['2025', '2025-04', '2025-04-30', '2024-02-29']) expect(partialDateProblem(good)).toBeNull();
    for (const bad of ['2025-13', '2025-00', '2025-02-30', '2025-02-29', 'April', 'April 2025', '2025-4', '']) expect(partialDateProblem(bad)).toMatch(/./);
  });
});
