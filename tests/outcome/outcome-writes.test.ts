import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql } from '../support/tokens.js';
import { historyOf } from '../support/history.js';
import { RecordOutcomeDocument, UpdateOutcomeDocument } from '../graphql/generated.js';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  tokens = await createRoleTokens(t);
});
afterAll(() => t?.stop());

const recorded = async () => {
  const res = await t.graphql(RecordOutcomeDocument, { input: { meeting: 'CWG-COP#22', kind: 'NOTED', text: 'The meeting noted the draft.' } }, { headers: tokens.cwgCop.headers });
  return res.data!.recordOutcome!.outcome!;
};

describe('updateOutcome', () => {
  it('corrects the verb and the text of an outcome named "ACRONYM#meeting/position"; history shows before and after', async () => {
    const outcome = await recorded();
    const res = await t.graphql(UpdateOutcomeDocument, {
      input: { outcome: `CWG-COP#22/${outcome.position}`, version: 1, kind: 'AGREED', text: 'The meeting agreed the draft.' },
    }, { headers: tokens.cwgCop.headers });
    expect(res.data!.updateOutcome).toEqual({
      outcome: { id: outcome.id, position: outcome.position, kind: 'AGREED', text: 'The meeting agreed the draft.', version: 2, meeting: { number: 22 } },
      userErrors: [],
    });
    const { changes } = await historyOf(t, outcome.id);
    expect(changes.map((c) => c.action)).toEqual(['CREATE', 'UPDATE']);
    expect(changes[1]).toMatchObject({
      fields: ['kind', 'text'],
      before: { kind: 'NOTED', text: 'The meeting noted the draft.' },
      after: { kind: 'AGREED', text: 'The meeting agreed the draft.' },
      by: { label: 'CWG-COP editor', role: 'EDITOR' },
    });
  });

  it('refuses a stale version with CONFLICT and the current version, changing nothing', async () => {
    const outcome = await recorded();
    await t.graphql(UpdateOutcomeDocument, { input: { outcome: outcome.id, version: 1, text: 'First edit.' } }, { headers: tokens.secretariat.headers });
    const stale = await t.graphql(UpdateOutcomeDocument, { input: { outcome: outcome.id, version: 1, text: 'Stale edit.' } }, { headers: tokens.secretariat.headers });
    expect(stale.data!.updateOutcome).toEqual({ outcome: null, userErrors: [expect.objectContaining({ field: 'version', code: 'CONFLICT', currentVersion: 2 })] });
    expect((await sql<{ text: string }>(t, 'select text from outcomes where position = ? and meeting_id = (select meeting_id from outcomes o join meetings m on m.id = o.meeting_id where m.number = 22 limit 1)', [outcome.position]))[0].text).toBe('First edit.');
  });

  it("refuses an EDITOR of another group with FORBIDDEN, before anything is written", async () => {
    const outcome = await recorded();
    const before = await sql(t, 'select count(*)::int as n from changes');
    const res = await t.graphql(UpdateOutcomeDocument, { input: { outcome: outcome.id, version: 1, text: 'Hijacked.' } }, { headers: tokens.q32.headers });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toMatch(/may not write the outcome CWG-COP#22\/\d+: it belongs to CWG-COP/);
    expect(await sql(t, 'select count(*)::int as n from changes')).toEqual(before);
  });

  it('answers bad input with userErrors naming the field', async () => {
    const outcome = await recorded();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ text: '   ' }, 'text', 'BAD_USER_INPUT'],
      [{ text: null }, 'text', 'BAD_USER_INPUT'],
      [{ text: 'x'.repeat(50_001) }, 'text', 'BAD_USER_INPUT'],
      [{ outcome: 'CWG-COP#22/99' }, 'outcome', 'NOT_FOUND'],
    ];
    for (const [more, field, code] of cases) {
      const res = await t.graphql(UpdateOutcomeDocument, { input: { outcome: outcome.id, version: 1, ...more } }, { headers: tokens.cwgCop.headers });
      expect(res.data!.updateOutcome, field).toEqual({ outcome: null, userErrors: [expect.objectContaining({ field, code })] });
    }
    const bad = await t.graphql(UpdateOutcomeDocument, { input: { outcome: outcome.id, version: 1, kind: 'DECREED' as never } }, { headers: tokens.cwgCop.headers });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
