import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Factory, daysFromToday } from '../support/factories.js';
import { createTestToken } from '../support/tokens.js';
import { CreateLiaisonDocument, FollowUpLiaisonsDocument, GroupFollowUpDocument, GroupsFollowUpCountsDocument } from '../graphql/generated.js';
import type { Group } from '../../src/group/group.entity.js';
import { exampleQueries } from '../../src/playground/example-queries.js';

/**
 * Late and due-soon replies, and what concerns a group. "Today" is the database's UTC date: the
 * deadlines are set relative to it, so the answers do not depend on the day the tests run.
 */
describe('late and due-soon replies, and what concerns a group', () => {
  let t: TestApp;
  let owner: Group, a: Group, b: Group;
  const titles: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp({ env: { DUE_SOON_DAYS: '7' } });
    const f = new Factory(t.app.orm.em.fork());
    owner = await f.group({ acronym: 'OWNER' });
    a = await f.group({ acronym: 'ADDR-A' });
    b = await f.group({ acronym: 'ADDR-B' });
    const liaison = async (key: string, ...args: Parameters<Factory['liaison']>) => {
      titles[key] = (await f.liaison(...args)).title;
    };
    // for action to A, for information to B, ten days late: A owes the reply, B does not
    await liaison('late', owner, [{ group: a, purpose: 'FOR_ACTION' }, { group: b, purpose: 'FOR_INFORMATION' }], { deadline: daysFromToday(-10), title: 'late' });
    await liaison('soon', owner, [{ group: a, purpose: 'FOR_COMMENT' }], { deadline: daysFromToday(5), title: 'soon' });
    await liaison('today', owner, [{ group: a, purpose: 'FOR_COMMENT' }], { deadline: daysFromToday(0), title: 'today' });
    await liaison('later', owner, [{ group: a, purpose: 'FOR_ACTION' }], { deadline: daysFromToday(30), title: 'later' });
    await liaison('info', owner, [{ group: a, purpose: 'FOR_INFORMATION' }], { title: 'info' });
    await liaison('draft', owner, [{ group: a, purpose: 'FOR_ACTION' }], { deadline: daysFromToday(-5), status: 'DRAFT', title: 'draft' });
    // B asks the owner; the owner's reply will end it
    await liaison('toOwner', b, [{ group: owner, purpose: 'FOR_ACTION' }], { deadline: daysFromToday(-2), title: 'toOwner' });
    await f.actionItem(a, { title: 'overdue item', dueOn: daysFromToday(-1) });
    await f.actionItem(a, { title: 'open item', dueOn: daysFromToday(20) });
    await f.actionItem(a, { title: 'done item', dueOn: daysFromToday(-20), status: 'DONE' });
    await f.report(owner, [
      { group: owner, plannedFor: daysFromToday(-40), status: 'DONE' },
      { group: a, plannedFor: daysFromToday(15), status: 'PLANNED' },
      { group: owner, plannedFor: daysFromToday(60), status: 'PLANNED' },
    ]);
  });
  afterAll(() => t?.stop());

  const titlesOf = (edges: { node: { title: string } }[]) => edges.map((e) => e.node.title);

  it('derives overdue and due soon on each liaison, and per addressee', async () => {
    const res = await t.graphql(FollowUpLiaisonsDocument, { filter: { from: 'OWNER' }, first: 50 });
    expect(res.errors).toBeUndefined();
    const byTitle = Object.fromEntries(res.data!.liaisons.edges.map((e) => [e.node.title, e.node]));
    expect(byTitle.late).toMatchObject({ awaitingReply: true, replyOverdue: true, replyDueSoon: false });
    expect(byTitle.late.addressees).toEqual([
      { role: 'TO', owesReply: true, replyOverdue: true, group: { acronym: 'ADDR-A' } },
      { role: 'TO', owesReply: false, replyOverdue: false, group: { acronym: 'ADDR-B' } },
    ]);
    expect(byTitle.soon).toMatchObject({ replyOverdue: false, replyDueSoon: true });
    expect(byTitle.today).toMatchObject({ replyOverdue: false, replyDueSoon: true }); // due today is not late yet
    expect(byTitle.later).toMatchObject({ awaitingReply: true, replyOverdue: false, replyDueSoon: false }); // 30 days > DUE_SOON_DAYS=7
    expect(byTitle.info).toMatchObject({ replyOverdue: false, replyDueSoon: false });
    expect(byTitle.draft).toMatchObject({ replyOverdue: false, replyDueSoon: false }); // never sent: nobody owes a reply
  });

  it('filters on overdue, due soon, a deadline range and who owes the reply', async () => {
    const list = async (filter: object) => {
      const res = await t.graphql(FollowUpLiaisonsDocument, { filter, first: 50 });
      expect(res.errors).toBeUndefined();
      return titlesOf(res.data!.liaisons.edges).sort();
    };
    expect(await list({ from: 'OWNER', replyOverdue: true })).toEqual(['late']);
    expect(await list({ from: 'OWNER', replyDueSoon: true })).toEqual(['soon', 'today']);
    expect(await list({ from: 'OWNER', replyOverdue: false, replyDueSoon: false })).toEqual(['draft', 'info', 'later']);
    expect(await list({ from: 'OWNER', deadlineFrom: daysFromToday(-10), deadlineTo: daysFromToday(5) })).toEqual(['draft', 'late', 'soon', 'today']);
    expect(await list({ awaitingReplyFrom: 'ADDR-A' })).toEqual(['late', 'later', 'soon', 'today']);
    expect(await list({ awaitingReplyFrom: 'ADDR-B' })).toEqual([]); // for information only
    expect(await list({ awaitingReplyFrom: 'OWNER', replyOverdue: true })).toEqual(['toOwner']);
  });

  it("answers the playground's saved OverdueReplies query with the late replies only", async () => {
    const saved = exampleQueries.find((q) => q.query.includes('query OverdueReplies'))!;
    const { json } = await t.post({ query: saved.query });
    expect(json.errors).toBeUndefined();
    const late = json.data.liaisons.edges.map((e: { node: { title: string } }) => e.node);
    expect(late.map((l: { title: string }) => l.title).sort()).toEqual(['late', 'toOwner']);
    const owing = late.find((l: { title: string }) => l.title === 'late').addressees.filter((a: { owesReply: boolean }) => a.owesReply);
    expect(owing.map((a: { group: { acronym: string } }) => a.group.acronym)).toEqual(['ADDR-A']);
  });

  it('refuses a deadline range that ends before it starts, and an unknown group', async () => {
    const backwards = await t.graphql(FollowUpLiaisonsDocument, { filter: { deadlineFrom: '2026-05-01', deadlineTo: '2026-04-01' } });
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await t.graphql(FollowUpLiaisonsDocument, { filter: { awaitingReplyFrom: 'NOBODY' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists what concerns a group: replies owed each way late first, open items overdue first, next milestones', async () => {
    const res = await t.graphql(GroupFollowUpDocument, { acronym: 'ADDR-A', first: 10 });
    expect(res.errors).toBeUndefined();
    const followUp = res.data!.group!.followUp;
    expect(followUp.counts).toEqual({
      repliesItOwes: 4, repliesItOwesOverdue: 1, repliesItOwesDueSoon: 2,
      repliesOwedToIt: 0, repliesOwedToItOverdue: 0, repliesOwedToItDueSoon: 0,
      openActionItems: 2, overdueActionItems: 1,
    });
    expect(titlesOf(followUp.repliesItOwes.edges)).toEqual(['late', 'today', 'soon', 'later']);
    expect(followUp.repliesItOwes.totalCount).toBe(4);
    expect(titlesOf(followUp.openActionItems.edges)).toEqual(['overdue item', 'open item']);
    expect(followUp.openActionItems.edges[0].node.isOverdue).toBe(true);
    // the report passes through A (a milestone is there): its next milestone, wherever it is
    expect(followUp.nextMilestones.edges.map((e) => [e.node.plannedFor, e.node.group.acronym])).toEqual([[daysFromToday(15), 'ADDR-A']]);
    expect(titlesOf(followUp.liaisonsReceived.edges).sort()).toEqual(['draft', 'info', 'late', 'later', 'soon', 'today']);

    const owner = await t.graphql(GroupFollowUpDocument, { acronym: 'OWNER', first: 2 });
    const o = owner.data!.group!.followUp;
    expect(titlesOf(o.repliesOwedToIt.edges)).toEqual(['late', 'today']); // a page of two, late first
    expect(o.repliesOwedToIt.totalCount).toBe(4);
    expect(titlesOf(o.repliesItOwes.edges)).toEqual(['toOwner']);
    expect(o.counts).toMatchObject({ repliesOwedToItOverdue: 1, repliesOwedToItDueSoon: 2, repliesItOwesOverdue: 1 });
  });

  it('counts liaisons received since a date', async () => {
    const future = await t.graphql(GroupFollowUpDocument, { acronym: 'ADDR-A', since: daysFromToday(1) });
    expect(future.data!.group!.followUp).toMatchObject({ since: daysFromToday(1), liaisonsReceived: { totalCount: 0, edges: [] } });
    const today = await t.graphql(GroupFollowUpDocument, { acronym: 'ADDR-A', since: daysFromToday(0) });
    expect(today.data!.group!.followUp.liaisonsReceived.totalCount).toBe(6);
  });

  it('reads the follow-up of many groups in a number of statements that does not grow with them or with first', async () => {
    const many = await t.graphql(GroupsFollowUpCountsDocument, {});
    expect(many.errors).toBeUndefined();
    const statements = many.extensions!.sqlStatements;
    const small = await t.graphql(GroupFollowUpDocument, { acronym: 'ADDR-A', first: 1 });
    const large = await t.graphql(GroupFollowUpDocument, { acronym: 'ADDR-A', first: 100 });
    expect(small.extensions!.sqlStatements).toBe(large.extensions!.sqlStatements);
    expect(statements).toBeLessThanOrEqual(3);
  });

  it('the feeds say which replies are overdue, by the same rule', async () => {
    const atom = await (await fetch(`${t.url}/feeds/liaisons.atom?group=OWNER&direction=sent`)).text();
    expect(atom.match(/term="reply-overdue"/g)?.length).toBe(1); // "late" only: "soon" and "later" are not late, "draft" was never sent
    expect(atom).toContain('Awaiting a reply. Overdue: the deadline has passed.');
    const ics = await (await fetch(`${t.url}/calendar.ics?group=ADDR-A`)).text();
    expect(ics.replace(/\r\n[ \t]/g, '').match(/A reply is awaited. Overdue/g)?.length).toBe(1);
  });

  it('a reply that goes out ends the state', async () => {
    const admin = await createTestToken(t, { role: 'ADMIN' });
    const before = await t.graphql(FollowUpLiaisonsDocument, { filter: { awaitingReplyFrom: 'OWNER', replyOverdue: true } });
    const asked = before.data!.liaisons.edges[0].node;
    const sent = await t.graphql(
      CreateLiaisonDocument,
      { input: { title: 'Our answer', from: 'OWNER', to: [{ group: 'ADDR-B' }], purpose: 'FOR_INFORMATION', status: 'SENT', inReplyTo: asked.id } },
      { headers: admin.headers },
    );
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.createLiaison!.userErrors).toEqual([]);
    const after = await t.graphql(FollowUpLiaisonsDocument, { filter: { awaitingReplyFrom: 'OWNER' } });
    expect(after.data!.liaisons.totalCount).toBe(0);
    const counts = await t.graphql(GroupFollowUpDocument, { acronym: 'OWNER' });
    expect(counts.data!.group!.followUp.counts).toMatchObject({ repliesItOwes: 0, repliesItOwesOverdue: 0 });
  });
});
