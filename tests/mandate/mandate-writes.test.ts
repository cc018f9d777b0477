import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql } from '../support/tokens.js';
import { historyOf } from '../support/history.js';
import { AddClauseDocument, CreateResolutionDocument, UpdateClauseDocument, UpdateResolutionDocument } from '../graphql/generated.js';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  tokens = await createRoleTokens(t);
});
afterAll(() => t?.stop());

const changeCount = async () => (await sql<{ n: number }>(t, 'select count(*)::int as n from changes'))[0].n;
const rowCounts = async () => (await sql(t, 'select (select count(*)::int from resolutions) as resolutions, (select count(*)::int from mandate_clauses) as clauses, (select count(*)::int from changes) as changes'))[0];

/** a resolution of the Council asking CWG-COP to liaise with CWG-Internet and to consult youth, recorded by the SECRETARIAT */
async function created(number: string) {
  const res = await t.graphql(CreateResolutionDocument, {
    input: {
      number,
      revision: 'Test, 2026',
      title: 'Child online protection (test)',
      adoptedBy: 'COUNCIL',
      clauses: [
        { text: 'to liaise with CWG-Internet', group: 'CWG-COP', ask: 'LIAISE_WITH', target: 'CWG-Internet', periodStart: '2022', periodEnd: '2026' },
        { text: 'to consult youth before its meetings', group: 'CWG-COP', ask: 'CONSULT', constituency: 'youth', topic: 'youth-consultation', periodStart: '2025-04', periodEnd: '2025-04' },
      ],
    },
  }, { headers: tokens.secretariat.headers });
  expect(res.errors).toBeUndefined();
  expect(res.data!.createResolution!.userErrors).toEqual([]);
  return res.data!.createResolution!.resolution!;
}

