import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import {
  childRowsLoader,
  countLoader,
  date,
  expr,
  pagedChildRowsLoader,
  pagedRows,
  plain,
  ref,
  rowByIdLoader,
  RowShape,
  rowsByParent,
  selectRows,
  selectValues,
  takeColumn,
  type IdRef,
  type NodeRow,
  type RowPage,
} from '../platform/database/rows.js';
import { anyOf, SQL_TODAY, SqlWhere } from '../platform/database/paged-query.js';
import { partialDateSql, periodEndSql } from '../platform/database/period-sql.js';
import { DEFAULT_DUE_SOON_DAYS } from '../config/config.js';
import { LoaderCache } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { ErrorCode } from '../platform/errors/app-error.js';
import { requireGroup } from '../group/group.service.js';
import { GROUP, GROUP_PLAN, type GroupQueries, type GroupRow } from '../group/group.queries.js';
import { REPLY_EXPECTED_PURPOSES, type AddresseeRole, type ApprovalLevel, type LiaisonPurpose, type LiaisonRelationKind, type LiaisonStatus } from './liaison.entity.js';
import { ACTION_ITEM } from '../action-item/action-item.queries.js';
import { ATTACHMENTS_PLAN, attachmentsSql, DOCUMENT, type DocumentRow } from '../document/document.queries.js';
import { planMany, planOne, PlannedType } from '../platform/database/json-plan.js';
import type { LiaisonDirection } from './liaison.type.js';
import { AWAITING_REPLY_SQL } from './liaison.rules.js';
import { LiaisonError } from './liaison.lookup.js';

