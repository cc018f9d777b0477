import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql } from '../support/tokens.js';
import { CreatePeriodActionItemDocument } from '../graphql/generated.js';

/** An action item due by a month or a year (issue 18, item 4): overdue once the period is over. */
let t: TestApp;
let headers: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  headers = (await createRoleTokens(t)).secretariat.headers;
});
afterAll(() => t?.stop());

const month = (offset: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
};

async function create(title: string, dueOn: string) {
  const res = await t.graphql(CreatePeriodActionItemDocument, { input: { title, assignee: 'Secretariat', raisedBy: 'CWG-COP#21/1', dueOn } }, { headers });
  expect(res.errors).toBeUndefined();
  return res.data!.createActionItem!;
}

describe('an action item due by a month', () => {
  it('is due by the month as given, overdue only once the month is over', async () => {
    const current = await create('Due this month', month(0));
    expect(current.userErrors).toEqual([]);
    expect(current.actionItem).toMatchObject({ duePeriod: month(0), dueOn: `${month(0)}-01`, isOverdue: false });
    const past = await create('Due last month', month(-1));
    expect(past.actionItem).toMatchObject({ duePeriod: month(-1), isOverdue: true });
    const year = await create('Due this year', month(0).slice(0, 4));
    expect(year.actionItem).toMatchObject({ duePeriod: month(0).slice(0, 4), isOverdue: false });
  });

  it('refuses a due date that is not a date, writing nothing', async () => {
    const count = async () => Number((await sql<{ n: number }>(t, 'select count(*)::int as n from action_items'))[0].n);
    const before = await count();
    const { actionItem, userErrors } = await create('Never', '2025-02-30');
    expect(actionItem).toBeNull();
    expect(userErrors).toEqual([expect.objectContaining({ field: 'dueOn', code: 'BAD_USER_INPUT' })]);
    expect(await count()).toBe(before);
  });
});
