import { ref } from '@mikro-orm/core';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { InputCheck } from '../platform/errors/input-check.js';
import { partialDateOf, storedPeriod } from '../platform/graphql/scalars.js';
import { assertMayLink, assertMayWrite } from '../auth/authorization.js';
import { runWrite, type HistorySubject, type Write, type WriteRequest } from '../change/change.write.js';
import type { Group } from '../group/group.entity.js';
import { linkedMeeting, meetingLabel, requireMeeting } from '../meeting/meeting.service.js';
import { linkedOutcome, outcomeLabel, requireOutcome } from '../outcome/outcome.service.js';
import { addSources, checkSources, type SourceInputValue } from '../source/source.service.js';
import { requireGroup } from '../group/group.service.js';
import { ActionItem, type ActionStatus } from './action-item.entity.js';
import type { Snapshot } from '../change/change.entity.js';
import { ACTION_TRANSITIONS } from './action-item.lifecycle.js';

/** Errors about action items. */
export class ActionItemError extends AppError {}

// ---------------------------------------------------------------------------------------------
// Writes

const CLOSED_STATUSES: readonly ActionStatus[] = ['DONE', 'CANCELLED'];

/** An action item belongs to the group that owes it and to the group whose meeting raised it. */
export async function actionItemGroups(w: Write, item: Pick<ActionItem, 'assignee' | 'raisedBy'>) {
  const raisedBy = item.raisedBy ? await w.loaders.outcome.byId.load(item.raisedBy.id) : null;
  const meeting = raisedBy ? await w.loaders.meeting.byId.load(raisedBy.meeting.id) : null;
  return w.groups([item.assignee.id, meeting?.group.id]);
}

/** An action item as the history shows it, its references named (the API's writes and the import record this shape). */
export interface ActionItemSnapshot {
  title: string;
  assignee: string | null;
  raisedBy: string | null;
  resolvedBy: string | null;
  dueOn: string | null | undefined;
  dueMeeting: string | null;
  status: string;
}

export function actionItemSnapshot(a: ActionItemSnapshot): Snapshot {
  return { title: a.title, assignee: a.assignee, raisedBy: a.raisedBy, resolvedBy: a.resolvedBy, dueOn: a.dueOn ?? null, dueMeeting: a.dueMeeting, status: a.status };
}

export const actionItemHistory: HistorySubject<ActionItem> = {
  async snapshot(w, a) {
    const [assignee] = await w.groups([a.assignee.id]);
    return actionItemSnapshot({
      title: a.title,
      assignee: assignee?.acronym ?? null,
      raisedBy: a.raisedBy ? await outcomeLabel(w, a.raisedBy.id) : null,
      resolvedBy: a.resolvedBy ? await outcomeLabel(w, a.resolvedBy.id) : null,
      dueOn: partialDateOf(a.dueOn, a.dueOnPrecision),
      dueMeeting: a.dueMeeting ? await meetingLabel(w, a.dueMeeting.id) : null,
      status: a.status,
    });
  },
  async groupIds(w, a) {
    return (await actionItemGroups(w, a)).map((g) => g.id);
  },
};

const itemScope = (groups: Group[]) => ({ what: 'this action item', groups });

export interface CreateActionItemInputValue {
  title: string;
  assignee: string;
  raisedBy?: string | null;
  dueOn?: string | null;
  dueMeeting?: string | null;
  sources?: SourceInputValue[] | null;
}

/**
 * Raises a follow-up (EDITOR: one its group owes, or one its group's meeting raised). The raising
 * outcome and the due meeting must be its groups' (assertMayLink); the assignee may be any group
 * when the raising outcome is its own: a meeting assigns follow-ups to others.
 */
export function createActionItem(req: WriteRequest, input: CreateActionItemInputValue): Promise<ActionItem> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const assignee = await check.resolve(() => requireGroup(w.loaders.group, input.assignee, 'assignee'));
    const raisedBy = input.raisedBy != null ? await check.resolve(() => requireOutcome(w, input.raisedBy!, 'raisedBy')) : null;
    // who may write it depends on the groups: judged first whenever they are known
    if (check.ok) assertMayWrite(w.viewer, itemScope(await actionItemGroups(w, { assignee: ref(assignee!), raisedBy: raisedBy ? ref(raisedBy) : null })));
    if (raisedBy) assertMayLink(w.viewer, await linkedOutcome(w, raisedBy, 'raisedBy'));

    const title = check.text('title', input.title);
    const dueOn = check.partialDate('dueOn', input.dueOn);
    const dueMeeting = input.dueMeeting != null ? await check.resolve(() => requireMeeting(w, input.dueMeeting!, 'dueMeeting')) : null;
    if (dueMeeting) assertMayLink(w.viewer, await linkedMeeting(w, dueMeeting, 'dueMeeting'));
    const sources = await checkSources(w, check, input.sources);
    check.done();

    const item = w.em.create(ActionItem, {
      title,
      assignee: assignee!,
      raisedBy: raisedBy ?? null,
      dueOn: storedPeriod(dueOn ?? null).start,
      dueOnPrecision: storedPeriod(dueOn ?? null).precision,
      dueMeeting: dueMeeting ?? null,
      status: 'OPEN',
    } as never);
    w.em.persist(item);
    await w.em.flush();
    await addSources(w, item, sources);
    w.created(item, actionItemHistory);
    return item;
  });
}

