import type { EntityManager } from '@mikro-orm/core';
import { encodeGlobalId } from '../platform/graphql/global-id.js';
import { badInput } from '../platform/errors/app-error.js';
import { createGroupQueries, type GroupRow } from '../group/group.queries.js';
import { requireGroup } from '../group/group.service.js';
import type { LiaisonPurpose } from '../liaison/liaison.entity.js';
import { liaisonsWithDeadline, recentLiaisons } from '../liaison/liaison.queries.js';
import { meetingsInDateOrder } from '../meeting/meeting.queries.js';
import { datedMilestones } from '../report/report.queries.js';
import { atomDate, type AtomEntry } from './atom.js';
import type { Loaders } from '../platform/graphql/context.js';
import { listChanges, type ChangeRow } from '../change/change.queries.js';
import type { CalendarEvent } from './ical.js';
import { reminderAlarms } from './reminders.js';
import { dashboardPath } from '../dashboard/dashboard.links.js';
import { partialDateEnd, partialDateWords } from '../platform/graphql/scalars.js';

/** a partial date that names a day (2025-04-15), not a month or a year */
const isDay = (value: string) => value.length === 10;
/** a deadline as the feeds write it: the day as the API gives it, a month or a year in words ("April 2025") */
const periodText = (value: string) => (isDay(value) ? value : partialDateWords(value));

/**
 * What the feeds and the calendar show, read through the domains' query modules (*.queries.ts)
 * and the request loaders: a fixed number of statements per feed, however many entries, and no
 * second copy of any read's SQL. Entry ids and event UIDs are built from global ids, so they
 * stay the same across downloads.
 */

/** What the feeds read through, given by the app (which assembles the domains): the request loaders, and each object kind's name in words. */
export interface FeedReads {
  loaders(em: EntityManager): Loaders;
  nodeLabels: Readonly<Record<string, string>>;
}

/** the newest entries a feed carries */
export const FEED_ENTRIES = 100;

export type Direction = 'sent' | 'received';

/** a row's timestamp: a Date, or PostgreSQL's text where the row's shape reads it plain */
const asDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

/** A group named in a feed's query string (acronym or alias); an unknown one is NOT_FOUND. */
export async function feedGroup(em: EntityManager, name: string | undefined): Promise<GroupRow | null> {
  if (name === undefined) return null;
  return requireGroup(createGroupQueries(em), name, 'group');
}

export function parseDirection(value: string | undefined, group: GroupRow | null): Direction | null {
  if (value === undefined) return null;
  if (value !== 'sent' && value !== 'received') throw badInput('direction', `direction is "sent" or "received", got "${value.slice(0, 40)}"`);
  if (!group) throw badInput('direction', 'direction needs a group (…?group=CWG-COP&direction=sent)');
  return value;
}

const PURPOSE_WORDS: Record<LiaisonPurpose, string> = {
  FOR_ACTION: 'for action',
  FOR_COMMENT: 'for comment',
  FOR_INFORMATION: 'for information',
  FOR_CONSIDERATION: 'for consideration',
  IN_RESPONSE: 'in response',
};

