import type { EntityManager } from '@mikro-orm/core';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import type { Page } from '../platform/graphql/connection.js';
import type { PageRequest } from '../platform/graphql/paging.js';
import { pagedQuery, SqlWhere, anyOf } from '../platform/database/paged-query.js';
import { requireGroup } from '../group/group.service.js';
import type { GroupLoaders } from '../group/group.loaders.js';
import {
  AWAITING_STATUSES,
  Liaison,
  REPLY_EXPECTED_PURPOSES,
  type LiaisonPurpose,
  type LiaisonStatus,
} from './liaison.entity.js';

/** Errors about liaisons. */
export class LiaisonError extends AppError {}

/**
 * The deadline rule: a liaison FOR_ACTION or FOR_COMMENT asks for a reply, so it needs a
 * deadline (the check constraint liaisons_deadline_required enforces it in the database too).
 */
export function assertDeadlineRule(purpose: LiaisonPurpose, deadline: string | null | undefined): void {
  if (REPLY_EXPECTED_PURPOSES.includes(purpose) && (deadline == null || deadline === '')) {
    throw new LiaisonError(ErrorCode.BAD_USER_INPUT, `A liaison ${purpose} needs a deadline`, 'deadline');
  }
}

/**
 * The rule behind Liaison.awaitingReply, derived at read time: the liaison asks for a reply
 * (FOR_ACTION, FOR_COMMENT), is out with its addressees (SENT, ACKNOWLEDGED), and no liaison
 * answers it (none has it as inReplyTo).
 */
export function isAwaitingReply(liaison: Pick<Liaison, 'purpose' | 'status'>, replyCount: number): boolean {
  return REPLY_EXPECTED_PURPOSES.includes(liaison.purpose) && AWAITING_STATUSES.includes(liaison.status) && replyCount === 0;
}

const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The same rule in SQL, on the liaisons alias `t` (never null, so `not (…)` is its negation). */
export const AWAITING_REPLY_SQL = `t.purpose in (${sqlList(REPLY_EXPECTED_PURPOSES)})
  and t.status in (${sqlList(AWAITING_STATUSES)})
  and not exists (select 1 from liaisons r where r.in_reply_to_id = t.id)`;

/** liaison `t` is addressed TO the group bound to `?` */
const ADDRESSED_TO_SQL = `exists (select 1 from liaison_addressees a where a.liaison_id = t.id and a.role = 'TO' and a.group_id = ?)`;

export interface LiaisonListFilter {
  from?: string | null;
  to?: string | null;
  between?: string[] | null;
  purpose?: LiaisonPurpose[] | null;
  status?: LiaisonStatus[] | null;
  awaitingReply?: boolean | null;
}

/** Liaisons across all groups, in the order they were recorded (oldest first), filtered in SQL. */
export async function listLiaisons(
  em: EntityManager,
  groups: GroupLoaders,
  filter: LiaisonListFilter | null | undefined,
  page: PageRequest,
): Promise<Page<Liaison>> {
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
  return pagedQuery(em, Liaison, { table: 'liaisons', where, orderBy: 't.created_at, t.id' }, page);
}

/** Statuses from which a reply moves the answered liaison to RESPONDED. */
const ANSWERABLE_STATUSES: readonly LiaisonStatus[] = AWAITING_STATUSES;
/** Statuses of a reply that has not gone out (yet, or ever): it answers nothing. */
const UNSENT_STATUSES: readonly LiaisonStatus[] = ['DRAFT', 'APPROVED', 'WITHDRAWN'];

/**
 * A reply has been recorded (or sent): in the caller's transaction (`em` is the transaction's
 * EntityManager, flushed by the caller), the liaison it answers becomes RESPONDED. Returns the
 * answered liaison when its status changed, else null: a reply that has not gone out yet
 * answers nothing (call again once it is sent), and a liaison already RESPONDED or CLOSED stays
 * so. A reply to a liaison that was never sent (DRAFT, APPROVED, WITHDRAWN) is refused.
 * The answered liaison's version guards against a concurrent change (optimistic lock on flush).
 */
export async function recordReply(em: EntityManager, reply: Liaison): Promise<Liaison | null> {
  if (!reply.inReplyTo) return null;
  if (reply.id != null && reply.inReplyTo.id === reply.id) {
    throw new LiaisonError(ErrorCode.BAD_USER_INPUT, 'A liaison cannot answer itself', 'inReplyTo');
  }
  if (UNSENT_STATUSES.includes(reply.status)) return null;
  const answered = await em.findOne(Liaison, { id: reply.inReplyTo.id });
  if (!answered) {
    throw new LiaisonError(ErrorCode.NOT_FOUND, `The liaison this one answers (id ${reply.inReplyTo.id}) does not exist`, 'inReplyTo');
  }
  if (ANSWERABLE_STATUSES.includes(answered.status)) {
    answered.status = 'RESPONDED';
    return answered;
  }
  if (answered.status === 'RESPONDED' || answered.status === 'CLOSED') return null;
  throw new LiaisonError(
    ErrorCode.INVALID_TRANSITION,
    `"${answered.title}" is ${answered.status}: only a liaison that was sent can be answered`,
    'inReplyTo',
  );
}