export interface UpdateActionItemInputValue {
  id: string;
  version: number;
  title?: string | null;
  assignee?: string | null;
  raisedBy?: string | null;
  dueOn?: string | null;
  dueMeeting?: string | null;
}

/** Changes the fields given (null clears an optional one); the status has its own mutation. */
export function updateActionItem(req: WriteRequest, input: UpdateActionItemInputValue): Promise<ActionItem> {
  return runWrite(req, async (w) => {
    const item = await w.lockForUpdate(ActionItem, input.id);
    const before = await actionItemGroups(w, item);
    assertMayWrite(w.viewer, itemScope(before));

    const check = new InputCheck();
    if (input.title === null) check.add('title', 'title cannot be cleared');
    if (input.assignee === null) check.add('assignee', 'assignee cannot be cleared: an action item is owed by someone');
    const assignee = input.assignee != null ? await check.resolve(() => requireGroup(w.loaders.group, input.assignee!, 'assignee')) : undefined;
    const raisedBy = input.raisedBy != null ? await check.resolve(() => requireOutcome(w, input.raisedBy!, 'raisedBy')) : input.raisedBy;
    check.done();
    if (raisedBy) assertMayLink(w.viewer, await linkedOutcome(w, raisedBy, 'raisedBy'));
    const draft = {
      assignee: assignee ? ref(assignee) : item.assignee,
      raisedBy: raisedBy === undefined ? item.raisedBy : raisedBy ? ref(raisedBy) : null,
    };
    // an EDITOR may hand an item on (to another assignee), but only keeping a hold on it
    assertMayWrite(w.viewer, itemScope(await actionItemGroups(w, draft)));
    w.assertVersion(item, input.version, `The action item "${item.title}"`);

    const title = input.title != null ? check.text('title', input.title) : undefined;
    const dueOn = check.partialDate('dueOn', input.dueOn);
    const dueMeeting = input.dueMeeting != null ? await check.resolve(() => requireMeeting(w, input.dueMeeting!, 'dueMeeting')) : input.dueMeeting;
    if (dueMeeting) assertMayLink(w.viewer, await linkedMeeting(w, dueMeeting, 'dueMeeting'));
    check.done();

    await w.changing(item, actionItemHistory, 'UPDATE');
    if (title !== undefined) item.title = title;
    item.assignee = draft.assignee;
    item.raisedBy = draft.raisedBy;
    if (dueOn !== undefined) ({ start: item.dueOn, precision: item.dueOnPrecision } = storedPeriod(dueOn));
    if (dueMeeting !== undefined) item.dueMeeting = dueMeeting ? ref(dueMeeting) : null;
    return item;
  });
}

export interface SetActionItemStatusInputValue {
  id: string;
  version: number;
  status: ActionStatus;
  resolvedBy?: string | null;
  reopen?: boolean | null;
}

/** Moves an item along its lifecycle (see ACTION_TRANSITIONS); DONE may name the outcome that resolved it. */
export function setActionItemStatus(req: WriteRequest, input: SetActionItemStatusInputValue): Promise<ActionItem> {
  return runWrite(req, async (w) => {
    const item = await w.lockForUpdate(ActionItem, input.id);
    assertMayWrite(w.viewer, itemScope(await actionItemGroups(w, item)));
    w.assertVersion(item, input.version, `The action item "${item.title}"`);

    const from = item.status;
    const to = input.status;
    const reopening = CLOSED_STATUSES.includes(from) && !CLOSED_STATUSES.includes(to);
    if (from === to) {
      throw new ActionItemError(ErrorCode.INVALID_TRANSITION, `The action item is already ${to}`, 'status');
    }
    if (reopening && !input.reopen) {
      throw new ActionItemError(
        ErrorCode.INVALID_TRANSITION,
        `The action item is ${from}; reopening it (to ${to}) must be explicit: send reopen: true`,
        'status',
      );
    }
    if (!reopening && !ACTION_TRANSITIONS[from].includes(to)) {
      throw new ActionItemError(
        ErrorCode.INVALID_TRANSITION,
        `An action item cannot go from ${from} to ${to} (from ${from}: ${ACTION_TRANSITIONS[from].join(', ') || 'only an explicit reopen'})`,
        'status',
      );
    }
    const check = new InputCheck();
    if (input.reopen && !reopening) check.add('reopen', `reopen applies to a DONE or CANCELLED item going back to OPEN or IN_PROGRESS; this one is ${from}`);
    if (input.resolvedBy != null && to !== 'DONE') check.add('resolvedBy', 'resolvedBy names the outcome that got the item DONE; the status is not DONE');
    const resolvedBy = input.resolvedBy != null ? await check.resolve(() => requireOutcome(w, input.resolvedBy!, 'resolvedBy')) : null;
    if (resolvedBy) assertMayLink(w.viewer, await linkedOutcome(w, resolvedBy, 'resolvedBy'));
    check.done();

    await w.changing(item, actionItemHistory, 'STATUS');
    item.status = to;
    if (to === 'DONE' && resolvedBy) item.resolvedBy = ref(resolvedBy);
    if (reopening) item.resolvedBy = null;
    return item;
  });
}