/** Liaisons of one group (sent, received or both) or of all groups, most recently changed first. */
export async function liaisonEntries(em: EntityManager, reads: FeedReads, group: GroupRow | null, direction: Direction | null): Promise<AtomEntry[]> {
  const loaders = reads.loaders(em);
  const rows = await recentLiaisons(em, group?.id ?? null, direction === 'sent' ? 'SENT' : direction === 'received' ? 'RECEIVED' : null, FEED_ENTRIES);
  // one batched statement per relation, however many entries
  const details = await Promise.all(rows.map(async (l) => {
    const [from, addressees, replies, answers, replyState] = await Promise.all([
      loaders.group.byId.load(l.fromGroup.id),
      loaders.liaison.addresseesOf.load(l.id),
      loaders.liaison.repliesTo.load(l.id),
      l.inReplyTo ? loaders.liaison.byId.load(l.inReplyTo.id) : null,
      loaders.liaison.replyStateOf.load(l.id),
    ]);
    return { from, addressees, replies: replies.length, answers: answers?.title ?? null, awaiting: replyState.awaiting, overdue: replyState.overdue };
  }));
  return rows.map((l, i) => {
    const { from, addressees, replies, answers, awaiting, overdue } = details[i];
    const to = addressees.filter((a) => a.role === 'TO').map((a) => ({ acronym: a.group.acronym, purpose: a.purpose }));
    const cc = addressees.filter((a) => a.role === 'CC').map((a) => ({ acronym: a.group.acronym }));
    const fromAcronym = from?.acronym ?? '?';
    const lines = [
      `From: ${fromAcronym} (${from?.name ?? '?'})`,
      `To: ${to.map((a) => `${a.acronym} (${PURPOSE_WORDS[a.purpose!]})`).join(', ')}`,
      ...(cc.length ? [`Cc: ${cc.map((a) => a.acronym).join(', ')}`] : []),
      `Status: ${l.status}`,
      ...(l.reference ? [`Reference: ${l.reference}`] : []),
      ...(l.sentOn ? [`Sent on: ${l.sentOn}`] : []),
      ...(l.deadlinePeriod ? [`Deadline: ${periodText(l.deadlinePeriod)}`] : []),
      ...(answers ? [`In reply to: ${answers}`] : []),
      awaiting ? (overdue ? 'Awaiting a reply. Overdue: the deadline has passed.' : 'Awaiting a reply.') : replies > 0 ? `Replies: ${replies}.` : '',
      ...(l.body ? ['', l.body] : []),
    ].filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== '' && i < all.length - 1));
    const categories = [
      { term: l.purpose as string, label: PURPOSE_WORDS[l.purpose] },
      { term: l.status as string },
      ...(group ? [{ term: l.fromGroup.id === group.id ? 'sent' : 'received' }] : []),
      ...(awaiting ? [{ term: 'awaiting-reply', label: 'awaiting a reply' }] : []),
      ...(overdue ? [{ term: 'reply-overdue', label: 'reply overdue' }] : []),
    ];
    return {
      id: `urn:liaison-graph:${encodeGlobalId('Liaison', l.id)}`,
      title: `${fromAcronym} → ${to.map((a) => a.acronym).join(', ')}: ${l.title}`,
      updated: asDate(l.updatedAt),
      published: l.sentOn ? new Date(`${l.sentOn}T00:00:00Z`) : undefined,
      author: fromAcronym,
      summary: `${PURPOSE_WORDS[l.purpose]}, ${l.status.toLowerCase()}${l.deadlinePeriod ? `, deadline ${periodText(l.deadlinePeriod)}` : ''}`,
      content: lines.join('\n'),
      categories,
      link: dashboardPath({ type: 'Liaison', id: l.id }),
    };
  });
}

/**
 * How an entry names the object changed, as it is now, and the dashboard page that shows it
 * (one batched read per kind and level).
 */
