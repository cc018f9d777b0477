import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { encodeGlobalId } from '../platform/graphql/global-id.js';
import { badInput } from '../platform/errors/app-error.js';
import { createGroupQueries, type GroupRow } from '../group/group.queries.js';
import { requireGroup } from '../group/group.service.js';
import { isAwaitingReply } from '../liaison/liaison.service.js';
import type { LiaisonPurpose, LiaisonStatus } from '../liaison/liaison.entity.js';
import { atomDate, type AtomEntry } from './atom.js';
import { createLoaders, type Loaders } from '../app/context.js';
import { listChanges } from '../history/change.service.js';
import type { Change } from '../history/change.entity.js';
import type { CalendarEvent } from './ical.js';
import { reminderAlarms } from './reminders.js';
import { dashboardPath } from '../dashboard/dashboard.links.js';

/**
 * What the feeds and the calendar show, read straight from the tables (one query per feed and
 * kind, however many entries; the changes feed reads the history through its service). Entry ids and event UIDs are built from global ids, so they stay
 * the same across downloads.
 */

/** the newest entries a feed carries */
export const FEED_ENTRIES = 100;

export type Direction = 'sent' | 'received';

type Row = Record<string, any>;

const knexOf = (em: EntityManager) => (em as SqlEntityManager).getKnex();
const ymd = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
/** a timestamp as epoch milliseconds (the driver hands timestamps over as text) */
const ms = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

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
export async function liaisonEntries(em: EntityManager, group: GroupRow | null, direction: Direction | null): Promise<AtomEntry[]> {
  const sent = 'l.from_group_id = :group';
  const received = 'exists (select 1 from liaison_addressees a where a.liaison_id = l.id and a.group_id = :group)';
  const where = !group ? 'true' : direction === 'sent' ? sent : direction === 'received' ? received : `(${sent} or ${received})`;
  const result = await knexOf(em).raw(
    `select l.id, l.title, l.reference, l.purpose, l.status, l.body, ${ymd('l.sent_on')} as sent_on, ${ymd('l.deadline')} as deadline,
            l.from_group_id, g.acronym as from_acronym, g.name as from_name, ${ms('l.updated_at')} as updated_ms,
            (select count(*)::int from liaisons r where r.in_reply_to_id = l.id) as replies,
            (select json_agg(json_build_object('acronym', ga.acronym, 'role', a.role, 'purpose', a.purpose) order by a.role desc, ga.acronym)
               from liaison_addressees a join groups ga on ga.id = a.group_id where a.liaison_id = l.id) as addressees,
            (select r.title from liaisons r where r.id = l.in_reply_to_id) as answers
     from liaisons l join groups g on g.id = l.from_group_id
     where ${where}
     order by l.updated_at desc, l.id desc
     limit :limit`,
    { group: group?.id ?? null, limit: FEED_ENTRIES },
  );
  return (result.rows as Row[]).map((l) => {
    const addressees = (l.addressees ?? []) as { acronym: string; role: 'TO' | 'CC'; purpose: LiaisonPurpose | null }[];
    const to = addressees.filter((a) => a.role === 'TO');
    const cc = addressees.filter((a) => a.role === 'CC');
    const awaiting = isAwaitingReply({ purpose: l.purpose, status: l.status as LiaisonStatus }, l.replies);
    const lines = [
      `From: ${l.from_acronym} (${l.from_name})`,
      `To: ${to.map((a) => `${a.acronym} (${PURPOSE_WORDS[a.purpose!]})`).join(', ')}`,
      ...(cc.length ? [`Cc: ${cc.map((a) => a.acronym).join(', ')}`] : []),
      `Status: ${l.status}`,
      ...(l.reference ? [`Reference: ${l.reference}`] : []),
      ...(l.sent_on ? [`Sent on: ${l.sent_on}`] : []),
      ...(l.deadline ? [`Deadline: ${l.deadline}`] : []),
      ...(l.answers ? [`In reply to: ${l.answers}`] : []),
      awaiting ? 'Awaiting a reply.' : l.replies > 0 ? `Replies: ${l.replies}.` : '',
      ...(l.body ? ['', l.body] : []),
    ].filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== '' && i < all.length - 1));
    const categories = [
      { term: l.purpose as string, label: PURPOSE_WORDS[l.purpose as LiaisonPurpose] },
      { term: l.status as string },
      ...(group ? [{ term: l.from_group_id === group.id ? 'sent' : 'received' }] : []),
      ...(awaiting ? [{ term: 'awaiting-reply', label: 'awaiting a reply' }] : []),
    ];
    return {
      id: `urn:liaison-graph:${encodeGlobalId('Liaison', l.id)}`,
      title: `${l.from_acronym} → ${to.map((a) => a.acronym).join(', ')}: ${l.title}`,
      updated: new Date(l.updated_ms),
      published: l.sent_on ? new Date(`${l.sent_on}T00:00:00Z`) : undefined,
      author: l.from_acronym,
      summary: `${PURPOSE_WORDS[l.purpose as LiaisonPurpose]}, ${l.status.toLowerCase()}${l.deadline ? `, deadline ${l.deadline}` : ''}`,
      content: lines.join('\n'),
      categories,
      link: dashboardPath({ type: 'Liaison', id: l.id }),
    };
  });
}

