/**
 * How the dashboard words and classifies what the API returns. Nothing here invents a figure:
 * it names enums, formats dates and sorts liaisons into the map's colours.
 */
import type { LiaisonSummaryFragment, MeetingRefFragment } from './generated.js';
import { parsePartialDate, partialDateEnd } from '../../platform/dates/partial-date.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "FOR_INFORMATION" → "For information" */
export function label(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** 21 → "21st", 22 → "22nd" */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
}

/** "2025-02-12" → "12 Feb 2025" */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * A date as precise as its source (the API's PartialDate), the one way the dashboard writes
 * deadlines, due dates and plans: "2025" → "2025", "2025-04" → "April 2025" (a month, never
 * "1 Apr"), "2025-04-15" → "15 Apr 2025".
 */
export function formatPartialDate(value: string | null | undefined): string {
  if (!value) return '';
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return String(y);
  if (d === undefined) return `${LONG_MONTHS[m - 1]} ${y}`;
  return formatDate(value);
}

/** the first day of a partial date's period: "2025-04" → "2025-04-01" (for placing and ordering it) */
export function periodStart(value: string): string {
  return parsePartialDate(value)?.start ?? value;
}

/** the last day of a partial date's period: "2025-04" → "2025-04-30"; "date passed" is after it */
export const periodEnd = partialDateEnd;

/** A milestone's plan, as precise as its source ("April 2025"). */
export function formatPlanned(value: string | null | undefined): string {
  return value ? formatPartialDate(value) : 'date not set';
}

/** "30 Sep (p.m.) – 1 Oct 2024" */
export function formatMeetingDates(m: { startsOn: string; endsOn: string; startHalf?: string | null; endHalf?: string | null }): string {
  const [sy, sm, sd] = parts(m.startsOn);
  const [ey, em, ed] = parts(m.endsOn);
  const half = (h: string | null | undefined) => (h === 'PM' ? ' (p.m.)' : h === 'AM' ? ' (a.m.)' : '');
  const start = `${sd} ${MONTHS[sm - 1]}${sy !== ey ? ` ${sy}` : ''}${half(m.startHalf)}`;
  if (m.startsOn === m.endsOn) return `${sd} ${MONTHS[sm - 1]} ${sy}${half(m.startHalf)}`;
  return `${start} – ${ed} ${MONTHS[em - 1]} ${ey}${half(m.endHalf)}`;
}

/** "the 22nd CWG-COP meeting" */
export function meetingName(m: Pick<MeetingRefFragment, 'number' | 'title' | 'group'>): string {
  return m.number ? `${ordinal(m.number)} ${m.group.acronym} meeting` : m.title;
}

/** Today as an ISO date in the reader's time zone, to say "date passed" of a planned milestone. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Where a liaison stands, as the map colours it. */
export type LiaisonClass = 'awaiting' | 'responded' | 'information' | 'unsent';

export const LIAISON_CLASS_LABEL: Record<LiaisonClass, string> = {
  awaiting: 'Awaiting reply',
  responded: 'Responded',
  information: 'For information',
  unsent: 'Not sent',
};

/** most urgent first: an arrow standing for several liaisons takes the first class among them */
export const LIAISON_CLASS_ORDER: LiaisonClass[] = ['awaiting', 'responded', 'information', 'unsent'];

const ASKS_FOR_REPLY = new Set(['FOR_ACTION', 'FOR_COMMENT']);

/**
 * A liaison's class, seen from one addressee (or from the liaison as a whole when none is given):
 * awaiting when the API says a reply is due and this addressee is the one asked (TO, for action or
 * comment); responded when a reply came or the status says so; not sent for drafts and
 * withdrawn ones; otherwise for information.
 */
export function liaisonClass(liaison: LiaisonSummaryFragment, addressee?: LiaisonSummaryFragment['addressees'][number]): LiaisonClass {
  if (['DRAFT', 'APPROVED', 'WITHDRAWN'].includes(liaison.status)) return 'unsent';
  if (liaison.awaitingReply && (!addressee || (addressee.role === 'TO' && ASKS_FOR_REPLY.has(addressee.purpose ?? '')))) return 'awaiting';
  if (liaison.replies.length > 0 || liaison.status === 'RESPONDED' || liaison.status === 'CLOSED') return 'responded';
  return 'information';
}

/** "ITU-D SG2 Q3/2" → a path segment */
export function groupPath(acronym: string): string {
  return `/dashboard/groups/${encodeURIComponent(acronym)}`;
}

export function documentPath(id: string): string {
  return `/dashboard/documents/${encodeURIComponent(id)}`;
}

/** what concerns one group: its follow-up page */
export function groupFollowUpPath(acronym: string): string {
  return `${groupPath(acronym)}/follow-up`;
}

export function liaisonPath(id: string): string {
  return `/dashboard/liaisons/${encodeURIComponent(id)}`;
}

/** where a meeting or outcome sits on its group's page */
export function meetingPath(m: { id: string; group: { acronym: string } }): string {
  return `${groupPath(m.group.acronym)}#meeting-${encodeURIComponent(m.id)}`;
}

export function outcomePath(o: { id: string; meeting: { group: { acronym: string } } }): string {
  return `${groupPath(o.meeting.group.acronym)}#outcome-${encodeURIComponent(o.id)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
