import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql, type TestToken } from '../support/tokens.js';
import { historyOf } from '../support/history.js';
import { exportBundle, importBundle } from '../../src/app/bundle.js';
import { encodeGlobalId } from '../../src/platform/graphql/global-id.js';
import {
  ActionItemWithLiaisonDocument,
  CreateActionItemDocument,
  CreateTemplateLiaisonDocument,
  SendTemplateLiaisonDocument,
  TemplateLiaisonByIdDocument,
  TemplateLiaisonListDocument,
  UpdateTemplateLiaisonDocument,
} from '../graphql/generated.js';

// Issue 15 item 3: the ITU liaison statement template's fields, through the real server.

let t: TestApp;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
let seeded: { id: string; title: string; from: string }[];
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  tokens = await createRoleTokens(t);
  seeded = (await t.graphql(TemplateLiaisonListDocument, {})).data!.liaisons.edges.map((e) => ({ id: e.node.id, title: e.node.title, from: e.node.fromGroup.acronym }));
});
afterAll(() => t?.stop());

const count = async (table: string) => Number((await sql<{ n: string }>(t, `select count(*) as n from ${table}`))[0].n);
const counts = async () => Promise.all(['liaisons', 'liaison_contacts', 'liaison_relations', 'changes', 'action_items'].map(count));

async function actionItem(token: TestToken, title: string, assignee = 'CG-COP') {
  const res = await t.graphql(CreateActionItemDocument, { input: { title, assignee, dueOn: '2026-06-30' } }, { headers: token.headers });
  expect(res.data?.createActionItem?.userErrors).toEqual([]);
  return res.data!.createActionItem!.actionItem!;
}

const base = { title: 'Comments on the gap analysis', from: 'CG-COP', to: [{ group: 'ITU-T SG17', purpose: 'FOR_COMMENT' as const }], cc: ['BDT'], deadline: '2026-09-30' };

