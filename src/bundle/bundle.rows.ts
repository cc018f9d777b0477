import type { Snapshot } from '../change/change.entity.js';
import type { ChangeSubjectType } from './bundle.types.js';
import { storedPeriod } from '../platform/graphql/scalars.js';
import { groupSnapshot } from '../group/group.service.js';
import { topicSnapshot } from '../topic/topic.service.js';
import { meetingLabelOf, meetingSnapshot } from '../meeting/meeting.service.js';
import { documentSnapshot } from '../document/document.service.js';
import { outcomeLabelOf, outcomeSnapshot } from '../outcome/outcome.service.js';
import { actionItemSnapshot } from '../action-item/action-item.service.js';
import { liaisonSnapshot } from '../liaison/liaison.service.js';
import { templateSnapshotOf } from '../liaison/liaison-template.service.js';
import { milestoneSnapshot, reportSnapshot } from '../report/report.service.js';
import { bestPracticeSnapshot } from '../best-practice/best-practice.service.js';

/**
 * The importer's view of each kind of object: the row as its table holds it (ids for
 * references, link tables as sorted id lists), and how the history shows it — through the
 * domain's own snapshot function, the one its HistorySubject (which reads entities) calls too;
 * the importer reads no entity, so it names the references from its rows. The groups whose
 * feeds show an object are computed here from the rows. tests/bundle/bundle-history.test.ts
 * holds the two to the same answer for every kind.
 */

export interface GroupRow {
  id: number;
  acronym: string;
  name: string;
  kind: string;
  sector: string;
  parent_id: number | null;
  aliases: string[];
  mandates: string[];
  officers: { role: string; name: string }[];
}
export interface TopicRow {
  id: number;
  slug: string;
  name: string;
}
export interface MeetingRow {
  id: number;
  group_id: number;
  number: number | null;
  title: string;
  starts_on: string;
  start_half: string | null;
  ends_on: string;
  end_half: string | null;
  location: string | null;
  format: string;
  participant_count: number | null;
  topics: number[];
}
export interface DocumentRow {
  id: number;
  symbol: string;
  title: string;
  kind: string;
  url: string | null;
  public: boolean;
  published_on: string | null;
  text: string | null;
  source_group_id: number | null;
  meeting_id: number | null;
}
export interface OutcomeRow {
  id: number;
  meeting_id: number;
  position: number;
  kind: string;
  text: string;
  topics: number[];
}
export interface ActionItemRow {
  id: number;
  key: string | null;
  title: string;
  assignee_id: number;
  raised_by_id: number | null;
  resolved_by_id: number | null;
  due_on: string | null;
  due_meeting_id: number | null;
  status: string;
}
export interface AddresseeRow {
  group_id: number;
  role: 'TO' | 'CC';
  purpose: string | null;
}
export interface LiaisonRow {
  id: number;
  key: string | null;
  reference: string | null;
  title: string;
  from_group_id: number;
  purpose: string;
  status: string;
  body: string | null;
  sent_on: string | null;
  deadline: string | null;
  in_reply_to_id: number | null;
  meeting_id: number | null;
  decided_by_id: number | null;
  approved_by: string | null;
  approval_level: string | null;
  approved_on: string | null;
  action_taken: string | null;
  addressees: AddresseeRow[];
  attachments: number[];
  /** in order */
  contacts: ContactRow[];
  /** by related_id */
  related: { related_id: number; kind: string }[];
  /** ids of the action items it carries out, sorted */
  fulfils: number[];
}
export interface ContactRow {
  group_id: number;
  name: string;
  email: string;
  role: string | null;
}
export interface ReportRow {
  id: number;
  key: string | null;
  title: string;
  kind: string;
  owner_group_id: number;
  status: string;
  /** ids of the outcomes that concern it (report_outcomes), sorted */
  outcomes: number[];
}
export interface MilestoneRow {
  id: number;
  key: string | null;
  report_id: number;
  group_id: number;
  kind: string;
  planned_for: string | null;
  meeting_id: number | null;
  status: string;
}
export interface BestPracticeRow {
  id: number;
  key: string | null;
  title: string;
  summary: string;
  source_group_id: number | null;
  meeting_id: number | null;
  topics: number[];
  documents: number[];
}

