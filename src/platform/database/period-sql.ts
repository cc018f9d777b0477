/**
 * A date as precise as its source (scalars.ts: Period) in SQL: the column holds the period's
 * first day (so it sorts and is indexed as a date) and `<column>_precision` holds 'year',
 * 'month' or 'day'. These two expressions are the only SQL that reads the pair; `column` is
 * qualified (`t.deadline`) and its precision column is found by its name.
 */

/**
 * The last day of the period: what "overdue", "due soon" and "date passed" compare with today,
 * so a deadline of April 2025 is not passed on 15 April and is on 1 May. For a day it is the day.
 */
export function periodEndSql(column: string): string {
  return `(${column} + ('1 ' || ${column}_precision)::interval - interval '1 day')::date`;
}

/** The period written as a PartialDate: YYYY, YYYY-MM or YYYY-MM-DD (null when the date is). */
export function partialDateSql(column: string): string {
  return `case ${column}_precision when 'year' then to_char(${column}, 'YYYY') when 'month' then to_char(${column}, 'YYYY-MM')
    else to_char(${column}, 'YYYY-MM-DD') end`;
}