async function objectLabel(loaders: Loaders, type: string, id: number): Promise<{ label: string; link: string }> {
  const entity = (await loaders.nodeById(type)?.load(id)) as Record<string, any> | null | undefined;
  if (!entity) return { label: `${type} ${id}`, link: dashboardPath({ type: 'other' }) };
  const acronym = async (groupId: number) => (await loaders.group.byId.load(groupId))?.acronym ?? '?';
  switch (type) {
    case 'Group':
      return { label: `${entity.acronym} — ${entity.name}`, link: dashboardPath({ type: 'Group', acronym: entity.acronym }) };
    case 'Topic':
      return { label: entity.name, link: dashboardPath({ type: 'other' }) };
    case 'Document':
      return { label: `${entity.symbol} — ${entity.title}`, link: dashboardPath({ type: 'Document', id }) };
    case 'Meeting': {
      const held = await acronym(entity.group.id);
      return { label: `${held}: ${entity.title}`, link: dashboardPath({ type: 'Meeting', id, acronym: held }) };
    }
    case 'Outcome': {
      const meeting = await loaders.meeting.byId.load(entity.meeting.id);
      const by = meeting ? await acronym(meeting.group.id) : '?';
      const held = meeting ? `${by} ${meeting.number != null ? `meeting ${meeting.number}` : meeting.title}` : '?';
      return { label: `${held}, outcome ${entity.position} (${entity.kind})`, link: dashboardPath({ type: 'Outcome', id, acronym: by }) };
    }
    case 'Milestone': {
      const report = await loaders.report.byId.load(entity.report.id);
      return { label: `${report?.title ?? '?'}: ${String(entity.kind).toLowerCase()} in ${await acronym(entity.group.id)}`, link: dashboardPath({ type: 'Milestone' }) };
    }
    case 'Liaison':
      return { label: entity.title, link: dashboardPath({ type: 'Liaison', id }) };
    case 'ActionItem':
      return { label: entity.title, link: dashboardPath({ type: 'ActionItem', acronym: await acronym(entity.assignee.id) }) };
    case 'Report':
      return { label: entity.title, link: dashboardPath({ type: 'Report' }) };
    case 'Resolution':
      return { label: `Resolution ${entity.number}${entity.revision ? ` (${entity.revision})` : ''}`, link: dashboardPath({ type: 'other' }) };
    case 'Clause': {
      const resolution = await loaders.mandate.resolutionById.load(entity.resolution.id);
      const asked = await acronym(entity.group.id);
      return {
        label: `Resolution ${resolution?.number ?? '?'}${resolution?.revision ? ` (${resolution.revision})` : ''}, clause ${entity.position} (${asked})`,
        link: dashboardPath({ type: 'Mandates', acronym: asked }),
      };
    }
    default:
      return { label: entity.title, link: dashboardPath({ type: 'other' }) };
  }
}

/** a snapshot value in a line of text: lists joined, addressees with their purpose, long text cut */
function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.length ? value.map(shown).join(', ') : '—';
  if (typeof value === 'object') {
    const { group, purpose, role, name } = value as Record<string, unknown>;
    if (group !== undefined) return purpose ? `${String(group)} (${String(purpose)})` : String(group);
    if (role !== undefined && name !== undefined) return `${String(role)}: ${String(name)}`;
    return JSON.stringify(value);
  }
  const text = String(value).replace(/\s+/g, ' ');
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** what a change did, in a few words: the entry's title and summary */
function changeWords(change: ChangeRow): { verb: string; summary: string } {
  const before = change.before ?? {};
  const after = change.after ?? {};
  switch (change.action) {
    case 'CREATE':
      return { verb: 'added', summary: 'added' };
    case 'STATUS':
      return { verb: `${shown(before.status)} → ${shown(after.status)}`, summary: `status ${shown(before.status)} → ${shown(after.status)}` };
    case 'TAG': {
      const had = new Set((before.topics as string[] | undefined) ?? []);
      const added = ((after.topics as string[] | undefined) ?? []).filter((t) => !had.has(t));
      return { verb: `tagged ${added.join(', ')}`, summary: `topics: ${shown(after.topics)}` };
    }
    default:
      return { verb: 'updated', summary: `changed: ${change.fields.join(', ')}` };
  }
}

/**
 * What moved: the recorded changes (the history every write appends to) of a group's objects, or
 * of all, newest first — the same rule as the API's `changes(filter: { group })`. One entry per
 * change: who made it, when, and the changed fields before and after.
 */
