import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql, type TestToken } from '../support/tokens.js';
import { historyOf } from '../support/history.js';
import {
  CreateLiaisonDocument,
  LiaisonByIdDocument,
  LiaisonCountDocument,
  SetLiaisonStatusDocument,
  UpdateLiaisonDocument,
  type CreateLiaisonInput,
  type LiaisonByIdQuery,
  type LiaisonStatus,
} from '../graphql/generated.js';

type LiaisonOf = Extract<NonNullable<LiaisonByIdQuery['node']>, { __typename?: 'Liaison' }>;

let t: TestApp;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
  tokens = await createRoleTokens(t);
});
afterAll(() => t?.stop());

const asSecretariat = () => ({ headers: tokens.secretariat.headers });

/** a liaison for action from CWG-COP to CG-COP, created through the API */
async function createLiaison(input: Partial<CreateLiaisonInput> = {}, token: TestToken = tokens.secretariat) {
  const res = await t.graphql(
    CreateLiaisonDocument,
    {
      input: {
        title: 'Request for comments on the gap-analysis report',
        from: 'CWG-COP',
        to: [{ group: 'CG-COP' }],
        purpose: 'FOR_ACTION',
        deadline: '2026-03-31',
        body: 'CWG-COP invites CG-COP to comment on the draft.',
        ...input,
      },
    },
    { headers: token.headers },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createLiaison!;
}

async function created(input: Partial<CreateLiaisonInput> = {}) {
  const payload = await createLiaison(input);
  expect(payload.userErrors).toEqual([]);
  return payload.liaison!;
}

async function setStatus(id: string, version: number, status: LiaisonStatus) {
  const res = await t.graphql(SetLiaisonStatusDocument, { input: { id, version, status } }, asSecretariat());
  expect(res.errors).toBeUndefined();
  return res.data!.setLiaisonStatus!;
}

async function liaisonCount() {
  return (await t.graphql(LiaisonCountDocument, {})).data!.liaisons.totalCount;
}
async function changeCount() {
  return Number((await sql<{ n: number }>(t, 'select count(*)::int as n from changes'))[0].n);
}

describe('createLiaison', () => {
  it('records a liaison with per-addressee purposes, CC, attachments and sources, DRAFT and version 1', async () => {
    const liaison = await created({
      title: 'Outcome of the 22nd CWG-COP meeting',
      to: [{ group: 'SG2 Q3/2', purpose: 'FOR_ACTION' }, { group: 'CG-COP', purpose: 'FOR_INFORMATION' }],
      cc: ['BDT'],
      purpose: null,
      meeting: 'CWG-COP#22',
      attachments: ['CWG-COP/COUNCIL-REPORT-21-22'],
      sources: [{ document: 'CWG-COP/LS-SG2-Q3-2', excerpt: 'looking forward to hearing from ITU-D SG2 Q3/2' }],
    });
    expect(liaison).toMatchObject({
      status: 'DRAFT',
      version: 1,
      purpose: 'FOR_ACTION', // the strongest of the TO purposes
      fromGroup: { acronym: 'CWG-COP' },
      ccGroups: [{ acronym: 'BDT' }],
      meeting: { number: 22 },
      attachments: [{ symbol: 'CWG-COP/COUNCIL-REPORT-21-22' }],
      sources: [{ excerpt: 'looking forward to hearing from ITU-D SG2 Q3/2' }],
      awaitingReply: false,
    });
    expect(liaison.addressees).toEqual([
      { role: 'TO', purpose: 'FOR_INFORMATION', group: { acronym: 'CG-COP' } },
      { role: 'TO', purpose: 'FOR_ACTION', group: { acronym: 'ITU-D SG2 Q3/2' } },
      { role: 'CC', purpose: null, group: { acronym: 'BDT' } },
    ]);
  });

  it('answers each bad input with userErrors naming the field and a code, and writes nothing', async () => {
    const before = { liaisons: await liaisonCount(), changes: await changeCount() };
    const cases: [string, Partial<CreateLiaisonInput>, { field: string; code: string; message?: RegExp }][] = [
      ['unknown sender', { from: 'Nobody' }, { field: 'from', code: 'NOT_FOUND' }],
      ['unknown addressee', { to: [{ group: 'SG99' }] }, { field: 'to[0].group', code: 'NOT_FOUND' }],
      ['FOR_ACTION without a deadline', { deadline: null }, { field: 'deadline', code: 'BAD_USER_INPUT', message: /FOR_ACTION needs a deadline/ }],
      ['FOR_COMMENT without a deadline', { purpose: 'FOR_COMMENT', deadline: null }, { field: 'deadline', code: 'BAD_USER_INPUT' }],
      ['empty title', { title: '   ' }, { field: 'title', code: 'BAD_USER_INPUT', message: /must not be empty/ }],
      ['a date in the wrong format', { deadline: '31/03/2026' }, { field: 'deadline', code: 'BAD_USER_INPUT', message: /YYYY-MM-DD/ }],
      ['a date that does not exist', { deadline: '2026-02-30' }, { field: 'deadline', code: 'BAD_USER_INPUT' }],
      ['an oversized body', { body: 'x'.repeat(50_001) }, { field: 'body', code: 'BAD_USER_INPUT', message: /50001 characters long; at most 50000/ }],
      ['no addressee', { to: [] }, { field: 'to', code: 'BAD_USER_INPUT' }],
      ['the sender as addressee', { to: [{ group: 'CWG-COP' }] }, { field: 'to[0].group', code: 'BAD_USER_INPUT' }],
      ['a group twice', { to: [{ group: 'CG-COP' }], cc: ['cg cop'] }, { field: 'cc[0]', code: 'BAD_USER_INPUT' }],
      ['no purpose at all', { purpose: null }, { field: 'to[0].purpose', code: 'BAD_USER_INPUT' }],
      ['recorded past SENT', { status: 'RESPONDED' }, { field: 'status', code: 'INVALID_TRANSITION' }],
      ['an unknown attachment', { attachments: ['NO/SUCH/DOC'] }, { field: 'attachments[0]', code: 'NOT_FOUND' }],
      ['an unknown meeting', { meeting: 'CWG-COP#99' }, { field: 'meeting', code: 'NOT_FOUND' }],
      ['a source without excerpt', { sources: [{ document: 'CWG-COP/LS-SG2-Q3-2', excerpt: '' }] }, { field: 'sources[0].excerpt', code: 'BAD_USER_INPUT' }],
      ['an unknown reply target', { inReplyTo: 'no-such-reference' }, { field: 'inReplyTo', code: 'NOT_FOUND' }],
    ];
    for (const [what, input, expected] of cases) {
      const payload = await createLiaison(input);
      expect(payload.liaison, what).toBeNull();
      expect(payload.userErrors, what).toHaveLength(1);
      expect(payload.userErrors[0], what).toMatchObject({ field: expected.field, code: expected.code });
      if (expected.message) expect(payload.userErrors[0].message, what).toMatch(expected.message);
    }
    expect({ liaisons: await liaisonCount(), changes: await changeCount() }).toEqual(before);
  });

  it('reports several problems of one input at once', async () => {
    const payload = await createLiaison({ from: 'Nobody', title: '', deadline: 'soon' });
    expect(payload.userErrors.map((e) => [e.field, e.code])).toEqual([
      ['from', 'NOT_FOUND'],
      ['title', 'BAD_USER_INPUT'],
      ['deadline', 'BAD_USER_INPUT'],
    ]);
  });

  it('accepts a body of exactly 50,000 characters', async () => {
    const liaison = await created({ body: 'y'.repeat(50_000) });
    expect(liaison.body).toHaveLength(50_000);
  });
});

describe('setLiaisonStatus: every transition, allowed and refused', () => {
  const ALL: LiaisonStatus[] = ['DRAFT', 'APPROVED', 'SENT', 'ACKNOWLEDGED', 'RESPONDED', 'CLOSED', 'WITHDRAWN'];
  const ALLOWED: Record<LiaisonStatus, LiaisonStatus[]> = {
    DRAFT: ['APPROVED', 'WITHDRAWN'],
    APPROVED: ['SENT', 'WITHDRAWN'],
    SENT: ['ACKNOWLEDGED', 'RESPONDED', 'CLOSED', 'WITHDRAWN'],
    ACKNOWLEDGED: ['RESPONDED', 'CLOSED', 'WITHDRAWN'],
    RESPONDED: ['CLOSED'],
    CLOSED: [],
    WITHDRAWN: [],
  };
  /** the path from DRAFT to each status */
  const PATH: Record<LiaisonStatus, LiaisonStatus[]> = {
    DRAFT: [],
    APPROVED: ['APPROVED'],
    SENT: ['APPROVED', 'SENT'],
    ACKNOWLEDGED: ['APPROVED', 'SENT', 'ACKNOWLEDGED'],
    RESPONDED: ['APPROVED', 'SENT', 'RESPONDED'],
    CLOSED: ['APPROVED', 'SENT', 'CLOSED'],
    WITHDRAWN: ['WITHDRAWN'],
  };
  async function liaisonIn(status: LiaisonStatus) {
    let { id, version } = await created({ title: `Liaison walked to ${status}` });
    for (const step of PATH[status]) {
      const payload = await setStatus(id, version, step);
      expect(payload.userErrors).toEqual([]);
      version = payload.liaison!.version;
    }
    return { id, version };
  }

  for (const from of ALL) {
    it(`from ${from}: allows ${ALLOWED[from].join(', ') || 'nothing'}, refuses the rest with INVALID_TRANSITION`, async () => {
      const refusedOne = await liaisonIn(from);
      for (const to of ALL.filter((s) => !ALLOWED[from].includes(s))) {
        const payload = await setStatus(refusedOne.id, refusedOne.version, to);
        expect(payload.liaison, `${from} → ${to}`).toBeNull();
        expect(payload.userErrors, `${from} → ${to}`).toEqual([
          expect.objectContaining({ field: 'status', code: 'INVALID_TRANSITION', message: expect.stringContaining(`from ${from} to ${to}`) }),
        ]);
      }
      const unchanged = await t.graphql(LiaisonByIdDocument, { id: refusedOne.id });
      expect(unchanged.data?.node).toMatchObject({ status: from, version: refusedOne.version });
      for (const to of ALLOWED[from]) {
        const fresh = await liaisonIn(from);
        const payload = await setStatus(fresh.id, fresh.version, to);
        expect(payload.userErrors, `${from} → ${to}`).toEqual([]);
        expect(payload.liaison, `${from} → ${to}`).toMatchObject({ status: to, version: fresh.version + 1 });
      }
    });
  }

  it('dates a liaison when it is sent, and makes it await a reply', async () => {
    const { id } = await liaisonIn('SENT');
    const liaison = (await t.graphql(LiaisonByIdDocument, { id })).data!.node as LiaisonOf;
    expect(liaison.sentOn).toBe(new Date().toISOString().slice(0, 10));
    expect(liaison.awaitingReply).toBe(true);
  });
});

describe('replies', () => {
  it('a reply recorded as sent marks the answered liaison RESPONDED in the same write', async () => {
    const asked = await created({ title: 'Please review the draft toolkit', status: 'SENT' });
    expect(asked).toMatchObject({ status: 'SENT', awaitingReply: true, version: 1 });
    const payload = await createLiaison(
      { title: 'CG-COP comments on the draft toolkit', from: 'CG-COP', to: null, purpose: null, deadline: null, inReplyTo: asked.id, status: 'SENT' },
      tokens.cgCop,
    );
    expect(payload.userErrors).toEqual([]);
    const reply = payload.liaison!;
    // a reply defaults to IN_RESPONSE, addressed to the sender of what it answers
    expect(reply).toMatchObject({ purpose: 'IN_RESPONSE', toGroups: [{ acronym: 'CWG-COP' }], status: 'SENT' });
    expect(reply.inReplyTo).toMatchObject({ id: asked.id, status: 'RESPONDED', version: 2, awaitingReply: false });

    const { changes } = await historyOf(t, asked.id);
    expect(changes.map((c) => c.action)).toEqual(['CREATE', 'STATUS']);
    expect(changes[1]).toMatchObject({
      before: { status: 'SENT' },
      after: { status: 'RESPONDED' },
      by: { label: 'CG-COP co-convener', role: 'EDITOR' },
      objectVersion: 2,
    });
    expect(changes[1].note).toContain('CG-COP comments on the draft toolkit');
  });

  it('a draft reply answers nothing until it is sent', async () => {
    const asked = await created({ title: 'Please share helpline data', status: 'SENT' });
    const draft = (await createLiaison({ title: 'Helpline data (draft)', from: 'CG-COP', to: null, purpose: null, deadline: null, inReplyTo: asked.id }, tokens.cgCop)).liaison!;
    expect(draft.inReplyTo).toMatchObject({ status: 'SENT', awaitingReply: true });
    const approved = await setStatus(draft.id, draft.version, 'APPROVED');
    const sent = await setStatus(draft.id, approved.liaison!.version, 'SENT');
    expect(sent.userErrors).toEqual([]);
    expect(sent.liaison!.inReplyTo).toMatchObject({ status: 'RESPONDED', awaitingReply: false });
  });

  it('refuses a sent reply to a liaison that was never sent, and writes nothing', async () => {
    const draft = await created({ title: 'Not sent yet' });
    const before = { liaisons: await liaisonCount(), changes: await changeCount() };
    const payload = await createLiaison({ title: 'Premature answer', from: 'CG-COP', to: null, purpose: null, deadline: null, inReplyTo: draft.id, status: 'SENT' }, tokens.cgCop);
    expect(payload.userErrors).toEqual([expect.objectContaining({ field: 'inReplyTo', code: 'INVALID_TRANSITION' })]);
    expect({ liaisons: await liaisonCount(), changes: await changeCount() }).toEqual(before);
  });

  it('rolls the answered liaison back to SENT when the reply fails after marking it', async () => {
    const asked = await created({ title: 'Please confirm the roundtable dates', status: 'SENT' });
    // make the last step of the write fail: recording the answered liaison's RESPONDED change
    await sql(t, `create function fail_marked_reply() returns trigger language plpgsql as $$
      begin
        if new.note like '%FAIL THIS REPLY%' then raise exception 'injected failure'; end if;
        return new;
      end $$`);
    await sql(t, 'create trigger fail_marked_reply before insert on changes for each row execute function fail_marked_reply()');
    try {
      const before = { liaisons: await liaisonCount(), changes: await changeCount() };
      const res = await t.graphql(
        CreateLiaisonDocument,
        { input: { title: 'FAIL THIS REPLY', from: 'CG-COP', inReplyTo: asked.id, status: 'SENT' } },
        { headers: tokens.cgCop.headers },
      );
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const after = (await t.graphql(LiaisonByIdDocument, { id: asked.id })).data!.node as LiaisonOf;
      expect(after).toMatchObject({ status: 'SENT', version: 1, awaitingReply: true, replies: [] });
      expect({ liaisons: await liaisonCount(), changes: await changeCount() }).toEqual(before);
    } finally {
      await sql(t, 'drop trigger fail_marked_reply on changes');
    }
  });
});

describe('updateLiaison and optimistic locking', () => {
  it('changes the fields given, replaces addressees, and keeps the deadline rule', async () => {
    const liaison = await created({ title: 'Draft for comment', purpose: 'FOR_INFORMATION', deadline: null });
    const res = await t.graphql(
      UpdateLiaisonDocument,
      { input: { id: liaison.id, version: 1, to: [{ group: 'CG-COP', purpose: 'FOR_COMMENT' }], deadline: '2026-05-01', cc: ['Secretariat'] } },
      asSecretariat(),
    );
    expect(res.data!.updateLiaison!.userErrors).toEqual([]);
    expect(res.data!.updateLiaison!.liaison).toMatchObject({
      version: 2,
      purpose: 'FOR_COMMENT',
      deadline: '2026-05-01',
      title: 'Draft for comment',
      ccGroups: [{ acronym: 'Secretariat' }],
    });
    const cleared = await t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 2, deadline: null } }, asSecretariat());
    expect(cleared.data!.updateLiaison!.userErrors).toEqual([expect.objectContaining({ field: 'deadline', code: 'BAD_USER_INPUT' })]);
  });

  it('refuses a stale version with CONFLICT and the current version, never overwriting', async () => {
    const liaison = await created({ title: 'Original title' });
    const first = await t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 1, title: 'First edit' } }, asSecretariat());
    expect(first.data!.updateLiaison!.liaison!.version).toBe(2);
    const stale = await t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 1, title: 'Stale edit' } }, asSecretariat());
    expect(stale.data!.updateLiaison).toEqual({
      liaison: null,
      userErrors: [expect.objectContaining({ field: 'version', code: 'CONFLICT', currentVersion: 2 })],
    });
    expect(((await t.graphql(LiaisonByIdDocument, { id: liaison.id })).data!.node as LiaisonOf).title).toBe('First edit');
  });

  it('gives a change of attachments alone a new version, so an edit holding the old one is refused', async () => {
    const liaison = await created({ title: 'Attachments only' });
    const attached = await t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 1, attachments: ['CWG-COP/COUNCIL-REPORT-21-22'] } }, asSecretariat());
    expect(attached.data!.updateLiaison!.userErrors).toEqual([]);
    expect(attached.data!.updateLiaison!.liaison).toMatchObject({ version: 2, attachments: [{ symbol: 'CWG-COP/COUNCIL-REPORT-21-22' }] });
    // the same for the addressees alone
    const readdressed = await t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 2, cc: ['Secretariat'] } }, asSecretariat());
    expect(readdressed.data!.updateLiaison!.liaison).toMatchObject({ version: 3, ccGroups: [{ acronym: 'Secretariat' }] });
    const stale = await t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 2, attachments: [] } }, asSecretariat());
    expect(stale.data!.updateLiaison).toEqual({
      liaison: null,
      userErrors: [expect.objectContaining({ field: 'version', code: 'CONFLICT', currentVersion: 3 })],
    });
    const now = (await t.graphql(LiaisonByIdDocument, { id: liaison.id })).data!.node as LiaisonOf;
    expect(now).toMatchObject({ version: 3, attachments: [{ symbol: 'CWG-COP/COUNCIL-REPORT-21-22' }] });
  });

  it('lets exactly one of two concurrent updates of the same version win', async () => {
    for (let round = 0; round < 5; round++) {
      const liaison = await created({ title: `Contended ${round}` });
      const results = await Promise.all(
        ['Edit by A', 'Edit by B'].map((title) =>
          t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 1, title: `${title} ${round}` } }, asSecretariat()),
        ),
      );
      const payloads = results.map((r) => r.data!.updateLiaison!);
      const winners = payloads.filter((p) => p.liaison);
      const losers = payloads.filter((p) => !p.liaison);
      expect(winners, `round ${round}`).toHaveLength(1);
      expect(losers[0].userErrors, `round ${round}`).toEqual([expect.objectContaining({ code: 'CONFLICT', currentVersion: 2 })]);
      const stored = (await t.graphql(LiaisonByIdDocument, { id: liaison.id })).data!.node as LiaisonOf;
      expect(stored).toMatchObject({ title: winners[0].liaison!.title, version: 2 });
      expect((await historyOf(t, liaison.id)).changes.map((c) => c.action)).toEqual(['CREATE', 'UPDATE']);
    }
  });

  it('does not edit a withdrawn liaison, and keeps its row (soft deletion)', async () => {
    const liaison = await created({ title: 'To be withdrawn' });
    const withdrawn = await setStatus(liaison.id, 1, 'WITHDRAWN');
    expect(withdrawn.liaison!.status).toBe('WITHDRAWN');
    const edit = await t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 2, title: 'Edited after withdrawal' } }, asSecretariat());
    expect(edit.data!.updateLiaison!.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    expect((await t.graphql(LiaisonByIdDocument, { id: liaison.id })).data!.node).toMatchObject({ status: 'WITHDRAWN', title: 'To be withdrawn' });
  });
});
