/**
 * iCalendar (RFC 5545) documents from plain data: all-day events with a stable UID, a DTSTAMP,
 * text escaped (backslash, semicolon, comma, newline), lines ending in CRLF and folded at 75
 * octets (never inside a UTF-8 character).
 */
export interface CalendarEvent {
  /** globally unique and stable: the same object gives the same UID on every download */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  /** first day, YYYY-MM-DD */
  startDate: string;
  /** last day, inclusive, YYYY-MM-DD (the file says the day after, as RFC 5545 wants) */
  endDate: string;
  /** when the object behind it last changed */
  stamp: Date;
  /** incremented on each change of the object */
  sequence?: number;
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  categories?: string[];
  /** shown free in schedules (deadlines and milestones do not block time) */
  transparent?: boolean;
  /** reminders before the event (VALARM) */
  alarms?: CalendarAlarm[];
  /** the page that shows it, as a path on this site (made absolute with the calendar's siteUrl) */
  link?: string;
}

/** a reminder `daysBefore` days before an event starts (0: at its start) */
export interface CalendarAlarm {
  daysBefore: number;
  description: string;
}

export interface Calendar {
  name: string;
  /** this site's origin (scheme://host), for the events' URL */
  siteUrl: string;
  description?: string;
  events: CalendarEvent[];
}

export function escapeText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- iCalendar text may not carry control characters
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** splits a content line into lines of at most 75 octets, continuation lines starting with a space */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // continuation lines carry a leading space, which counts toward their 75 octets
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** YYYY-MM-DD → YYYYMMDD */
function icalDate(date: string): string {
  return date.replace(/-/g, '');
}

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** UTC date-time, YYYYMMDDTHHMMSSZ */
export function icalStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

export function renderCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Liaison Graph//Liaison Graph calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
  ];
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${icalStamp(event.stamp)}`,
      `LAST-MODIFIED:${icalStamp(event.stamp)}`,
      ...(event.sequence !== undefined ? [`SEQUENCE:${event.sequence}`] : []),
      `DTSTART;VALUE=DATE:${icalDate(event.startDate)}`,
      `DTEND;VALUE=DATE:${icalDate(dayAfter(event.endDate))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      // a URI value: not escaped as text (RFC 5545 3.3.13); encodeURIComponent left no comma or semicolon to escape
      ...(event.link ? [`URL:${calendar.siteUrl}${event.link}`] : []),
      ...(event.categories?.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
      ...(event.status ? [`STATUS:${event.status}`] : []),
      `TRANSP:${event.transparent ? 'TRANSPARENT' : 'OPAQUE'}`,
      ...(event.alarms ?? []).flatMap((alarm) => [
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        // relative to the all-day event's start: midnight of its day, in the reader's time zone
        `TRIGGER:${alarm.daysBefore === 0 ? 'PT0S' : `-P${alarm.daysBefore}D`}`,
        `DESCRIPTION:${escapeText(alarm.description)}`,
        'END:VALARM',
      ]),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
