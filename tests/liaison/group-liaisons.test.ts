/**
 * A group's liaisons (sent, received, both) are read from group_liaisons, which triggers keep in
 * the write's own transaction, and their totalCount from group_liaison_counts, which a trigger on
 * group_liaisons keeps. Every write that moves a liaison between groups (the API, an import, a
 * deletion) must show at once in the lists and counts of the groups concerned, and both must
 * stay what the plain definition gives (the sender's liaisons and those addressed to the group,
 * TO or CC), in the same order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql } from '../support/tokens.js';
import { decodeGlobalId } from '../../src/platform/graphql/global-id.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { exportBundle, importBundle } from '../../src/app/bundle.js';
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

/**
 * every group's three counts, as stored, against the plain definition: a count that drifted for
 * a group no test lists would show here
 */
async function expectCountsTrue() {
  const drifted = await sql(t,
    `with plain as (
       select g.id, g.acronym,
         (select count(*) from liaisons l where l.from_group_id = g.id
            or exists (select 1 from liaison_addressees a where a.liaison_id = l.id and a.group_id = g.id))::int as liaisons,
         (select count(*) from liaisons l where l.from_group_id = g.id)::int as sent,
         (select count(*) from liaisons l where exists (select 1 from liaison_addressees a where a.liaison_id = l.id and a.group_id = g.id))::int as received
       from groups g
     )
     select p.acronym, p.liaisons, p.sent, p.received, c.liaisons as stored_liaisons, c.sent as stored_sent, c.received as stored_received
     from plain p left join group_liaison_counts c on c.group_id = p.id
     where (coalesce(c.liaisons, 0), coalesce(c.sent, 0), coalesce(c.received, 0)) <> (p.liaisons, p.sent, p.received)`);
  expect(drifted).toEqual([]);
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
    await expectCountsTrue();
  });

  it('moves a liaison between groups when an import changes its sender and addressees, and counts a new one', async () => {
    const em = t.app.orm.em.fork() as EntityManager;
    const { bundle } = await exportBundle(em);
    const groups = bundle.groups.map((g) => g.acronym);
    const liaison = bundle.liaisons.find((l) => l.to.length > 0)!;
    const before = [liaison.from, ...liaison.to.map((a) => a.group), ...(liaison.cc ?? [])];
    const [sender, addressee] = groups.filter((g) => !before.includes(g));
    const [{ id }] = await sql<{ id: number }>(t, 'select id from liaisons where key = ?', [liaison.key]);
    const oldSender = liaison.from;
    const totalsBefore = await Promise.all([sender, addressee, oldSender].map((g) => listed(g, null)));

    liaison.from = sender;
    liaison.to = [{ group: addressee, purpose: liaison.to[0].purpose }];
    liaison.cc = [];
    const { reference: _r, inReplyTo: _i, decidedBy: _d, meeting: _m, attachments: _a, ...plainCopy } = liaison;
    bundle.liaisons.push({ ...plainCopy, key: 'imported-for-the-counts' });
    await importBundle(t.app.orm.em.fork() as EntityManager, bundle);
    // written beside the API: nothing told the response cache
    t.app.responseCache.invalidate();

    const [toSender, toAddressee, toOldSender] = await Promise.all([sender, addressee, oldSender].map((g) => listed(g, null)));
    expect(toSender.total).toBe(totalsBefore[0].total + 2);
    expect(toAddressee.total).toBe(totalsBefore[1].total + 2);
    expect(toOldSender.total).toBe(totalsBefore[2].total - 1);
    expect(toOldSender.ids).not.toContain(id);
    expect((await listed(sender, 'SENT')).ids).toContain(id);
    expect((await listed(addressee, 'RECEIVED')).ids).toContain(id);
    await expectPlain([...new Set([...before, sender, addressee])]);
    await expectCountsTrue();
  });

  it('counts a liaison out when its sender changes or its addressees go', async () => {
    // the API changes neither this way (a liaison's sender is fixed, and it always has an addressee): data fixed by hand
    const [{ id, acronym }] = await sql<{ id: number; acronym: string }>(t,
      `select l.id, g.acronym from liaisons l join groups g on g.id = l.from_group_id
       where not exists (select 1 from liaisons r where r.in_reply_to_id = l.id)
         and exists (select 1 from liaison_addressees a where a.liaison_id = l.id)
       order by l.id limit 1`);
    const addressees = (await sql<{ acronym: string }>(t,
      'select g.acronym from liaison_addressees a join groups g on g.id = a.group_id where a.liaison_id = ?', [id])).map((r) => r.acronym);
    const [{ acronym: other }] = await sql<{ acronym: string }>(t,
      `select acronym from groups g where g.id <> (select from_group_id from liaisons where id = ?)
         and not exists (select 1 from liaison_addressees a where a.liaison_id = ? and a.group_id = g.id)
       order by acronym limit 1`, [id, id]);
    const sentBefore = (await listed(acronym, 'SENT')).total;
    const moveSender = async (to: string) => {
      await sql(t, 'update liaisons set from_group_id = (select id from groups where acronym = ?) where id = ?', [to, id]);
      t.app.responseCache.invalidate();
    };

    // to one of its addressees: that group's row gains "sent", its total stays
    const addresseeTotal = (await listed(addressees[0], null)).total;
    await moveSender(addressees[0]);
    expect((await listed(acronym, 'SENT')).total).toBe(sentBefore - 1);
    expect((await listed(addressees[0], 'SENT')).ids).toContain(id);
    expect((await listed(addressees[0], null)).total).toBe(addresseeTotal);
    await expectPlain([acronym, addressees[0]]);
    await expectCountsTrue();

    // on to a group it does not concern: the addressee keeps it as received only
    await moveSender(other);
    expect((await listed(addressees[0], 'SENT')).ids).not.toContain(id);
    expect((await listed(addressees[0], 'RECEIVED')).ids).toContain(id);
    expect((await listed(other, 'SENT')).ids).toContain(id);
    await expectPlain([acronym, other, addressees[0]]);
    await expectCountsTrue();

    const receivedBefore = await Promise.all(addressees.map((g) => listed(g, 'RECEIVED')));
    await sql(t, 'delete from liaison_addressees where liaison_id = ?', [id]);
    t.app.responseCache.invalidate();
    const receivedAfter = await Promise.all(addressees.map((g) => listed(g, 'RECEIVED')));
    expect(receivedAfter.map((r) => r.total)).toEqual(receivedBefore.map((r) => r.total - 1));
    await expectPlain([acronym, other, ...addressees]);
    await expectCountsTrue();
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
    await expectCountsTrue();
  });
});