/** A liaison as the read path sees it; `body` only when read by id (lists never carry it). */
export interface LiaisonRow extends NodeRow {
  reference: string | null;
  title: string;
  fromGroup: IdRef;
  purpose: LiaisonPurpose;
  status: LiaisonStatus;
  body?: string | null;
  sentOn: string | null;
  /** the deadline's first day (Liaison.deadline, deprecated) */
  deadline: string | null;
  /** the deadline as precise as it was given: 2025, 2025-04 or 2025-04-15 */
  deadlinePeriod: string | null;
  inReplyTo: IdRef | null;
  meeting: IdRef | null;
  decidedBy: IdRef | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** One addressee of a liaison, with its group's row (so `toGroups { acronym }` costs no second read). */
export interface LiaisonAddresseeRow {
  liaison: IdRef;
  group: GroupRow;
  role: AddresseeRole;
  purpose: LiaisonPurpose | null;
}

export const LIAISON = new RowShape<LiaisonRow>('Liaison', 'liaisons', {
  id: plain('id'),
  reference: plain('reference'),
  title: plain('title'),
  fromGroup: ref('from_group_id'),
  purpose: plain('purpose'),
  status: plain('status'),
  body: plain('body'),
  sentOn: date('sent_on'),
  deadline: date('deadline'),
  deadlinePeriod: expr(partialDateSql('t.deadline')),
  inReplyTo: ref('in_reply_to_id'),
  meeting: ref('meeting_id'),
  decidedBy: ref('decided_by_id'),
  version: plain('version'),
  createdAt: plain('created_at'),
  updatedAt: plain('updated_at'),
});

/** what a list of liaisons carries: everything but the body */
const LIST = ['reference', 'title', 'fromGroup', 'purpose', 'status', 'sentOn', 'deadline', 'deadlinePeriod', 'inReplyTo', 'meeting', 'decidedBy', 'version', 'createdAt', 'updatedAt'];
const LIST_COLUMNS = LIAISON.select('t', LIST);

/**
 * The follow-up rules, derived at read time and never stored; "today" is the UTC date.
 * A deadline given as a month or a year runs to the end of that period (periodEndSql).
 * A reply is OVERDUE when it is still awaited (AWAITING_REPLY_SQL) and the deadline has passed;
 * DUE SOON when it is still awaited and the deadline is today or at most `days` days away.
 * A reply that goes out ends both (it makes the liaison RESPONDED, so it is no longer awaited).
 * In SQL on the liaisons alias `t`, never null (so `not (…)` is the negation): Liaison.replyOverdue,
 * Liaison.replyDueSoon, the liaisons filters, the follow-up lists and counts all read these.
 */
const DEADLINE_END = periodEndSql('t.deadline');
export function replyOverdueSql(): string {
  return `(${AWAITING_REPLY_SQL}) and coalesce(${DEADLINE_END} < ${SQL_TODAY}, false)`;
}
export function replyDueSoonSql(days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new Error(`due-soon days must be a whole number ≥ 0, got ${days}`);
  return `(${AWAITING_REPLY_SQL}) and coalesce(${DEADLINE_END} >= ${SQL_TODAY} and ${DEADLINE_END} <= ${SQL_TODAY} + ${days}, false)`;
}

/**
 * Addressee `a` of liaison `t` is asked for a reply: a TO addressee whose own purpose asks for
 * one (a liaison FOR_ACTION to one group and FOR_INFORMATION to another awaits a reply from the
 * first only). A TO addressee recorded without a purpose has the liaison's.
 */
export const OWES_REPLY_SQL = `a.role = 'TO' and coalesce(a.purpose, t.purpose) in (${REPLY_EXPECTED_PURPOSES.map((p) => `'${p}'`).join(', ')})`;

/** liaison `t` awaits a reply from the group bound to `?` (the same rule as LiaisonAddressee.owesReply) */
export function awaitingReplyFromSql(): string {
  return `(${AWAITING_REPLY_SQL})
  and exists (select 1 from liaison_addressees a where a.liaison_id = t.id and a.group_id = ? and ${OWES_REPLY_SQL})`;
}

/**
 * What node(id:) may read of a liaison and its thread in one statement (planned-execution.ts):
 * the same rows, in the same order, as the loaders below read level by level.
 */
export const LIAISON_PLAN: PlannedType = new PlannedType(LIAISON, {
  columns: ['reference', 'title', 'purpose', 'status', 'body', 'sentOn', 'deadline', 'deadlinePeriod'],
  computed: { awaitingReply: AWAITING_REPLY_SQL },
  relations: {
    fromGroup: planOne(() => GROUP_PLAN, (t, g) => `groups ${g} where ${g}.id = ${t}.from_group_id`),
    toGroups: planMany(() => GROUP_PLAN, addressedGroups('TO'), (g) => `${g}.acronym, ${g}.id`),
    ccGroups: planMany(() => GROUP_PLAN, addressedGroups('CC'), (g) => `${g}.acronym, ${g}.id`),
    attachments: ATTACHMENTS_PLAN,
    inReplyTo: planOne(() => LIAISON_PLAN, (t, p) => `liaisons ${p} where ${p}.id = ${t}.in_reply_to_id`),
    replies: planMany(() => LIAISON_PLAN, (t, r) => `liaisons ${r} where ${r}.in_reply_to_id = ${t}.id`, oldestFirst),
  },
});

/** replies and other lists of liaisons: oldest first (the loaders' order too) */
function oldestFirst(alias: string): string {
  return `${alias}.created_at, ${alias}.id`;
}

function addressedGroups(role: AddresseeRole) {
  return (t: string, g: string) => `liaison_addressees ${g}_a join groups ${g} on ${g}.id = ${g}_a.group_id where ${g}_a.liaison_id = ${t}.id and ${g}_a.role = '${role}'`;
}

/** what a list of liaisons carries (for lists built elsewhere, e.g. follow-up/) */
export const LIAISON_LIST_COLUMNS = LIAISON.select('t', [
  'reference', 'title', 'fromGroup', 'purpose', 'status', 'sentOn', 'deadline', 'deadlinePeriod', 'inReplyTo', 'meeting', 'decidedBy', 'version', 'createdAt', 'updatedAt',
]);

/** A liaison's follow-up state (Liaison.replyOverdue, replyDueSoon), read by replyOverdueSql and replyDueSoonSql. */
export interface LiaisonReplyState {
  /** AWAITING_REPLY_SQL: the same as Liaison.awaitingReply */
  awaiting: boolean;
  overdue: boolean;
  dueSoon: boolean;
}

/** What `liaisons(filter:)` selects by. */
export interface LiaisonListFilter {
  from?: string | null;
  to?: string | null;
  between?: string[] | null;
  purpose?: LiaisonPurpose[] | null;
  status?: LiaisonStatus[] | null;
  awaitingReply?: boolean | null;
  replyOverdue?: boolean | null;
  replyDueSoon?: boolean | null;
  /** YYYY-MM-DD, inclusive */
  deadlineFrom?: string | null;
  deadlineTo?: string | null;
  awaitingReplyFrom?: string | null;
}

/**
 * The follow-up filters of `liaisons(filter:)`: overdue, due soon, a deadline range, awaiting a
 * reply from a group. Kept apart from listLiaisons' own conditions so they read as one rule.
 */
async function followUpConditions(
  where: SqlWhere,
  groups: GroupQueries,
  filter: LiaisonListFilter | null | undefined,
  dueSoonDays: number,
): Promise<void> {
  if (filter?.replyOverdue === true) where.and(replyOverdueSql());
  if (filter?.replyOverdue === false) where.and(`not (${replyOverdueSql()})`);
  if (filter?.replyDueSoon === true) where.and(replyDueSoonSql(dueSoonDays));
  if (filter?.replyDueSoon === false) where.and(`not (${replyDueSoonSql(dueSoonDays)})`);
  if (filter?.deadlineFrom != null && filter?.deadlineTo != null && filter.deadlineFrom > filter.deadlineTo) {
    throw new LiaisonError(ErrorCode.BAD_USER_INPUT, `deadlineFrom (${filter.deadlineFrom}) is after deadlineTo (${filter.deadlineTo})`, 'filter.deadlineFrom');
  }
  if (filter?.deadlineFrom != null) where.and('t.deadline >= ?::date', filter.deadlineFrom);
  if (filter?.deadlineTo != null) where.and('t.deadline <= ?::date', filter.deadlineTo);
  if (filter?.awaitingReplyFrom != null) {
    const group = await requireGroup(groups, filter.awaitingReplyFrom, 'filter.awaitingReplyFrom');
    where.and(awaitingReplyFromSql(), group.id);
  }
}

/** liaison `t` is addressed TO the group bound to `?` */
const ADDRESSED_TO_SQL = `exists (select 1 from liaison_addressees a where a.liaison_id = t.id and a.role = 'TO' and a.group_id = ?)`;

/** Liaisons across all groups, in the order they were recorded (oldest first), filtered in SQL. */
export async function listLiaisons(
  em: EntityManager,
  groups: GroupQueries,
  filter: LiaisonListFilter | null | undefined,
  page: PageRequest,
  withTotal: boolean,
  dueSoonDays: number = DEFAULT_DUE_SOON_DAYS,
): Promise<RowPage<LiaisonRow>> {
  const where = new SqlWhere();
  if (filter?.from != null) {
    const from = await requireGroup(groups, filter.from, 'filter.from');
    where.and('t.from_group_id = ?', from.id);
  }
  if (filter?.to != null) {
    const to = await requireGroup(groups, filter.to, 'filter.to');
    where.and(ADDRESSED_TO_SQL, to.id);
  }
  if (filter?.between != null) {
    if (filter.between.length !== 2) {
      throw new LiaisonError(ErrorCode.BAD_USER_INPUT, `between takes exactly two groups, got ${filter.between.length}`, 'filter.between');
    }
    const [a, b] = await Promise.all(filter.between.map((name) => requireGroup(groups, name, 'filter.between')));
    if (a.id === b.id) {
      throw new LiaisonError(ErrorCode.BAD_USER_INPUT, `between takes two different groups, got ${a.acronym} twice`, 'filter.between');
    }
    where.and(
      `(t.from_group_id = ? and ${ADDRESSED_TO_SQL}) or (t.from_group_id = ? and ${ADDRESSED_TO_SQL})`,
      a.id, b.id, b.id, a.id,
    );
  }
  const purposes = anyOf(filter?.purpose);
  if (purposes) where.and('t.purpose = any(?)', purposes);
  const statuses = anyOf(filter?.status);
  if (statuses) where.and('t.status = any(?)', statuses);
  if (filter?.awaitingReply === true) where.and(AWAITING_REPLY_SQL);
  if (filter?.awaitingReply === false) where.and(`not (${AWAITING_REPLY_SQL})`);
  await followUpConditions(where, groups, filter, dueSoonDays);
  return pagedRows(em, LIAISON, { table: 'liaisons', where, orderBy: 't.created_at, t.id', only: LIST }, page, withTotal);
}

/**
 * A group's liaisons in one direction (null: both), from group_liaisons: the SQL for "the
 * liaisons of a group" lives here only (the resolvers, the feeds and the calendar ask it).
 * `p.__parent` is the group; the index (group_id, created_at, liaison_id) yields the page in order
 * and carries the direction flags.
 */
const DIRECTION_SQL: Record<LiaisonDirection, string> = { SENT: ' and gl.sent', RECEIVED: ' and gl.received' };
/** group_liaison_counts' column for each direction */
const COUNT_COLUMN: Record<LiaisonDirection | 'BOTH', string> = { SENT: 'sent', RECEIVED: 'received', BOTH: 'liaisons' };

function groupLiaisonsPageSql(direction: LiaisonDirection | null): string {
  return `select ${LIST_COLUMNS} from (
      select gl.liaison_id, gl.created_at from group_liaisons gl
      where gl.group_id = p.__parent${direction ? DIRECTION_SQL[direction] : ''}
      order by gl.created_at, gl.liaison_id limit ? offset ?
    ) gl
    cross join lateral (select * from liaisons t where t.id = gl.liaison_id offset 0) t`;
}

/** what a `replies` selection asks of each reply: read in the replies' own round trip (repliesAhead) */
export interface RepliesAhead {
  fromGroup: boolean;
  attachments: boolean;
  replies: boolean;
}

/**
 * Per-request batched reads of liaisons and their addressees. Per request because each loader
 * caches what it read: shared, it would serve one request's reads to another and outlive writes.
 */
export function createLiaisonQueries(em: EntityManager, dueSoonDays: number = DEFAULT_DUE_SOON_DAYS) {
  const paged = new LoaderCache();
  const dueSoonSql = replyDueSoonSql(dueSoonDays);
  const childrenSql = (column: string, keys: string) =>
    `select ${LIST_COLUMNS}, t.${column} as __parent from liaisons t where t.${column} ${keys} order by ${oldestFirst('t')}`;
  const childrenBy = (column: string) => childRowsLoader(em, LIAISON, childrenSql(column, '= any(?)'));
  const repliesTo = childrenBy('in_reply_to_id');
  /** what the read-ahead read for each reply it returned, by reply id */
  const readAhead = { senders: new Map<number, GroupRow>(), attachments: new Map<number, DocumentRow[]>(), replies: new Map<number, LiaisonRow[]>() };
  /** the liaisons whose sender and parent a by-id read started (readByIdAhead), read by liaison id */
  const ahead = { senders: new Set<number>(), parents: new Set<number>() };
  /** the group that sent each liaison, keyed by the liaison: a by-id read asks it before the liaison's row is there */
  const senderByLiaison = new DataLoader<number, GroupRow | null>(async (liaisonIds) => {
    const rows = await selectRows(em, GROUP,
      `select ${GROUP.select('t')}, l.id as __parent from liaisons l join groups t on t.id = l.from_group_id where l.id = any(?)`, [[...liaisonIds]]);
    return rowsByParent(liaisonIds, rows).map((list) => list[0] ?? null);
  });
  /** the liaison each liaison answers (inReplyTo), keyed by the answering liaison */
  const parentByLiaison = new DataLoader<number, LiaisonRow | null>(async (liaisonIds) => {
    const rows = await selectRows(em, LIAISON,
      `select ${LIST_COLUMNS}, l.id as __parent from liaisons l join liaisons t on t.id = l.in_reply_to_id where l.id = any(?)`, [[...liaisonIds]]);
    return rowsByParent(liaisonIds, rows).map((list) => list[0] ?? null);
  });
  /** the replies of the liaisons bound to `?`, as SQL */
  const REPLY_IDS = 'in (select r.id from liaisons r where r.in_reply_to_id = any(?))';
  const repliesAhead = (wanted: RepliesAhead) =>
    paged.get(`repliesAhead:${wanted.fromGroup}:${wanted.attachments}:${wanted.replies}`, () =>
      new DataLoader<number, LiaisonRow[]>(async (liaisonIds) => {
        const keys = [[...liaisonIds]];
        const [lists, senders, attachments, replies] = await Promise.all([
          repliesTo.loadMany(liaisonIds),
          wanted.fromGroup
            ? selectRows(em, GROUP, `select ${GROUP.select('t')}, r.id as __reply from liaisons r join groups t on t.id = r.from_group_id where r.in_reply_to_id = any(?)`, keys)
            : undefined,
          wanted.attachments ? selectRows(em, DOCUMENT, attachmentsSql(REPLY_IDS), keys) : undefined,
          wanted.replies ? selectRows(em, LIAISON, childrenSql('in_reply_to_id', REPLY_IDS), keys) : undefined,
        ]);
        const replyIds = lists.flatMap((list) => (list instanceof Error ? [] : list.map((reply) => reply.id)));
        for (const row of senders ?? []) {
          readAhead.senders.set(Number(takeColumn(row, '__reply')), row);
        }
        if (attachments) rowsByParent(replyIds, attachments).forEach((list, i) => readAhead.attachments.set(replyIds[i]!, list));
        if (replies) rowsByParent(replyIds, replies).forEach((list, i) => readAhead.replies.set(replyIds[i]!, list));
        return lists;
      }),
    );
  /**
   * each liaison's addressees, each with its group's row: TO before CC, then by group acronym.
   * The groups are not primed into group.byId: a later read of groups by id would then send a
   * statement or not depending on the data, and a query's cost must depend on its shape only.
   * `columns`: the group columns to read (GROUP.columnsFor), every one when undefined; one loader
   * per set of columns, so toGroups and ccGroups asking the same share one statement.
   */
  const addresseeLoaders = new Map<string, DataLoader<number, LiaisonAddresseeRow[]>>();
  const addresseesWith = (columns: readonly string[] | undefined): DataLoader<number, LiaisonAddresseeRow[]> => {
    const key = columns?.join(',') ?? '*';
    let loader = addresseeLoaders.get(key);
    if (!loader) addresseeLoaders.set(key, (loader = addresseesLoader(columns)));
    return loader;
  };
  const addresseesLoader = (columns: readonly string[] | undefined) => new DataLoader<number, LiaisonAddresseeRow[]>(async (liaisonIds) => {
    const rows = await selectRows(em, GROUP,
      `select a.liaison_id as "__liaison", a.role as "__role", a.purpose as "__purpose", ${GROUP.select('g', columns)}
       from liaison_addressees a join groups g on g.id = a.group_id
       where a.liaison_id = any(?)
       order by a.role desc, g.acronym`, // 'TO' > 'CC': descending role puts the TO addressees first
      [[...liaisonIds]]);
    const byLiaison = new Map<number, LiaisonAddresseeRow[]>(liaisonIds.map((id) => [id, []]));
    for (const row of rows) {
      const addressee = {
        liaison: { id: takeColumn<number>(row, '__liaison') },
        group: row,
        role: takeColumn<AddresseeRole>(row, '__role'),
        purpose: takeColumn<LiaisonPurpose | null>(row, '__purpose'),
      };
      byLiaison.get(addressee.liaison.id)?.push(addressee);
    }
    return liaisonIds.map((id) => byLiaison.get(id) ?? []);
  });
  /** every addressee with every column of its group (the addressees field, the feeds) */
  const addresseesOf = addresseesWith(undefined);
  /** each liaison's follow-up state: one statement per request, whatever the number of liaisons */
  const replyStateOf = new DataLoader<number, LiaisonReplyState>(async (ids) => {
    const rows = await selectValues<LiaisonReplyState & { id: number }>(em,
      `select t.id, (${AWAITING_REPLY_SQL}) as awaiting, (${replyOverdueSql()}) as overdue, (${dueSoonSql}) as "dueSoon" from liaisons t where t.id = any(?)`,
      [[...ids]]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? { awaiting: false, overdue: false, dueSoon: false });
  });
  return {
    /**
     * The replies of each liaison, and in the same round trip what the query asks of each reply
     * (`wanted`: its sender, its attachments, its own replies), read by the statements that the next
     * level would send (the same SQL, keyed by a subquery on the replies): a thread costs one
     * round trip less. Sent whenever the query's shape asks for them, so the statements a request
     * sends still depend on its shape only; the next level finds them in `readAhead`.
     */
    repliesAhead,
    /**
     * A liaison read by id (node(id:)): its sender, its parent, its addressees, its replies (and
     * what is asked of them) are keyed by the liaison's id, which the global id gives before the
     * row is read, so they go out in the row's own round trip rather than the next one. What
     * `wanted` names is read whether or not the liaison has any (a shape-only cost); the field
     * resolvers find it in the loaders and `readAhead`. The attachments are the document domain's
     * loader: LiaisonResolver's readAhead asks it.
     */
    readByIdAhead(
      id: number,
      wanted: {
        sender: boolean;
        parent: boolean;
        /** the sets of group columns the addressee fields ask for (see addresseesWith) */
        addressees: readonly (readonly string[] | undefined)[];
        replies: boolean;
        repliesAhead: RepliesAhead | null;
        replyState: boolean;
      },
    ): Promise<unknown>[] {
      const started: Promise<unknown>[] = [];
      if (wanted.sender) {
        ahead.senders.add(id);
        started.push(senderByLiaison.load(id));
      }
      if (wanted.parent) {
        ahead.parents.add(id);
        started.push(parentByLiaison.load(id));
      }
      for (const columns of wanted.addressees) started.push(addresseesWith(columns).load(id));
      if (wanted.replies) started.push(repliesTo.load(id));
      if (wanted.repliesAhead) started.push(repliesAhead(wanted.repliesAhead).load(id));
      if (wanted.replyState) started.push(replyStateOf.load(id));
      return started;
    },
    readAhead: {
      /** the sender of a reply read ahead, or of a liaison read by id: undefined when neither read it */
      senderOf: (liaisonId: number): GroupRow | Promise<GroupRow | null> | undefined =>
        readAhead.senders.get(liaisonId) ?? (ahead.senders.has(liaisonId) ? senderByLiaison.load(liaisonId) : undefined),
      /** the liaison that a liaison read by id answers: undefined when the by-id read did not read it */
      parentOf: (liaisonId: number): Promise<LiaisonRow | null> | undefined =>
        ahead.parents.has(liaisonId) ? parentByLiaison.load(liaisonId) : undefined,
      attachmentsOf: (replyId: number) => readAhead.attachments.get(replyId),
      repliesOf: (replyId: number) => readAhead.replies.get(replyId),
    },
    byId: rowByIdLoader(em, LIAISON),
    /** the body of liaisons read in a list (lists leave it out) */
    bodyOf: new DataLoader<number, string | null>(async (ids) => {
      const rows = await selectValues<{ id: number; body: string | null }>(em, 'select id, body from liaisons where id = any(?)', [[...ids]]);
      const byId = new Map(rows.map((r) => [r.id, r.body]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    addresseesOf,
    addresseesWith,
    replyStateOf,
    /** the liaisons each document was sent with (liaison_attachments), oldest first */
    attachingDocument: childRowsLoader(em, LIAISON,
      `select ${LIST_COLUMNS}, p.document_id as __parent from liaison_attachments p join liaisons t on t.id = p.liaison_id
       where p.document_id = any(?) order by t.created_at, t.id`),
    /** the liaisons that answer each liaison (inReplyTo), oldest first */
    repliesTo,
    /** the liaisons each outcome decided to send */
    decidedBy: childrenBy('decided_by_id'),
    /** the liaisons each meeting decided or received */
    ofMeeting: childrenBy('meeting_id'),
    /** a page of each group's liaisons (sent, received or both), oldest first */
    ofGroup: (page: PageRequest, direction: LiaisonDirection | null) =>
      paged.get(`ofGroup:${pageKey(page)}:${direction ?? 'BOTH'}`, () =>
        pagedChildRowsLoader(em, LIAISON, groupLiaisonsPageSql(direction), 'r."createdAt", r.id', page),
      ),
    /**
     * how many liaisons each group has in that direction: its row of group_liaison_counts (kept
     * with group_liaisons by a trigger), not a count of its ~1,000 entries per group
     */
    countOfGroup: (direction: LiaisonDirection | null) =>
      paged.get(`countOfGroup:${direction ?? 'BOTH'}`, () =>
        countLoader(em,
          `select c.group_id as __parent, c.${COUNT_COLUMN[direction ?? 'BOTH']} as total
           from group_liaison_counts c where c.group_id = any(?)`),
      ),
  };
}
export type LiaisonQueries = ReturnType<typeof createLiaisonQueries>;

// ---------------------------------------------------------------------------------------------
// The ITU template's fields (liaison-template.resolver.ts): each one statement per tick for all
// the liaisons a request reads, apart from the list reads above so those stay as they are.

/** approval and action taken of a liaison: columns lists leave out, read only when asked */
export interface LiaisonTemplateRow {
  approvedBy: string | null;
  approvalLevel: ApprovalLevel | null;
  approvedOn: string | null;
  actionTaken: string | null;
}

export interface LiaisonContactRow {
  group: IdRef;
  name: string;
  email: string;
  role: string | null;
}

/** another liaison related to this one: `liaison` is the other one, `kind` as the naming liaison says */
export interface LiaisonRelationRow {
  kind: LiaisonRelationKind;
  liaison: LiaisonRow;
}

/** related liaisons of many, one statement: `from` is the column of the liaisons asked about, `to` the other */
function relationsLoader(em: EntityManager, from: 'liaison_id' | 'related_id', to: 'liaison_id' | 'related_id') {
  return new DataLoader<number, LiaisonRelationRow[]>(async (ids) => {
    const rows = await selectRows(em, LIAISON,
      `select r.${from} as "__parent", r.kind as "__kind", ${LIST_COLUMNS}
       from liaison_relations r join liaisons t on t.id = r.${to}
       where r.${from} = any(?) order by r.kind desc, t.created_at, t.id`, // SUPERSEDES before REFERS_TO
      [[...ids]]);
    const byParent = new Map<number, LiaisonRelationRow[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      const parent = takeColumn<number>(row, '__parent');
      byParent.get(parent)?.push({ kind: takeColumn<LiaisonRelationKind>(row, '__kind'), liaison: row });
    }
    return ids.map((id) => byParent.get(id) ?? []);
  });
}

export function createLiaisonTemplateQueries(em: EntityManager) {
  return {
    templateOf: new DataLoader<number, LiaisonTemplateRow | null>(async (ids) => {
      const rows = await selectValues<LiaisonTemplateRow & { id: number }>(em,
        `select id, approved_by as "approvedBy", approval_level as "approvalLevel", to_char(approved_on, 'YYYY-MM-DD') as "approvedOn",
                action_taken as "actionTaken"
         from liaisons where id = any(?)`, [[...ids]]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** each liaison's contact people, in the order given */
    contactsOf: new DataLoader<number, LiaisonContactRow[]>(async (ids) => {
      const rows = await selectValues<LiaisonContactRow & { liaison_id: number; group_id: number }>(em,
        `select liaison_id, group_id, name, email, role from liaison_contacts where liaison_id = any(?) order by liaison_id, position, id`, [[...ids]]);
      const byLiaison = new Map<number, LiaisonContactRow[]>(ids.map((id) => [id, []]));
      for (const r of rows) byLiaison.get(r.liaison_id)?.push({ group: { id: r.group_id }, name: r.name, email: r.email, role: r.role });
      return ids.map((id) => byLiaison.get(id) ?? []);
    }),
    /** the liaisons each liaison supersedes or refers to */
    relatedOf: relationsLoader(em, 'liaison_id', 'related_id'),
    /** the liaisons that supersede or refer to each liaison */
    relatedBy: relationsLoader(em, 'related_id', 'liaison_id'),
    /** the action items each liaison carries out, oldest first */
    fulfils: childRowsLoader(em, ACTION_ITEM,
      `select ${ACTION_ITEM.select('t')}, t.liaison_id as __parent from action_items t where t.liaison_id = any(?) order by t.created_at, t.id`),
    /** the liaison each action item asks for */
    liaisonOfItem: new DataLoader<number, LiaisonRow | null>(async (itemIds) => {
      const rows = await selectRows(em, LIAISON,
        `select a.id as "__item", ${LIST_COLUMNS} from action_items a join liaisons t on t.id = a.liaison_id where a.id = any(?)`, [[...itemIds]]);
      const byItem = new Map<number, LiaisonRow>();
      for (const row of rows) {
        byItem.set(takeColumn<number>(row, '__item'), row);
      }
      return itemIds.map((id) => byItem.get(id) ?? null);
    }),
  };
}
export type LiaisonTemplateQueries = ReturnType<typeof createLiaisonTemplateQueries>;
// The feeds and the calendar (feed.service.ts): whole lists, not pages. A group's liaisons are
// group_liaisons' here too, the one rule for them.

/** liaison `t` is one of the group bound to `?`'s liaisons in that direction (null: both) */
const ofGroupSql = (direction: LiaisonDirection | null) =>
  `t.id in (select gl.liaison_id from group_liaisons gl where gl.group_id = ?${direction ? DIRECTION_SQL[direction] : ''})`;

/** The most recently changed liaisons, newest first, body included: of one group (in a direction, null: both) or of all groups. */
export function recentLiaisons(em: EntityManager, groupId: number | null, direction: LiaisonDirection | null, limit: number): Promise<LiaisonRow[]> {
  return selectRows(em, LIAISON,
    `select ${LIAISON.select()} from liaisons t where ${groupId == null ? 'true' : ofGroupSql(direction)}
     order by t.updated_at desc, t.id desc limit ?`,
    groupId == null ? [limit] : [groupId, limit]);
}

/** The liaisons that have a deadline, by deadline: of one group (sent or received) or of all groups. */
export function liaisonsWithDeadline(em: EntityManager, groupId: number | null): Promise<LiaisonRow[]> {
  return selectRows(em, LIAISON,
    `select ${LIST_COLUMNS} from liaisons t where t.deadline is not null and ${groupId == null ? 'true' : ofGroupSql(null)}
     order by t.deadline, t.id`,
    groupId == null ? [] : [groupId]);
}
