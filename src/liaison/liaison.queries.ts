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
  rowsByParent,
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
import { attachmentsSql, DOCUMENT, type DocumentRow } from '../document/document.queries.js';
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
export function createLiaisonQueries(em: EntityManager) {
  const paged = new LoaderCache();
  const childrenSql = (column: string, keys: string) =>
    `select ${LIST_COLUMNS}, t.${column} as __parent from liaisons t where t.${column} ${keys} order by t.created_at, t.id`;
  const childrenBy = (column: string) => childRowsLoader(em, LIAISON, childrenSql(column, '= any(?)'));
  const repliesTo = childrenBy('in_reply_to_id');
  /** what the read-ahead read for each reply it returned, by reply id */
  const readAhead = { senders: new Map<number, GroupRow>(), attachments: new Map<number, DocumentRow[]>(), replies: new Map<number, LiaisonRow[]>() };
  /** the replies of the liaisons bound to `?`, as SQL */
  const REPLY_IDS = 'in (select r.id from liaisons r where r.in_reply_to_id = any(?))';
  return {
    /**
     * The replies of each liaison, and in the same round trip what the query asks of each reply
     * (`ahead`: its sender, its attachments, its own replies), read by the statements that the next
     * level would send (the same SQL, keyed by a subquery on the replies): a thread costs one
     * round trip less. Sent whenever the query's shape asks for them, so the statements a request
     * sends still depend on its shape only; the next level finds them in `readAhead`.
     */
    repliesAhead: (ahead: RepliesAhead) =>
      paged.get(`repliesAhead:${ahead.fromGroup}:${ahead.attachments}:${ahead.replies}`, () =>
        new DataLoader<number, LiaisonRow[]>(async (liaisonIds) => {
          const keys = [[...liaisonIds]];
          const [lists, senders, attachments, replies] = await Promise.all([
            repliesTo.loadMany(liaisonIds),
            ahead.fromGroup
              ? selectRows(em, GROUP, `select ${GROUP.select('t')}, r.id as __reply from liaisons r join groups t on t.id = r.from_group_id where r.in_reply_to_id = any(?)`, keys)
              : undefined,
            ahead.attachments ? selectRows(em, DOCUMENT, attachmentsSql(REPLY_IDS), keys) : undefined,
            ahead.replies ? selectRows(em, LIAISON, childrenSql('in_reply_to_id', REPLY_IDS), keys) : undefined,
          ]);
          const replyIds = lists.flatMap((list) => (list instanceof Error ? [] : list.map((reply) => reply.id)));
          for (const row of senders ?? []) {
            const raw = row as GroupRow & { __reply?: number };
            const reply = Number(raw.__reply);
            delete raw.__reply;
            readAhead.senders.set(reply, row);
          }
          if (attachments) rowsByParent(replyIds, attachments).forEach((list, i) => readAhead.attachments.set(replyIds[i]!, list));
          if (replies) rowsByParent(replyIds, replies).forEach((list, i) => readAhead.replies.set(replyIds[i]!, list));
          return lists;
        }),
      ),
    readAhead: {
      senderOf: (replyId: number) => readAhead.senders.get(replyId),
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
    /** how many liaisons each group has in that direction: an index-only count on group_liaisons */
    countOfGroup: (direction: LiaisonDirection | null) =>
      paged.get(`countOfGroup:${direction ?? 'BOTH'}`, () =>
        countLoader(em,
          `select gl.group_id as __parent, count(*) as total from group_liaisons gl
           where gl.group_id = any(?)${direction ? DIRECTION_SQL[direction] : ''} group by gl.group_id`),
      ),
  };
}
export type LiaisonQueries = ReturnType<typeof createLiaisonQueries>;
