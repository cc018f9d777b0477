import type { HalfDay } from './meeting.entity.js';

/**
 * The rule of a meeting's dates that holds wherever a meeting comes in: the API's writes
 * (meeting.service.ts) and the bundle (meeting.bundle.ts). Dates are ISO days (YYYY-MM-DD),
 * already checked as such; half days say a morning or an afternoon.
 */
export interface MeetingDates {
  startsOn: string;
  endsOn: string;
  startHalf?: HalfDay | null;
  endHalf?: HalfDay | null;
}

/** A meeting cannot end before it starts, half days included: the field at fault and why, or null. */
export function meetingDatesProblem(m: MeetingDates): { field: 'endsOn' | 'endHalf'; problem: string } | null {
  if (m.endsOn < m.startsOn) return { field: 'endsOn', problem: `endsOn (${m.endsOn}) is before startsOn (${m.startsOn})` };
  if (m.endsOn === m.startsOn && m.startHalf === 'PM' && m.endHalf === 'AM') {
    return { field: 'endHalf', problem: 'a one-day meeting that starts in the afternoon cannot end in the morning' };
  }
  return null;
}
