import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { countLoader, date, expr, pagedChildRowsLoader, plain, ref, RowShape, selectValues, type IdRef, type NodeRow } from '../platform/database/rows.js';
import { partialDateSql } from '../platform/database/period-sql.js';
import { LoaderCache } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { AWAITING_REPLY_SQL } from '../liaison/liaison.rules.js';
import { LIAISON, LIAISON_LIST_COLUMNS, OWES_REPLY_SQL, replyDueSoonSql, replyOverdueSql } from '../liaison/liaison.queries.js';
import { ACTION_ITEM, OVERDUE_SQL } from '../action-item/action-item.queries.js';
import { OPEN_ACTION_STATUSES } from '../action-item/action-item.entity.js';
import type { MilestoneKind, MilestoneStatus } from '../report/report.entity.js';

/**
 * "What concerns my group": the replies it owes and is owed, its open action items, the liaisons
 * it received, the next milestones of the reports passing through it. Each list is one statement
 * for all the groups of a request (a lateral page per group), whatever `first` asks; each total
 * one more. The rules are the domains' own SQL (AWAITING_REPLY_SQL, replyOverdueSql,
 * OVERDUE_SQL): this file only chooses and orders.
 */

const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const OPEN_ITEMS = `t.status in (${sqlList(OPEN_ACTION_STATUSES)})`;

/** liaison `t` awaits a reply from group `p.__parent` (the parent of a lateral page); built on first use (see replyOverdueSql) */
const owedBySql = () => `(${AWAITING_REPLY_SQL})
  and exists (select 1 from liaison_addressees a where a.liaison_id = t.id and a.group_id = p.__parent and ${OWES_REPLY_SQL})`;
/** liaison `t` was sent by group `p.__parent` and awaits a reply */
const owedToSql = () => `t.from_group_id = p.__parent and (${AWAITING_REPLY_SQL})`;
/** liaison `t` was received by group `p.__parent` (TO or CC) on or after the date bound to `?` (null: any date) */
const RECEIVED_SQL = `t.id in (select gl.liaison_id from group_liaisons gl where gl.group_id = p.__parent and gl.received)
  and (?::date is null or coalesce(t.sent_on, t.created_at::date) >= ?::date)`;

