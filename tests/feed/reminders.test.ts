import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Factory } from '../support/factories.js';
import { encodeGlobalId } from '../../src/platform/graphql/global-id.js';
import { REMINDER_DAYS_BEFORE } from '../../src/feed/reminders.js';
import type { Group } from '../../src/group/group.entity.js';
import type { Liaison } from '../../src/liaison/liaison.entity.js';
import type { ActionItem } from '../../src/action-item/action-item.entity.js';

// the server's "now" for reminders: the test sets the day, so the schedule does not depend on today
let now = new Date('2031-03-10T09:30:00Z');
const day = (offset: number) => new Date(Date.parse('2031-03-10T00:00:00Z') + offset * 86_400_000).toISOString().slice(0, 10);

let t: TestApp;
let sender: Group;
let addressee: Group;
let other: Group;
let soon: Liaison; // deadline in 2 days, awaiting a reply
let late: Liaison; // deadline 9 days ago, awaiting a reply
let answered: Liaison; // deadline tomorrow, already answered
let draft: Liaison; // deadline tomorrow, not sent
let dueToday: ActionItem;
let done: ActionItem;

beforeAll(async () => {
  t = await startTestApp({ now: () => now });
  const f = new Factory(t.app.orm.em.fork() as EntityManager);
  sender = await f.group({ acronym: 'REM-S' });
  addressee = await f.group({ acronym: 'REM-A' });
  other = await f.group({ acronym: 'REM-O' });
  soon = await f.liaison(sender, [{ group: addressee, purpose: 'FOR_ACTION' }], { title: 'Comments on the draft', deadline: day(2) });
  late = await f.liaison(sender, [{ group: addressee, purpose: 'FOR_COMMENT' }], { title: 'Views on age verification', deadline: day(-9) });
  answered = await f.liaison(sender, [{ group: addressee, purpose: 'FOR_ACTION' }], { title: 'Answered already', deadline: day(1), status: 'RESPONDED' });
  draft = await f.liaison(sender, [{ group: addressee, purpose: 'FOR_ACTION' }], { title: 'Still a draft', deadline: day(1), status: 'DRAFT' });
  await f.liaison(other, [{ group: sender, purpose: 'FOR_ACTION' }], { title: 'Far off', deadline: day(30) });
  dueToday = await f.actionItem(addressee, { title: 'Present the proposal', dueOn: day(0) });
  done = await f.actionItem(addressee, { title: 'Already done', dueOn: day(0), status: 'DONE' });
});
afterAll(() => t?.stop());

