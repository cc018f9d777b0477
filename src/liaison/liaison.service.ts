import { LockMode, ref, type EntityManager } from '@mikro-orm/core';
import { ErrorCode } from '../platform/errors/app-error.js';
import { InputCheck, LIMITS } from '../platform/errors/input-check.js';
import { encodeGlobalId } from '../platform/graphql/global-id.js';
import { partialDateOf, storedPeriod, todayIso } from '../platform/graphql/scalars.js';
import { assertMayCite, assertMayLink, assertMayLinkLiaisonMeeting, assertMayReply, assertMayWrite } from '../auth/authorization.js';
import { runWrite, type HistorySubject, type Write, type WriteRequest } from '../change/change.write.js';
import type { Snapshot } from '../change/change.entity.js';
import type { Group } from '../group/group.entity.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { linkedMeeting, meetingLabel, requireMeeting } from '../meeting/meeting.service.js';
import { linkedOutcome, outcomeLabel, requireOutcome } from '../outcome/outcome.service.js';
import type { Document } from '../document/document.entity.js';
import { requireDocument } from '../document/document.service.js';
import { citedDocument } from '../document/document.lookup.js';
import { addSources, checkSources, type SourceInputValue } from '../source/source.service.js';
import { requireGroup } from '../group/group.service.js';
import { applyTemplate, checkTemplate, completeFulfilledItems, templateSnapshot, type TemplateInputValue } from './liaison-template.service.js';
import { approvalDateProblem } from './liaison-template.rules.js';
import { addresseeProblem, deadlineRuleProblem, UNSENT_STATUSES } from './liaison.rules.js';
import { LiaisonError, requireLiaison } from './liaison.lookup.js';
import {
  AWAITING_STATUSES,
  Liaison,
  LiaisonAddressee,
  LiaisonPurpose as LiaisonPurposeValues,
  strongestPurpose,
  type AddresseeRole,
  type LiaisonPurpose,
  type LiaisonStatus,
} from './liaison.entity.js';
import { LIAISON_TRANSITIONS } from './liaison.lifecycle.js';

/**
 * The deadline rule (deadlineRuleProblem in liaison.rules.ts) for a liaison of this purpose, as
 * an error naming the field.
 */
export function assertDeadlineRule(purpose: LiaisonPurpose, deadline: string | null | undefined): void {
  const problem = deadlineRuleProblem([purpose], deadline);
  if (problem) throw new LiaisonError(ErrorCode.BAD_USER_INPUT, problem, 'deadline');
}

/** Statuses from which a reply moves the answered liaison to RESPONDED. */
const ANSWERABLE_STATUSES: readonly LiaisonStatus[] = AWAITING_STATUSES;

/**
 * A reply has been recorded (or sent): in the caller's transaction (`em` is the transaction's
 * EntityManager, flushed by the caller), the liaison it answers becomes RESPONDED. Returns the
 * answered liaison when its status changed, else null: a reply that has not gone out yet
 * answers nothing (call again once it is sent), and a liaison already RESPONDED or CLOSED stays
 * so. A reply to a liaison that was never sent (DRAFT, APPROVED, WITHDRAWN) is refused.
 * The answered liaison's version guards against a concurrent change (optimistic lock on flush).
 */
export async function recordReply(em: EntityManager, reply: Liaison): Promise<Liaison | null> {
  if (!reply.inReplyTo) return null;
  if (reply.id != null && reply.inReplyTo.id === reply.id) {
    throw new LiaisonError(ErrorCode.BAD_USER_INPUT, 'A liaison cannot answer itself', 'inReplyTo');
  }
  if (UNSENT_STATUSES.includes(reply.status)) return null;
  const answered = await em.findOne(Liaison, { id: reply.inReplyTo.id });
  if (!answered) {
    throw new LiaisonError(ErrorCode.NOT_FOUND, `The liaison this one answers (id ${reply.inReplyTo.id}) does not exist`, 'inReplyTo');
  }
  if (ANSWERABLE_STATUSES.includes(answered.status)) {
    answered.status = 'RESPONDED';
    return answered;
  }
  if (answered.status === 'RESPONDED' || answered.status === 'CLOSED') return null;
  throw new LiaisonError(
    ErrorCode.INVALID_TRANSITION,
    `"${answered.title}" is ${answered.status}: only a liaison that was sent can be answered`,
    'inReplyTo',
  );
}