describe('createResolution', () => {
  it('records a resolution with its clauses in order, periods as the days they bound, and a CREATE for each in the history', async () => {
    const r = await created('9001');
    expect(r).toMatchObject({ key: 'council-9001-test-2026', number: '9001', revision: 'Test, 2026', adoptedBy: 'COUNCIL', version: 1 });
    expect(r.clauses.map((c) => [c.position, c.ask, c.group.acronym, c.target?.acronym ?? null, c.topic?.slug ?? null])).toEqual([
      [1, 'LIAISE_WITH', 'CWG-COP', 'CWG-Internet', null],
      [2, 'CONSULT', 'CWG-COP', null, 'youth-consultation'],
    ]);
    // "2022" to "2026": 1 January 2022 to 31 December 2026; "April 2025" to "April 2025": the whole month
    expect(r.clauses.map((c) => [c.periodStart, c.periodEnd])).toEqual([['2022-01-01', '2026-12-31'], ['2025-04-01', '2025-04-30']]);
    // coverage is derived at once: the graph holds no liaison between CWG-COP and CWG-Internet
    expect(r.clauses[0].coverage.status).toBe('NO_EVIDENCE');

    const resolution = await historyOf(t, r.id);
    expect(resolution.changes).toHaveLength(1);
    expect(resolution.changes[0]).toMatchObject({
      action: 'CREATE',
      after: { key: 'council-9001-test-2026', number: '9001', revision: 'Test, 2026', title: 'Child online protection (test)', adoptedBy: 'COUNCIL' },
      by: { label: 'ITU secretariat officer', role: 'SECRETARIAT' },
    });
    const clause = await historyOf(t, r.clauses[0].id);
    expect(clause.changes[0]).toMatchObject({
      action: 'CREATE',
      after: { resolution: r.id, position: 1, group: 'CWG-COP', ask: 'LIAISE_WITH', target: 'CWG-Internet', periodStart: '2022-01-01', periodEnd: '2026-12-31' },
    });
  });

  it('answers a clause naming an unknown group, a period ending before it begins and a date that is not one with coded userErrors, all at once, writing nothing', async () => {
    const before = await rowCounts();
    const res = await t.graphql(CreateResolutionDocument, {
      input: {
        number: '9002',
        adoptedBy: 'COUNCIL',
        clauses: [
          { text: 'to liaise with a group nobody knows', group: 'CWG-COP', ask: 'LIAISE_WITH', target: 'NO-SUCH-GROUP' },
          { text: 'to report', group: 'CWG-COP', ask: 'REPORT_TO', target: 'Council', periodStart: '2025-06', periodEnd: '2025-05-31' },
          { text: 'to publish', group: 'CWG-COP', ask: 'PUBLISH', periodStart: '2025-13', periodEnd: '2025-02-30' },
          { text: 'to liaise', group: 'CWG-COP', ask: 'LIAISE_WITH' },
          { text: 'to consult', group: 'CWG-COP', ask: 'CONSULT', topic: 'no-such-topic' },
        ],
      },
    }, { headers: tokens.secretariat.headers });
    expect(res.errors).toBeUndefined();
    const errors = res.data!.createResolution!.userErrors;
    expect(res.data!.createResolution!.resolution).toBeNull();
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['clauses[0].target', 'NOT_FOUND'],
      ['clauses[1].periodEnd', 'BAD_USER_INPUT'],
      ['clauses[2].periodStart', 'BAD_USER_INPUT'],
      ['clauses[2].periodEnd', 'BAD_USER_INPUT'],
      ['clauses[3].target', 'BAD_USER_INPUT'],
      ['clauses[4].topic', 'NOT_FOUND'],
    ]);
    expect(errors[0].message).toMatch(/No group is known as "NO-SUCH-GROUP"/);
    expect(errors[1].message).toMatch(/the period ends \(2025-05-31\) before it begins \(2025-06\)/);
    expect(errors[2].message).toMatch(/has no month 13/);
    expect(errors[3].message).toMatch(/is not a day of the calendar/);
    expect(errors[4].message).toMatch(/target is required when the ask is LIAISE_WITH/);
    expect(await rowCounts()).toEqual(before);

    const unknownGroup = await t.graphql(CreateResolutionDocument, {
      input: { number: '9003', adoptedBy: 'COUNCIL', clauses: [{ text: 'to act', group: 'NOBODY', ask: 'OTHER' }] },
    }, { headers: tokens.secretariat.headers });
    expect(unknownGroup.data!.createResolution!.userErrors).toEqual([expect.objectContaining({ field: 'clauses[0].group', code: 'NOT_FOUND' })]);
  });

  it('refuses a key in use with CONFLICT', async () => {
    const res = await t.graphql(CreateResolutionDocument, { input: { key: 'pp-179-bucharest-2022', number: '179', adoptedBy: 'PLENIPOTENTIARY_CONFERENCE' } }, { headers: tokens.secretariat.headers });
    expect(res.data!.createResolution).toEqual({ resolution: null, userErrors: [expect.objectContaining({ field: 'key', code: 'CONFLICT' })] });
  });

  it('lets an EDITOR record one whose clauses all ask its groups to act, and refuses it one asking another group, or none, with FORBIDDEN', async () => {
    const own = await t.graphql(CreateResolutionDocument, {
      input: { number: '9004', adoptedBy: 'OTHER', clauses: [{ text: 'to review the gap analysis', group: 'CG-COP', ask: 'OTHER' }] },
    }, { headers: tokens.cgCop.headers });
    expect(own.data!.createResolution!.userErrors).toEqual([]);

    const changes = await changeCount();
    const other = await t.graphql(CreateResolutionDocument, {
      input: { number: '9005', adoptedBy: 'OTHER', clauses: [
        { text: 'to review the gap analysis', group: 'CG-COP', ask: 'OTHER' },
        { text: 'to liaise with CG-COP', group: 'CWG-COP', ask: 'LIAISE_WITH', target: 'CG-COP' },
      ] },
    }, { headers: tokens.cgCop.headers });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(other.errors?.[0].message).toMatch(/may not write a resolution asking CG-COP, CWG-COP to act: it belongs to CWG-COP/);
    const none = await t.graphql(CreateResolutionDocument, { input: { number: '9006', adoptedBy: 'OTHER' } }, { headers: tokens.cgCop.headers });
    expect(none.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(none.errors?.[0].message).toMatch(/it belongs to no group/);
    expect(await changeCount()).toBe(changes);
  });
});