/** A milestone as the read path sees it (the Milestone type's resolvers read `report`, `group`, `meeting` as `{ id }`). */
export interface MilestoneRow extends NodeRow {
  kind: MilestoneKind;
  plannedFor: string | null;
  /** as precise as given (Milestone.plannedPeriod) */
  plannedPeriod: string | null;
  status: MilestoneStatus;
  report: IdRef;
  group: IdRef;
  meeting: IdRef | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const MILESTONE = new RowShape<MilestoneRow>('Milestone', 'milestones', {
  id: plain('id'),
  kind: plain('kind'),
  plannedFor: date('planned_for'),
  plannedPeriod: expr(partialDateSql('t.planned_for')),
  status: plain('status'),
  report: ref('report_id'),
  group: ref('group_id'),
  meeting: ref('meeting_id'),
  version: plain('version'),
  createdAt: plain('created_at'),
  updatedAt: plain('updated_at'),
});

/**
 * The next milestone of each report that passes through group `p.__parent` (it owns the report,
 * or a milestone of the report is at the group): Report.nextMilestone's rule, the first PLANNED
 * milestone in date order (planned date, else its meeting's start; undated last). Soonest first.
 */
const NEXT_MILESTONES_SQL = `select n.* from reports r
  cross join lateral (
    select ${MILESTONE.select('t')}, coalesce(t.planned_for, mt.starts_on) as __when from milestones t
    left join meetings mt on mt.id = t.meeting_id
    where t.report_id = r.id and t.status = 'PLANNED'
    order by coalesce(t.planned_for, mt.starts_on) nulls last, t.id limit 1
  ) n
  where r.owner_group_id = p.__parent or exists (select 1 from milestones x where x.report_id = r.id and x.group_id = p.__parent)`;

/** The follow-up figures of a group (GroupFollowUp.counts). */
export interface FollowUpCounts {
  repliesItOwes: number;
  repliesItOwesOverdue: number;
  repliesItOwesDueSoon: number;
  repliesOwedToIt: number;
  repliesOwedToItOverdue: number;
  repliesOwedToItDueSoon: number;
  openActionItems: number;
  overdueActionItems: number;
}

/** Per-request batched reads of what concerns each group (see the file comment). */
export function createFollowUpQueries(em: EntityManager, dueSoonDays: number) {
  const paged = new LoaderCache();
  const dueSoon = replyDueSoonSql(dueSoonDays);
  const OVERDUE_REPLY = replyOverdueSql();
  const OWED_BY_SQL = owedBySql();
  const OWED_TO_SQL = owedToSql();
  const liaisonPage = (where: string, order: string, outerOrder: string, page: PageRequest, bindings: unknown[] = []) =>
    pagedChildRowsLoader(em, LIAISON, `select ${LIAISON_LIST_COLUMNS} from liaisons t where ${where} order by ${order} limit ? offset ?`, outerOrder, page, bindings);
  /** late first: the earliest deadline is the latest reply */
  const BY_DEADLINE = ['t.deadline nulls last, t.created_at, t.id', 'r.deadline nulls last, r."createdAt", r.id'] as const;
  const NEWEST_FIRST = ['coalesce(t.sent_on, t.created_at::date) desc, t.created_at desc, t.id desc', 'coalesce(r."sentOn", r."createdAt"::date::text) desc, r."createdAt" desc, r.id desc'] as const;
  const countOf = (where: string, bindings: unknown[] = []) =>
    countLoader(em,
      `select p.__parent, c.total from unnest(?::int[]) as p(__parent)
       cross join lateral (select count(*) as total from liaisons t where ${where}) c`,
      bindings);
  return {
    /** a page of the liaisons each group owes a reply to, late first */
    repliesItOwes: (page: PageRequest) =>
      paged.get(`owes:${pageKey(page)}`, () => liaisonPage(OWED_BY_SQL, BY_DEADLINE[0], BY_DEADLINE[1], page)),
    countRepliesItOwes: () => paged.get('owes:count', () => countOf(OWED_BY_SQL)),
    /** a page of the liaisons each group sent that still await a reply, late first */
    repliesOwedToIt: (page: PageRequest) =>
      paged.get(`owed:${pageKey(page)}`, () => liaisonPage(OWED_TO_SQL, BY_DEADLINE[0], BY_DEADLINE[1], page)),
    countRepliesOwedToIt: () => paged.get('owed:count', () => countOf(OWED_TO_SQL)),
    /** a page of the liaisons each group received since a date (null: ever), newest first */
    received: (page: PageRequest, since: string | null) =>
      paged.get(`received:${pageKey(page)}:${since}`, () => liaisonPage(RECEIVED_SQL, NEWEST_FIRST[0], NEWEST_FIRST[1], page, [since, since])),
    countReceived: (since: string | null) => paged.get(`received:count:${since}`, () => countOf(RECEIVED_SQL, [since, since])),
    /** a page of the action items each group owes and has not done: overdue first, then by due date */
    openActionItems: (page: PageRequest) =>
      paged.get(`items:${pageKey(page)}`, () =>
        pagedChildRowsLoader(em, ACTION_ITEM,
          `select ${ACTION_ITEM.select()} from action_items t where t.assignee_id = p.__parent and ${OPEN_ITEMS}
           order by (${OVERDUE_SQL}) desc, t.due_on nulls last, t.created_at, t.id limit ? offset ?`,
          'r."isOverdue" desc, r."dueOn" nulls last, r."createdAt", r.id', page)),
    countOpenActionItems: () =>
      paged.get('items:count', () =>
        countLoader(em,
          `select t.assignee_id as __parent, count(*) as total from action_items t
           where t.assignee_id = any(?) and ${OPEN_ITEMS} group by t.assignee_id`)),
    /** a page of the next milestones of the reports passing through each group, soonest first */
    nextMilestones: (page: PageRequest) =>
      paged.get(`milestones:${pageKey(page)}`, () =>
        pagedChildRowsLoader(em, MILESTONE, `${NEXT_MILESTONES_SQL} order by n.__when nulls last, n.id limit ? offset ?`,
          'r.__when nulls last, r.id', page)),
    countNextMilestones: () =>
      paged.get('milestones:count', () =>
        countLoader(em,
          `select p.__parent, c.total from unnest(?::int[]) as p(__parent)
           cross join lateral (select count(*) as total from (${NEXT_MILESTONES_SQL}) n) c`)),
    /**
     * each group's follow-up figures, in one statement: the replies awaited are read once, with
     * their state, for all the groups, then counted per group. A lateral count per group read every
     * addressee of every group: about 1.0 s against 0.4-0.6 s for 60 groups at scale 1 (load 30).
     */
    counts: new DataLoader<number, FollowUpCounts>(async (groupIds) => {
      const ids = [...groupIds];
      const rows = await selectValues<Record<keyof FollowUpCounts, string> & { id: number }>(em,
        `with awaited as materialized (
           select t.id, t.from_group_id, t.purpose, (${OVERDUE_REPLY}) as overdue, (${dueSoon}) as due_soon
           from liaisons t where ${AWAITING_REPLY_SQL}
         ), owes as (
           select a.group_id, count(*) as "repliesItOwes",
             count(*) filter (where t.overdue) as "repliesItOwesOverdue",
             count(*) filter (where t.due_soon) as "repliesItOwesDueSoon"
           from awaited t join liaison_addressees a on a.liaison_id = t.id
           where ${OWES_REPLY_SQL} and a.group_id = any(?)
           group by a.group_id
         ), owed as (
           select t.from_group_id as group_id, count(*) as "repliesOwedToIt",
             count(*) filter (where t.overdue) as "repliesOwedToItOverdue",
             count(*) filter (where t.due_soon) as "repliesOwedToItDueSoon"
           from awaited t where t.from_group_id = any(?)
           group by t.from_group_id
         ), items as (
           select t.assignee_id as group_id, count(*) as "openActionItems",
             count(*) filter (where ${OVERDUE_SQL}) as "overdueActionItems"
           from action_items t where t.assignee_id = any(?) and ${OPEN_ITEMS}
           group by t.assignee_id
         )
         select p.id, owes."repliesItOwes", owes."repliesItOwesOverdue", owes."repliesItOwesDueSoon",
           owed."repliesOwedToIt", owed."repliesOwedToItOverdue", owed."repliesOwedToItDueSoon",
           items."openActionItems", items."overdueActionItems"
         from unnest(?::int[]) as p(id)
         left join owes on owes.group_id = p.id
         left join owed on owed.group_id = p.id
         left join items on items.group_id = p.id`,
        [ids, ids, ids, ids]);
      const byId = new Map(rows.map((r) => [Number(r.id), r]));
      return groupIds.map((id) => {
        const r = byId.get(id);
        return {
          repliesItOwes: Number(r?.repliesItOwes ?? 0),
          repliesItOwesOverdue: Number(r?.repliesItOwesOverdue ?? 0),
          repliesItOwesDueSoon: Number(r?.repliesItOwesDueSoon ?? 0),
          repliesOwedToIt: Number(r?.repliesOwedToIt ?? 0),
          repliesOwedToItOverdue: Number(r?.repliesOwedToItOverdue ?? 0),
          repliesOwedToItDueSoon: Number(r?.repliesOwedToItDueSoon ?? 0),
          openActionItems: Number(r?.openActionItems ?? 0),
          overdueActionItems: Number(r?.overdueActionItems ?? 0),
        };
      });
    }),
  };
}
export type FollowUpQueries = ReturnType<typeof createFollowUpQueries>;