// ---------------------------------------------------------------------------------------------
// Writes

/** A liaison is recorded in one of these (a received one is recorded SENT). */
const INITIAL_STATUSES: readonly LiaisonStatus[] = ['DRAFT', 'APPROVED', 'SENT'];
const FINAL_STATUSES: readonly LiaisonStatus[] = ['CLOSED', 'WITHDRAWN'];
const PURPOSES = Object.values(LiaisonPurposeValues) as LiaisonPurpose[];

/** A liaison as the history shows it, its references named (the API's writes and the import record this shape). */
export interface LiaisonSnapshot {
  reference: string | null | undefined;
  title: string;
  from: string;
  /** TO and CC addressees, in any order */
  addressees: readonly { group: string; role: string; purpose: string | null | undefined }[];
  purpose: string;
  status: string;
  body: string | null | undefined;
  sentOn: string | null | undefined;
  deadline: string | null | undefined;
  inReplyToId: number | null | undefined;
  meeting: string | null;
  decidedBy: string | null;
  /** symbols, in any order */
  attachments: readonly string[];
  /** topic slugs, in any order (a bundle carries none for liaisons: an import passes []) */
  topics: readonly string[];
  /** the ITU template's fields, as templateSnapshotOf shows them */
  template: Snapshot;
}

export function liaisonSnapshot(l: LiaisonSnapshot): Snapshot {
  const byGroup = [...l.addressees].sort((a, b) => a.group.localeCompare(b.group));
  return {
    reference: l.reference ?? null,
    title: l.title,
    from: l.from,
    to: byGroup.filter((a) => a.role === 'TO').map((a) => ({ group: a.group, purpose: a.purpose ?? null })),
    cc: byGroup.filter((a) => a.role === 'CC').map((a) => a.group),
    purpose: l.purpose,
    status: l.status,
    body: l.body ?? null,
    sentOn: l.sentOn ?? null,
    deadline: l.deadline ?? null,
    inReplyTo: l.inReplyToId != null ? encodeGlobalId('Liaison', l.inReplyToId) : null,
    meeting: l.meeting,
    decidedBy: l.decidedBy,
    attachments: [...l.attachments].sort(),
    topics: [...l.topics].sort(),
    ...l.template,
  };
}

export const liaisonHistory: HistorySubject<Liaison> = {
  async snapshot(w, l) {
    const addressees = await l.addressees.loadItems();
    const groups = await w.groups([l.fromGroup.id, ...addressees.map((a) => a.group.id)]);
    const acronym = (id: number) => groups.find((g) => g.id === id)?.acronym ?? String(id);
    const attachments = await l.attachments.loadItems();
    return liaisonSnapshot({
      reference: l.reference,
      title: l.title,
      from: acronym(l.fromGroup.id),
      addressees: addressees.map((a) => ({ group: acronym(a.group.id), role: a.role, purpose: a.purpose })),
      purpose: l.purpose,
      status: l.status,
      body: l.body,
      sentOn: l.sentOn,
      deadline: partialDateOf(l.deadline, l.deadlinePrecision),
      inReplyToId: l.inReplyTo?.id,
      meeting: l.meeting ? await meetingLabel(w, l.meeting.id) : null,
      decidedBy: l.decidedBy ? await outcomeLabel(w, l.decidedBy.id) : null,
      attachments: attachments.map((d) => d.symbol),
      topics: (await l.topics.loadItems()).map((t) => t.slug),
      template: await templateSnapshot(w, l),
    });
  },
  /** the sender and every addressee: each sees the liaison in its changes feed */
  async groupIds(_w, l) {
    const addressees = await l.addressees.loadItems();
    return [l.fromGroup.id, ...addressees.map((a) => a.group.id)];
  },
};

/** A liaison belongs to the group that sends it: that group's EDITORs write it. */
async function liaisonScope(w: Write, fromGroupId: number, title: string) {
  return { what: `the liaison "${title.slice(0, 80)}"`, groups: await w.groups([fromGroupId]) };
}

export interface AddresseeInputValue {
  group: string;
  purpose?: LiaisonPurpose | null;
}

interface CheckedAddressee {
  group: Group;
  role: AddresseeRole;
  purpose: LiaisonPurpose | null;
}

