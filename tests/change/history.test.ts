import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql } from '../support/tokens.js';
import { historyOf } from '../support/history.js';
import {
  ChangesDocument,
  CreateActionItemDocument,
  CreateLiaisonDocument,
  HistoryOfDocument,
  NodeByIdDocument,
  SetLiaisonStatusDocument,
  UpdateLiaisonDocument,
} from '../graphql/generated.js';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  tokens = await createRoleTokens(t);
});
afterAll(() => t?.stop());

async function newLiaison(title: string, from = 'CWG-COP', headers = tokens.cwgCop.headers) {
  const res = await t.graphql(
    CreateLiaisonDocument,
    { input: { title, from, to: [{ group: 'SG2 Q3/2', purpose: 'FOR_COMMENT' }], deadline: '2026-04-30', body: 'First text.' } },
    { headers },
  );
  expect(res.data!.createLiaison!.userErrors).toEqual([]);
  return res.data!.createLiaison!.liaison!;
}

describe('history of an object', () => {
  it('shows the creation and three edits: who, when, which fields, before and after, each version', async () => {
    const liaison = await newLiaison('Request for comments on the toolkit');
    const edits = [
      () => t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 1, title: 'Request for comments on the age-verification toolkit' } }, { headers: tokens.cwgCop.headers }),
      () => t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 2, body: 'Second text.', deadline: '2026-05-15' } }, { headers: tokens.secretariat.headers }),
      () => t.graphql(SetLiaisonStatusDocument, { input: { id: liaison.id, version: 3, status: 'APPROVED' } }, { headers: tokens.cwgCop.headers }),
    ];
    for (const edit of edits) expect(Object.values((await edit()).data!)[0]).toMatchObject({ userErrors: [] });

    const { version, totalCount, changes } = await historyOf(t, liaison.id);
    expect(version).toBe(4);
    expect(totalCount).toBe(4);
    expect(changes.map((c) => [c.action, c.objectVersion, c.by.label, c.by.role])).toEqual([
      ['CREATE', 1, 'CWG-COP editor', 'EDITOR'],
      ['UPDATE', 2, 'CWG-COP editor', 'EDITOR'],
      ['UPDATE', 3, 'ITU secretariat officer', 'SECRETARIAT'],
      ['STATUS', 4, 'CWG-COP editor', 'EDITOR'],
    ]);
    expect(changes[0]).toMatchObject({
      before: null,
      after: { title: 'Request for comments on the toolkit', from: 'CWG-COP', to: [{ group: 'ITU-D SG2 Q3/2', purpose: 'FOR_COMMENT' }], status: 'DRAFT', deadline: '2026-04-30' },
    });
    expect(Object.keys(changes[0].after!)).toEqual(changes[0].fields); // in the object's field order
    expect(changes[1]).toMatchObject({
      fields: ['title'],
      before: { title: 'Request for comments on the toolkit' },
      after: { title: 'Request for comments on the age-verification toolkit' },
    });
    expect(changes[2]).toMatchObject({
      fields: ['body', 'deadline'],
      before: { body: 'First text.', deadline: '2026-04-30' },
      after: { body: 'Second text.', deadline: '2026-05-15' },
    });
    expect(changes[3]).toMatchObject({ fields: ['status'], before: { status: 'DRAFT' }, after: { status: 'APPROVED' } });
    const times = changes.map((c) => Date.parse(c.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    // pages, oldest first
    const page = await t.graphql(HistoryOfDocument, { id: liaison.id, first: 3 });
    const history = (page.data!.node as { history: { pageInfo: { hasNextPage: boolean; endCursor?: string | null } } }).history;
    expect(history.pageInfo.hasNextPage).toBe(true);
    const rest = await t.graphql(HistoryOfDocument, { id: liaison.id, first: 3, after: history.pageInfo.endCursor });
    const last = (rest.data!.node as { history: { edges: { node: { action: string } }[] } }).history.edges;
    expect(last.map((e) => e.node.action)).toEqual(['STATUS']);
  });

  it('records nothing for a refused write, and nothing for an update that changes nothing', async () => {
    const liaison = await newLiaison('Unchanged liaison');
    await t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 1, title: '' } }, { headers: tokens.cwgCop.headers });
    await t.graphql(SetLiaisonStatusDocument, { input: { id: liaison.id, version: 1, status: 'CLOSED' } }, { headers: tokens.cwgCop.headers });
    await t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 1, title: 'x' } }, { headers: tokens.cgCop.headers });
    const same = await t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 1, title: 'Unchanged liaison' } }, { headers: tokens.cwgCop.headers });
    expect(same.data!.updateLiaison!.liaison!.version).toBe(1);
    expect((await historyOf(t, liaison.id)).changes.map((c) => c.action)).toEqual(['CREATE']);
  });
});