export async function changeEntries(em: EntityManager, reads: FeedReads, group: GroupRow | null): Promise<AtomEntry[]> {
  const loaders = reads.loaders(em);
  // no viewer: the feed is public, and token management is not
  const { rows } = await listChanges(em, loaders.group, null, { group: group?.acronym }, { offset: 0, limit: FEED_ENTRIES }, false, { newestFirst: true });
  const objects = await Promise.all(rows.map((change) => objectLabel(loaders, change.objectType, change.objectId)));
  const labels = objects.map((o) => o.label);
  return rows.map((change, i) => {
    const kind = reads.nodeLabels[change.objectType] ?? change.objectType;
    const { verb, summary } = changeWords(change);
    const who = `${change.actorLabel} (${change.actorRole})`;
    const before = change.before ?? {};
    const after = change.after ?? {};
    const fields = change.fields.filter((f) => change.action !== 'CREATE' || (after[f] !== null && !(Array.isArray(after[f]) && after[f].length === 0)));
    const lines = [
      `${kind} ${labels[i]}`,
      `${change.action === 'CREATE' ? 'Added' : 'Changed'} by ${who} at ${atomDate(change.at)}.`,
      ...(change.note ? [change.note] : []),
      '',
      ...fields.map((f) => (change.action === 'CREATE' ? `${f}: ${shown(after[f])}` : `${f}: ${shown(before[f])} → ${shown(after[f])}`)),
      '',
      `GraphQL: node(id: "${encodeGlobalId(change.objectType, change.objectId)}")`,
    ];
    return {
      id: `urn:liaison-graph:${change.nodeId}`,
      title: `${kind} ${verb}: ${labels[i]}`,
      updated: change.at,
      published: change.at,
      author: who,
      summary: `${summary} by ${who}`,
      content: lines.join('\n'),
      categories: [{ term: change.objectType, label: kind }, { term: change.action }],
      link: objects[i]!.link,
    };
  });
}

const spoken = partialDateWords;
const HALF_WORDS = { AM: 'morning (a.m.)', PM: 'afternoon (p.m.)' } as const;

/**
 * A group's dates (or every group's): its meetings, the deadlines of liaisons it sent or
 * received, and the milestones of reports it owns or that pass through it.
 *
 * Every event is an all-day event. Meetings are known to the half day only ("30 September
 * (p.m.)"), with no hours and no time zone; inventing times would show false precision and
 * shift the day for readers elsewhere. The half day is said in the summary and description.
 */