describe('updateResolution', () => {
  it('corrects the fields given; history shows before and after', async () => {
    const r = await created('9010');
    const res = await t.graphql(UpdateResolutionDocument, { input: { resolution: r.key, version: 1, title: 'Protecting children online (test)', revision: null } }, { headers: tokens.cwgCop.headers });
    expect(res.data!.updateResolution!.userErrors).toEqual([]);
    expect(res.data!.updateResolution!.resolution).toMatchObject({ key: r.key, title: 'Protecting children online (test)', revision: null, version: 2 });
    const { changes } = await historyOf(t, r.id);
    expect(changes[1]).toMatchObject({
      action: 'UPDATE',
      fields: ['revision', 'title'],
      before: { revision: 'Test, 2026', title: 'Child online protection (test)' },
      after: { revision: null, title: 'Protecting children online (test)' },
      by: { label: 'CWG-COP editor', role: 'EDITOR' },
    });
  });

  it('refuses an EDITOR of another group with FORBIDDEN, a stale version with CONFLICT, and a resolution without clauses to any EDITOR', async () => {
    const r = await created('9011');
    const changes = await changeCount();
    const other = await t.graphql(UpdateResolutionDocument, { input: { resolution: r.id, version: 1, title: 'Hijacked' } }, { headers: tokens.cgCop.headers });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(other.errors?.[0].message).toMatch(/may not write the resolution council-9011-test-2026: it belongs to CWG-COP/);
    // Council Resolution 1306 has no clause: it belongs to no group
    const council = await t.graphql(UpdateResolutionDocument, { input: { resolution: 'council-1306-2015', version: 1, title: 'x' } }, { headers: tokens.cwgCop.headers });
    expect(council.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(council.errors?.[0].message).toMatch(/may not write the resolution council-1306-2015: it belongs to no group/);
    expect(await changeCount()).toBe(changes);

    await t.graphql(UpdateResolutionDocument, { input: { resolution: r.id, version: 1, title: 'First' } }, { headers: tokens.secretariat.headers });
    const stale = await t.graphql(UpdateResolutionDocument, { input: { resolution: r.id, version: 1, title: 'Stale' } }, { headers: tokens.secretariat.headers });
    expect(stale.data!.updateResolution).toEqual({ resolution: null, userErrors: [expect.objectContaining({ field: 'version', code: 'CONFLICT', currentVersion: 2 })] });
    const cleared = await t.graphql(UpdateResolutionDocument, { input: { resolution: r.id, version: 2, number: null } }, { headers: tokens.secretariat.headers });
    expect(cleared.data!.updateResolution!.userErrors).toEqual([expect.objectContaining({ field: 'number', code: 'BAD_USER_INPUT' })]);
  });
});

describe('addClause and updateClause', () => {
  it('appends a clause at the next position and corrects it field by field, the clause checked as a whole; history shows each write', async () => {
    const r = await created('9020');
    const added = await t.graphql(AddClauseDocument, {
      input: { resolution: r.key, text: 'to report to the Council each session', group: 'CWG-COP', ask: 'REPORT_TO', target: 'Council', interval: 'each Council session' },
    }, { headers: tokens.cwgCop.headers });
    expect(added.data!.addClause!.userErrors).toEqual([]);
    const clause = added.data!.addClause!.clause!;
    expect(clause).toMatchObject({ position: 3, ask: 'REPORT_TO', target: { acronym: 'Council' }, interval: 'each Council session', version: 1, resolution: { key: r.key } });

    const updated = await t.graphql(UpdateClauseDocument, {
      input: { clause: `${r.key}/3`, version: 1, text: 'to report to the Council annually', interval: 'annually', periodStart: '2023-01' },
    }, { headers: tokens.cwgCop.headers });
    expect(updated.data!.updateClause!.userErrors).toEqual([]);
    expect(updated.data!.updateClause!.clause).toMatchObject({ id: clause.id, text: 'to report to the Council annually', interval: 'annually', periodStart: '2023-01-01', periodEnd: null, version: 2 });

    // a new ask that needs what the clause lacks is refused; clearing a required field too
    const needsTopic = await t.graphql(UpdateClauseDocument, { input: { clause: clause.id, version: 2, ask: 'CONSULT' } }, { headers: tokens.cwgCop.headers });
    expect(needsTopic.data!.updateClause!.userErrors).toEqual([expect.objectContaining({ field: 'topic', code: 'BAD_USER_INPUT' })]);
    const ends = await t.graphql(UpdateClauseDocument, { input: { clause: clause.id, version: 2, periodEnd: '2022' } }, { headers: tokens.cwgCop.headers });
    expect(ends.data!.updateClause!.userErrors).toEqual([expect.objectContaining({ field: 'periodEnd', code: 'BAD_USER_INPUT', message: expect.stringMatching(/ends \(2022\) before it begins \(2023-01-01\)/) })]);
    const notADate = await t.graphql(UpdateClauseDocument, { input: { clause: clause.id, version: 2, periodStart: 'April 2023' } }, { headers: tokens.cwgCop.headers });
    expect(notADate.data!.updateClause!.userErrors).toEqual([expect.objectContaining({ field: 'periodStart', code: 'BAD_USER_INPUT' })]);
    const unknownTarget = await t.graphql(UpdateClauseDocument, { input: { clause: clause.id, version: 2, target: 'Nobody' } }, { headers: tokens.cwgCop.headers });
    expect(unknownTarget.data!.updateClause!.userErrors).toEqual([expect.objectContaining({ field: 'target', code: 'NOT_FOUND' })]);
    const cleared = await t.graphql(UpdateClauseDocument, { input: { clause: clause.id, version: 2, target: null } }, { headers: tokens.cwgCop.headers });
    expect(cleared.data!.updateClause!.userErrors).toEqual([expect.objectContaining({ field: 'target', code: 'BAD_USER_INPUT' })]);

    const { version, changes } = await historyOf(t, clause.id);
    expect(version).toBe(2);
    expect(changes.map((c) => c.action)).toEqual(['CREATE', 'UPDATE']);
    expect(changes[1]).toMatchObject({
      fields: ['text', 'interval', 'periodStart'],
      before: { text: 'to report to the Council each session', interval: 'each Council session', periodStart: null },
      after: { text: 'to report to the Council annually', interval: 'annually', periodStart: '2023-01-01' },
      by: { label: 'CWG-COP editor', role: 'EDITOR' },
    });

    // the group's changes feed names the clause by its resolution and links to the group's mandates
    const feed = await (await fetch(`${t.url}/feeds/changes.atom?group=CWG-COP`)).text();
    expect(feed).toContain('Resolution 9020 (Test, 2026), clause 3 (CWG-COP)');
    expect(feed).toContain('/dashboard/groups/CWG-COP/mandates');
  });

  it('refuses an EDITOR of another group with FORBIDDEN, before anything is written: a clause of another group, or moving one there', async () => {
    const r = await created('9021');
    const before = await rowCounts();
    const update = await t.graphql(UpdateClauseDocument, { input: { clause: r.clauses[0].id, version: 1, text: 'Hijacked.' } }, { headers: tokens.cgCop.headers });
    expect(update.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(update.errors?.[0].message).toMatch(/may not write the clause council-9021-test-2026\/1: it belongs to CWG-COP/);
    const add = await t.graphql(AddClauseDocument, { input: { resolution: r.id, text: 'to act', group: 'CWG-COP', ask: 'OTHER' } }, { headers: tokens.cgCop.headers });
    expect(add.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const move = await t.graphql(UpdateClauseDocument, { input: { clause: r.clauses[0].id, version: 1, group: 'CG-COP' } }, { headers: tokens.cwgCop.headers });
    expect(move.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(move.errors?.[0].message).toMatch(/may not write a clause asking CG-COP to act/);
    const noToken = await t.graphql(UpdateClauseDocument, { input: { clause: r.clauses[0].id, version: 1, text: 'Anonymous.' } });
    expect(noToken.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await rowCounts()).toEqual(before);
    expect((await historyOf(t, r.clauses[0].id)).changes).toHaveLength(1);
  });
});
