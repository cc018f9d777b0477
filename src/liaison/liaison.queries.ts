import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import {
  childRowsLoader,
  countLoader,
  date,
  pagedChildRowsLoader,
  pagedRows,
  plain,
  ref,
  rowByIdLoader,
  RowShape,
  selectRows,
  selectValues,
  type IdRef,
  type NodeRow,
  type RowPage,
} from '../platform/database/rows.js';
import { anyOf, SqlWhere } from '../platform/database/paged-query.js';
import { LoaderCache } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { ErrorCode } from '../platform/errors/app-error.js';
import { requireGroup } from '../group/group.service.js';
import { GROUP, type GroupQueries, type GroupRow } from '../group/group.queries.js';
import type { AddresseeRole, LiaisonPurpose, LiaisonStatus } from './liaison.entity.js';
import type { LiaisonDirection } from './liaison.type.js';
import { AWAITING_REPLY_SQL, LiaisonError, type LiaisonListFilter } from './liaison.service.js';

/** A liaison as the read path sees it; `body` only when read by id (lists never carry it). */
export interface LiaisonRow extends NodeRow {
  reference: string | null;
  title: string;
  fromGroup: IdRef;
  purpose: LiaisonPurpose;
  status: LiaisonStatus;
  body?: string | null;
  sentOn: string | null;
  deadline: string | null;
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
  inReplyTo: ref('in_reply_to_id'),
  meeting: ref('meeting_id'),
  decidedBy: ref('decided_by_id'),
  version: plain('version'),
  createdAt: plain('created_at'),
  updatedAt: plain('updated_at'),
});

/** what a list of liaisons carries: everything but the body */
const LIST = ['reference', 'title', 'fromGroup', 'purpose', 'status', 'sentOn', 'deadline', 'inReplyTo', 'meeting', 'decidedBy', 'version', 'createdAt', 'updatedAt'];
const LIST_COLUMNS = LIAISON.select('t', LIST);

/** liaison `t` is addressed TO the group bound to `?` */
const ADDRESSED_TO_SQL = `exists (select 1 from liaison_addressees a where a.liaison_id = t.id and a.role = 'TO' and a.group_id = ?)`;

/** Liaisons across all groups, in the order they were recorded (oldest first), filtered in SQL. */
export async function listLiaisons(
  em: EntityManager,
  groups: GroupQueries,
  filter: LiaisonListFilter | null | undefined,
  page: PageRequest,
  withTotal: boolean,
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

/**
 * Per-request batched reads of liaisons and their addressees. Per request because each loader
 * caches what it read: shared, it would serve one request's reads to another and outlive writes.
 */
export function createLiaisonQueries(em: EntityManager) {
  const paged = new LoaderCache();
  const childrenBy = (column: string) =>
    childRowsLoader(em, LIAISON, `select ${LIST_COLUMNS}, t.${column} as __parent from liaisons t where t.${column} = any(?) order by t.created_at, t.id`);
  return {
    byId: rowByIdLoader(em, LIAISON),
    /** the body of liaisons read in a list (lists leave it out) */
    bodyOf: new DataLoader<number, string | null>(async (ids) => {
      const rows = await selectValues<{ id: number; body: string | null }>(em, 'select id, body from liaisons where id = any(?)', [[...ids]]);
      const byId = new Map(rows.map((r) => [r.id, r.body]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /**
     * each liaison's addressees, each with its group's row: TO before CC, then by group acronym.
     * The groups are not primed into group.byId: a later read of groups by id would then send a
     * statement or not depending on the data, and a query's cost must depend on its shape only.
     */
    addresseesOf: new DataLoader<number, LiaisonAddresseeRow[]>(async (liaisonIds) => {
      const rows = await selectRows(em, GROUP,
        `select a.liaison_id as "__liaison", a.role as "__role", a.purpose as "__purpose", ${GROUP.select('g')}
         from liaison_addressees a join groups g on g.id = a.group_id
         where a.liaison_id = any(?)
         order by a.role desc, g.acronym`, // 'TO' > 'CC': descending role puts the TO addressees first
        [[...liaisonIds]]);
      const byLiaison = new Map<number, LiaisonAddresseeRow[]>(liaisonIds.map((id) => [id, []]));
      for (const row of rows) {
        const raw = row as unknown as { __liaison: number; __role: AddresseeRole; __purpose: LiaisonPurpose | null };
        const addressee = { liaison: { id: raw.__liaison }, group: row, role: raw.__role, purpose: raw.__purpose };
        delete (row as Partial<typeof raw>).__liaison;
        delete (row as Partial<typeof raw>).__role;
        delete (row as Partial<typeof raw>).__purpose;
        byLiaison.get(addressee.liaison.id)?.push(addressee);
      }
      return liaisonIds.map((id) => byLiaison.get(id) ?? []);
    }),
    /** the liaisons that answer each liaison (inReplyTo), oldest first */
    repliesTo: childrenBy('in_reply_to_id'),
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