const KIND_WORDS: Record<string, string> = {
  Group: 'Group',
  Topic: 'Topic',
  Meeting: 'Meeting',
  Outcome: 'Outcome',
  ActionItem: 'Action item',
  Liaison: 'Liaison',
  Report: 'Report',
  Milestone: 'Milestone',
  BestPractice: 'Best practice',
  Document: 'Document',
};

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
      return { label: `${entity.symbol} — ${entity.title}`, link: dashboardPath({ type: 'other' }) };
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
function changeWords(change: Change): { verb: string; summary: string } {
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
export async function changeEntries(em: EntityManager, group: GroupRow | null): Promise<AtomEntry[]> {
  const loaders = createLoaders(em);
  // no viewer: the feed is public, and token management is not
  const { rows } = await listChanges(em, loaders.group, null, { group: group?.acronym }, { offset: 0, limit: FEED_ENTRIES }, { newestFirst: true });
  const objects = await Promise.all(rows.map((change) => objectLabel(loaders, change.objectType, change.objectId)));
  const labels = objects.map((o) => o.label);
  return rows.map((change, i) => {
    const kind = KIND_WORDS[change.objectType] ?? change.objectType;
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const spoken = (date: string) => `${Number(date.slice(8))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
const HALF_WORDS = { AM: 'morning (a.m.)', PM: 'afternoon (p.m.)' } as const;

/**
 * A group's dates (or every group's): its meetings, the deadlines of liaisons it sent or
 * received, and the milestones of reports it owns or that pass through it.
 *
 * Every event is an all-day event. Meetings are known to the half day only ("30 September
 * (p.m.)"), with no hours and no time zone; inventing times would show false precision and
 * shift the day for readers elsewhere. The half day is said in the summary and description.
 */
export async function calendarEvents(em: EntityManager, group: GroupRow | null): Promise<CalendarEvent[]> {
  const knex = knexOf(em);
  const bind = { group: group?.id ?? null };
  const [meetings, deadlines, milestones] = await Promise.all([
    knex.raw(
      `select m.id, m.number, m.title, g.acronym, ${ymd('m.starts_on')} as starts_on, m.start_half, ${ymd('m.ends_on')} as ends_on, m.end_half,
              m.location, m.format, m.participant_count, ${ms('m.updated_at')} as updated_ms, m.version,
              (select string_agg(tp.name, ', ' order by tp.name) from meeting_topics mt join topics tp on tp.id = mt.topic_id where mt.meeting_id = m.id) as topics
       from meetings m join groups g on g.id = m.group_id
       where :group::int is null or m.group_id = :group
       order by m.starts_on, m.id`,
      bind,
    ),
    knex.raw(
      `select l.id, l.title, l.purpose, l.status, ${ymd('l.deadline')} as deadline, g.acronym as from_acronym, ${ms('l.updated_at')} as updated_ms, l.version,
              (select string_agg(ga.acronym, ', ' order by ga.acronym) from liaison_addressees a join groups ga on ga.id = a.group_id
                where a.liaison_id = l.id and a.role = 'TO') as to_list,
              (select count(*)::int from liaisons r where r.in_reply_to_id = l.id) as replies
       from liaisons l join groups g on g.id = l.from_group_id
       where l.deadline is not null
         and (:group::int is null or l.from_group_id = :group
              or exists (select 1 from liaison_addressees a where a.liaison_id = l.id and a.group_id = :group))
       order by l.deadline, l.id`,
      bind,
    ),
    knex.raw(
      `select ms.id, ms.kind, ms.status, ${ymd('ms.planned_for')} as planned_for, r.title as report, g.acronym,
              ${ymd('coalesce(m.starts_on, ms.planned_for)')} as starts_on, ${ymd('coalesce(m.ends_on, ms.planned_for)')} as ends_on,
              m.title as meeting, ${ms('ms.updated_at')} as updated_ms, ms.version
       from milestones ms join reports r on r.id = ms.report_id join groups g on g.id = ms.group_id
            left join meetings m on m.id = ms.meeting_id
       where coalesce(m.starts_on, ms.planned_for) is not null
         and (:group::int is null or ms.group_id = :group or r.owner_group_id = :group)
       order by 7, ms.id`,
      bind,
    ),
  ]);

  const events: CalendarEvent[] = [];
  for (const m of meetings.rows as Row[]) {
    const halves = [
      m.start_half ? `starts in the ${HALF_WORDS[m.start_half as 'AM' | 'PM']} of ${spoken(m.starts_on)}` : '',
      m.end_half ? `ends in the ${HALF_WORDS[m.end_half as 'AM' | 'PM']} of ${spoken(m.ends_on)}` : '',
    ].filter(Boolean);
    events.push({
      uid: `meeting-${encodeGlobalId('Meeting', m.id)}@liaison-graph`,
      summary: `${m.acronym}: ${m.title}${m.start_half === 'PM' ? ' (from the afternoon)' : ''}`,
      description: [
        halves.length ? `The meeting ${halves.join(' and ')}.` : '',
        `Format: ${m.format.toLowerCase().replace('_', ' ')}.`,
        m.participant_count != null ? `${m.participant_count} participants.` : '',
        m.topics ? `Topics: ${m.topics}.` : '',
      ].filter(Boolean).join('\n'),
      location: m.location ?? (m.format === 'VIRTUAL' ? 'Online' : undefined),
      startDate: m.starts_on,
      endDate: m.ends_on,
      stamp: new Date(m.updated_ms),
      sequence: m.version - 1,
      status: 'CONFIRMED',
      categories: ['Meeting', m.acronym],
      link: dashboardPath({ type: 'Meeting', id: m.id, acronym: m.acronym }),
    });
  }
  for (const l of deadlines.rows as Row[]) {
    const awaiting = isAwaitingReply({ purpose: l.purpose, status: l.status }, l.replies);
    events.push({
      uid: `deadline-${encodeGlobalId('Liaison', l.id)}@liaison-graph`,
      summary: `Deadline: ${l.title} (${l.from_acronym} → ${l.to_list})`,
      description: [
        `Liaison from ${l.from_acronym} to ${l.to_list}, ${PURPOSE_WORDS[l.purpose as LiaisonPurpose]}; status ${l.status}.`,
        awaiting ? 'A reply is awaited.' : l.replies > 0 ? 'Answered.' : '',
      ].filter(Boolean).join('\n'),
      startDate: l.deadline,
      endDate: l.deadline,
      stamp: new Date(l.updated_ms),
      sequence: l.version - 1,
      status: l.status === 'WITHDRAWN' ? 'CANCELLED' : 'CONFIRMED',
      categories: ['Liaison deadline'],
      transparent: true,
      alarms: awaiting ? reminderAlarms(`reply due: ${l.title} (${l.to_list} → ${l.from_acronym})`) : undefined,
      link: dashboardPath({ type: 'Liaison', id: l.id }),
    });
  }
  for (const ms of milestones.rows as Row[]) {
    const status = ms.status as 'PLANNED' | 'DONE' | 'SLIPPED' | 'CANCELLED';
    events.push({
      uid: `milestone-${encodeGlobalId('Milestone', ms.id)}@liaison-graph`,
      summary: `${ms.report}: ${ms.kind.toLowerCase()} in ${ms.acronym}${status === 'PLANNED' ? '' : ` (${status.toLowerCase()})`}`,
      description: [
        `Milestone of "${ms.report}": ${ms.kind.toLowerCase()} in ${ms.acronym}, ${status.toLowerCase()}.`,
        ms.meeting ? `At: ${ms.meeting}.` : '',
        ms.planned_for && !ms.meeting && ms.planned_for.endsWith('-01')
          ? `Planned for ${MONTHS[Number(ms.planned_for.slice(5, 7)) - 1]} ${ms.planned_for.slice(0, 4)} (dates of milestones may be known to the month only: the first day stands for the month).`
          : '',
      ].filter(Boolean).join('\n'),
      startDate: ms.starts_on,
      endDate: ms.ends_on,
      stamp: new Date(ms.updated_ms),
      sequence: ms.version - 1,
      status: status === 'CANCELLED' ? 'CANCELLED' : status === 'DONE' ? 'CONFIRMED' : 'TENTATIVE',
      categories: ['Report milestone'],
      transparent: true,
      link: dashboardPath({ type: 'Milestone' }),
    });
  }
  return events;
}
