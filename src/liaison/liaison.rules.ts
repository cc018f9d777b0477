import { AWAITING_STATUSES, REPLY_EXPECTED_PURPOSES, strongestPurpose, type Liaison, type LiaisonPurpose, type LiaisonStatus } from './liaison.entity.js';

/**
 * The rules of a liaison's addressees and deadline that hold wherever a liaison comes in: the
 * API's writes (liaison.service.ts) and the bundle (liaison.bundle.ts). Each
 * returns the problem in words, or null. Then the reply rule, which the reads, the feeds, the
 * reminders and the webhooks' outbox share; this file imports no service, so none of them
 * imports its own importer through it.
 */

/**
 * The deadline rule: a liaison whose strongest TO purpose asks for a reply (FOR_ACTION,
 * FOR_COMMENT) needs a deadline (the check constraint liaisons_deadline_required enforces it in
 * the database too).
 */
export function deadlineRuleProblem(purposes: readonly LiaisonPurpose[], deadline: string | null | undefined): string | null {
  const purpose = strongestPurpose(purposes);
  return REPLY_EXPECTED_PURPOSES.includes(purpose) && (deadline == null || deadline === '') ? `a liaison ${purpose} needs a deadline` : null;
}

/**
 * The addressee rule, for one more addressee (`group`) after those already named (`named`, group
 * ids): the sender is not an addressee, and no group is named twice (TO and CC together).
 */
export function addresseeProblem(group: { id: number; acronym: string }, senderId: number | null | undefined, named: readonly number[]): string | null {
  if (senderId != null && group.id === senderId) return `${group.acronym} sends the liaison; it cannot also be an addressee`;
  if (named.includes(group.id)) return `${group.acronym} is named twice among the addressees`;
  return null;
}

/** Statuses of a reply that has not gone out (yet, or ever): it answers nothing. */
export const UNSENT_STATUSES: readonly LiaisonStatus[] = ['DRAFT', 'APPROVED', 'WITHDRAWN'];

/**
 * The rule behind Liaison.awaitingReply, derived at read time: the liaison asks for a reply
 * (FOR_ACTION, FOR_COMMENT), is out with its addressees (SENT, ACKNOWLEDGED), and no reply to it
 * has gone out (a draft reply in preparation does not count: the answer has not come).
 */
export function isAwaitingReply(liaison: Pick<Liaison, 'purpose' | 'status'>, replyCount: number): boolean {
  return REPLY_EXPECTED_PURPOSES.includes(liaison.purpose) && AWAITING_STATUSES.includes(liaison.status) && replyCount === 0;
}

const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The same rule in SQL, on the liaisons alias `t` (never null, so `not (…)` is its negation). */
export const AWAITING_REPLY_SQL = `t.purpose in (${sqlList(REPLY_EXPECTED_PURPOSES)})
  and t.status in (${sqlList(AWAITING_STATUSES)})
  and not exists (select 1 from liaisons r where r.in_reply_to_id = t.id and r.status not in (${sqlList(UNSENT_STATUSES)}))`;
