import { GraphQLEmailAddress } from 'graphql-scalars';
import { partialDateEnd, partialDateProblem } from '../platform/graphql/scalars.js';

/**
 * The rules of the ITU template's fields that hold wherever a liaison comes in: the API's writes
 * (liaison-template.service.ts) and the importer (liaison.bundle.ts). Each returns the problem in
 * words, or null.
 */

/** an e-mail address as graphql-scalars' EmailAddress reads one (a maintained rule, not ours) */
export function emailProblem(email: string): string | null {
  try {
    GraphQLEmailAddress.parseValue(email);
    return null;
  } catch {
    return `is not an e-mail address: "${email.slice(0, 100)}"`;
  }
}

/** a liaison is approved before it goes out, not after (dates as YYYY-MM-DD compare as text) */
export function approvalDateProblem(approvedOn: string | null | undefined, sentOn: string | null | undefined): string | null {
  return approvedOn && sentOn && approvedOn > sentOn ? `the approval (${approvedOn}) comes after the liaison was sent (${sentOn})` : null;
}

/** a reply cannot be due before the liaison asking for it was sent */
export function deadlineProblem(deadline: string | null | undefined, sentOn: string | null | undefined): string | null {
  // a month's or a year's deadline is before the sending only if all of it is
  // (a deadline that is not a date is its own problem, said once)
  return deadline && sentOn && partialDateProblem(deadline) === null && partialDateEnd(deadline) < sentOn ? `the deadline (${deadline}) is before the liaison was sent (${sentOn})` : null;
}
