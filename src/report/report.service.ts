import { ref } from '@mikro-orm/core';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { InputCheck, LIMITS } from '../platform/errors/input-check.js';
import { partialDateOf, storedPeriod } from '../platform/graphql/scalars.js';
import { encodeGlobalId } from '../platform/graphql/global-id.js';
import type { Snapshot } from '../change/change.entity.js';
import { assertMayLink, assertMayWrite } from '../auth/authorization.js';
import { rowIdOf, runWrite, type HistorySubject, type Write, type WriteRequest } from '../change/change.write.js';
import { linkedMeeting, meetingLabel, requireMeeting } from '../meeting/meeting.service.js';
import { addSources, checkSources, type SourceInputValue } from '../source/source.service.js';
import { requireGroup } from '../group/group.service.js';
import { linkedOutcome, outcomeLabel, requireOutcome } from '../outcome/outcome.service.js';
import type { Outcome } from '../outcome/outcome.entity.js';
import {
  Milestone,
  Report,
  ReportStatus as ReportStatusValues,
  type MilestoneKind,
  type MilestoneStatus,
  type ReportStatus,
} from './report.entity.js';
import { MILESTONE_TRANSITIONS } from './milestone.lifecycle.js';

/** Errors about reports and milestones. */
export class ReportError extends AppError {}

/** Derived, never stored: the first PLANNED milestone of a report's milestones in date order. */
export function nextMilestone<M extends { status: MilestoneStatus }>(milestonesInDateOrder: readonly M[]): M | null {
  return milestonesInDateOrder.find((m) => m.status === 'PLANNED') ?? null;
}

// ---------------------------------------------------------------------------------------------
// Writes

/** ADOPTED and WITHDRAWN are final; between the others a report moves freely (revisions go back and forth). */
const FINAL_REPORT_STATUSES: readonly ReportStatus[] = ['ADOPTED', 'WITHDRAWN'];
const REPORT_STATUSES = Object.values(ReportStatusValues) as ReportStatus[];
const REPORT_KIND = /^[A-Z][A-Z0-9_]*$/;


/**
 * A report as the history shows it, its owner named (the API's writes and the import record this shape).
 * `topics`: slugs in any order (a bundle carries none for reports: an import passes []);
 * `outcomes`: the outcomes that concern it, as the history names them ("CWG-COP#22/4"), in any order.
 */
export function reportSnapshot(r: { title: string; kind: string; ownerGroup: string | null; status: string; topics: readonly string[]; outcomes: readonly string[] }): Snapshot {
  return { title: r.title, kind: r.kind, ownerGroup: r.ownerGroup, status: r.status, topics: [...r.topics].sort(), outcomes: [...r.outcomes].sort() };
}

export const reportHistory: HistorySubject<Report> = {
  async snapshot(w, r) {
    const [owner] = await w.groups([r.ownerGroup.id]);
    const topics = await r.topics.loadItems();
    const outcomes = await r.outcomes.loadItems();
    const labels = await Promise.all(outcomes.map((o) => outcomeLabel(w, o.id)));
    return reportSnapshot({
      title: r.title,
      kind: r.kind,
      ownerGroup: owner?.acronym ?? null,
      status: r.status,
      topics: topics.map((t) => t.slug),
      outcomes: labels.filter((l): l is string => l != null),
    });
  },
  async groupIds(_w, r) {
    return [r.ownerGroup.id];
  },
};

/** A milestone belongs to the group that owns its report and to the group where it happens. */
async function milestoneGroups(w: Write, m: Pick<Milestone, 'report' | 'group'>) {
  const report = await w.loaders.report.byId.load(m.report.id);
  return w.groups([report?.ownerGroup.id, m.group.id]);
}

/** A milestone as the history shows it, its references named (the API's writes and the import record this shape). */
export interface MilestoneSnapshot {
  reportId: number;
  group: string | null;
  kind: string;
  plannedFor: string | null | undefined;
  meeting: string | null;
  status: string;
}

export function milestoneSnapshot(m: MilestoneSnapshot): Snapshot {
  return { report: encodeGlobalId('Report', m.reportId), group: m.group, kind: m.kind, plannedFor: m.plannedFor ?? null, meeting: m.meeting, status: m.status };
}

export const milestoneHistory: HistorySubject<Milestone> = {
  async snapshot(w, m) {
    const [group] = await w.groups([m.group.id]);
    return milestoneSnapshot({
      reportId: m.report.id,
      group: group?.acronym ?? null,
      kind: m.kind,
      plannedFor: partialDateOf(m.plannedFor, m.plannedForPrecision),
      meeting: m.meeting ? await meetingLabel(w, m.meeting.id) : null,
      status: m.status,
    });
  },
  async groupIds(w, m) {
    return (await milestoneGroups(w, m)).map((g) => g.id);
  },
};

