import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { InputCheck } from '../platform/errors/input-check.js';
import { decodeGlobalId, encodeGlobalId } from '../platform/graphql/global-id.js';
import type { Snapshot } from '../change/change.entity.js';
import { isIsoDate } from '../platform/graphql/scalars.js';
import { assertMayWrite, type LinkTarget } from '../auth/authorization.js';
import { runWrite, type HistorySubject, type Write, type WriteRequest } from '../change/change.write.js';
import { findGroup, requireGroup } from '../group/group.service.js';
import { checkTopics } from '../topic/topic.service.js';
import { addSources, checkSources, type SourceInputValue } from '../source/source.service.js';
import { Meeting, type HalfDay, type MeetingFormat } from './meeting.entity.js';
import { meetingDatesProblem } from './meeting.rules.js';

// ---------------------------------------------------------------------------------------------
// Writes

/** Errors about meetings. */
export class MeetingError extends AppError {}

const MEETING_KEY = /^(.+)#(\d{1,6})$/;

/**
 * A meeting named in an input: by id, or as "<group acronym or alias>#<number>" ("CWG-COP#22",
 * "cwg cop#22"); unknown is NOT_FOUND naming the field.
 */
export async function requireMeeting(w: Write, ref: string, field: string): Promise<Meeting> {
  const decoded = decodeGlobalId(ref);
  let meeting: Meeting | null = null;
  if (decoded?.typename === 'Meeting') {
    meeting = await w.em.findOne(Meeting, { id: decoded.id });
  } else {
    const key = MEETING_KEY.exec(ref.trim());
    const group = key ? await findGroup(w.loaders.group, key[1].trim()) : null;
    if (key && group) meeting = await w.em.findOne(Meeting, { group: group.id, number: Number(key[2]) });
  }
  if (!meeting) {
    throw new MeetingError(ErrorCode.NOT_FOUND, `No meeting is known as "${ref.slice(0, 100)}" (give its id or "ACRONYM#number", e.g. "CWG-COP#22")`, field);
  }
  return meeting;
}

/** "CWG-COP#22" (or the id of a meeting without a number): how the history names a meeting. */
export async function meetingLabel(w: Write, meetingId: number): Promise<string | null> {
  const meeting = await w.loaders.meeting.byId.load(meetingId);
  if (!meeting) return null;
  const group = await w.loaders.group.byId.load(meeting.group.id);
  return meetingLabelOf(meetingId, meeting.number, group?.acronym);
}

/** the label itself, from the meeting's id, number and group acronym (the import names meetings so too) */
export function meetingLabelOf(id: number, number: number | null | undefined, groupAcronym: string | null | undefined): string {
  return number != null && groupAcronym != null ? `${groupAcronym}#${number}` : encodeGlobalId('Meeting', id);
}

/**
 * A meeting as the history shows it, its references already named: the one shape both the API's
 * writes (meetingHistory) and the import (meeting.bundle.ts) record.
 */
export interface MeetingSnapshot {
  group: string | null;
  number: number | null | undefined;
  title: string;
  startsOn: string;
  startHalf: string | null | undefined;
  endsOn: string;
  endHalf: string | null | undefined;
  location: string | null | undefined;
  format: string;
  participantCount: number | null | undefined;
  /** slugs, in any order */
  topics: readonly string[];
}

export function meetingSnapshot(m: MeetingSnapshot): Snapshot {
  return {
    group: m.group,
    number: m.number ?? null,
    title: m.title,
    startsOn: m.startsOn,
    startHalf: m.startHalf ?? null,
    endsOn: m.endsOn,
    endHalf: m.endHalf ?? null,
    location: m.location ?? null,
    format: m.format,
    participantCount: m.participantCount ?? null,
    topics: [...m.topics].sort(),
  };
}

/** A meeting a write links to (`meeting`, `dueMeeting`), as assertMayLink judges it: it belongs to its group. */
export async function linkedMeeting(w: Write, meeting: Meeting, field: string): Promise<LinkTarget> {
  return { field, what: `the meeting ${await meetingLabel(w, meeting.id)}`, groups: await w.groups([meeting.group.id]) };
}

export const meetingHistory: HistorySubject<Meeting> = {
  async snapshot(w, m) {
    const [group] = await w.groups([m.group.id]);
    const topics = await m.topics.loadItems();
    return meetingSnapshot({
      group: group?.acronym ?? null,
      number: m.number,
      title: m.title,
      startsOn: m.startsOn,
      startHalf: m.startHalf,
      endsOn: m.endsOn,
      endHalf: m.endHalf,
      location: m.location,
      format: m.format,
      participantCount: m.participantCount,
      topics: topics.map((t) => t.slug),
    });
  },
  async groupIds(_w, m) {
    return [m.group.id];
  },
};

/** The dates of a meeting, half days included: it cannot end before it starts (meeting.rules.ts). */
function checkMeetingDates(check: InputCheck, m: Pick<Meeting, 'startsOn' | 'endsOn' | 'startHalf' | 'endHalf'>): void {
  if (!isIsoDate(m.startsOn) || !isIsoDate(m.endsOn)) return; // already reported
  const found = meetingDatesProblem(m);
  if (found) check.add(found.field, found.problem);
}

