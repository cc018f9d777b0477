import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql } from '../support/tokens.js';
import {
  CreatePeriodLiaisonDocument,
  OverdueLiaisonTitlesDocument,
  UpdatePeriodLiaisonDocument,
  type CreateLiaisonInput,
} from '../graphql/generated.js';

/**
 * A deadline known to the month or the year (issue 18, item 4): the API gives it back as given,
 * and "overdue" waits for the end of the period. "Today" is the database's UTC date, so the
 * months here are this one and the one before.
 */
let t: TestApp;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  tokens = await createRoleTokens(t);
});
afterAll(() => t?.stop());

const today = () => new Date().toISOString().slice(0, 10);
const thisMonth = () => today().slice(0, 7);
function lastMonth(): string {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}
/** the last day of the month before this one */
const lastDayOfLastMonth = () => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 0)).toISOString().slice(0, 10);

async function create(input: Partial<CreateLiaisonInput>) {
  const res = await t.graphql(
    CreatePeriodLiaisonDocument,
    { input: { title: 'Comments on the draft', from: 'CWG-COP', to: [{ group: 'CG-COP' }], purpose: 'FOR_ACTION', status: 'SENT', sentOn: '2025-01-10', ...input } },
    { headers: tokens.secretariat.headers },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createLiaison!;
}

const liaisonCount = async () => Number((await sql<{ n: number }>(t, 'select count(*)::int as n from liaisons'))[0].n);

describe('a deadline known to the month', () => {
  it('comes back as the month, and is not overdue before the month is over', async () => {
    const { liaison, userErrors } = await create({ title: 'Due this month', deadline: thisMonth() });
    expect(userErrors).toEqual([]);
    expect(liaison).toMatchObject({ deadlinePeriod: thisMonth(), deadline: `${thisMonth()}-01`, awaitingReply: true, replyOverdue: false });
  });

  it('is overdue once the month is over, as a day deadline on its last day is', async () => {
    const month = await create({ title: 'Due last month', deadline: lastMonth() });
    const day = await create({ title: 'Due on the last day of last month', deadline: lastDayOfLastMonth() });
    expect(month.liaison).toMatchObject({ deadlinePeriod: lastMonth(), replyOverdue: true });
    expect(day.liaison).toMatchObject({ deadlinePeriod: lastDayOfLastMonth(), replyOverdue: true });
    const overdue = (await t.graphql(OverdueLiaisonTitlesDocument, {})).data!.liaisons.edges.map((e) => e.node.title);
    expect(overdue).toEqual(expect.arrayContaining(['Due last month', 'Due on the last day of last month']));
    expect(overdue).not.toContain('Due this month');
  });

  it('is stored as the period\'s first day and its precision', async () => {
    const { liaison } = await create({ title: 'Due in 2025', deadline: '2025' });
    expect(liaison).toMatchObject({ deadlinePeriod: '2025', deadline: '2025-01-01', replyOverdue: true });
    const rows = await sql<{ d: string; p: string }>(t, `select to_char(deadline, 'YYYY-MM-DD') as d, deadline_precision as p from liaisons where title = 'Due in 2025'`);
    expect(rows).toEqual([{ d: '2025-01-01', p: 'year' }]);
  });

  it('changes precision through updateLiaison', async () => {
    const { liaison } = await create({ title: 'Replanned', deadline: '2025-04-15' });
    const res = await t.graphql(UpdatePeriodLiaisonDocument, { input: { id: liaison!.id, version: liaison!.version, deadline: '2025-04' } }, { headers: tokens.secretariat.headers });
    expect(res.data!.updateLiaison!.userErrors).toEqual([]);
    expect(res.data!.updateLiaison!.liaison).toMatchObject({ deadlinePeriod: '2025-04', deadline: '2025-04-01' });
  });
});

describe('a partial date that is not a date', () => {
  it.each(['2025-13', '2025-02-30', 'April', '2025-4', '25-04', '2025-04-'])('%s is a BAD_USER_INPUT naming the field, and nothing is written', async (deadline) => {
    const before = await liaisonCount();
    const { liaison, userErrors } = await create({ title: `Bad ${deadline}`, deadline });
    expect(liaison).toBeNull();
    expect(userErrors).toEqual([expect.objectContaining({ field: 'deadline', code: 'BAD_USER_INPUT' })]);
    expect(userErrors[0].message).toContain(deadline);
    expect(await liaisonCount()).toBe(before);
  });

  it('is refused on update too, the liaison left as it was', async () => {
    const { liaison } = await create({ title: 'Kept', deadline: '2025-04' });
    const res = await t.graphql(UpdatePeriodLiaisonDocument, { input: { id: liaison!.id, version: liaison!.version, deadline: '2025-00' } }, { headers: tokens.secretariat.headers });
    expect(res.data!.updateLiaison!.userErrors).toEqual([expect.objectContaining({ field: 'deadline', code: 'BAD_USER_INPUT' })]);
    const rows = await sql<{ v: number; p: string }>(t, 'select version as v, deadline_precision as p from liaisons where title = ?', ['Kept']);
    expect(rows).toEqual([{ v: liaison!.version, p: 'month' }]);
  });
});
