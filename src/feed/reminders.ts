import type { EntityManager } from '@mikro-orm/core';
import { dashboardPath } from '../dashboard/dashboard.links.js';
import { rawQuery } from '../platform/database/raw.js';
import { encodeGlobalId } from '../platform/graphql/global-id.js';
import { partialDateWords, todayIso } from '../platform/graphql/scalars.js';
import { partialDateSql, periodEndSql } from '../platform/database/period-sql.js';
import type { GroupRow } from '../group/group.queries.js';
import { AWAITING_REPLY_SQL } from '../liaison/liaison.rules.js';
import { OPEN_ACTION_STATUSES } from '../action-item/action-item.entity.js';
import type { AtomEntry } from './atom.js';
import type { CalendarAlarm, CalendarEvent } from './ical.js';

/**
 * Reminders as the IETF Datatracker sends them: 14, 7, 4, 3, 2, 1 and 0 days before a
 * deadline, then once overdue. The one schedule the calendar's alarms, the reminders feed and
 * the REMINDER/OVERDUE webhooks all follow.
 *
 * What is reminded of: a liaison's deadline while a reply is still awaited (the awaitingReply
 * rule, AWAITING_REPLY_SQL), to its sender and its TO addressees; an action item's due date while
 * it is open (OPEN, IN_PROGRESS), to its assignee. An answered liaison or a closed item has no
 * reminders left: they stop with the next scan or download.
 */
export const REMINDER_DAYS_BEFORE: readonly number[] = [14, 7, 4, 3, 2, 1, 0];

/** one point of the schedule: `daysBefore` the deadline, or the day after it (overdue) */
export interface ReminderPoint {
  kind: 'REMINDER' | 'OVERDUE';
  /** days before the deadline (0 on the day); null for OVERDUE */
  daysBefore: number | null;
  /** the day the point is reached, YYYY-MM-DD */
  on: string;
}

/** the object a reminder is about, as the reminder reads it */
export interface DueThing {
  type: 'Liaison' | 'ActionItem';
  id: number;
  title: string;
  /** the deadline or due date, YYYY-MM-DD: for a month or a year, its last day (what the schedule counts back from) */
  due: string;
  /** the deadline or due date as given: 2025, 2025-04 or 2025-04-15 */
  period: string;
  /** groups concerned: a liaison's sender and TO addressees, an item's assignee */
  groupIds: number[];
  groupAcronyms: string[];
  /** a line saying who owes what to whom */
  who: string;
}

const DAY_MS = 86_400_000;

/** a due date in words: the day as given (2025-04-15), or "the end of April 2025 (2025-04-30)" for a month */
const byWords = (period: string, due: string) => (period.length === 10 ? period : `the end of ${partialDateWords(period)} (${due})`);

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** every point of the schedule for a deadline, in the order they are reached */
export function reminderSchedule(due: string): ReminderPoint[] {
  return [
    ...REMINDER_DAYS_BEFORE.map((d) => ({ kind: 'REMINDER' as const, daysBefore: d, on: addDays(due, -d) })),
    { kind: 'OVERDUE' as const, daysBefore: null, on: addDays(due, 1) },
  ];
}

/** the points reached by `today` (UTC, YYYY-MM-DD), in the order they were reached */
export function passedPoints(due: string, today: string): ReminderPoint[] {
  return reminderSchedule(due).filter((p) => p.on <= today);
}

/**
 * A stable key of one point of one object's deadline (REMINDER:Liaison:12:2026-12-20:7): the
 * webhooks' unique key. With the deadline in it, a moved deadline gets its reminders again.
 */
export function reminderKey(thing: Pick<DueThing, 'type' | 'id' | 'due'>, point: ReminderPoint): string {
  return `${point.kind}:${thing.type}:${thing.id}:${thing.due}${point.kind === 'REMINDER' ? `:${point.daysBefore}` : ''}`;
}