async function checkNumberFree(w: Write, check: InputCheck, groupId: number, number: number | null | undefined, self?: number): Promise<void> {
  if (number == null || number < 1) return;
  const taken = await w.em.findOne(Meeting, { group: groupId, number });
  if (taken && taken.id !== self) check.add('number', `The group already has a meeting number ${number}`, ErrorCode.CONFLICT);
}

export interface CreateMeetingInputValue {
  group: string;
  number?: number | null;
  title: string;
  startsOn: string;
  startHalf?: HalfDay | null;
  endsOn?: string | null;
  endHalf?: HalfDay | null;
  location?: string | null;
  format: MeetingFormat;
  participantCount?: number | null;
  topics?: string[] | null;
  sources?: SourceInputValue[] | null;
}

/** Records a meeting of a group (EDITOR: of its own groups). */
export function createMeeting(req: WriteRequest, input: CreateMeetingInputValue): Promise<Meeting> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const group = await check.resolve(() => requireGroup(w.loaders.group, input.group, 'group'));
    // who may write it depends on the group: judged first whenever it is known
    if (group) assertMayWrite(w.viewer, { what: `a meeting of ${group.acronym}`, groups: [group] });

    const title = check.text('title', input.title);
    const startsOn = check.date('startsOn', input.startsOn)!;
    const endsOn = check.date('endsOn', input.endsOn ?? input.startsOn)!;
    checkMeetingDates(check, { startsOn, endsOn, startHalf: input.startHalf, endHalf: input.endHalf });
    check.int('number', input.number, 1);
    check.int('participantCount', input.participantCount, 0);
    const location = check.optionalText('location', input.location);
    const topics = await checkTopics(w, check, input.topics);
    const sources = await checkSources(w, check, input.sources);
    if (group) await checkNumberFree(w, check, group.id, input.number);
    check.done();

    const meeting = w.em.create(Meeting, {
      group: group!,
      number: input.number ?? null,
      title,
      startsOn,
      startHalf: input.startHalf ?? null,
      endsOn,
      endHalf: input.endHalf ?? null,
      location: location ?? null,
      format: input.format,
      participantCount: input.participantCount ?? null,
    } as never);
    meeting.topics.set(topics);
    w.em.persist(meeting);
    await w.em.flush();
    await addSources(w, meeting, sources);
    w.created(meeting, meetingHistory);
    return meeting;
  });
}

export interface UpdateMeetingInputValue {
  meeting: string;
  version: number;
  number?: number | null;
  title?: string | null;
  startsOn?: string | null;
  startHalf?: HalfDay | null;
  endsOn?: string | null;
  endHalf?: HalfDay | null;
  location?: string | null;
  format?: MeetingFormat | null;
  participantCount?: number | null;
}

/** Changes the fields given (null clears an optional one); refused with CONFLICT if `version` is stale. */
export function updateMeeting(req: WriteRequest, input: UpdateMeetingInputValue): Promise<Meeting> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const found = await check.resolve(() => requireMeeting(w, input.meeting, 'meeting'));
    check.done();
    const meeting = await w.lockForUpdate(Meeting, found!.nodeId, 'meeting');
    const [group] = await w.groups([meeting.group.id]);
    assertMayWrite(w.viewer, { what: `a meeting of ${group.acronym}`, groups: [group] });
    w.assertVersion(meeting, input.version, `Meeting ${await meetingLabel(w, meeting.id)}`);

    for (const field of ['title', 'startsOn', 'endsOn', 'format'] as const) {
      if (input[field] === null) check.add(field, `${field} cannot be cleared`);
    }
    const title = input.title != null ? check.text('title', input.title) : undefined;
    const startsOn = input.startsOn != null ? check.date('startsOn', input.startsOn) : undefined;
    const endsOn = input.endsOn != null ? check.date('endsOn', input.endsOn) : undefined;
    const location = check.optionalText('location', input.location);
    check.int('number', input.number, 1);
    check.int('participantCount', input.participantCount, 0);
    const next = {
      startsOn: startsOn ?? meeting.startsOn,
      endsOn: endsOn ?? meeting.endsOn,
      startHalf: input.startHalf !== undefined ? input.startHalf : meeting.startHalf,
      endHalf: input.endHalf !== undefined ? input.endHalf : meeting.endHalf,
    };
    checkMeetingDates(check, next);
    if (input.number !== undefined) await checkNumberFree(w, check, meeting.group.id, input.number, meeting.id);
    check.done();

    await w.changing(meeting, meetingHistory, 'UPDATE');
    if (title !== undefined) meeting.title = title;
    Object.assign(meeting, next);
    if (input.number !== undefined) meeting.number = input.number;
    if (location !== undefined) meeting.location = location;
    if (input.format != null) meeting.format = input.format;
    if (input.participantCount !== undefined) meeting.participantCount = input.participantCount;
    return meeting;
  });
}
