import * as chrono from 'chrono-node';

/**
 * Dates as ITU reports write them. Meeting dates come as ranges with half days: "30 September
 * (p.m.) to Tuesday, 1 October 2024", "12-13 February 2025", "Wednesday, 12 (p.m.) to Thursday,
 * 13 February 2025", "30 September and 1 October 2024". Plans come as months: "in April 2025".
 * A date keeps the precision its text has: a month is "2025-04", never 1 April.
 */
export type Half = 'AM' | 'PM';

export interface DateRange {
  startsOn: string;
  startHalf: Half | null;
  endsOn: string;
  endHalf: Half | null;
  /** where the range is in the text */
  index: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;
const WEEKDAY = '(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?';
const HALF = '(?:\\s*\\(([ap])\\.m\\.\\))?';
const SPACE = '[\\s\\u00a0]+';
/** day [month] [(half)] to|and|-|– day [(half)] month year */
const RANGE = new RegExp(
  `${WEEKDAY}(\\d{1,2})(?:${SPACE}${MONTH})?${HALF}\\s*(?:to|and|-|–|until)\\s*${WEEKDAY}(\\d{1,2})${HALF}${SPACE}${MONTH}${SPACE}(\\d{4})`,
  'gi',
);
/** a single day: [weekday] day [(half)] month year */
const SINGLE = new RegExp(`${WEEKDAY}(\\d{1,2})${HALF}${SPACE}${MONTH}${SPACE}(\\d{4})`, 'gi');

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const monthOf = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
const halfOf = (letter: string | undefined): Half | null => (letter ? (letter.toLowerCase() === 'a' ? 'AM' : 'PM') : null);

/** the meeting-style date ranges of a text, in order (a single day is a range of one day) */
export function dateRanges(text: string): DateRange[] {
  const ranges: DateRange[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(RANGE)) {
    const year = Number(m[7]);
    const endMonth = monthOf(m[6]!);
    const startMonth = m[2] ? monthOf(m[2]) : endMonth;
    // "30 December 2024 to 2 January 2025" is not written this way; a start month after the end's is the year before
    const startYear = startMonth > endMonth ? year - 1 : year;
    ranges.push({
      startsOn: iso(startYear, startMonth, Number(m[1])),
      startHalf: halfOf(m[3]),
      endsOn: iso(year, endMonth, Number(m[4])),
      endHalf: halfOf(m[5]),
      index: m.index,
    });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(SINGLE)) {
    if (taken.some(([from, to]) => m.index >= from && m.index < to)) continue;
    const day = iso(Number(m[4]), monthOf(m[3]!), Number(m[1]));
    ranges.push({ startsOn: day, startHalf: halfOf(m[2]), endsOn: day, endHalf: halfOf(m[2]), index: m.index });
  }
  return ranges.sort((a, b) => a.index - b.index);
}

/**
 * A date as precise as the text: "April 2025" → "2025-04", "15 March 2026" → "2026-03-15",
 * "2026" → "2026"; null when the text names none. chrono-node reads the date; what it knows
 * (not what it guessed) gives the precision.
 */
export function partialDate(text: string): { value: string; index: number } | null {
  const [result] = chrono.en.GB.parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  if (!result) return null;
  const start = result.start;
  if (!start.isCertain('year')) return null;
  const year = start.get('year')!;
  if (!start.isCertain('month')) return { value: String(year), index: result.index };
  const month = String(start.get('month')!).padStart(2, '0');
  if (!start.isCertain('day')) return { value: `${year}-${month}`, index: result.index };
  return { value: iso(year, start.get('month')!, start.get('day')!), index: result.index };
}
