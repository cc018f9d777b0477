import { REPLY_EXPECTED_PURPOSES, strongestPurpose, type LiaisonPurpose } from './liaison.entity.js';

/**
 * The rules of a liaison's addressees and deadline that hold wherever a liaison comes in: the
 * API's writes (liaison.service.ts) and the bundle (bundle.types.ts, bundle.import.ts). Each
 * returns the problem in words, or null.
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