/**
 * The outcomes a report input names (each once): unknown ones are NOT_FOUND problems naming the
 * item; each is a link judged by assertMayLink (Outcome.reports lists the report under it).
 */
async function checkOutcomes(w: Write, check: InputCheck, refs: readonly string[] | null | undefined): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const [i, name] of (check.list('outcomes', refs) ?? []).entries()) {
    const outcome = await check.resolve(() => requireOutcome(w, name, `outcomes[${i}]`));
    if (!outcome) continue;
    assertMayLink(w.viewer, await linkedOutcome(w, outcome, `outcomes[${i}]`));
    if (!outcomes.includes(outcome)) outcomes.push(outcome);
  }
  return outcomes;
}

function checkKind(check: InputCheck, kind: string): string {
  const value = kind.trim();
  if (!REPORT_KIND.test(value) || value.length > LIMITS.name) check.add('kind', `kind is written in SCREAMING_CASE, e.g. GAP_ANALYSIS; got "${kind.slice(0, 40)}"`);
  return value;
}

export interface CreateReportInputValue {
  title: string;
  kind: string;
  ownerGroup: string;
  status?: ReportStatus | null;
  outcomes?: string[] | null;
  sources?: SourceInputValue[] | null;
}

/** Records a report that travels between groups (EDITOR: one its group owns). */
export function createReport(req: WriteRequest, input: CreateReportInputValue): Promise<Report> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const owner = await check.resolve(() => requireGroup(w.loaders.group, input.ownerGroup, 'ownerGroup'));
    // who may write it depends on the owner: judged first whenever it is known
    if (owner) assertMayWrite(w.viewer, { what: `a report of ${owner.acronym}`, groups: [owner] });

    const title = check.text('title', input.title);
    const kind = checkKind(check, input.kind);
    const status = input.status ?? 'IN_PREPARATION';
    if (!REPORT_STATUSES.includes(status)) check.add('status', `status must be one of ${REPORT_STATUSES.join(', ')}`);
    const outcomes = await checkOutcomes(w, check, input.outcomes);
    const sources = await checkSources(w, check, input.sources);
    check.done();

    const report = w.em.create(Report, { title, kind, ownerGroup: owner!, status } as never);
    report.outcomes.set(outcomes);
    w.em.persist(report);
    await w.em.flush();
    await addSources(w, report, sources);
    w.created(report, reportHistory);
    return report;
  });
}

export interface UpdateReportInputValue {
  id: string;
  version: number;
  title?: string | null;
  kind?: string | null;
  ownerGroup?: string | null;
  status?: ReportStatus | null;
  outcomes?: string[] | null;
}

/** Changes the fields given, status included; ADOPTED and WITHDRAWN reports are final. */
export function updateReport(req: WriteRequest, input: UpdateReportInputValue): Promise<Report> {
  return runWrite(req, async (w) => {
    const report = await w.lockForUpdate(Report, input.id);
    const [owner] = await w.groups([report.ownerGroup.id]);
    assertMayWrite(w.viewer, { what: `a report of ${owner.acronym}`, groups: [owner] });
    const check = new InputCheck();
    const newOwner = input.ownerGroup != null ? await check.resolve(() => requireGroup(w.loaders.group, input.ownerGroup!, 'ownerGroup')) : undefined;
    check.done();
    if (newOwner) assertMayWrite(w.viewer, { what: `a report of ${newOwner.acronym}`, groups: [newOwner] });
    w.assertVersion(report, input.version, `The report "${report.title}"`);

    for (const field of ['title', 'kind', 'ownerGroup', 'status'] as const) {
      if (input[field] === null) check.add(field, `${field} cannot be cleared`);
    }
    const title = input.title != null ? check.text('title', input.title) : undefined;
    const kind = input.kind != null ? checkKind(check, input.kind) : undefined;
    if (input.status != null && input.status !== report.status && FINAL_REPORT_STATUSES.includes(report.status)) {
      check.add('status', `The report is ${report.status}: that is final`, ErrorCode.INVALID_TRANSITION);
    }
    const outcomes = input.outcomes !== undefined ? await checkOutcomes(w, check, input.outcomes) : undefined;
    check.done();

    await w.changing(report, reportHistory, input.status != null && input.status !== report.status ? 'STATUS' : 'UPDATE');
    if (title !== undefined) report.title = title;
    if (kind !== undefined) report.kind = kind;
    if (newOwner) report.ownerGroup = ref(newOwner);
    if (input.status != null) report.status = input.status;
    const linked = (list: readonly Outcome[]) => list.map((o) => o.id).sort((a, b) => a - b).join(',');
    // a change of the links alone gets a new version too (Write.recordChanges)
    if (outcomes !== undefined && linked(outcomes) !== linked(await report.outcomes.loadItems())) report.outcomes.set(outcomes);
    return report;
  });
}

