/**
 * Dates as precise as their source, with no dependency: the server (scalars, services, bundle)
 * and the dashboard's browser code read and write partial dates with these same functions.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * true for a real calendar date written YYYY-MM-DD (2025-02-30 is not one), from year 0100 on
 * (it was a round trip through Date, which reads the years 0–99 as 1900–1999, so none of them
 * matched; counted here instead: a bundle import checks 100,000 dates)
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0);
}

/** today's date in UTC, YYYY-MM-DD: what "overdue" and "held" are measured against */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * How precisely a date is known, as its source gives it: "April 2025" is a MONTH, not 1 April.
 * Stored beside the date (the first day of the period) in a `<column>_precision` column.
 */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** a date as precise as its source: the period's first day and how long the period is */
export interface Period {
  /** the first day of the period, YYYY-MM-DD */
  start: string;
  precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What is wrong with a partial date (YYYY, YYYY-MM or YYYY-MM-DD), or null when it is one. */
export function partialDateProblem(value: string): string | null {
  const m = PARTIAL_DATE.exec(value);
  const shown = `"${value.slice(0, 40)}"`;
  if (!m) return `must be a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025, 2025-04, 2025-04-15), got ${shown}`;
  if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12)) return `has no month ${m[2]}: got ${shown}`;
  if (m[3] !== undefined && !isIsoDate(value)) return `is not a day of the calendar: got ${shown}`;
  return null;
}

/** "2025-04" → { start: '2025-04-01', precision: 'month' }; null when it is not a partial date */
export function parsePartialDate(value: string): Period | null {
  if (partialDateProblem(value) !== null) return null;
  const [year, month, day] = value.split('-');
  if (day !== undefined) return { start: value, precision: 'day' };
  if (month !== undefined) return { start: `${year}-${month}-01`, precision: 'month' };
  return { start: `${year}-01-01`, precision: 'year' };
}

/** the written form of a period: 2025, 2025-04 or 2025-04-15 */
export function formatPartialDate(period: Period): string {
  return period.precision === 'year' ? period.start.slice(0, 4) : period.precision === 'month' ? period.start.slice(0, 7) : period.start;
}

/** a partial date as its two columns: the period's first day and its precision (null: no date) */
export function storedPeriod(value: string | null): { start: string | null; precision: DatePrecision } {
  const period = value === null ? null : parsePartialDate(value);
  if (value !== null && !period) throw new Error(`not a partial date: ${value}`);
  return { start: period?.start ?? null, precision: period?.precision ?? 'day' };
}

/** the two columns as a partial date (2025-04-01 + month → 2025-04) */
export function partialDateOf(start: string | null | undefined, precision: DatePrecision): string | null {
  return start == null ? null : formatPartialDate({ start, precision });
}

/** the last day of a partial date's period (2025-04 → 2025-04-30), YYYY-MM-DD: when it has passed */
export function partialDateEnd(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (day !== undefined) return value;
  // day 0 of the next month is the last day of this one
  const end = month !== undefined ? new Date(Date.UTC(year, month, 0)) : new Date(Date.UTC(year, 12, 0));
  return end.toISOString().slice(0, 10);
}

/** how people write a partial date: "2025", "April 2025", "15 April 2025" */
export function partialDateWords(value: string): string {
  const [year, month, day] = value.split('-');
  if (month === undefined) return year;
  const name = MONTH_NAMES[Number(month) - 1];
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

