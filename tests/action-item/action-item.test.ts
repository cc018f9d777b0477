import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Factory, daysFromToday } from '../support/factories.js';
import { ActionItemsDocument, GroupActionItemsDocument, MeetingOutcomesDocument } from '../graphql/generated.js';

describe('follow-up on the seed data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t?.stop());

  it("answers the Secretariat's open items across groups, oldest first, each traced to its source", async () => {
    const { data, errors } = await t.graphql(ActionItemsDocument, { filter: { assignee: 'Secretariat', status: ['OPEN', 'IN_PROGRESS'] } });
    expect(errors).toBeUndefined();
    const items = data!.actionItems.edges.map((e) => e.node);
    expect(items).toHaveLength(4);
    expect(items[0].title).toMatch(/helplines/i);
    expect(items.map((i) => i.raisedBy?.meeting.number)).toEqual([21, 21, 22, 22]);
    expect(items.every((i) => i.status === 'OPEN' && i.isOverdue === false && i.sources.length > 0)).toBe(true);
  });

  it('records the industry-dialogue proposal as done, resolved by the 22nd meeting endorsing Industry Connect', async () => {
    const { data } = await t.graphql(ActionItemsDocument, { filter: { status: ['DONE'] } });
    const proposal = data!.actionItems.edges.map((e) => e.node).find((i) => /proposal/i.test(i.title))!;
    expect(proposal).toMatchObject({
      status: 'DONE',
      isOverdue: false,
      dueMeeting: { number: 22 },
      raisedBy: { position: 2, meeting: { number: 21 } },
      resolvedBy: { position: 2, kind: 'ENDORSED', meeting: { number: 22 } },
    });
  });

  it('walks from a meeting to its outcomes in order, their action items and liaisons', async () => {
    const { data } = await t.graphql(MeetingOutcomesDocument, { acronym: 'CWG-COP' });
    const [m21, m22] = data!.group!.meetings.edges.map((e) => e.node);
    expect(m21.outcomes.map((o) => [o.position, o.kind])).toEqual([[1, 'WELCOMED'], [2, 'AGREED'], [3, 'AGREED'], [4, 'AGREED']]);
    expect(m22.outcomes.map((o) => o.kind)).toEqual(['WELCOMED', 'ENDORSED', 'REAFFIRMED', 'EXPECTED']);
    expect(m21.outcomes[0].actionItems.map((a) => a.title).join(' ')).toMatch(/helplines/i);
    expect(m21.outcomes[3].liaisons).toEqual([expect.objectContaining({ purpose: 'FOR_INFORMATION' })]);
    expect(m21.outcomes[3].text).toContain('January 2025');
    expect(m21.outcomes[3].sources.some((s) => /February/.test(s.note ?? ''))).toBe(true);
  });

  it('refuses an unknown assignee with NOT_FOUND naming the field', async () => {
    const { errors } = await t.graphql(ActionItemsDocument, { filter: { assignee: 'Nobody' } });
    expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.assignee' });
  });
});

describe('isOverdue, derived at read time', () => {
  let t: TestApp;
  let f: Factory;
  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t.app.orm.em.fork());
  });
  afterAll(() => t?.stop());

  it('is true when the due date has passed or the due meeting has been held, and never for DONE or CANCELLED', async () => {
    const owner = await f.group({ acronym: 'OWNER' });
    const held = await f.meeting(owner, { startsOn: daysFromToday(-3), endsOn: daysFromToday(-1) });
    const today = await f.meeting(owner, { startsOn: daysFromToday(-1), endsOn: daysFromToday(0) });
    const expected: Record<string, boolean> = {};
    const make = async (title: string, overdue: boolean, fields: Parameters<Factory['actionItem']>[1]) => {
      await f.actionItem(owner, { title, ...fields });
      expected[title] = overdue;
    };
    await make('due yesterday', true, { dueOn: daysFromToday(-1) });
    await make('due today', false, { dueOn: daysFromToday(0) });
    await make('due tomorrow', false, { dueOn: daysFromToday(1) });
    await make('in progress, due last week', true, { status: 'IN_PROGRESS', dueOn: daysFromToday(-7) });
    await make('due at a meeting already held', true, { dueMeeting: held });
    await make('due at a meeting ending today', false, { dueMeeting: today });
    await make('done, due last year', false, { status: 'DONE', dueOn: daysFromToday(-365) });
    await make('cancelled, due at a held meeting', false, { status: 'CANCELLED', dueMeeting: held });
    await make('no due date', false, {});

    const all = await t.graphql(ActionItemsDocument, { filter: { assignee: 'OWNER' }, first: 50 });
    const seen = Object.fromEntries(all.data!.actionItems.edges.map((e) => [e.node.title, e.node.isOverdue]));
    expect(seen).toEqual(expected);

    const overdue = await t.graphql(ActionItemsDocument, { filter: { assignee: 'OWNER', overdue: true }, first: 50 });
    expect(overdue.data!.actionItems.edges.map((e) => e.node.title).sort()).toEqual(
      Object.keys(expected).filter((k) => expected[k]).sort(),
    );
    expect(overdue.data!.actionItems.totalCount).toBe(3);
    const notOverdue = await t.graphql(ActionItemsDocument, { filter: { assignee: 'OWNER', overdue: false }, first: 50 });
    expect(notOverdue.data!.actionItems.totalCount).toBe(6);
  });

  it("lists a group's items by status, and pages through all items oldest first", async () => {
    const owner = await f.group({ acronym: 'PAGER' });
    for (let i = 0; i < 5; i++) {
      await f.actionItem(owner, { title: `item ${i}`, status: i % 2 ? 'DONE' : 'OPEN', createdAt: new Date(Date.UTC(2020, 0, 1 + i)) });
    }
    const open = await t.graphql(GroupActionItemsDocument, { acronym: 'pager', status: ['OPEN'] });
    expect(open.data!.group!.actionItems.totalCount).toBe(3);
    const page1 = await t.graphql(ActionItemsDocument, { filter: { assignee: 'PAGER' }, first: 2 });
    const page2 = await t.graphql(ActionItemsDocument, { filter: { assignee: 'PAGER' }, first: 2, after: page1.data!.actionItems.pageInfo.endCursor });
    expect([...page1.data!.actionItems.edges, ...page2.data!.actionItems.edges].map((e) => e.node.title)).toEqual(['item 0', 'item 1', 'item 2', 'item 3']);
  });
});