export async function calendarEvents(em: EntityManager, reads: FeedReads, group: GroupRow | null): Promise<CalendarEvent[]> {
  const loaders = reads.loaders(em);
  const groupId = group?.id ?? null;
  const [meetingRows, deadlineRows, milestoneRows] = await Promise.all([
    meetingsInDateOrder(em, groupId),
    liaisonsWithDeadline(em, groupId),
    datedMilestones(em, groupId),
  ]);
  const acronym = async (groupId: number) => (await loaders.group.byId.load(groupId))?.acronym ?? '?';
  // what each event shows of the objects around it: one batched statement per relation
  const [meetings, deadlines, milestones] = await Promise.all([
    Promise.all(meetingRows.map(async (m) => {
      const [acronymOf, topics] = await Promise.all([acronym(m.group.id), loaders.topic.ofMeeting.load(m.id)]);
      return { ...m, acronym: acronymOf, topics: topics.map((t) => t.name).join(', ') };
    })),
    Promise.all(deadlineRows.map(async (l) => {
      const [fromAcronym, addressees, replies, replyState] = await Promise.all([
        acronym(l.fromGroup.id),
        loaders.liaison.addresseesOf.load(l.id),
        loaders.liaison.repliesTo.load(l.id),
        loaders.liaison.replyStateOf.load(l.id),
      ]);
      const to = addressees.filter((a) => a.role === 'TO').map((a) => a.group.acronym); // by acronym, as addresseesOf orders them
      return { ...l, fromAcronym, toList: to.join(', '), replies: replies.length, awaiting: replyState.awaiting, overdue: replyState.overdue };
    })),
    Promise.all(milestoneRows.map(async (ms) => {
      const [report, acronymOf, meeting] = await Promise.all([
        loaders.report.byId.load(ms.report.id),
        acronym(ms.group.id),
        ms.meeting ? loaders.meeting.byId.load(ms.meeting.id) : null,
      ]);
      return {
        ...ms,
        report: report?.title ?? '?',
        acronym: acronymOf,
        meeting: meeting?.title ?? null,
        // a plan known to the month or the year is an all-day event over that period
        startsOn: meeting?.startsOn ?? ms.plannedFor!,
        endsOn: meeting?.endsOn ?? partialDateEnd(ms.plannedPeriod!),
      };
    })),
  ]);

  const events: CalendarEvent[] = [];
  for (const m of meetings) {
    const halves = [
      m.startHalf ? `starts in the ${HALF_WORDS[m.startHalf]} of ${spoken(m.startsOn)}` : '',
      m.endHalf ? `ends in the ${HALF_WORDS[m.endHalf]} of ${spoken(m.endsOn)}` : '',
    ].filter(Boolean);
    events.push({
      uid: `meeting-${encodeGlobalId('Meeting', m.id)}@liaison-graph`,
      summary: `${m.acronym}: ${m.title}${m.startHalf === 'PM' ? ' (from the afternoon)' : ''}`,
      description: [
        halves.length ? `The meeting ${halves.join(' and ')}.` : '',
        `Format: ${m.format.toLowerCase().replace('_', ' ')}.`,
        m.participantCount != null ? `${m.participantCount} participants.` : '',
        m.topics ? `Topics: ${m.topics}.` : '',
      ].filter(Boolean).join('\n'),
      location: m.location ?? (m.format === 'VIRTUAL' ? 'Online' : undefined),
      startDate: m.startsOn,
      endDate: m.endsOn,
      stamp: asDate(m.updatedAt),
      sequence: m.version - 1,
      status: 'CONFIRMED',
      categories: ['Meeting', m.acronym],
      link: dashboardPath({ type: 'Meeting', id: m.id, acronym: m.acronym }),
    });
  }
  for (const l of deadlines) {
    events.push({
      uid: `deadline-${encodeGlobalId('Liaison', l.id)}@liaison-graph`,
      summary: `Deadline${isDay(l.deadlinePeriod!) ? '' : ` (end of ${partialDateWords(l.deadlinePeriod!)})`}: ${l.title} (${l.fromAcronym} → ${l.toList})`,
      description: [
        `Liaison from ${l.fromAcronym} to ${l.toList}, ${PURPOSE_WORDS[l.purpose]}; status ${l.status}.`,
        l.awaiting ? (l.overdue ? 'A reply is awaited. Overdue: the deadline has passed.' : 'A reply is awaited.') : l.replies > 0 ? 'Answered.' : '',
      ].filter(Boolean).join('\n'),
      // a deadline of a month or a year falls on its last day: the reminders count back from it
      startDate: partialDateEnd(l.deadlinePeriod!),
      endDate: partialDateEnd(l.deadlinePeriod!),
      stamp: asDate(l.updatedAt),
      sequence: l.version - 1,
      status: l.status === 'WITHDRAWN' ? 'CANCELLED' : 'CONFIRMED',
      categories: ['Liaison deadline'],
      transparent: true,
      alarms: l.awaiting ? reminderAlarms(`reply due: ${l.title} (${l.toList} → ${l.fromAcronym})`) : undefined,
      link: dashboardPath({ type: 'Liaison', id: l.id }),
    });
  }
  for (const ms of milestones) {
    const status = ms.status;
    events.push({
      uid: `milestone-${encodeGlobalId('Milestone', ms.id)}@liaison-graph`,
      summary: `${ms.report}: ${ms.kind.toLowerCase()} in ${ms.acronym}${status === 'PLANNED' ? '' : ` (${status.toLowerCase()})`}`,
      description: [
        `Milestone of "${ms.report}": ${ms.kind.toLowerCase()} in ${ms.acronym}, ${status.toLowerCase()}.`,
        ms.meeting ? `At: ${ms.meeting}.` : '',
        ms.plannedPeriod && !ms.meeting ? `Planned for ${partialDateWords(ms.plannedPeriod)}.` : '',
      ].filter(Boolean).join('\n'),
      startDate: ms.startsOn,
      endDate: ms.endsOn,
      stamp: asDate(ms.updatedAt),
      sequence: ms.version - 1,
      status: status === 'CANCELLED' ? 'CANCELLED' : status === 'DONE' ? 'CONFIRMED' : 'TENTATIVE',
      categories: ['Report milestone'],
      transparent: true,
      link: dashboardPath({ type: 'Milestone' }),
    });
  }
  return events;
}