/** The columns each table is written with (besides id; version, created_at, updated_at are the database's). */
export const COLUMNS = {
  groups: ['acronym', 'name', 'kind', 'sector', 'parent_id', 'aliases', 'mandates', 'officers', 'lookup_keys'],
  topics: ['slug', 'name'],
  meetings: ['group_id', 'number', 'title', 'starts_on', 'start_half', 'ends_on', 'end_half', 'location', 'format', 'participant_count'],
  documents: ['symbol', 'title', 'kind', 'url', 'public', 'published_on', 'text', 'source_group_id', 'meeting_id'],
  outcomes: ['meeting_id', 'position', 'kind', 'text'],
  action_items: ['key', 'title', 'assignee_id', 'raised_by_id', 'resolved_by_id', 'due_on', 'due_meeting_id', 'status'],
  liaisons: ['key', 'reference', 'title', 'from_group_id', 'purpose', 'status', 'body', 'sent_on', 'deadline', 'in_reply_to_id', 'meeting_id', 'decided_by_id',
    'approved_by', 'approval_level', 'approved_on', 'action_taken'],
  reports: ['key', 'title', 'kind', 'owner_group_id', 'status'],
  milestones: ['key', 'report_id', 'group_id', 'kind', 'planned_for', 'meeting_id', 'status'],
  best_practices: ['key', 'title', 'summary', 'source_group_id', 'meeting_id'],
} as const;

/**
 * The dates kept as precise as their source (scalars.ts: Period). In the importer's rows they
 * hold the bundle's text (2025, 2025-04, 2025-04-15), as read back by partialDateSql, so rows
 * compare and snapshot as the API shows them; written, each is its period's first day plus
 * `<column>_precision` (storedColumns).
 */
export const PARTIAL_DATE_COLUMNS: Partial<Record<keyof typeof COLUMNS, readonly string[]>> = {
  action_items: ['due_on'],
  liaisons: ['deadline'],
  milestones: ['planned_for'],
};

/** a table's columns as written, the precision columns of its partial dates included */
export function storedColumns(table: keyof typeof COLUMNS): string[] {
  return [...COLUMNS[table], ...(PARTIAL_DATE_COLUMNS[table] ?? []).map((c) => `${c}_precision`)];
}

/** a row as written: each partial date split into its period's first day and its precision */
export function storedRow(table: keyof typeof COLUMNS, row: Record<string, unknown>): Record<string, unknown> {
  const partial = PARTIAL_DATE_COLUMNS[table];
  if (!partial) return row;
  const out = { ...row };
  for (const column of partial) {
    const { start, precision } = storedPeriod((row[column] as string | null | undefined) ?? null);
    out[column] = start;
    out[`${column}_precision`] = precision;
  }
  return out;
}

/** What the history needs to name objects by id: the state after the import (or before, for "before"). */
export interface Names {
  acronym(groupId: number): string;
  slug(topicId: number): string;
  symbol(documentId: number): string;
  meeting(meetingId: number): { group_id: number; number: number | null };
  outcome(outcomeId: number): { meeting_id: number; position: number };
  reportOwner(reportId: number): number;
}

/** how the history names a meeting: the meeting domain's label */
function meetingLabel(names: Names, id: number | null): string | null {
  if (id == null) return null;
  const m = names.meeting(id);
  return meetingLabelOf(id, m.number, names.acronym(m.group_id));
}

/** how the history names an outcome: the outcome domain's label */
function outcomeLabel(names: Names, id: number | null): string | null {
  if (id == null) return null;
  const o = names.outcome(id);
  return outcomeLabelOf(id, o.position, meetingLabel(names, o.meeting_id));
}

const meetingGroup = (names: Names, id: number | null) => (id == null ? null : names.meeting(id).group_id);
const present = (ids: (number | null | undefined)[]) => [...new Set(ids.filter((id): id is number => id != null))];
const acronymOf = (names: Names, id: number | null) => (id != null ? names.acronym(id) : null);

/**
 * How the history shows one kind: its snapshot, by the domain's own snapshot function (the one
 * its HistorySubject calls too), and the groups whose feeds show it.
 */
export interface RowHistory<R> {
  type: ChangeSubjectType;
  snapshot(names: Names, row: R): Snapshot;
  groupIds(names: Names, row: R): number[];
}

export const groupRows: RowHistory<GroupRow> = {
  type: 'Group',
  snapshot: (names, g) => groupSnapshot({ ...g, parent: acronymOf(names, g.parent_id) }),
  groupIds: (_names, g) => (g.parent_id != null ? [g.id, g.parent_id] : [g.id]),
};

export const topicRows: RowHistory<TopicRow> = {
  type: 'Topic',
  snapshot: (_names, t) => topicSnapshot(t),
  groupIds: () => [],
};

export const meetingRows: RowHistory<MeetingRow> = {
  type: 'Meeting',
  snapshot: (names, m) =>
    meetingSnapshot({
      group: names.acronym(m.group_id),
      number: m.number,
      title: m.title,
      startsOn: m.starts_on,
      startHalf: m.start_half,
      endsOn: m.ends_on,
      endHalf: m.end_half,
      location: m.location,
      format: m.format,
      participantCount: m.participant_count,
      topics: m.topics.map(names.slug),
    }),
  groupIds: (_names, m) => [m.group_id],
};