/**
 * The addressees of a liaison: TO with a purpose each (its own, else the liaison's), CC without;
 * no group twice, not the sender itself, at least one TO.
 */
async function checkAddressees(
  w: Write,
  check: InputCheck,
  from: Group | undefined,
  to: readonly AddresseeInputValue[],
  cc: readonly string[],
  defaultPurpose: LiaisonPurpose | null | undefined,
): Promise<CheckedAddressee[]> {
  const result: CheckedAddressee[] = [];
  check.list('to', to);
  check.list('cc', cc);
  if (to.length === 0) check.add('to', 'a liaison needs at least one addressee (to)');
  const add = (group: Group | undefined, role: AddresseeRole, purpose: LiaisonPurpose | null, field: string) => {
    if (!group) return;
    const problem = addresseeProblem(group, from?.id, result.map((a) => a.group.id));
    if (problem) check.add(field, problem);
    else result.push({ group, role, purpose });
  };
  for (const [i, a] of to.entries()) {
    const group = await check.resolve(() => requireGroup(w.loaders.group, a.group, `to[${i}].group`));
    const purpose = a.purpose ?? defaultPurpose ?? null;
    if (!purpose) check.add(`to[${i}].purpose`, 'each TO addressee needs a purpose: give `purpose` for the liaison or for this addressee');
    else if (!PURPOSES.includes(purpose)) check.add(`to[${i}].purpose`, `purpose must be one of ${PURPOSES.join(', ')}`);
    add(group, 'TO', purpose, `to[${i}].group`);
  }
  for (const [i, name] of cc.entries()) {
    add(await check.resolve(() => requireGroup(w.loaders.group, name, `cc[${i}]`)), 'CC', null, `cc[${i}]`);
  }
  return result;
}

/** Makes the liaison's addressees exactly these: kept rows are updated in place, others added or removed. */
function setAddressees(w: Write, liaison: Liaison, wanted: readonly CheckedAddressee[]): void {
  const current = liaison.addressees.getItems();
  for (const row of current) {
    if (!wanted.some((a) => a.group.id === row.group.id)) liaison.addressees.remove(row);
  }
  for (const a of wanted) {
    const row = current.find((r) => r.group.id === a.group.id);
    if (row) {
      row.role = a.role;
      row.purpose = a.purpose;
    } else {
      liaison.addressees.add(w.em.create(LiaisonAddressee, { liaison, group: a.group, role: a.role, purpose: a.purpose } as never));
    }
  }
  const toPurposes = wanted.filter((a) => a.role === 'TO').map((a) => a.purpose!);
  liaison.purpose = strongestPurpose(toPurposes);
}

async function checkAttachments(w: Write, check: InputCheck, refs: readonly string[] | null | undefined): Promise<Document[]> {
  const documents: Document[] = [];
  for (const [i, r] of (check.list('attachments', refs) ?? []).entries()) {
    const document = await check.resolve(() => requireDocument(w, r, `attachments[${i}]`));
    if (document) assertMayCite(w.viewer, await citedDocument(w, document, `attachments[${i}]`));
    if (document && !documents.includes(document)) documents.push(document);
  }
  return documents;
}

/** The deadline rule (deadlineRuleProblem) as one of the input's problems. */
function checkDeadlineRule(check: InputCheck, purposes: readonly LiaisonPurpose[], deadline: string | null | undefined): void {
  const problem = deadlineRuleProblem(purposes, deadline);
  if (problem) check.add('deadline', problem);
}

/** The reply rule (assertMayReply) for a reply from the group `fromGroupId` to `answered`. */
async function assertMayAnswer(w: Write, fromGroupId: number, answered: Liaison): Promise<void> {
  const addressees = await answered.addressees.loadItems();
  const groups = await w.groups([fromGroupId, answered.fromGroup.id, ...addressees.map((a) => a.group.id)]);
  const group = (id: number) => groups.find((g) => g.id === id)!;
  assertMayReply(w.viewer, group(fromGroupId), {
    what: `the liaison "${answered.title.slice(0, 80)}"`,
    sender: group(answered.fromGroup.id),
    addressees: addressees.map((a) => group(a.group.id)),
  });
}