describe('when an object last changed', () => {
  it('shows updatedAt as a DateTime on every editable type, and a later one after an edit', async () => {
    const liaison = await newLiaison('When did it change?');
    const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
    const read = async () =>
      (await t.post({
        query: `query ($id: ID!) {
          node(id: $id) { ... on Liaison { updatedAt } }
          groups(first: 1) { edges { node { updatedAt } } }
          meetings(first: 1) { edges { node { updatedAt outcomes { updatedAt actionItems { updatedAt } } } } }
          reports(first: 1) { edges { node { updatedAt milestones { updatedAt } } } }
          bestPractices(first: 1) { edges { node { updatedAt documents { updatedAt } } } }
        }`,
        variables: { id: liaison.id },
      })).json;
    const before = await read();
    expect(before.errors).toBeUndefined();
    const stamps = JSON.stringify(before.data).match(/"updatedAt":"[^"]*"/g)!.map((m) => m.slice(13, -1));
    expect(stamps.length).toBeGreaterThanOrEqual(8);
    for (const stamp of stamps) expect(stamp).toMatch(ISO);

    await new Promise((resolve) => setTimeout(resolve, 5));
    const edit = await t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 1, title: 'When did it change? Now.' } }, { headers: tokens.cwgCop.headers });
    expect(edit.data!.updateLiaison!.userErrors).toEqual([]);
    const after = await read();
    expect(Date.parse(after.data.node.updatedAt)).toBeGreaterThan(Date.parse(before.data.node.updatedAt));
  });
});

describe('the changes feed', () => {
  it('answers "what moved since then", and "in my group"', async () => {
    await newLiaison('Before the cut-off');
    await new Promise((r) => setTimeout(r, 50));
    const since = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 50));
    const cwg = await newLiaison('After the cut-off, from CWG-COP');
    await t.graphql(SetLiaisonStatusDocument, { input: { id: cwg.id, version: 1, status: 'APPROVED' } }, { headers: tokens.cwgCop.headers });
    const cg = await newLiaison('After the cut-off, from CG-COP', 'CG-COP', tokens.cgCop.headers);
    const item = await t.graphql(CreateActionItemDocument, { input: { title: 'BDT to share helpline data', assignee: 'BDT' } }, { headers: tokens.secretariat.headers });

    const all = await t.graphql(ChangesDocument, { filter: { since }, first: 50 });
    expect(all.data!.changes.edges.map((e) => [e.node.action, e.node.object?.id])).toEqual([
      ['CREATE', cwg.id],
      ['STATUS', cwg.id],
      ['CREATE', cg.id],
      ['CREATE', item.data!.createActionItem!.actionItem!.id],
    ]);
    expect(all.data!.changes.edges[3].node.object?.__typename).toBe('ActionItem');

    const ofCgCop = await t.graphql(ChangesDocument, { filter: { since, group: 'cg cop' } });
    expect(ofCgCop.data!.changes.edges.map((e) => e.node.after?.title)).toEqual(['After the cut-off, from CG-COP']);
    // an addressee sees the liaisons sent to it
    const ofQ32 = await t.graphql(ChangesDocument, { filter: { since, group: 'Q3/2' } });
    expect(ofQ32.data!.changes.totalCount).toBe(3);
    const onlyItems = await t.graphql(ChangesDocument, { filter: { since, objectTypes: ['ActionItem'] } });
    expect(onlyItems.data!.changes.totalCount).toBe(1);
    const unknown = await t.graphql(ChangesDocument, { filter: { group: 'Nobody' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('token management in the feed', () => {
  it('shows tokens issued and revoked to ADMIN tokens only', async () => {
    const filter = { objectTypes: ['ApiToken'] };
    expect((await t.graphql(ChangesDocument, { filter })).data!.changes.totalCount).toBe(0);
    expect((await t.graphql(ChangesDocument, { filter }, { headers: tokens.secretariat.headers })).data!.changes.totalCount).toBe(0);
    const admin = await t.graphql(ChangesDocument, { filter }, { headers: tokens.admin.headers });
    const issued = admin.data!.changes.edges.map((e) => e.node);
    expect(issued.map((c) => c.after?.label)).toContain('CG-COP co-convener');
    expect(issued[0]).toMatchObject({ action: 'CREATE', by: { label: 'test setup', role: 'ADMIN' }, object: null });
    expect(JSON.stringify(admin)).not.toMatch(/lg_|token_?hash/i);
    // node(id:) is public: it does not show them either
    expect((await t.graphql(NodeByIdDocument, { id: issued[0].id })).data!.node).toBeNull();
    const aLiaisonChange = (await t.graphql(ChangesDocument, { filter: { objectTypes: ['Liaison'] }, first: 1 })).data!.changes.edges[0].node;
    expect((await t.graphql(NodeByIdDocument, { id: aLiaisonChange.id })).data!.node).toMatchObject({ __typename: 'Change' });
  });
});

describe('nothing is lost', () => {
  it('keeps history append-only and rows undeletable, whoever writes to the database', async () => {
    const liaison = await newLiaison('Kept for ever');
    const rowId = Number(Buffer.from(liaison.id, 'base64url').toString().split(':')[1]);
    await expect(sql(t, 'update changes set actor_label = ? where object_id = ?', ['someone else', rowId])).rejects.toThrow(/append-only/);
    await expect(sql(t, 'delete from changes where object_id = ?', [rowId])).rejects.toThrow(/append-only/);
    await expect(sql(t, 'delete from liaisons where id = ?', [rowId])).rejects.toThrow(/never deleted/);
    await expect(sql(t, 'delete from api_tokens where id = ?', [tokens.cgCop.id])).rejects.toThrow(/never deleted/);
    expect((await historyOf(t, liaison.id)).changes[0].by.label).toBe('CWG-COP editor');
  });
});