export const documentRows: RowHistory<DocumentRow> = {
  type: 'Document',
  snapshot: (names, d) =>
    documentSnapshot({
      symbol: d.symbol,
      title: d.title,
      kind: d.kind,
      url: d.url,
      public: d.public,
      publishedOn: d.published_on,
      sourceGroup: acronymOf(names, d.source_group_id),
      meeting: meetingLabel(names, d.meeting_id),
    }),
  groupIds: (names, d) => present([d.source_group_id, meetingGroup(names, d.meeting_id)]),
};

export const outcomeRows: RowHistory<OutcomeRow> = {
  type: 'Outcome',
  snapshot: (names, o) =>
    outcomeSnapshot({ meeting: meetingLabel(names, o.meeting_id), position: o.position, kind: o.kind, text: o.text, topics: o.topics.map(names.slug) }),
  groupIds: (names, o) => [names.meeting(o.meeting_id).group_id],
};

export const actionItemRows: RowHistory<ActionItemRow> = {
  type: 'ActionItem',
  snapshot: (names, a) =>
    actionItemSnapshot({
      title: a.title,
      assignee: names.acronym(a.assignee_id),
      raisedBy: outcomeLabel(names, a.raised_by_id),
      resolvedBy: outcomeLabel(names, a.resolved_by_id),
      dueOn: a.due_on,
      dueMeeting: meetingLabel(names, a.due_meeting_id),
      status: a.status,
    }),
  groupIds: (names, a) => present([a.assignee_id, a.raised_by_id != null ? meetingGroup(names, names.outcome(a.raised_by_id).meeting_id) : null]),
};

export const liaisonRows: RowHistory<LiaisonRow> = {
  type: 'Liaison',
  snapshot: (names, l) =>
    liaisonSnapshot({
      reference: l.reference,
      title: l.title,
      from: names.acronym(l.from_group_id),
      addressees: l.addressees.map((a) => ({ group: names.acronym(a.group_id), role: a.role, purpose: a.purpose })),
      purpose: l.purpose,
      status: l.status,
      body: l.body,
      sentOn: l.sent_on,
      deadline: l.deadline,
      inReplyToId: l.in_reply_to_id,
      meeting: meetingLabel(names, l.meeting_id),
      decidedBy: outcomeLabel(names, l.decided_by_id),
      attachments: l.attachments.map(names.symbol),
      // bundles do not carry a liaison's topics yet: an imported liaison has none
      topics: [],
      template: templateSnapshotOf({
        contacts: l.contacts.map((c) => ({ group: names.acronym(c.group_id), name: c.name, email: c.email, role: c.role })),
        approvedBy: l.approved_by,
        approvalLevel: l.approval_level,
        approvedOn: l.approved_on,
        actionTaken: l.action_taken,
        related: l.related.map((r) => ({ kind: r.kind, liaisonId: r.related_id })),
        fulfils: l.fulfils,
      }),
    }),
  groupIds: (_names, l) => present([l.from_group_id, ...l.addressees.map((a) => a.group_id)]),
};

export const reportRows: RowHistory<ReportRow> = {
  type: 'Report',
  snapshot: (names, r) =>
    reportSnapshot({
      title: r.title,
      kind: r.kind,
      ownerGroup: names.acronym(r.owner_group_id),
      status: r.status,
      topics: [],
      outcomes: r.outcomes.map((id) => outcomeLabel(names, id)!),
    }),
  groupIds: (_names, r) => [r.owner_group_id],
};

export const milestoneRows: RowHistory<MilestoneRow> = {
  type: 'Milestone',
  snapshot: (names, m) =>
    milestoneSnapshot({
      reportId: m.report_id,
      group: names.acronym(m.group_id),
      kind: m.kind,
      plannedFor: m.planned_for,
      meeting: meetingLabel(names, m.meeting_id),
      status: m.status,
    }),
  groupIds: (names, m) => present([names.reportOwner(m.report_id), m.group_id]),
};

export const bestPracticeRows: RowHistory<BestPracticeRow> = {
  type: 'BestPractice',
  snapshot: (names, b) =>
    bestPracticeSnapshot({
      title: b.title,
      summary: b.summary,
      sourceGroup: acronymOf(names, b.source_group_id),
      meeting: meetingLabel(names, b.meeting_id),
      topics: b.topics.map(names.slug),
      documents: b.documents.map(names.symbol),
    }),
  groupIds: (names, b) => present([b.source_group_id, meetingGroup(names, b.meeting_id)]),
};