export interface AddMilestoneInputValue {
  report: string;
  group: string;
  kind: MilestoneKind;
  plannedFor?: string | null;
  meeting?: string | null;
  status?: MilestoneStatus | null;
  sources?: SourceInputValue[] | null;
}

/**
 * Adds a stop to a report's journey (EDITOR: of a report its group owns, or held at its group).
 * The meeting must be one of its groups' (assertMayLink): the owner plans a stop at another group
 * by date, and that group links it to its meeting.
 */
export function addMilestone(req: WriteRequest, input: AddMilestoneInputValue): Promise<Milestone> {
  return runWrite(req, async (w) => {
    const check = new InputCheck();
    const reportId = await check.resolve(async () => rowIdOf(input.report, 'Report', 'report'));
    const report = reportId ? await w.em.findOne(Report, { id: reportId }) : null;
    if (reportId && !report) check.add('report', `No report has the id "${input.report}"`, ErrorCode.NOT_FOUND);
    const group = await check.resolve(() => requireGroup(w.loaders.group, input.group, 'group'));
    // who may write it depends on the report's owner and the group: judged first whenever both are known
    if (report && group) assertMayWrite(w.viewer, { what: `a milestone of "${report.title}"`, groups: await w.groups([report.ownerGroup.id, group.id]) });

    const plannedFor = check.partialDate('plannedFor', input.plannedFor);
    const meeting = input.meeting != null ? await check.resolve(() => requireMeeting(w, input.meeting!, 'meeting')) : null;
    if (meeting && group && meeting.group.id !== group.id) check.add('meeting', `the meeting is not one of ${group.acronym}'s`);
    else if (meeting) assertMayLink(w.viewer, await linkedMeeting(w, meeting, 'meeting'));
    const status = input.status ?? 'PLANNED';
    if (!['PLANNED', 'DONE'].includes(status)) check.add('status', 'a milestone is added PLANNED (or DONE, to record the past)', ErrorCode.INVALID_TRANSITION);
    const sources = await checkSources(w, check, input.sources);
    check.done();

    const milestone = w.em.create(Milestone, {
      report: report!,
      group: group!,
      kind: input.kind,
      plannedFor: storedPeriod(plannedFor ?? null).start,
      plannedForPrecision: storedPeriod(plannedFor ?? null).precision,
      meeting: meeting ?? null,
      status,
    } as never);
    w.em.persist(milestone);
    await w.em.flush();
    await addSources(w, milestone, sources);
    w.created(milestone, milestoneHistory);
    return milestone;
  });
}

export interface SetMilestoneStatusInputValue {
  id: string;
  version: number;
  status: MilestoneStatus;
  plannedFor?: string | null;
}

/** Moves a milestone along MILESTONE_TRANSITIONS; a replanned one may get a new plannedFor. */
export function setMilestoneStatus(req: WriteRequest, input: SetMilestoneStatusInputValue): Promise<Milestone> {
  return runWrite(req, async (w) => {
    const milestone = await w.lockForUpdate(Milestone, input.id);
    assertMayWrite(w.viewer, { what: 'this milestone', groups: await milestoneGroups(w, milestone) });
    w.assertVersion(milestone, input.version, 'The milestone');
    const from = milestone.status;
    const to = input.status;
    if (!MILESTONE_TRANSITIONS[from].includes(to)) {
      const allowed = MILESTONE_TRANSITIONS[from];
      throw new ReportError(
        ErrorCode.INVALID_TRANSITION,
        `A milestone cannot go from ${from} to ${to}` + (allowed.length ? ` (from ${from}: ${allowed.join(', ')})` : ` (${from} is final)`),
        'status',
      );
    }
    const check = new InputCheck();
    const plannedFor = check.partialDate('plannedFor', input.plannedFor);
    check.done();

    await w.changing(milestone, milestoneHistory, 'STATUS');
    milestone.status = to;
    if (plannedFor !== undefined) ({ start: milestone.plannedFor, precision: milestone.plannedForPrecision } = storedPeriod(plannedFor));
    return milestone;
  });
}