export function reminderWords(thing: DueThing, point: ReminderPoint): string {
  const what = thing.type === 'Liaison' ? 'Reply deadline' : 'Action item due';
  if (point.kind === 'OVERDUE') return `Overdue: ${what.toLowerCase()} ${byWords(thing.period, thing.due)} passed — ${thing.title}`;
  const when = point.daysBefore === 0 ? 'today' : point.daysBefore === 1 ? 'tomorrow' : `in ${point.daysBefore} days`;
  return `${what} ${when} (${byWords(thing.period, thing.due)}) — ${thing.title}`;
}

const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** a deadline or due date of a month or a year is reached at the end of the period */
const DEADLINE_END = periodEndSql('t.deadline');
const DUE_END = periodEndSql('t.due_on');

/**
 * Liaisons awaiting a reply and open action items whose first reminder has been reached by
 * `today` (deadline at most 14 days ahead), of one group or of all; two statements.
 */
export async function dueThings(em: EntityManager, group: Pick<GroupRow, 'id'> | null, today: string): Promise<DueThing[]> {
  const horizon = addDays(today, Math.max(...REMINDER_DAYS_BEFORE));
  const groupId = group?.id ?? null;
  const [liaisons, items] = await Promise.all([
    rawQuery(
      em,
      `select t.id, t.title, to_char(${DEADLINE_END}, 'YYYY-MM-DD') as due, ${partialDateSql('t.deadline')} as period, g.acronym as from_acronym, t.from_group_id,
              coalesce((select array_agg(a.group_id order by ga.acronym) from liaison_addressees a join groups ga on ga.id = a.group_id
                         where a.liaison_id = t.id and a.role = 'TO'), '{}') as to_ids,
              coalesce((select array_agg(ga.acronym order by ga.acronym) from liaison_addressees a join groups ga on ga.id = a.group_id
                         where a.liaison_id = t.id and a.role = 'TO'), '{}') as to_acronyms
       from liaisons t join groups g on g.id = t.from_group_id
       where t.deadline is not null and ${DEADLINE_END} <= ?::date and (${AWAITING_REPLY_SQL})
         and (?::int is null or t.from_group_id = ?
              or exists (select 1 from liaison_addressees a where a.liaison_id = t.id and a.group_id = ? and a.role = 'TO'))
       order by ${DEADLINE_END}, t.id`,
      [horizon, groupId, groupId, groupId],
    ),
    rawQuery(
      em,
      `select t.id, t.title, to_char(${DUE_END}, 'YYYY-MM-DD') as due, ${partialDateSql('t.due_on')} as period, t.assignee_id, g.acronym
       from action_items t join groups g on g.id = t.assignee_id
       where t.due_on is not null and ${DUE_END} <= ?::date and t.status in (${sqlList(OPEN_ACTION_STATUSES)})
         and (?::int is null or t.assignee_id = ?)
       order by ${DUE_END}, t.id`,
      [horizon, groupId, groupId],
    ),
  ]);
  const things: DueThing[] = [];
  for (const l of liaisons.rows as Record<string, any>[]) {
    things.push({
      type: 'Liaison',
      id: l.id,
      title: l.title,
      due: l.due,
      period: l.period,
      groupIds: [l.from_group_id, ...l.to_ids],
      groupAcronyms: [l.from_acronym, ...l.to_acronyms],
      who: `${(l.to_acronyms as string[]).join(', ') || 'The addressees'} owe${l.to_acronyms.length === 1 ? 's' : ''} ${l.from_acronym} a reply by ${byWords(l.period, l.due)}.`,
    });
  }
  for (const i of items.rows as Record<string, any>[]) {
    things.push({
      type: 'ActionItem',
      id: i.id,
      title: i.title,
      due: i.due,
      period: i.period,
      groupIds: [i.assignee_id],
      groupAcronyms: [i.acronym],
      who: `${i.acronym} owes this action item by ${byWords(i.period, i.due)}.`,
    });
  }
  return things;
}