describe('the ITU template’s fields on a liaison', () => {
  it('records contacts, approval, action taken, related liaisons and the items it carries out, and reads them back', async () => {
    const item = await actionItem(tokens.cgCop, 'Send a liaison to SG17 on the gap analysis');
    const cwgCopLiaison = seeded.find((l) => l.from === 'CWG-COP')!;
    const res = await t.graphql(CreateTemplateLiaisonDocument, { input: {
      ...base,
      contacts: [
        { name: 'A. Example', email: 'a.example@itu.int', role: 'Co-convener, CG-COP' },
        { group: 'SG17', name: 'B. Sample', email: 'b.sample@example.org' },
      ],
      approval: { by: 'CG-COP online meeting', level: 'RAPPORTEUR_MEETING', on: '2026-05-20' },
      related: [{ liaison: cwgCopLiaison.id, kind: 'REFERS_TO' }],
      fulfils: [item.id],
    } }, { headers: tokens.cgCop.headers });
    expect(res.data?.createLiaison?.userErrors).toEqual([]);
    const liaison = res.data!.createLiaison!.liaison!;
    expect(liaison).toMatchObject({
      status: 'DRAFT',
      contacts: [
        { name: 'A. Example', email: 'a.example@itu.int', role: 'Co-convener, CG-COP', group: { acronym: 'CG-COP' } },
        { name: 'B. Sample', email: 'b.sample@example.org', role: null, group: { acronym: 'ITU-T SG17' } },
      ],
      approval: { by: 'CG-COP online meeting', level: 'RAPPORTEUR_MEETING', on: '2026-05-20' },
      actionTaken: null,
      related: [{ kind: 'REFERS_TO', liaison: { id: cwgCopLiaison.id } }],
      fulfils: [{ id: item.id, status: 'OPEN' }],
    });
    // a person's e-mail is for signed-in readers only; anonymous reads see the name and role
    const anonymous = (await t.graphql(TemplateLiaisonByIdDocument, { id: liaison.id })).data!.node as { contacts: unknown[] };
    expect(anonymous.contacts).toEqual([
      expect.objectContaining({ name: 'A. Example', email: null, role: 'Co-convener, CG-COP' }),
      expect.objectContaining({ name: 'B. Sample', email: null }),
    ]);
    const signedIn = (await t.graphql(TemplateLiaisonByIdDocument, { id: liaison.id }, { headers: tokens.cgCop.headers })).data!.node as { contacts: unknown[] };
    expect(signedIn.contacts[0]).toMatchObject({ email: 'a.example@itu.int' });
    // the other side of the relation, and of the item's link
    const referred = (await t.graphql(TemplateLiaisonByIdDocument, { id: cwgCopLiaison.id })).data!.node as { relatedBy: unknown[] };
    expect(referred.relatedBy).toEqual([{ kind: 'REFERS_TO', liaison: { id: liaison.id, title: base.title } }]);
    const linked = (await t.graphql(ActionItemWithLiaisonDocument, { id: item.id })).data!.node as { liaison: { id: string } | null };
    expect(linked.liaison?.id).toBe(liaison.id);
  });

  it('gets the action item it carries out DONE when it is recorded SENT, in the same write, with the item’s history', async () => {
    const item = await actionItem(tokens.cgCop, 'Send a liaison to SG17 on age verification');
    const created = (await t.graphql(CreateTemplateLiaisonDocument, { input: { ...base, title: 'Age verification', fulfils: [item.id] } },
      { headers: tokens.cgCop.headers })).data!.createLiaison!.liaison!;
    const approved = (await t.graphql(SendTemplateLiaisonDocument, { input: { id: created.id, version: created.version, status: 'APPROVED' } },
      { headers: tokens.cgCop.headers })).data!.setLiaisonStatus!.liaison!;
    expect(approved.fulfils).toEqual([expect.objectContaining({ status: 'OPEN' })]);
    const linked = (await t.graphql(ActionItemWithLiaisonDocument, { id: item.id })).data!.node as { version: number };
    const sent = await t.graphql(SendTemplateLiaisonDocument, { input: { id: created.id, version: approved.version, status: 'SENT', sentOn: '2026-06-01' } },
      { headers: tokens.cgCop.headers });
    expect(sent.data?.setLiaisonStatus?.userErrors).toEqual([]);
    expect(sent.data!.setLiaisonStatus!.liaison!.fulfils).toEqual([{ id: item.id, title: item.title, status: 'DONE' }]);
    const after = (await t.graphql(ActionItemWithLiaisonDocument, { id: item.id })).data!.node as { status: string; version: number; history: { edges: { node: { action: string; note: string | null; after: unknown } }[] } };
    expect(after.version).toBe(linked.version + 1);
    const status = after.history.edges.map((e) => e.node).find((c) => c.action === 'STATUS')!;
    expect(status.after).toEqual({ status: 'DONE' });
    expect(status.note).toMatch(/the liaison "Age verification" .* was sent/);
    // the change of the liaison and the item's are one write: one request id
    const rows = await sql<{ request_id: string; object_type: string }>(t,
      `select request_id, object_type from changes where action = 'STATUS' and object_id in (?, ?) order by id desc limit 2`,
      [Number((await sql<{ id: number }>(t, `select id from liaisons where title = 'Age verification'`))[0].id), Number((await sql<{ id: number }>(t, `select id from action_items where title = ?`, [item.title]))[0].id)]);
    expect(new Set(rows.map((r) => r.object_type))).toEqual(new Set(['Liaison', 'ActionItem']));
    expect(new Set(rows.map((r) => r.request_id)).size).toBe(1);

    // recorded SENT at once: the item is DONE at once
    const other = await actionItem(tokens.cgCop, 'Send SG17 the second draft');
    const direct = (await t.graphql(CreateTemplateLiaisonDocument, { input: { ...base, title: 'Second draft', status: 'SENT', sentOn: '2026-06-02', fulfils: [other.id] } },
      { headers: tokens.cgCop.headers })).data!.createLiaison!;
    expect(direct.userErrors).toEqual([]);
    expect(direct.liaison!.fulfils).toEqual([expect.objectContaining({ id: other.id, status: 'DONE' })]);
  });

  it('updates the fields (replaced, null clears) and records them in the liaison’s history', async () => {
    const created = (await t.graphql(CreateTemplateLiaisonDocument, { input: { ...base, title: 'Helplines' } }, { headers: tokens.cgCop.headers })).data!.createLiaison!.liaison!;
    const first = seeded.find((l) => l.from === 'CWG-COP')!;
    const upd = await t.graphql(UpdateTemplateLiaisonDocument, { input: {
      id: created.id, version: created.version,
      contacts: [{ group: 'BDT', name: 'C. Person', email: 'c.person@itu.int', role: 'Programme officer' }],
      approval: { by: 'CG-COP co-conveners', level: 'CHAIR' },
      actionTaken: 'Forwarded to the helplines working group.',
    } }, { headers: tokens.secretariat.headers });
    expect(upd.data?.updateLiaison?.userErrors).toEqual([]);
    expect(upd.data!.updateLiaison!.liaison).toMatchObject({
      contacts: [{ group: { acronym: 'BDT' }, name: 'C. Person' }],
      approval: { by: 'CG-COP co-conveners', level: 'CHAIR', on: null },
      actionTaken: 'Forwarded to the helplines working group.',
    });
    const history = await historyOf(t, created.id);
    const update = history.changes.find((c) => c.action === 'UPDATE')!;
    expect(update.fields).toEqual(['contacts', 'approval', 'actionTaken']);
    expect(update.after).toMatchObject({
      contacts: [{ group: 'BDT', name: 'C. Person', email: 'c.person@itu.int', role: 'Programme officer' }],
      approval: { by: 'CG-COP co-conveners', level: 'CHAIR', on: null },
    });
    const cleared = await t.graphql(UpdateTemplateLiaisonDocument, { input: {
      id: created.id, version: upd.data!.updateLiaison!.liaison!.version, contacts: null, approval: null, actionTaken: null,
      related: [{ liaison: first.id, kind: 'SUPERSEDES' }],
    } }, { headers: tokens.secretariat.headers });
    expect(cleared.data!.updateLiaison!.liaison).toMatchObject({ contacts: [], approval: null, actionTaken: null, related: [{ kind: 'SUPERSEDES', liaison: { id: first.id } }] });
    // dropping an addressee whose contact is kept is refused: the contact would belong to nobody
    const withContact = await t.graphql(UpdateTemplateLiaisonDocument, { input: {
      id: created.id, version: cleared.data!.updateLiaison!.liaison!.version, contacts: [{ group: 'BDT', name: 'C. Person', email: 'c.person@itu.int' }],
    } }, { headers: tokens.secretariat.headers });
    const dropped = await t.graphql(UpdateTemplateLiaisonDocument, { input: { id: created.id, version: withContact.data!.updateLiaison!.liaison!.version, cc: [] } }, { headers: tokens.secretariat.headers });
    expect(dropped.data!.updateLiaison!.userErrors).toEqual([expect.objectContaining({ field: 'contacts', code: 'BAD_USER_INPUT' })]);
  });
});