async function get(path: string) {
  const res = await fetch(`${t.url}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

function entriesOf(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (n) => n === 'entry' || n === 'category', parseTagValue: false }).parse(xml).feed;
  expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  return (feed.entry ?? []) as { id: string; title: string; updated: string; content: { '#text': string }; category: { '@_term': string }[] }[];
}

const entryId = (type: string, id: number, due: string, point: number | 'overdue') => `urn:liaison-graph:reminder:${encodeGlobalId(type, id)}:${due}:${point}`;

describe('the reminder schedule', () => {
  it('is the Datatracker’s: 14, 7, 4, 3, 2, 1 and 0 days before the deadline', () => {
    expect(REMINDER_DAYS_BEFORE).toEqual([14, 7, 4, 3, 2, 1, 0]);
  });
});

describe('/feeds/reminders.atom', () => {
  it('has an entry for every point reached of what is still awaited, newest first, with stable ids', async () => {
    const res = await get(`/feeds/reminders.atom?group=${addressee.acronym}`);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/atom\+xml/);
    const entries = entriesOf(res.body);
    const ids = entries.map((e) => e.id);
    // the liaison due in 2 days: 14, 7, 4, 3 and 2 days before are reached, 1 and 0 not yet
    expect(ids.filter((id) => id.includes(encodeGlobalId('Liaison', soon.id)))).toEqual(
      [2, 3, 4, 7, 14].map((d) => entryId('Liaison', soon.id, day(2), d)),
    );
    // the late liaison: every point, then overdue
    expect(ids).toContain(entryId('Liaison', late.id, day(-9), 'overdue'));
    expect(ids.filter((id) => id.includes(encodeGlobalId('Liaison', late.id)))).toHaveLength(8);
    // the action item due today: the 0-day reminder is today's
    expect(ids).toContain(entryId('ActionItem', dueToday.id, day(0), 0));
    // nothing for what is answered, not sent, done, or not near
    for (const gone of [encodeGlobalId('Liaison', answered.id), encodeGlobalId('Liaison', draft.id), encodeGlobalId('ActionItem', done.id)]) {
      expect(ids.some((id) => id.includes(gone))).toBe(false);
    }
    expect(entries.some((e) => e.title.includes('Far off'))).toBe(false);
    const times = entries.map((e) => Date.parse(e.updated));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const overdue = entries.find((e) => e.id === entryId('Liaison', late.id, day(-9), 'overdue'))!;
    expect(overdue.title).toMatch(/^Overdue/);
    expect(overdue.updated).toBe(`${day(-8)}T00:00:00Z`);
    expect(overdue.content['#text']).toContain(`${addressee.acronym} owes ${sender.acronym} a reply by ${day(-9)}`);
    expect(overdue.category.map((c) => c['@_term'])).toEqual(expect.arrayContaining(['OVERDUE', 'Liaison']));
  });

  it('gains the next reminder when the day comes, and keeps the ids it had', async () => {
    const before = entriesOf((await get(`/feeds/reminders.atom?group=${sender.acronym}`)).body).map((e) => e.id);
    now = new Date('2031-03-11T08:00:00Z');
    try {
      const after = entriesOf((await get(`/feeds/reminders.atom?group=${sender.acronym}`)).body).map((e) => e.id);
      expect(after).toEqual(expect.arrayContaining(before));
      expect(after.filter((id) => !before.includes(id))).toEqual([entryId('Liaison', soon.id, day(2), 1)]);
    } finally {
      now = new Date('2031-03-10T09:30:00Z');
    }
  });

  it('shows a group only its own reminders, and refuses an unknown group', async () => {
    const entries = entriesOf((await get(`/feeds/reminders.atom?group=${other.acronym}`)).body);
    expect(entries).toEqual([]);
    const res = await get('/feeds/reminders.atom?group=NO-SUCH-GROUP');
    expect(res.status).toBe(404);
  });
});

describe('/calendar.ics alarms', () => {
  function parse(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents('vevent').map((v) => ({ v, event: new ICAL.Event(v) }));
  }
  const triggers = (v: ICAL.Component) =>
    v.getAllSubcomponents('valarm').map((a) => {
      expect(a.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(a.getFirstPropertyValue('description')).toBeTruthy();
      return (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 86_400;
    });

  it('puts a VALARM at each point of the schedule on a deadline awaiting a reply, and none on an answered one', async () => {
    const events = parse((await get(`/calendar.ics?group=${addressee.acronym}`)).body);
    const deadline = events.find((e) => e.event.uid === `deadline-${encodeGlobalId('Liaison', soon.id)}@liaison-graph`)!;
    expect(deadline.event.startDate.toString()).toBe(day(2));
    expect(triggers(deadline.v)).toEqual([-14, -7, -4, -3, -2, -1, 0]);
    const done = events.find((e) => e.event.uid === `deadline-${encodeGlobalId('Liaison', answered.id)}@liaison-graph`)!;
    expect(done).toBeDefined();
    expect(triggers(done.v)).toEqual([]);
  });

  it('shows action items’ due dates, with alarms while they are open', async () => {
    const events = parse((await get(`/calendar.ics?group=${addressee.acronym}`)).body);
    const open = events.find((e) => e.event.uid === `due-${encodeGlobalId('ActionItem', dueToday.id)}@liaison-graph`)!;
    expect(open.event.summary).toBe(`Due: Present the proposal (${addressee.acronym})`);
    expect(open.event.startDate.toString()).toBe(day(0));
    expect(open.event.startDate.isDate).toBe(true);
    expect(triggers(open.v)).toEqual([-14, -7, -4, -3, -2, -1, 0]);
    const closed = events.find((e) => e.event.uid === `due-${encodeGlobalId('ActionItem', done.id)}@liaison-graph`)!;
    expect(triggers(closed.v)).toEqual([]);
    // another group's calendar does not carry the item
    const others = parse((await get(`/calendar.ics?group=${other.acronym}`)).body);
    expect(others.some((e) => e.event.uid.startsWith('due-'))).toBe(false);
  });
});