/**
 * The reminders feed: an entry for every point of the schedule that has been reached, for what
 * is still awaited, newest first. An entry's id is its object and point, so a feed reader shows
 * each reminder once however often it downloads.
 */
export async function reminderEntries(em: EntityManager, group: GroupRow | null, now: Date, limit: number): Promise<AtomEntry[]> {
  const today = todayIso(now);
  const entries: (AtomEntry & { order: string })[] = [];
  for (const thing of await dueThings(em, group, today)) {
    const nodeId = encodeGlobalId(thing.type, thing.id);
    for (const point of passedPoints(thing.due, today)) {
      const at = new Date(`${point.on}T00:00:00Z`);
      entries.push({
        id: `urn:liaison-graph:reminder:${nodeId}:${thing.due}:${point.kind === 'OVERDUE' ? 'overdue' : point.daysBefore}`,
        title: reminderWords(thing, point),
        updated: at,
        published: at,
        content: [
          thing.who,
          point.kind === 'OVERDUE' ? `The deadline passed on ${thing.due}.` : `Reminder ${point.daysBefore} day(s) before the deadline.`,
          '',
          `GraphQL: node(id: "${nodeId}")`,
        ].join('\n'),
        categories: [{ term: point.kind }, { term: thing.type }, ...thing.groupAcronyms.map((a) => ({ term: a }))],
        link: thing.type === 'Liaison' ? dashboardPath({ type: 'Liaison', id: thing.id }) : dashboardPath({ type: 'ActionItem', acronym: thing.groupAcronyms[0]! }),
        order: `${point.on}|${thing.type}|${String(thing.id).padStart(12, '0')}|${point.kind === 'OVERDUE' ? 'z' : String(99 - point.daysBefore!).padStart(2, '0')}`,
      });
    }
  }
  entries.sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0));
  return entries.slice(0, limit).map(({ order: _order, ...entry }) => entry);
}

/** the calendar's alarms for a deadline: one per point of the schedule before it */
export function reminderAlarms(what: string): CalendarAlarm[] {
  return REMINDER_DAYS_BEFORE.map((days) => ({
    daysBefore: days,
    description: days === 0 ? `Today: ${what}` : `In ${days} day${days === 1 ? '' : 's'}: ${what}`,
  }));
}

/**
 * Action items' due dates in the calendar (of items a group owes, or of all), with the alarms
 * of the schedule while an item is open.
 */
export async function actionItemEvents(em: EntityManager, group: GroupRow | null): Promise<CalendarEvent[]> {
  const groupId = group?.id ?? null;
  const result = await rawQuery(
    em,
    `select t.id, t.title, t.status, to_char(${DUE_END}, 'YYYY-MM-DD') as due, ${partialDateSql('t.due_on')} as period, g.acronym,
            (extract(epoch from t.updated_at) * 1000)::float8 as updated_ms, t.version
     from action_items t join groups g on g.id = t.assignee_id
     where t.due_on is not null and (?::int is null or t.assignee_id = ?)
     order by ${DUE_END}, t.id`,
    [groupId, groupId],
  );
  return (result.rows as Record<string, any>[]).map((i) => {
    const open = (OPEN_ACTION_STATUSES as readonly string[]).includes(i.status);
    return {
      uid: `due-${encodeGlobalId('ActionItem', i.id)}@liaison-graph`,
      // due by a month or a year: an all-day event on its last day, the period in words
      summary: `Due${i.period.length === 10 ? '' : ` (end of ${partialDateWords(i.period)})`}: ${i.title} (${i.acronym})`,
      description: `Action item owed by ${i.acronym}; status ${i.status}.`,
      startDate: i.due,
      endDate: i.due,
      stamp: new Date(i.updated_ms),
      sequence: i.version - 1,
      status: i.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
      categories: ['Action item due'],
      transparent: true,
      alarms: open ? reminderAlarms(`action item due: ${i.title} (${i.acronym})`) : undefined,
      link: dashboardPath({ type: 'ActionItem', acronym: i.acronym }),
    } satisfies CalendarEvent;
  });
}
