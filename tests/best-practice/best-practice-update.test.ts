import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql } from '../support/tokens.js';
import { historyOf } from '../support/history.js';
import { CreateBestPracticeDocument, UpdateBestPracticeDocument, type UpdateBestPracticeInput } from '../graphql/generated.js';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  tokens = await createRoleTokens(t);
});
afterAll(() => t?.stop());

const created = async () => {
  const res = await t.graphql(CreateBestPracticeDocument, {
    input: { title: 'Helpline feedback loops', summary: 'Helplines report issues back.', sourceGroup: 'CWG-COP', documents: ['CWG-COP/COUNCIL-REPORT-21-22'] },
  }, { headers: tokens.cwgCop.headers });
  return res.data!.createBestPractice!.bestPractice!;
};
const update = (input: UpdateBestPracticeInput, token = tokens.cwgCop) => t.graphql(UpdateBestPracticeDocument, { input }, { headers: token.headers });

describe('updateBestPractice', () => {
  it('changes title, summary, meeting and documents; history shows before and after', async () => {
    const practice = await created();
    const res = await update({ id: practice.id, version: 1, title: 'Helpline feedback', summary: 'Helplines report recurring issues to regulators.', meeting: 'CWG-COP#22', documents: ['CWG-COP/LS-SG2-Q3-2'] });
    expect(res.data!.updateBestPractice).toEqual({
      bestPractice: {
        id: practice.id, title: 'Helpline feedback', summary: 'Helplines report recurring issues to regulators.', version: 2,
        sourceGroup: { acronym: 'CWG-COP' }, meeting: { number: 22 }, documents: [{ symbol: 'CWG-COP/LS-SG2-Q3-2' }],
      },
      userErrors: [],
    });
    const { changes } = await historyOf(t, practice.id);
    expect(changes[1]).toMatchObject({
      action: 'UPDATE',
      fields: ['title', 'summary', 'meeting', 'documents'],
      before: { title: 'Helpline feedback loops', meeting: null, documents: ['CWG-COP/COUNCIL-REPORT-21-22'] },
      after: { title: 'Helpline feedback', meeting: 'CWG-COP#22', documents: ['CWG-COP/LS-SG2-Q3-2'] },
    });
  });

  it('refuses a stale version with CONFLICT', async () => {
    const practice = await created();
    await update({ id: practice.id, version: 1, title: 'One' });
    const stale = await update({ id: practice.id, version: 1, title: 'Two' });
    expect(stale.data!.updateBestPractice).toEqual({ bestPractice: null, userErrors: [expect.objectContaining({ field: 'version', code: 'CONFLICT', currentVersion: 2 })] });
  });

  it("refuses another group's EDITOR with FORBIDDEN, before anything is written", async () => {
    const practice = await created();
    const before = await sql(t, 'select count(*)::int as n from changes');
    const res = await update({ id: practice.id, version: 1, title: 'Hijacked' }, tokens.q32);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const away = await update({ id: practice.id, version: 1, sourceGroup: 'SG2 Q3/2' });
    expect(away.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await sql(t, 'select count(*)::int as n from changes')).toEqual(before);
  });

  it('answers bad input with userErrors naming the field', async () => {
    const practice = await created();
    const cases: [Partial<UpdateBestPracticeInput>, string, string][] = [
      [{ title: '' }, 'title', 'BAD_USER_INPUT'],
      [{ summary: null }, 'summary', 'BAD_USER_INPUT'],
      [{ documents: ['NO/SUCH'] }, 'documents[0]', 'NOT_FOUND'],
      [{ meeting: 'CWG-COP#99' }, 'meeting', 'NOT_FOUND'],
    ];
    for (const [more, field, code] of cases) {
      const res = await update({ id: practice.id, version: 1, ...more });
      expect(res.data!.updateBestPractice, field).toEqual({ bestPractice: null, userErrors: [expect.objectContaining({ field, code })] });
    }
  });
});