/** The meeting of a liaison (assertMayLinkLiaisonMeeting), with the addressees it has after the write. */
async function assertMayLinkMeeting(w: Write, meeting: Meeting, addresseeGroups: readonly Group[]): Promise<void> {
  assertMayLinkLiaisonMeeting(w.viewer, await linkedMeeting(w, meeting, 'meeting'), addresseeGroups);
}

/**
 * A reply has gone out: the liaison it answers becomes RESPONDED (recordReply), in this write's
 * transaction and recorded in its history. The answered liaison is locked first, so a concurrent
 * change to it waits, and either both commit or neither does.
 */
async function answer(w: Write, reply: Liaison): Promise<void> {
  if (!reply.inReplyTo) return;
  const answered = await w.em.findOne(Liaison, { id: reply.inReplyTo.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (answered) await w.changing(answered, liaisonHistory, 'STATUS', `answered by "${reply.title.slice(0, 200)}" (${reply.nodeId})`);
  await recordReply(w.em, reply);
}

export interface CreateLiaisonInputValue extends TemplateInputValue {
  title: string;
  from: string;
  to?: AddresseeInputValue[] | null;
  cc?: string[] | null;
  purpose?: LiaisonPurpose | null;
  deadline?: string | null;
  body?: string | null;
  reference?: string | null;
  status?: LiaisonStatus | null;
  sentOn?: string | null;
  meeting?: string | null;
  decidedBy?: string | null;
  inReplyTo?: string | null;
  attachments?: string[] | null;
  sources?: SourceInputValue[] | null;
}

/**
 * Records a liaison (EDITOR: one its group sends), DRAFT unless `status` says APPROVED or SENT.
 * A reply (`inReplyTo`) defaults to IN_RESPONSE, addressed to the sender of what it answers;
 * recorded as SENT, it marks the answered liaison RESPONDED in the same transaction.
 */
export function createLiaison(req: WriteRequest, input: CreateLiaisonInputValue): Promise<Liaison> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const from = await check.resolve(() => requireGroup(w.loaders.group, input.from, 'from'));
    // who may write it depends on the sender: judged first whenever it is known
    if (from) assertMayWrite(w.viewer, await liaisonScope(w, from.id, input.title));

    const title = check.text('title', input.title);
    const body = check.optionalText('body', input.body, LIMITS.long);
    const reference = check.optionalText('reference', input.reference);
    const deadline = check.partialDate('deadline', input.deadline);
    const sentOn = check.date('sentOn', input.sentOn);
    const status = input.status ?? 'DRAFT';
    if (!INITIAL_STATUSES.includes(status)) {
      check.add('status', `a liaison is recorded as ${INITIAL_STATUSES.join(', ')}; it reaches ${status} through setLiaisonStatus`, ErrorCode.INVALID_TRANSITION);
    }
    const inReplyTo = input.inReplyTo != null ? await check.resolve(() => requireLiaison(w, input.inReplyTo!, 'inReplyTo')) : null;
    if (inReplyTo && from) await assertMayAnswer(w, from.id, inReplyTo);
    const defaultPurpose = input.purpose ?? (inReplyTo ? 'IN_RESPONSE' : null);
    let to = input.to ?? [];
    if (to.length === 0 && inReplyTo) {
      const sender = (await w.groups([inReplyTo.fromGroup.id]))[0];
      to = [{ group: sender.acronym }];
    }
    const addressees = await checkAddressees(w, check, from, to, input.cc ?? [], defaultPurpose);
    const purposes = addressees.filter((a) => a.role === 'TO' && a.purpose).map((a) => a.purpose!);
    checkDeadlineRule(check, purposes, deadline);
    const decidedBy = input.decidedBy != null ? await check.resolve(() => requireOutcome(w, input.decidedBy!, 'decidedBy')) : null;
    if (decidedBy) assertMayLink(w.viewer, await linkedOutcome(w, decidedBy, 'decidedBy'));
    let meeting = input.meeting != null ? await check.resolve(() => requireMeeting(w, input.meeting!, 'meeting')) : null;
    if (meeting) await assertMayLinkMeeting(w, meeting, addressees.map((a) => a.group));
    if (decidedBy && meeting && decidedBy.meeting.id !== meeting.id) check.add('decidedBy', 'decidedBy is an outcome of another meeting than `meeting`');
    meeting ??= decidedBy ? await w.em.findOne(Meeting, { id: decidedBy.meeting.id }) : null;
    const attachments = await checkAttachments(w, check, input.attachments);
    const sources = await checkSources(w, check, input.sources);
    const template = await checkTemplate(w, check, input, {
      sender: from, addressees: addressees.map((a) => a.group), addresseesChange: true, sentOn, deadline, datesGiven: true,
    });
    check.done();

    const liaison = w.em.create(Liaison, {
      title,
      fromGroup: from!,
      purpose: strongestPurpose(purposes),
      status,
      body: body ?? null,
      reference: reference ?? null,
      deadline: storedPeriod(deadline ?? null).start,
      deadlinePrecision: storedPeriod(deadline ?? null).precision,
      sentOn: sentOn ?? (status === 'SENT' ? todayIso() : null),
      inReplyTo: inReplyTo ?? null,
      meeting: meeting ?? null,
      decidedBy: decidedBy ?? null,
    } as never);
    setAddressees(w, liaison, addressees);
    liaison.attachments.set(attachments);
    w.em.persist(liaison);
    await w.em.flush();
    await addSources(w, liaison, sources);
    await applyTemplate(w, liaison, template);
    w.created(liaison, liaisonHistory);
    if (status === 'SENT') await answer(w, liaison);
    return liaison;
  });
}

