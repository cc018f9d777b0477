import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ref } from '@mikro-orm/core';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Factory, daysFromToday } from '../support/factories.js';
import { GroupLiaisonsDocument, LiaisonNodeDocument, LiaisonsDocument } from '../graphql/generated.js';
import { Liaison } from '../../src/liaison/liaison.entity.js';
import { assertDeadlineRule, recordReply } from '../../src/liaison/liaison.service.js';

describe('liaisons on the seed data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t?.stop());

  it('answers what CWG-COP sent to ITU-D SG2 Q3/2: the outcomes, for information, not awaiting a reply', async () => {
    const { data, errors } = await t.graphql(LiaisonsDocument, { filter: { from: 'CWG-COP', to: 'SG2 Q3/2' } });
    expect(errors).toBeUndefined();
    expect(data!.liaisons.totalCount).toBe(1);
    const liaison = data!.liaisons.edges[0].node;
    expect(liaison).toMatchObject({
      purpose: 'FOR_INFORMATION',
      status: 'SENT',
      awaitingReply: false,
      toGroups: [{ acronym: 'ITU-D SG2 Q3/2' }],
      addressees: [{ role: 'TO', purpose: 'FOR_INFORMATION', group: { acronym: 'ITU-D SG2 Q3/2' } }],
      replies: [],
    });
    // both source documents say it was sent
    expect(new Set(liaison.sources.map((s) => s.document.symbol)).size).toBe(2);
  });

  it('finds the same liaison with `between` in either order, and records the two received at the 21st meeting', async () => {
    const a = await t.graphql(LiaisonsDocument, { filter: { between: ['ITU-D SG2 Q3/2', 'CWG-COP'] } });
    const b = await t.graphql(LiaisonsDocument, { filter: { between: ['CWG-COP', 'ITU-D SG2 Q3/2'] } });
    expect(a.data!.liaisons.totalCount).toBe(2); // one each way
    expect(b.data!.liaisons.edges.map((e) => e.node.id).sort()).toEqual(a.data!.liaisons.edges.map((e) => e.node.id).sort());
    const received = await t.graphql(GroupLiaisonsDocument, { acronym: 'CWG-COP', direction: 'RECEIVED' });
    expect(received.data!.group!.liaisons.edges.map((e) => e.node.fromGroup.acronym).sort()).toEqual(['ITU-D SG2 Q3/2', 'ITU-T SG17']);
    const sent = await t.graphql(GroupLiaisonsDocument, { acronym: 'CWG-COP', direction: 'SENT' });
    expect(sent.data!.group!.liaisons.totalCount).toBe(1);
  });

  it('refuses `between` with other than two groups', async () => {
    const { errors } = await t.graphql(LiaisonsDocument, { filter: { between: ['CWG-COP'] } });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('liaison rules', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t.app.orm.em.fork());
  });
  afterAll(() => t?.stop());

  it('gives the strongest purpose to the liaison and keeps each addressee’s own', async () => {
    const [from, a, b, c] = await Promise.all([f.group({ acronym: 'FROM' }), f.group({ acronym: 'A' }), f.group({ acronym: 'B' }), f.group({ acronym: 'C' })]);
    const liaison = await f.liaison(from, [{ group: a, purpose: 'FOR_INFORMATION' }, { group: b, purpose: 'FOR_ACTION' }], { deadline: daysFromToday(30), cc: [c] });
    const { data } = await t.graphql(LiaisonNodeDocument, { id: liaison.nodeId });
    const node = data!.node as { addressees: unknown[] };
    expect(node).toMatchObject({
      purpose: 'FOR_ACTION',
      awaitingReply: true,
      toGroups: expect.arrayContaining([{ acronym: 'A' }, { acronym: 'B' }]),
      ccGroups: [{ acronym: 'C' }],
    });
    expect(node.addressees).toEqual(
      expect.arrayContaining([
        { role: 'TO', purpose: 'FOR_INFORMATION', group: { acronym: 'A' } },
        { role: 'TO', purpose: 'FOR_ACTION', group: { acronym: 'B' } },
        { role: 'CC', purpose: null, group: { acronym: 'C' } },
      ]),
    );
  });

  it('refuses a liaison for action or comment without a deadline, in the service and in the database', async () => {
    expect(() => assertDeadlineRule('FOR_ACTION', null)).toThrow(/deadline/);
    expect(() => assertDeadlineRule('FOR_COMMENT', undefined)).toThrow(/deadline/);
    expect(() => assertDeadlineRule('FOR_INFORMATION', null)).not.toThrow();
    const from = await f.group();
    const to = await f.group();
    await expect(f.liaison(from, [{ group: to, purpose: 'FOR_COMMENT' }], { deadline: null })).rejects.toThrow(/liaisons_deadline_required/);
  });

  it('marks an answered liaison RESPONDED when its reply is recorded, and it no longer awaits a reply', async () => {
    const asker = await f.group({ acronym: 'ASKER' });
    const answerer = await f.group({ acronym: 'ANSWERER' });
    const question = await f.liaison(asker, [{ group: answerer, purpose: 'FOR_COMMENT' }], { title: 'Comments please', deadline: daysFromToday(10) });
    const awaiting = await t.graphql(LiaisonsDocument, { filter: { from: 'ASKER', awaitingReply: true } });
    expect(awaiting.data!.liaisons.edges.map((e) => e.node.title)).toEqual(['Comments please']);

    const em = t.app.orm.em.fork();
    await em.transactional(async (tx) => {
      const reply = Object.assign(new Liaison(), {
        title: 'Our comments', fromGroup: ref(answerer), purpose: 'IN_RESPONSE', status: 'SENT', inReplyTo: ref(question),
      });
      tx.persist(reply);
      await tx.flush();
      await recordReply(tx, reply);
    });
    // written past runWrite: nothing announces it, so the cached answers are dropped by hand
    t.app.responseCache.invalidate();

    const after = await t.graphql(LiaisonNodeDocument, { id: question.nodeId });
    expect(after.data!.node).toMatchObject({ status: 'RESPONDED', awaitingReply: false, replies: [{ title: 'Our comments', status: 'SENT' }] });
    const stillAwaiting = await t.graphql(LiaisonsDocument, { filter: { from: 'ASKER', awaitingReply: true } });
    expect(stillAwaiting.data!.liaisons.totalCount).toBe(0);
  });

  it('does not await a reply for information, nor once withdrawn', async () => {
    const from = await f.group();
    const to = await f.group();
    const info = await f.liaison(from, [{ group: to, purpose: 'FOR_INFORMATION' }]);
    const withdrawn = await f.liaison(from, [{ group: to, purpose: 'FOR_ACTION' }], { deadline: daysFromToday(5), status: 'WITHDRAWN' });
    for (const l of [info, withdrawn]) {
      const { data } = await t.graphql(LiaisonNodeDocument, { id: l.nodeId });
      expect(data!.node).toMatchObject({ awaitingReply: false });
    }
  });
});
