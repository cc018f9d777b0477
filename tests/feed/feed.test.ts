import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Group } from '../../src/group/group.entity.js';
import { Liaison, LiaisonAddressee } from '../../src/liaison/liaison.entity.js';
import { createTestToken } from '../support/tokens.js';
import {
  ChangesDocument,
  CreateApiTokenDocument,
  CreateLiaisonDocument,
  SetActionItemStatusDocument,
  UpdateLiaisonDocument,
} from '../graphql/generated.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(() => t?.stop());

const em = () => t.app.orm.em.fork() as EntityManager;

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}${path}`, { headers });
  return { status: res.status, type: res.headers.get('content-type') ?? '', etag: res.headers.get('etag'), body: await res.text() };
}

// ------------------------------------------------------------------------------------------
// Atom, read with a real XML parser

interface Entry {
  id: string;
  title: string;
  updated: string;
  published?: string;
  author?: { name: string };
  summary?: { '#text': string; '@_type': string };
  content: { '#text': string; '@_type': string };
  category?: { '@_term': string }[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** parses an Atom document and checks what RFC 4287 requires of a feed and its entries */
function parseAtom(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    isArray: (name) => name === 'entry' || name === 'category' || name === 'link',
    // text as it is written: no number guessing on ids or titles
    parseTagValue: false,
  }).parse(xml);
  const feed = parsed.feed;
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  for (const required of ['id', 'title', 'updated', 'author']) expect(feed[required]).toBeDefined();
  expect(feed.updated).toMatch(RFC3339);
  expect(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')?.['@_href']).toMatch(/^http:\/\//);
  const entries: Entry[] = feed.entry ?? [];
  for (const entry of entries) {
    for (const required of ['id', 'title', 'updated', 'content']) expect(entry[required as keyof Entry], required).toBeDefined();
    expect(entry.updated).toMatch(RFC3339);
    expect(entry.id).toMatch(/^[a-z][a-z0-9+.-]*:/);
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  // newest first
  const times = entries.map((e) => Date.parse(e.updated));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  return { feed, entries };
}

describe('/feeds/liaisons.atom', () => {
  it('lists every liaison as valid Atom', async () => {
    const res = await get('/feeds/liaisons.atom');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/atom\+xml/);
    const { feed, entries } = parseAtom(res.body);
    expect(feed.title).toBe('Liaisons of all groups');
    expect(entries.map((e) => e.title).sort()).toEqual([
      'CWG-COP → ITU-D SG2 Q3/2: Outcomes of the 21st and 22nd CWG-COP meetings',
      'ITU-D SG2 Q3/2 → CWG-COP: Liaison statement from ITU-D SG2 Q3/2 acknowledging CWG-COP’s contributions',
      'ITU-T SG17 → CWG-COP: Liaison statement on SG17 acknowledging CWG-COP’s contributions',
    ]);
  });

  it('?group=CWG-COP&direction=sent gives what CWG-COP sent, with its text; received gives what it got', async () => {
    const sent = parseAtom((await get('/feeds/liaisons.atom?group=CWG-COP&direction=sent')).body);
    expect(sent.feed.title).toBe('Liaisons sent by CWG-COP');
    expect(sent.entries).toHaveLength(1);
    expect(sent.entries[0].content['#text']).toContain('To: ITU-D SG2 Q3/2 (for information)');
    expect(sent.entries[0].content['#text']).toContain('CWG-COP is looking forward to hearing from ITU-D SG2 Q3/2');
    expect(sent.entries[0].category?.map((c) => c['@_term'])).toEqual(['FOR_INFORMATION', 'SENT', 'sent']);
    const received = parseAtom((await get('/feeds/liaisons.atom?group=cwg%20cop&direction=received')).body);
    expect(received.entries.map((e) => e.title.split(':')[0]).sort()).toEqual(['ITU-D SG2 Q3/2 → CWG-COP', 'ITU-T SG17 → CWG-COP']);
    // an alias, both directions
    expect(parseAtom((await get('/feeds/liaisons.atom?group=SG2%20Q3%2F2')).body).entries).toHaveLength(2);
  });

  it('answers 404 naming an unknown group, 400 for a bad direction', async () => {
    const unknown = await get('/feeds/liaisons.atom?group=NO-SUCH-GROUP');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).errors[0]).toMatchObject({ message: 'No group is known as "NO-SUCH-GROUP"', extensions: { code: 'NOT_FOUND', field: 'group' } });
    const direction = await get('/feeds/liaisons.atom?group=CWG-COP&direction=outgoing');
    expect(direction.status).toBe(400);
    expect(JSON.parse(direction.body).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'direction' });
    expect((await get('/feeds/liaisons.atom?direction=sent')).status).toBe(400);
    expect((await get('/feeds/liaisons.atom?group=CWG-COP&group=BDT')).status).toBe(400);
  });

  it('escapes what it quotes, flags a liaison awaiting a reply, and answers 304 to a reader that has it', async () => {
    const fork = em();
    const [cgCop, cwgCop] = await Promise.all([fork.findOneOrFail(Group, { acronym: 'CG-COP' }), fork.findOneOrFail(Group, { acronym: 'CWG-COP' })]);
    const liaison = Object.assign(new Liaison(), {
      title: 'Comments on <draft> & "gaps" \u0007 please', fromGroup: ref(cgCop), purpose: 'FOR_COMMENT', status: 'SENT', deadline: '2025-06-30',
      body: 'Line one.\nA < B && C > D.',
    });
    liaison.addressees.add(Object.assign(new LiaisonAddressee(), { liaison: ref(liaison), group: ref(cwgCop), role: 'TO', purpose: 'FOR_COMMENT' }));
    fork.persist(liaison);
    await fork.flush();
    const first = await get('/feeds/liaisons.atom?group=CG-COP&direction=sent');
    const { entries } = parseAtom(first.body);
    expect(entries[0].title).toBe('CG-COP → CWG-COP: Comments on <draft> & "gaps"  please');
    expect(entries[0].content['#text']).toContain('A < B && C > D.');
    expect(entries[0].content['#text']).toContain('Deadline: 2025-06-30');
    expect(entries[0].category?.map((c) => c['@_term'])).toContain('awaiting-reply');
    expect(first.etag).toBeTruthy();
    // (fetch adds "Cache-Control: no-cache" to a conditional request unless told otherwise; feed readers do not)
    const again = await get('/feeds/liaisons.atom?group=CG-COP&direction=sent', { 'if-none-match': first.etag!, 'cache-control': 'max-age=0' });
    expect(again.status).toBe(304);
  });
});

describe('/feeds/changes.atom', () => {
  it('shows what moved in a group, newest first: each recorded change an entry, with who, when, before and after', async () => {
    const before = parseAtom((await get('/feeds/changes.atom?group=CG-COP')).body);
    // the seed load is recorded too: every object of the seed was added by it
    const titles = before.entries.map((e) => e.title);
    expect(titles).toContain('Report added: CG-COP gap analysis report');
    expect(titles).toContain('Milestone added: CG-COP gap analysis report: discussion in ITU-T SG17');
    expect(titles).toContain('Group added: CG-COP — Correspondence Group on Child Online Protection');
    // nothing of groups CG-COP has no part in
    expect(titles.some((title) => title.includes('Twenty-first meeting'))).toBe(false);
    const added = before.entries.find((e) => e.title.startsWith('Report added'))!;
    expect(added.author?.name).toBe('import (seed data set) (ADMIN)');
    expect(added.content['#text']).toContain('title: CG-COP gap analysis report');

    const entriesOf = (entries: Entry[]) => entries.filter((e) => e.title.includes("Share children's feedback on helplines"));
    const [earlier] = entriesOf(parseAtom((await get('/feeds/changes.atom?group=Secretariat')).body).entries);
    expect(earlier.title).toMatch(/^Action item added: /);
    const secretariat = await createTestToken(t, { role: 'SECRETARIAT', label: 'ITU secretariat officer' });
    const item = (await t.graphql(ChangesDocument, { filter: { group: 'Secretariat', objectTypes: ['ActionItem'] } })).data!.changes.edges
      .find((e) => String(e.node.after?.title).startsWith("Share children's feedback"))!.node.object!;
    const moved = await t.graphql(SetActionItemStatusDocument, { input: { id: item.id, version: 1, status: 'IN_PROGRESS' } }, { headers: secretariat.headers });
    expect(moved.data?.setActionItemStatus?.userErrors).toEqual([]);

    const after = parseAtom((await get('/feeds/changes.atom?group=Secretariat')).body);
    expect(after.entries[0].title).toBe(
      "Action item OPEN → IN_PROGRESS: Share children's feedback on helplines with relevant parent organizations and the expert group of the Global Cybersecurity Index (GCI)",
    );
    expect(after.entries[0].author?.name).toBe('ITU secretariat officer (SECRETARIAT)');
    expect(after.entries[0].summary?.['#text']).toBe('status OPEN → IN_PROGRESS by ITU secretariat officer (SECRETARIAT)');
    expect(after.entries[0].content['#text']).toContain('status: OPEN → IN_PROGRESS');
    expect(after.entries[0].category?.map((c) => c['@_term'])).toEqual(['ActionItem', 'STATUS']);
    // the change is news (an entry of its own); the creation stays, as it was
    expect(entriesOf(after.entries).map((e) => e.id)).toEqual([after.entries[0].id, earlier.id]);
  });

  it('picks the changes of a group as the API’s changes(filter: { group }) does, and leaves token management out', async () => {
    const admin = await createTestToken(t, { role: 'ADMIN', label: 'Admin (test)' });
    const cwgCop = await createTestToken(t, { role: 'EDITOR', groups: ['CWG-COP'], label: 'CWG-COP editor' });
    const created = await t.graphql(CreateLiaisonDocument, {
      input: { title: 'Views on the toolkit', from: 'CWG-COP', to: [{ group: 'SG2 Q3/2', purpose: 'FOR_COMMENT' }], deadline: '2026-04-30', body: 'First text.' },
    }, { headers: cwgCop.headers });
    const liaison = created.data!.createLiaison!.liaison!;
    await t.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 1, title: 'Views on the age-verification toolkit' } }, { headers: cwgCop.headers });
    await t.graphql(CreateApiTokenDocument, { input: { label: 'Another token', role: 'SECRETARIAT' } }, { headers: admin.headers });

    for (const group of ['SG2 Q3/2', 'CWG-COP', 'BDT']) {
      const feed = parseAtom((await get(`/feeds/changes.atom?group=${encodeURIComponent(group)}`)).body);
      const api = (await t.graphql(ChangesDocument, { filter: { group }, first: 100 })).data!.changes;
      expect(feed.entries.map((e) => e.id).sort(), group).toEqual(api.edges.map((e) => `urn:liaison-graph:${e.node.id}`).sort());
    }
    const q32 = parseAtom((await get('/feeds/changes.atom?group=SG2%20Q3%2F2')).body);
    expect(q32.entries[0]).toMatchObject({ title: 'Liaison updated: Views on the age-verification toolkit' });
    expect(q32.entries[0].content['#text']).toContain('title: Views on the toolkit → Views on the age-verification toolkit');
    expect(q32.entries[1].content['#text']).toContain('to: ITU-D SG2 Q3/2 (FOR_COMMENT)');

    const all = parseAtom((await get('/feeds/changes.atom')).body);
    expect(all.entries.some((e) => e.category?.some((c) => c['@_term'] === 'ApiToken'))).toBe(false);
    expect(all.entries.map((e) => e.title)).toContain('Liaison added: Views on the age-verification toolkit');
  });

  it('covers every group without ?group, and answers 404 for an unknown one', async () => {
    const all = parseAtom((await get('/feeds/changes.atom')).body);
    expect(all.feed.title).toBe('What moved');
    const kinds = new Set(all.entries.flatMap((e) => e.category?.map((c) => c['@_term']) ?? []));
    for (const kind of ['Group', 'Topic', 'Meeting', 'Outcome', 'ActionItem', 'Liaison', 'Report', 'Milestone', 'BestPractice', 'Document']) expect(kinds).toContain(kind);
    const unknown = await get('/feeds/changes.atom?group=Nobody');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).errors[0].message).toBe('No group is known as "Nobody"');
  });
});

// ------------------------------------------------------------------------------------------
// iCalendar, read with ical.js, and the RFC 5545 rules a lenient parser would forgive

function checkRfc5545Lines(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  // every line break is CRLF
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n').slice(0, -1)) {
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  }
  // unfolded, every content line is NAME[;PARAM]:VALUE
  const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);
  for (const line of unfolded) expect(line).toMatch(/^[A-Z-]+(;[A-Z-]+=[^:;]+)*:/);
  return unfolded;
}

function parseCalendar(text: string) {
  const unfolded = checkRfc5545Lines(text);
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  const events = calendar.getAllSubcomponents('vevent').map((v) => ({ component: v, event: new ICAL.Event(v) }));
  for (const { component, event } of events) {
    expect(event.uid).toBeTruthy();
    expect(component.getFirstPropertyValue('dtstamp')).toBeTruthy();
  }
  expect(new Set(events.map((e) => e.event.uid)).size).toBe(events.length);
  return { calendar, events, unfolded };
}

describe('/calendar.ics', () => {
  it('gives CWG-COP’s meetings as all-day events, with the half day said, and the milestone it hosts', async () => {
    const res = await get('/calendar.ics?group=CWG-COP');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/calendar/);
    const { events } = parseCalendar(res.body);
    const byUid = new Map(events.map(({ event }) => [event.uid, event]));
    // (deadlines are the next test's)
    const summaries = events.map(({ event }) => event.summary).filter((summary) => !summary.startsWith('Deadline'));
    expect(summaries).toEqual([
      'CWG-COP: Twenty-first meeting of CWG-COP (from the afternoon)',
      'CWG-COP: Twenty-second meeting of CWG-COP (from the afternoon)',
      'CG-COP gap analysis report: presentation in CWG-COP',
    ]);
    const [twentyFirst, twentySecond, presentation] = events.map(({ event }) => event).filter((event) => !event.summary.startsWith('Deadline'));
    expect(twentyFirst.startDate.isDate).toBe(true);
    expect(twentyFirst.startDate.toString()).toBe('2024-09-30');
    // DTEND is exclusive: the meeting ends on 1 October
    expect(twentyFirst.endDate.toString()).toBe('2024-10-02');
    expect(twentyFirst.location).toBe('ITU Headquarters, Geneva, Switzerland');
    expect(twentyFirst.description).toContain('starts in the afternoon (p.m.) of 30 September 2024');
    expect(twentyFirst.description).toContain('Topics: Industry engagement, Multi-stakeholder cooperation, Youth participation.');
    expect(twentySecond.startDate.toString()).toBe('2025-02-12');
    expect(twentySecond.endDate.toString()).toBe('2025-02-14');
    // planned "in October 2025": an all-day event over the month (DTEND, exclusive, is 1 November)
    expect(presentation.startDate.toString()).toBe('2025-10-01');
    expect(presentation.endDate.toString()).toBe('2025-11-01');
    expect(presentation.description).toContain('Planned for October 2025.');
    expect(byUid.size).toBe(events.length);
    // the same UIDs on the next download
    const again = parseCalendar((await get('/calendar.ics?group=CWG-COP')).body);
    expect(again.events.map(({ event }) => event.uid)).toEqual(events.map(({ event }) => event.uid));
  });

  it('adds liaison deadlines, escaping and folding long non-ASCII text so it reads back exactly', async () => {
    const fork = em();
    const [sg17, cwgCop] = await Promise.all([fork.findOneOrFail(Group, { acronym: 'ITU-T SG17' }), fork.findOneOrFail(Group, { acronym: 'CWG-COP' })]);
    const title = 'Révision des normes; «protection en ligne», œuvre commune — 児童オンライン保護 \\ step, by step';
    const liaison = Object.assign(new Liaison(), { title, fromGroup: ref(sg17), purpose: 'FOR_ACTION', status: 'SENT', deadline: '2025-11-30' });
    liaison.addressees.add(Object.assign(new LiaisonAddressee(), { liaison: ref(liaison), group: ref(cwgCop), role: 'TO', purpose: 'FOR_ACTION' }));
    fork.persist(liaison);
    await fork.flush();
    const { events, unfolded } = parseCalendar((await get('/calendar.ics?group=ITU-T%20SG17')).body);
    const deadline = events.find(({ event }) => event.summary.startsWith('Deadline'))!.event;
    expect(deadline.summary).toBe(`Deadline: ${title} (ITU-T SG17 → CWG-COP)`);
    expect(deadline.startDate.toString()).toBe('2025-11-30');
    expect(deadline.endDate.toString()).toBe('2025-12-01');
    expect(deadline.description).toContain('A reply is awaited.');
    // RFC 5545 escaping as written in the file
    expect(unfolded).toContain(`SUMMARY:Deadline: Révision des normes\\; «protection en ligne»\\, œuvre commune — 児童オンライン保護 \\\\ step\\, by step (ITU-T SG17 → CWG-COP)`);
    // SG17 also hosts the gap-analysis discussion
    expect(events.map(({ event }) => event.summary)).toContain('CG-COP gap analysis report: discussion in ITU-T SG17');
  });

  it('shows a deadline known to the month as the month: on its last day in the calendar, in words in the Atom feed', async () => {
    const fork = em();
    const [sg17, cgCop] = await Promise.all([fork.findOneOrFail(Group, { acronym: 'ITU-T SG17' }), fork.findOneOrFail(Group, { acronym: 'CG-COP' })]);
    const title = 'Comments by the month';
    const liaison = Object.assign(new Liaison(), { title, fromGroup: ref(cgCop), purpose: 'FOR_COMMENT', status: 'SENT', deadline: '2025-04-01', deadlinePrecision: 'month' });
    liaison.addressees.add(Object.assign(new LiaisonAddressee(), { liaison: ref(liaison), group: ref(sg17), role: 'TO', purpose: 'FOR_COMMENT' }));
    fork.persist(liaison);
    await fork.flush();
    const { events } = parseCalendar((await get('/calendar.ics?group=CG-COP')).body);
    const deadline = events.find(({ event }) => event.summary.includes(title))!.event;
    expect(deadline.summary).toBe(`Deadline (end of April 2025): ${title} (CG-COP → ITU-T SG17)`);
    expect(deadline.startDate.toString()).toBe('2025-04-30');
    expect(deadline.endDate.toString()).toBe('2025-05-01');
    const entry = parseAtom((await get('/feeds/liaisons.atom?group=CG-COP')).body).entries.find((e) => String(e.title).includes(title))!;
    expect(JSON.stringify(entry)).toContain('deadline April 2025');
    expect(JSON.stringify(entry)).toContain('Deadline: April 2025');
  });

  it('covers all groups without ?group, and answers 404 for an unknown one', async () => {
    const { events } = parseCalendar((await get('/calendar.ics')).body);
    expect(events.filter(({ event }) => event.summary.includes('meeting of CWG-COP'))).toHaveLength(2);
    const unknown = await get('/calendar.ics?group=SG99');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).errors[0]).toMatchObject({ message: 'No group is known as "SG99"', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('links back to the dashboard', () => {
  const alternate = (entry: Entry) =>
    ((entry as unknown as { link?: Record<string, string>[] }).link ?? []).find((l) => l['@_rel'] === 'alternate' && l['@_type'] === 'text/html')?.['@_href'];

  it('links each liaison entry to its dashboard page, and each change to the page that shows it', async () => {
    const { entries } = parseAtom((await get('/feeds/liaisons.atom')).body);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const href = alternate(entry)!;
      expect(href).toBe(`${t.url}/dashboard/liaisons/${encodeURIComponent(entry.id.replace('urn:liaison-graph:', ''))}`);
    }
    // the page a reader lands on is the dashboard
    const page = await get(new URL(alternate(entries[0]!)!).pathname, { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('dashboard.js');

    const changes = parseAtom((await get('/feeds/changes.atom')).body).entries;
    expect(changes.length).toBeGreaterThan(0);
    for (const entry of changes) expect(alternate(entry)).toMatch(new RegExp(`^${t.url}/dashboard(/|$)`));
    const groupChange = changes.find((e) => e.category?.some((c) => c['@_term'] === 'Group'));
    if (groupChange) expect(alternate(groupChange)).toMatch(new RegExp(`^${t.url}/dashboard/groups/`));
  });

  it('gives every calendar event the URL of its page: meetings on their group page, deadlines on the liaison', async () => {
    const { events } = parseCalendar((await get('/calendar.ics?group=CWG-COP')).body);
    expect(events.length).toBeGreaterThan(0);
    for (const { component, event } of events) {
      const url = String(component.getFirstPropertyValue('url'));
      expect(url, event.uid).toMatch(new RegExp(`^${t.url}/dashboard`));
      if (event.uid.startsWith('meeting-')) expect(url).toMatch(new RegExp(`^${t.url}/dashboard/groups/CWG-COP#meeting-`));
      if (event.uid.startsWith('deadline-')) expect(url).toMatch(new RegExp(`^${t.url}/dashboard/liaisons/`));
    }
    expect(events.some(({ event }) => event.uid.startsWith('meeting-'))).toBe(true);
  });
});