describe('bad input gets a coded user error and writes nothing', () => {
  it.each<[string, Record<string, unknown>, [string, string][]]>([
    ['a contact without an e-mail address', { contacts: [{ name: 'A. Example', email: ' ' }] }, [['contacts[0].email', 'BAD_USER_INPUT']]],
    ['a contact with an invalid e-mail address', { contacts: [{ name: 'A. Example', email: 'a.example at itu.int' }] }, [['contacts[0].email', 'BAD_USER_INPUT']]],
    ['a contact of a group the liaison does not concern', { contacts: [{ group: 'CWG-COP', name: 'A. Example', email: 'a@itu.int' }] }, [['contacts[0].group', 'BAD_USER_INPUT']]],
    ['an approval after the sending date', { status: 'SENT', sentOn: '2026-05-01', approval: { by: 'SG17', level: 'STUDY_GROUP', on: '2026-05-02' } }, [['approval.on', 'BAD_USER_INPUT']]],
    ['a deadline before the sending date', { status: 'SENT', sentOn: '2026-10-01' }, [['deadline', 'BAD_USER_INPUT']]],
    ['a related liaison that does not exist', { related: [{ liaison: 'NO/SUCH-LIAISON', kind: 'REFERS_TO' }] }, [['related[0].liaison', 'NOT_FOUND']]],
    ['an action item that does not exist', { fulfils: [encodeGlobalId('ActionItem', 999999)] }, [['fulfils[0]', 'NOT_FOUND']]],
  ])('%s', async (_what, extra, expected) => {
    const before = await counts();
    const res = await t.graphql(CreateTemplateLiaisonDocument, { input: { ...base, title: 'Refused', ...extra } }, { headers: tokens.cgCop.headers });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createLiaison!.userErrors.map((e) => [e.field, e.code])).toEqual(expected);
    expect(res.data!.createLiaison!.liaison).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it('refuses a liaison related to itself, and an update that breaks the dates', async () => {
    const created = (await t.graphql(CreateTemplateLiaisonDocument, { input: { ...base, title: 'Self' } }, { headers: tokens.cgCop.headers })).data!.createLiaison!.liaison!;
    const before = await counts();
    const self = await t.graphql(UpdateTemplateLiaisonDocument, { input: { id: created.id, version: created.version, related: [{ liaison: created.id, kind: 'SUPERSEDES' }] } }, { headers: tokens.cgCop.headers });
    expect(self.data!.updateLiaison!.userErrors.map((e) => [e.field, e.code])).toEqual([['related[0].liaison', 'BAD_USER_INPUT']]);
    const late = await t.graphql(UpdateTemplateLiaisonDocument, { input: { id: created.id, version: created.version, sentOn: '2026-10-15' } }, { headers: tokens.cgCop.headers });
    expect(late.data!.updateLiaison!.userErrors.map((e) => [e.field, e.code])).toEqual([['deadline', 'BAD_USER_INPUT']]);
    const approved = await t.graphql(UpdateTemplateLiaisonDocument, { input: { id: created.id, version: created.version, sentOn: '2026-05-01', approval: { by: 'SG17', level: 'WORKING_PARTY', on: '2026-05-03' } } }, { headers: tokens.cgCop.headers });
    expect(approved.data!.updateLiaison!.userErrors.map((e) => [e.field, e.code])).toEqual([['approval.on', 'BAD_USER_INPUT']]);
    expect(await counts()).toEqual(before);
    expect((await t.graphql(TemplateLiaisonByIdDocument, { id: created.id })).data!.node).toMatchObject({ version: created.version, sentOn: null, related: [], approval: null });
  });
});

describe('what an EDITOR may link to', () => {
  it('supersedes only its own groups’ liaisons, may refer to any, and carries out only its own groups’ action items', async () => {
    const other = seeded.find((l) => l.from !== 'CG-COP')!;
    const before = await counts();
    const supersede = await t.graphql(CreateTemplateLiaisonDocument, { input: { ...base, title: 'Supersedes another group’s', related: [{ liaison: other.id, kind: 'SUPERSEDES' }] } }, { headers: tokens.cgCop.headers });
    expect(supersede.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const theirItem = await actionItem(tokens.cwgCop, 'Send a liaison to BDT', 'CWG-COP');
    const fulfil = await t.graphql(CreateTemplateLiaisonDocument, { input: { ...base, title: 'Does another group’s item', fulfils: [theirItem.id] } }, { headers: tokens.cgCop.headers });
    expect(fulfil.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await counts()).map((n, i) => n - before[i])).toEqual([0, 0, 0, 1, 1]); // only the item the other token created
    const refer = await t.graphql(CreateTemplateLiaisonDocument, { input: { ...base, title: 'Refers to another group’s', related: [{ liaison: other.id, kind: 'REFERS_TO' }] } }, { headers: tokens.cgCop.headers });
    expect(refer.data?.createLiaison?.userErrors).toEqual([]);
  });
});

describe('export → import into an empty database → export', () => {
  it('carries every template field, byte for byte', async () => {
    const em = (app: TestApp) => app.app.orm.em.fork() as EntityManager;
    const first = (await exportBundle(em(t))).bundle;
    const withTemplate = first.liaisons.filter((l) => l.contacts || l.approval || l.actionTaken || l.related || l.fulfils);
    expect(withTemplate.length).toBeGreaterThanOrEqual(4);
    expect(first.liaisons.find((l) => l.title === 'Comments on the gap analysis')).toMatchObject({
      contacts: [
        { group: 'CG-COP', name: 'A. Example', email: 'a.example@itu.int', role: 'Co-convener, CG-COP' },
        { group: 'ITU-T SG17', name: 'B. Sample', email: 'b.sample@example.org' },
      ],
      approval: { by: 'CG-COP online meeting', level: 'RAPPORTEUR_MEETING', on: '2026-05-20' },
      fulfils: ['send-a-liaison-to-sg17-on-the-gap-analysis'],
    });
    const empty = await startTestApp({ seed: false });
    try {
      await importBundle(em(empty), first);
      const second = (await exportBundle(em(empty))).bundle;
      expect(JSON.stringify(second, null, 2)).toBe(JSON.stringify(first, null, 2));
      // and into the database it came from: nothing changes
      expect(await importBundle(em(t), first)).toMatchObject({ created: 0, updated: 0, history: 0 });
    } finally {
      await empty.stop();
    }
  });
});
