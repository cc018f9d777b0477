/**
 * A group's liaisons (sent, received, both) are read from group_liaisons, which triggers keep in
 * the write's own transaction. Every write that moves a liaison between groups must show at once
 * in the lists of the groups concerned, and the lists must stay what the plain definition gives
 * (the sender's liaisons and those addressed to the group, TO or CC), in the same order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql } from '../support/tokens.js';
import { decodeGlobalId } from '../../src/platform/graphql/global-id.js';
import { CreateLiaisonDocument, GroupListsDocument, UpdateLiaisonDocument, type LiaisonDirection } from '../graphql/generated.js';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  tokens = await createRoleTokens(t);
});
afterAll(() => t?.stop());

/** every liaison of the group in that direction, as the API pages them (first: 100 is enough for the seed) */
async function listed(acronym: string, direction: LiaisonDirection | null) {
  const res = await t.graphql(GroupListsDocument, { acronym, first: 100, direction });
  expect(res.errors).toBeUndefined();
  const liaisons = res.data!.group!.liaisons;
  return { total: liaisons.totalCount, ids: liaisons.edges.map((e) => decodeGlobalId(e.node.id)!.id) };
}

/** the same list by its plain definition, straight from the liaison tables */
async function plain(acronym: string, direction: LiaisonDirection | null) {
  const sent = 'l.from_group_id = g.id';
  const received = 'exists (select 1 from liaison_addressees a where a.liaison_id = l.id and a.group_id = g.id)';
  const condition = direction === 'SENT' ? sent : direction === 'RECEIVED' ? received : `${sent} or ${received}`;
  const rows = await sql<{ id: number }>(t,
    `select l.id from liaisons l, groups g where g.acronym = ? and (${condition}) order by l.created_at, l.id`, [acronym]);
  return rows.map((r) => r.id);
}

async function expectPlain(acronyms: string[]) {
  for (const acronym of acronyms) {
    for (const direction of [null, 'SENT', 'RECEIVED'] as const) {
      const expected = await plain(acronym, direction);
      const got = await listed(acronym, direction);
      expect(got.ids, `${acronym} ${direction ?? 'both'}`).toEqual(expected);
      expect(got.total, `${acronym} ${direction ?? 'both'}`).toBe(expected.length);
    }
  }
}

describe("a group's liaisons after writes", () => {
  it('lists a new liaison under its sender and each addressee at once, and follows changed addressees', async () => {
    const headers = tokens.secretariat.headers;
    const before = await listed('CG-COP', 'RECEIVED');
    const created = await t.graphql(CreateLiaisonDocument, {
      input: { title: 'Request for the draft guidelines', from: 'CWG-COP', to: [{ group: 'CG-COP' }], cc: ['BDT'], purpose: 'FOR_ACTION', deadline: '2027-01-31' },
    }, { headers });
    expect(created.errors).toBeUndefined();
    const liaison = created.data!.createLiaison!.liaison!;
    const id = decodeGlobalId(liaison.id)!.id;

    const after = await listed('CG-COP', 'RECEIVED');
    expect(after.total).toBe(before.total + 1);
    expect(after.ids).toContain(id);
    expect((await listed('CWG-COP', 'SENT')).ids).toContain(id);
    expect((await listed('BDT', 'RECEIVED')).ids).toContain(id);
    expect((await listed('CWG-COP', 'RECEIVED')).ids).not.toContain(id);

    // new addressees: CG-COP and BDT no longer receive it, ITU-T SG17 does
    const updated = await t.graphql(UpdateLiaisonDocument, {
      input: { id: liaison.id, version: liaison.version, to: [{ group: 'ITU-T SG17' }], cc: [] },
    }, { headers });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateLiaison!.userErrors).toEqual([]);
    expect((await listed('CG-COP', 'RECEIVED')).ids).not.toContain(id);
    expect((await listed('BDT', null)).ids).not.toContain(id);
    expect((await listed('ITU-T SG17', 'RECEIVED')).ids).toContain(id);

    await expectPlain(['CWG-COP', 'CG-COP', 'BDT', 'ITU-T SG17', 'ITU-D SG2 Q3/2']);
  });

  it('keeps a liaison a group addressed to itself once in its list, as sent and as received', async () => {
    // the API refuses such a liaison; data written before the rule (or by hand) may hold one
    const [{ id }] = await sql<{ id: number }>(t,
      `select l.id from liaisons l where not exists (select 1 from liaison_addressees a where a.liaison_id = l.id and a.group_id = l.from_group_id) order by l.id limit 1`);
    await sql(t, `insert into liaison_addressees (liaison_id, group_id, role, purpose) select id, from_group_id, 'CC', null from liaisons where id = ?`, [id]);
    // written by hand, not through the API: nothing tells the response cache
    t.app.responseCache.invalidate();
    const [{ acronym }] = await sql<{ acronym: string }>(t, 'select g.acronym from liaisons l join groups g on g.id = l.from_group_id where l.id = ?', [id]);
    const both = await listed(acronym, null);
    expect(both.ids.filter((x) => x === id)).toHaveLength(1);
    expect((await listed(acronym, 'RECEIVED')).ids).toContain(id);
    await expectPlain([acronym]);

    // and when that addressee goes, it stays listed as sent only
    await sql(t, 'delete from liaison_addressees where liaison_id = ? and group_id = (select from_group_id from liaisons where id = ?)', [id, id]);
    t.app.responseCache.invalidate();
    expect((await listed(acronym, 'RECEIVED')).ids).not.toContain(id);
    expect((await listed(acronym, 'SENT')).ids).toContain(id);
    await expectPlain([acronym]);
  });
});
