import { LockMode } from '@mikro-orm/core';
import { rawQuery } from '../platform/database/raw.js';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { InputCheck, LIMITS } from '../platform/errors/input-check.js';
import { decodeGlobalId, encodeGlobalId } from '../platform/graphql/global-id.js';
import type { Snapshot } from '../change/change.entity.js';
import { assertMayWrite, type LinkTarget } from '../auth/authorization.js';
import { runWrite, type HistorySubject, type Write, type WriteRequest } from '../change/change.write.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { meetingLabel, requireMeeting } from '../meeting/meeting.service.js';
import { checkTopics } from '../topic/topic.service.js';
import { addSources, checkSources, type SourceInputValue } from '../source/source.service.js';
import { Outcome, OutcomeKind } from './outcome.entity.js';

/** Errors about outcomes. */
export class OutcomeError extends AppError {}

const OUTCOME_KEY = /^(.+#\d{1,6})\/(\d{1,4})$/;

/**
 * An outcome named in an input: by id, or as "<meeting>/<position>" ("CWG-COP#21/2");
 * unknown is NOT_FOUND naming the field.
 */
export async function requireOutcome(w: Write, ref: string, field: string): Promise<Outcome> {
  const decoded = decodeGlobalId(ref);
  let outcome: Outcome | null = null;
  if (decoded?.typename === 'Outcome') {
    outcome = await w.em.findOne(Outcome, { id: decoded.id });
  } else {
    const key = OUTCOME_KEY.exec(ref.trim());
    const meeting = key ? await requireMeeting(w, key[1], field).catch(() => null) : null;
    if (key && meeting) outcome = await w.em.findOne(Outcome, { meeting: meeting.id, position: Number(key[2]) });
  }
  if (!outcome) {
    throw new OutcomeError(ErrorCode.NOT_FOUND, `No outcome is known as "${ref.slice(0, 100)}" (give its id or "ACRONYM#meeting/position", e.g. "CWG-COP#21/2")`, field);
  }
  return outcome;
}

/** An outcome belongs to the group whose meeting decided it. */
export async function outcomeGroups(w: Write, outcome: Outcome) {
  const meeting = await w.loaders.meeting.byId.load(outcome.meeting.id);
  return w.groups([meeting?.group.id]);
}

/** "CWG-COP#21/2": how the history names an outcome. */
export async function outcomeLabel(w: Write, outcomeId: number): Promise<string | null> {
  const outcome = await w.loaders.outcome.byId.load(outcomeId);
  if (!outcome) return null;
  return outcomeLabelOf(outcomeId, outcome.position, await meetingLabel(w, outcome.meeting.id));
}

/** the label itself, from the outcome's id, position and its meeting's label (the import names outcomes so too) */
export function outcomeLabelOf(id: number, position: number, meetingLabel: string | null): string {
  return meetingLabel && !meetingLabel.includes(':') ? `${meetingLabel}/${position}` : encodeGlobalId('Outcome', id);
}

/** An outcome as the history shows it, its references already named (the API's writes and the import record this shape). */
export interface OutcomeSnapshot {
  meeting: string | null;
  position: number;
  kind: string;
  text: string;
  /** slugs, in any order */
  topics: readonly string[];
}

export function outcomeSnapshot(o: OutcomeSnapshot): Snapshot {
  return { meeting: o.meeting, position: o.position, kind: o.kind, text: o.text, topics: [...o.topics].sort() };
}

/** An outcome a write links to (`decidedBy`, `raisedBy`, `resolvedBy`), as assertMayLink judges it. */
export async function linkedOutcome(w: Write, outcome: Outcome, field: string): Promise<LinkTarget> {
  return { field, what: `the outcome ${await outcomeLabel(w, outcome.id)}`, groups: await outcomeGroups(w, outcome) };
}

export const outcomeHistory: HistorySubject<Outcome> = {
  async snapshot(w, o) {
    const topics = await o.topics.loadItems();
    return outcomeSnapshot({ meeting: await meetingLabel(w, o.meeting.id), position: o.position, kind: o.kind, text: o.text, topics: topics.map((t) => t.slug) });
  },
  async groupIds(w, o) {
    return (await outcomeGroups(w, o)).map((g) => g.id);
  },
};

const OUTCOME_KINDS = Object.values(OutcomeKind) as string[];

export interface RecordOutcomeInputValue {
  meeting: string;
  kind: OutcomeKind;
  text: string;
  topics?: string[] | null;
  sources?: SourceInputValue[] | null;
}

/** Appends an outcome to a meeting, after its last one (positions stay 1, 2, 3, … in recorded order). */
export function recordOutcome(req: WriteRequest, input: RecordOutcomeInputValue): Promise<Outcome> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const meeting = await check.resolve(() => requireMeeting(w, input.meeting, 'meeting'));
    // who may write it depends on the meeting's group: judged first whenever it is known
    if (meeting) assertMayWrite(w.viewer, { what: `an outcome of ${await meetingLabel(w, meeting.id)}`, groups: await w.groups([meeting.group.id]) });

    if (!OUTCOME_KINDS.includes(input.kind)) check.add('kind', `kind must be one of ${OUTCOME_KINDS.join(', ')}`);
    const text = check.text('text', input.text, LIMITS.long);
    const topics = await checkTopics(w, check, input.topics);
    const sources = await checkSources(w, check, input.sources);
    check.done();

    // the meeting row lock makes concurrent appends to one meeting take turns: no two get one position
    await w.em.findOne(Meeting, { id: meeting!.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const result = await rawQuery(w.em, 'select coalesce(max(position), 0) + 1 as next from outcomes where meeting_id = ?', [meeting!.id]);
    const next = Number((result.rows as { next: number }[])[0].next);
    const outcome = w.em.create(Outcome, { meeting: meeting!, position: next, kind: input.kind, text } as never);
    outcome.topics.set(topics);
    w.em.persist(outcome);
    await w.em.flush();
    await addSources(w, outcome, sources);
    w.created(outcome, outcomeHistory);
    return outcome;
  });
}

export interface UpdateOutcomeInputValue {
  outcome: string;
  version: number;
  kind?: OutcomeKind | null;
  text?: string | null;
}

/**
 * Changes an outcome's verb or text (a correction of the record); refused with CONFLICT if
 * `version` is stale. Its meeting and position stay: they are its key ("CWG-COP#21/2").
 */
export function updateOutcome(req: WriteRequest, input: UpdateOutcomeInputValue): Promise<Outcome> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const found = await check.resolve(() => requireOutcome(w, input.outcome, 'outcome'));
    check.done();
    const outcome = await w.lockForUpdate(Outcome, found!.nodeId, 'outcome');
    const label = await outcomeLabel(w, outcome.id);
    assertMayWrite(w.viewer, { what: `the outcome ${label}`, groups: await outcomeGroups(w, outcome) });
    w.assertVersion(outcome, input.version, `The outcome ${label}`);

    for (const field of ['kind', 'text'] as const) {
      if (input[field] === null) check.add(field, `${field} cannot be cleared`);
    }
    if (input.kind != null && !OUTCOME_KINDS.includes(input.kind)) check.add('kind', `kind must be one of ${OUTCOME_KINDS.join(', ')}`);
    const text = input.text != null ? check.text('text', input.text, LIMITS.long) : undefined;
    check.done();

    await w.changing(outcome, outcomeHistory, 'UPDATE');
    if (input.kind != null) outcome.kind = input.kind;
    if (text !== undefined) outcome.text = text;
    return outcome;
  });
}