export interface UpdateLiaisonInputValue extends TemplateInputValue {
  id: string;
  version: number;
  title?: string | null;
  reference?: string | null;
  to?: AddresseeInputValue[] | null;
  cc?: string[] | null;
  purpose?: LiaisonPurpose | null;
  deadline?: string | null;
  body?: string | null;
  sentOn?: string | null;
  meeting?: string | null;
  attachments?: string[] | null;
}

/**
 * Changes the fields given (null clears an optional one); `to` and `cc`, when given, replace the
 * addressees, and `purpose` then applies to TO addressees without their own. The status has its
 * own mutation; a CLOSED or WITHDRAWN liaison is no longer edited.
 */
export function updateLiaison(req: WriteRequest, input: UpdateLiaisonInputValue): Promise<Liaison> {
  return runWrite(req, async (w) => {
    const liaison = await w.lockForUpdate(Liaison, input.id);
    assertMayWrite(w.viewer, await liaisonScope(w, liaison.fromGroup.id, liaison.title));
    w.assertVersion(liaison, input.version, `The liaison "${liaison.title}"`);
    if (FINAL_STATUSES.includes(liaison.status)) {
      throw new LiaisonError(ErrorCode.INVALID_TRANSITION, `The liaison is ${liaison.status}: it is no longer edited`, 'id');
    }

    const check = new InputCheck();
    if (input.title === null) check.add('title', 'title cannot be cleared');
    const title = input.title != null ? check.text('title', input.title) : undefined;
    const body = check.optionalText('body', input.body, LIMITS.long);
    const reference = check.optionalText('reference', input.reference);
    const deadline = check.partialDate('deadline', input.deadline);
    const sentOn = check.date('sentOn', input.sentOn);
    const meeting = input.meeting != null ? await check.resolve(() => requireMeeting(w, input.meeting!, 'meeting')) : input.meeting;
    const attachments = input.attachments != null ? await checkAttachments(w, check, input.attachments) : undefined;

    const current = await liaison.addressees.loadItems();
    const [from] = await w.groups([liaison.fromGroup.id]);
    let addressees: CheckedAddressee[] | undefined;
    if (input.to != null || input.cc != null || input.purpose != null) {
      const currentGroups = await w.groups(current.map((a) => a.group.id));
      const acronym = (id: number) => currentGroups.find((g) => g.id === id)!.acronym;
      // a new liaison-wide purpose applies to the TO addressees that keep the liaison's purpose
      const to = input.to ?? current.filter((a) => a.role === 'TO').map((a) => ({ group: acronym(a.group.id), purpose: input.purpose ? null : a.purpose }));
      const cc = input.cc ?? current.filter((a) => a.role === 'CC').map((a) => acronym(a.group.id));
      addressees = await checkAddressees(w, check, from, to, cc, input.purpose ?? liaison.purpose);
    }
    if (meeting) await assertMayLinkMeeting(w, meeting, addressees ? addressees.map((a) => a.group) : await w.groups(current.map((a) => a.group.id)));
    // new addressees: the meeting kept must still be the sender's or an addressee's (no link left to a group dropped)
    if (meeting === undefined && addressees && liaison.meeting) {
      const kept = await w.em.findOne(Meeting, { id: liaison.meeting.id });
      if (kept) await assertMayLinkMeeting(w, kept, addressees.map((a) => a.group));
    }
    const purposes = addressees ? addressees.filter((a) => a.role === 'TO' && a.purpose).map((a) => a.purpose!) : [liaison.purpose];
    const currentDeadline = partialDateOf(liaison.deadline, liaison.deadlinePrecision);
    checkDeadlineRule(check, purposes, deadline !== undefined ? deadline : currentDeadline);
    const template = await checkTemplate(w, check, input, {
      liaison,
      sender: from,
      addressees: addressees ? addressees.map((a) => a.group) : await w.groups(current.map((a) => a.group.id)),
      addresseesChange: addressees !== undefined,
      sentOn: sentOn !== undefined ? sentOn : liaison.sentOn,
      deadline: deadline !== undefined ? deadline : currentDeadline,
      datesGiven: sentOn !== undefined || deadline !== undefined,
    });
    check.done();

    await w.changing(liaison, liaisonHistory, 'UPDATE');
    if (title !== undefined) liaison.title = title;
    if (body !== undefined) liaison.body = body;
    if (reference !== undefined) liaison.reference = reference;
    if (deadline !== undefined) ({ start: liaison.deadline, precision: liaison.deadlinePrecision } = storedPeriod(deadline));
    if (sentOn !== undefined) liaison.sentOn = sentOn;
    if (meeting !== undefined) liaison.meeting = meeting ? ref(meeting) : null;
    if (attachments !== undefined) liaison.attachments.set(attachments);
    if (addressees) setAddressees(w, liaison, addressees);
    await applyTemplate(w, liaison, template, true);
    return liaison;
  });
}

