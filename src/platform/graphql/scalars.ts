import { DateResolver, DateTimeResolver } from 'graphql-scalars';

/** ISO 8601 calendar date (2025-02-13). Stored as a SQL date; handled as a string, so no time zone shifts it. */
export const DateScalar = DateResolver;
/** ISO 8601 timestamp with zone. */
export const DateTimeScalar = DateTimeResolver;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** true for a real calendar date written YYYY-MM-DD (2025-02-30 is not one) */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** today's date in UTC, YYYY-MM-DD: what "overdue" and "held" are measured against */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
