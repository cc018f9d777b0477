import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { encodeGlobalId } from '../platform/graphql/global-id.js';
import { badInput } from '../platform/errors/app-error.js';
import { createGroupLoaders } from '../group/group.loaders.js';
import { requireGroup } from '../group/group.service.js';
import type { Group } from '../group/group.entity.js';
import { isAwaitingReply } from '../liaison/liaison.service.js';
import type { LiaisonPurpose, LiaisonStatus } from '../liaison/liaison.entity.js';
import type { AtomEntry } from './atom.js';
import type { CalendarEvent } from './ical.js';

/**
 * What the feeds and the calendar show, read straight from the tables (one query per feed and
 * kind, however many entries). Entry ids and event UIDs are built from global ids, so they stay
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
export async function feedGroup(em: EntityManager, name: string | undefined): Promise<Group | null> {
  if (name === undefined) return null;
  return requireGroup(createGroupLoaders(em), name, 'group');
}

export function parseDirection(value: string | undefined, group: Group | null): Direction | null {
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
export async function liaisonEntries(em: EntityManager, group: Group | null, direction: Direction | null): Promise<AtomEntry[]> {
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
    };
  });
}

const KIND_WORDS: Record<string, string> = {
  Group: 'Group',
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
 * What moved: the objects that belong to a group (or to any group), most recently changed
 * first, one entry per object and change time. Until writes keep a history (a `changes`
 * table), an object's last change is its `updated_at`: an object changed twice between two
 * reads of the feed shows once, with its current state.
 */
export async function changeEntries(em: EntityManager, group: Group | null): Promise<AtomEntry[]> {
  const result = await knexOf(em).raw(
    `with sel as (select :group::int as g),
     moved as (
       select 'Group' as kind, t.id, t.acronym || ' — ' || t.name as label, concat_ws(' · ', t.kind, t.sector) as detail, t.created_at, t.updated_at
       from groups t, sel where sel.g is null or t.id = sel.g or t.parent_id = sel.g
       union all
       select 'Meeting', t.id, g.acronym || ': ' || t.title,
              concat_ws(' · ', ${ymd('t.starts_on')} || case when t.ends_on <> t.starts_on then ' to ' || ${ymd('t.ends_on')} else '' end,
                        t.location, t.format, t.participant_count || ' participants'),
              t.created_at, t.updated_at
       from meetings t join groups g on g.id = t.group_id, sel where sel.g is null or t.group_id = sel.g
       union all
       select 'Outcome', t.id, g.acronym || ' ' || coalesce('meeting ' || m.number, m.title) || ', outcome ' || t.position || ' (' || t.kind || ')',
              t.text, t.created_at, t.updated_at
       from outcomes t join meetings m on m.id = t.meeting_id join groups g on g.id = m.group_id, sel where sel.g is null or m.group_id = sel.g
       union all
       select 'ActionItem', t.id, t.title, concat_ws(' · ', 'owed by ' || g.acronym, t.status, 'due ' || ${ymd('t.due_on')}, 'due at ' || dm.title),
              t.created_at, t.updated_at
       from action_items t join groups g on g.id = t.assignee_id
            left join outcomes o on o.id = t.raised_by_id left join meetings m on m.id = o.meeting_id
            left join meetings dm on dm.id = t.due_meeting_id, sel
       where sel.g is null or t.assignee_id = sel.g or m.group_id = sel.g
       union all
       select 'Liaison', t.id, t.title, concat_ws(' · ', 'from ' || g.acronym, t.purpose, t.status, 'deadline ' || ${ymd('t.deadline')}),
              t.created_at, t.updated_at
       from liaisons t join groups g on g.id = t.from_group_id, sel
       where sel.g is null or t.from_group_id = sel.g or exists (select 1 from liaison_addressees a where a.liaison_id = t.id and a.group_id = sel.g)
       union all
       select 'Report', t.id, t.title, concat_ws(' · ', 'owned by ' || g.acronym, t.status), t.created_at, t.updated_at
       from reports t join groups g on g.id = t.owner_group_id, sel
       where sel.g is null or t.owner_group_id = sel.g or exists (select 1 from milestones ms where ms.report_id = t.id and ms.group_id = sel.g)
       union all
       select 'Milestone', t.id, r.title || ': ' || lower(t.kind) || ' in ' || g.acronym,
              concat_ws(' · ', t.status, 'planned for ' || ${ymd('t.planned_for')}), t.created_at, t.updated_at
       from milestones t join reports r on r.id = t.report_id join groups g on g.id = t.group_id, sel
       where sel.g is null or t.group_id = sel.g or r.owner_group_id = sel.g
       union all
       select 'BestPractice', t.id, t.title, t.summary, t.created_at, t.updated_at
       from best_practices t left join meetings m on m.id = t.meeting_id, sel
       where sel.g is null or t.source_group_id = sel.g or m.group_id = sel.g
       union all
       select 'Document', t.id, t.symbol || ' — ' || t.title, concat_ws(' · ', t.kind, case when t.public then 'public' else 'not public' end),
              t.created_at, t.updated_at
       from documents t left join meetings m on m.id = t.meeting_id, sel
       where sel.g is null or t.source_group_id = sel.g or m.group_id = sel.g
     )
     select kind, id, label, detail, ${ms('created_at')} as created_ms, ${ms('updated_at')} as updated_ms
     from moved order by updated_at desc, kind, id desc limit :limit`,
    { group: group?.id ?? null, limit: FEED_ENTRIES },
  );
  return (result.rows as Row[]).map((row) => {
    const updated = new Date(row.updated_ms);
    const created = new Date(row.created_ms);
    // written in one go: created and updated within a second of each other
    const isNew = Math.abs(updated.getTime() - created.getTime()) < 1000;
    const nodeId = encodeGlobalId(row.kind, row.id);
    return {
      id: `urn:liaison-graph:${nodeId}:${updated.getTime()}`,
      title: `${KIND_WORDS[row.kind]} ${isNew ? 'added' : 'updated'}: ${row.label}`,
      updated,
      published: created,
      content: `${row.detail || row.label}\n\nGraphQL: node(id: "${nodeId}")`,
      categories: [{ term: row.kind, label: KIND_WORDS[row.kind] }, { term: isNew ? 'added' : 'updated' }],
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
export async function calendarEvents(em: EntityManager, group: Group | null): Promise<CalendarEvent[]> {
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
    });
  }
  return events;
}