export interface SetLiaisonStatusInputValue {
  id: string;
  version: number;
  status: LiaisonStatus;
  sentOn?: string | null;
}

/**
 * Moves a liaison along its lifecycle (LIAISON_TRANSITIONS); anything else is INVALID_TRANSITION.
 * Sending sets sentOn (today unless given); sending a reply marks the answered liaison RESPONDED.
 */
export function setLiaisonStatus(req: WriteRequest, input: SetLiaisonStatusInputValue): Promise<Liaison> {
  return runWrite(req, async (w) => {
    const liaison = await w.lockForUpdate(Liaison, input.id);
    assertMayWrite(w.viewer, await liaisonScope(w, liaison.fromGroup.id, liaison.title));
    w.assertVersion(liaison, input.version, `The liaison "${liaison.title}"`);
    const from = liaison.status;
    const to = input.status;
    if (!LIAISON_TRANSITIONS[from].includes(to)) {
      const allowed = LIAISON_TRANSITIONS[from];
      throw new LiaisonError(
        ErrorCode.INVALID_TRANSITION,
        `A liaison cannot go from ${from} to ${to}` + (allowed.length ? ` (from ${from}: ${allowed.join(', ')})` : ` (${from} is final)`),
        'status',
      );
    }
    const check = new InputCheck();
    const sentOn = check.date('sentOn', input.sentOn);
    if (sentOn && to !== 'SENT') check.add('sentOn', 'sentOn goes with status SENT');
    const approvalProblem = to === 'SENT' ? approvalDateProblem(liaison.approvedOn, sentOn ?? liaison.sentOn ?? todayIso()) : null;
    if (approvalProblem) check.add('sentOn', approvalProblem);
    check.done();
    // a reply is judged again when it goes out: it may have been recorded by the SECRETARIAT, or before the rule
    if (to === 'SENT' && liaison.inReplyTo) {
      const answered = await w.em.findOne(Liaison, { id: liaison.inReplyTo.id });
      if (answered) await assertMayAnswer(w, liaison.fromGroup.id, answered);
    }

    await w.changing(liaison, liaisonHistory, 'STATUS');
    liaison.status = to;
    if (to === 'SENT') {
      liaison.sentOn = sentOn ?? liaison.sentOn ?? todayIso();
      await answer(w, liaison);
      await completeFulfilledItems(w, liaison);
    }
    return liaison;
  });
}
