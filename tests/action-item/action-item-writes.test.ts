import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens } from '../support/tokens.js';
import { historyOf } from '../support/history.js';
import {
  CreateActionItemDocument,
  SetActionItemStatusDocument,
  UpdateActionItemDocument,
  type ActionStatus,
  type CreateActionItemInput,
} from '../graphql/generated.js';

let t: TestApp;
let headers: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  headers = (await createRoleTokens(t)).secretariat.headers;
});
afterAll(() => t?.stop());

async function createItem(input: Partial<CreateActionItemInput> = {}) {
  const res = await t.graphql(
    CreateActionItemDocument,
    { input: { title: 'Present a proposal on youth participation', assignee: 'Secretariat', raisedBy: 'CWG-COP#21/1', ...input } },
    { headers },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createActionItem!;
}
async function setStatus(id: string, version: number, status: ActionStatus, extra: { resolvedBy?: string; reopen?: boolean } = {}) {
  const res = await t.graphql(SetActionItemStatusDocument, { input: { id, version, status, ...extra } }, { headers });
  expect(res.errors).toBeUndefined();
  return res.data!.setActionItemStatus!;
}

describe('createActionItem and updateActionItem', () => {
  it('raises an OPEN item owed by a group, raised by an outcome, due at a meeting, with its sources', async () => {
    const { actionItem, userErrors } = await createItem({
      dueMeeting: 'CWG-COP#22',
      sources: [{ document: 'CWG-COP/COUNCIL-REPORT-21-22', excerpt: 'the next meeting' }],
    });
    expect(userErrors).toEqual([]);
    expect(actionItem).toMatchObject({
      status: 'OPEN',
      version: 1,
      assignee: { acronym: 'Secretariat' },
      raisedBy: { position: 1 },
      dueMeeting: { number: 22 },
      isOverdue: true, // the 22nd meeting has been held
      sources: [{ excerpt: 'the next meeting' }],
    });
  });

  it('answers bad input with userErrors and writes nothing', async () => {
    const cases: [Partial<CreateActionItemInput>, string, string][] = [
      [{ title: '' }, 'title', 'BAD_USER_INPUT'],
      [{ assignee: 'Nobody' }, 'assignee', 'NOT_FOUND'],
      [{ raisedBy: 'CWG-COP#21/99' }, 'raisedBy', 'NOT_FOUND'],
      [{ dueOn: '2026-1-5' }, 'dueOn', 'BAD_USER_INPUT'],
      [{ dueMeeting: 'CWG-COP#40' }, 'dueMeeting', 'NOT_FOUND'],
    ];
    for (const [input, field, code] of cases) {
      const payload = await createItem(input);
      expect(payload).toEqual({ actionItem: null, userErrors: [expect.objectContaining({ field, code })] });
    }
  });

  it('changes the fields given and clears with null; a stale version is CONFLICT', async () => {
    const { actionItem } = await createItem({ dueOn: '2026-06-30' });
    const res = await t.graphql(UpdateActionItemDocument, { input: { id: actionItem!.id, version: 1, title: 'Present the revised proposal', dueOn: null, assignee: 'BDT' } }, { headers });
    expect(res.data!.updateActionItem!.actionItem).toMatchObject({ title: 'Present the revised proposal', dueOn: null, assignee: { acronym: 'BDT' }, version: 2 });
    const stale = await t.graphql(UpdateActionItemDocument, { input: { id: actionItem!.id, version: 1, title: 'Lost edit' } }, { headers });
    expect(stale.data!.updateActionItem!.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', currentVersion: 2 })]);
    const cleared = await t.graphql(UpdateActionItemDocument, { input: { id: actionItem!.id, version: 2, title: null } }, { headers });
    expect(cleared.data!.updateActionItem!.userErrors).toEqual([expect.objectContaining({ field: 'title', code: 'BAD_USER_INPUT' })]);
  });
});

describe('setActionItemStatus: every transition, allowed and refused', () => {
  const ALL: ActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
  const ALLOWED: Record<ActionStatus, ActionStatus[]> = {
    OPEN: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
    IN_PROGRESS: ['DONE', 'CANCELLED'],
    DONE: [],
    CANCELLED: [],
  };
  const PATH: Record<ActionStatus, ActionStatus[]> = { OPEN: [], IN_PROGRESS: ['IN_PROGRESS'], DONE: ['DONE'], CANCELLED: ['CANCELLED'] };
  async function itemIn(status: ActionStatus) {
    let { id, version } = (await createItem({ title: `Item walked to ${status}` })).actionItem!;
    for (const step of PATH[status]) version = (await setStatus(id, version, step)).actionItem!.version;
    return { id, version };
  }

  for (const from of ALL) {
    it(`from ${from}: allows ${ALLOWED[from].join(', ') || 'only an explicit reopen'}`, async () => {
      const refused = await itemIn(from);
      for (const to of ALL.filter((s) => !ALLOWED[from].includes(s))) {
        const payload = await setStatus(refused.id, refused.version, to);
        expect(payload.actionItem, `${from} → ${to}`).toBeNull();
        expect(payload.userErrors, `${from} → ${to}`).toEqual([expect.objectContaining({ field: 'status', code: 'INVALID_TRANSITION' })]);
      }
      for (const to of ALLOWED[from]) {
        const fresh = await itemIn(from);
        const payload = await setStatus(fresh.id, fresh.version, to);
        expect(payload.userErrors, `${from} → ${to}`).toEqual([]);
        expect(payload.actionItem, `${from} → ${to}`).toMatchObject({ status: to, version: fresh.version + 1 });
      }
    });
  }

  it('records the resolving outcome with DONE, and only with DONE', async () => {
    const { id } = await itemIn('IN_PROGRESS');
    const wrong = await setStatus(id, 2, 'CANCELLED', { resolvedBy: 'CWG-COP#22/1' });
    expect(wrong.userErrors).toEqual([expect.objectContaining({ field: 'resolvedBy', code: 'BAD_USER_INPUT' })]);
    const done = await setStatus(id, 2, 'DONE', { resolvedBy: 'CWG-COP#22/1' });
    expect(done.actionItem).toMatchObject({ status: 'DONE', resolvedBy: { position: 1 }, isOverdue: false });
  });

  it('reopens a closed item only when asked explicitly, forgetting what resolved it', async () => {
    const { id } = await itemIn('OPEN');
    await setStatus(id, 1, 'DONE', { resolvedBy: 'CWG-COP#22/1' });
    const silent = await setStatus(id, 2, 'OPEN');
    expect(silent.userErrors).toEqual([
      expect.objectContaining({ field: 'status', code: 'INVALID_TRANSITION', message: expect.stringContaining('reopen: true') }),
    ]);
    const reopened = await setStatus(id, 2, 'IN_PROGRESS', { reopen: true });
    expect(reopened.actionItem).toMatchObject({ status: 'IN_PROGRESS', resolvedBy: null, version: 3 });
    const needless = await setStatus(id, 3, 'DONE', { reopen: true });
    expect(needless.userErrors).toEqual([expect.objectContaining({ field: 'reopen', code: 'BAD_USER_INPUT' })]);
    const { changes } = await historyOf(t, id);
    expect(changes.map((c) => [c.action, c.before?.status ?? null, c.after?.status])).toEqual([
      ['CREATE', null, 'OPEN'],
      ['STATUS', 'OPEN', 'DONE'],
      ['STATUS', 'DONE', 'IN_PROGRESS'],
    ]);
  });
});
