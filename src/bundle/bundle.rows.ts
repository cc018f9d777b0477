import { encodeGlobalId } from '../platform/graphql/global-id.js';
import type { Snapshot } from '../change/change.entity.js';
import type { ChangeSubjectType } from './bundle.types.js';

/**
 * The importer's view of each kind of object: the row as its table holds it (ids for
 * references, link tables as sorted id lists), and how the history shows it — the same
 * snapshot and groups the API's writes record (the services' HistorySubjects, which read
 * entities; the importer reads none). tests/bundle/bundle-history.test.ts holds the two to
 * the same answer for every kind.
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

/** What the history needs to name objects by id: the state after the import (or before, for "before"). */
export interface Names {
  acronym(groupId: number): string;
  slug(topicId: number): string;
  symbol(documentId: number): string;
  meeting(meetingId: number): { group_id: number; number: number | null };
  outcome(outcomeId: number): { meeting_id: number; position: number };
  reportOwner(reportId: number): number;
}

/** "CWG-COP#22", or the global id of a meeting without a number (meetingLabel in meeting.service) */
function meetingLabel(names: Names, id: number | null): string | null {
  if (id == null) return null;
  const m = names.meeting(id);
  return m.number != null ? `${names.acronym(m.group_id)}#${m.number}` : encodeGlobalId('Meeting', id);
}

/** "CWG-COP#21/2", or the outcome's global id (outcomeLabel in outcome.service) */
function outcomeLabel(names: Names, id: number | null): string | null {
  if (id == null) return null;
  const o = names.outcome(id);
  const meeting = meetingLabel(names, o.meeting_id);
  return meeting && !meeting.includes(':') ? `${meeting}/${o.position}` : encodeGlobalId('Outcome', id);
}

const meetingGroup = (names: Names, id: number | null) => (id == null ? null : names.meeting(id).group_id);
const present = (ids: (number | null | undefined)[]) => [...new Set(ids.filter((id): id is number => id != null))];
const sortedNames = (ids: number[], name: (id: number) => string) => ids.map(name).sort();

/** How the history shows one kind: its snapshot and the groups whose feeds show it. */
export interface RowHistory<R> {
  type: ChangeSubjectType;
  snapshot(names: Names, row: R): Snapshot;
  groupIds(names: Names, row: R): number[];
}

export const groupRows: RowHistory<GroupRow> = {
  type: 'Group',
  snapshot: (names, g) => ({
    acronym: g.acronym,
    name: g.name,
    kind: g.kind,
    sector: g.sector,
    parent: g.parent_id != null ? names.acronym(g.parent_id) : null,
    aliases: [...g.aliases],
    mandates: [...g.mandates],
    officers: g.officers.map((o) => ({ role: o.role, name: o.name })),
  }),
  groupIds: (_names, g) => (g.parent_id != null ? [g.id, g.parent_id] : [g.id]),
};

export const topicRows: RowHistory<TopicRow> = {
  type: 'Topic',
  snapshot: (_names, t) => ({ slug: t.slug, name: t.name }),
  groupIds: () => [],
};

export const meetingRows: RowHistory<MeetingRow> = {
  type: 'Meeting',
  snapshot: (names, m) => ({
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
    topics: sortedNames(m.topics, names.slug),
  }),
  groupIds: (_names, m) => [m.group_id],
};

export const documentRows: RowHistory<DocumentRow> = {
  type: 'Document',
  snapshot: (names, d) => ({
    symbol: d.symbol,
    title: d.title,
    kind: d.kind,
    url: d.url,
    public: d.public,
    publishedOn: d.published_on,
    sourceGroup: d.source_group_id != null ? names.acronym(d.source_group_id) : null,
    meeting: meetingLabel(names, d.meeting_id),
  }),
  groupIds: (names, d) => present([d.source_group_id, meetingGroup(names, d.meeting_id)]),
};

export const outcomeRows: RowHistory<OutcomeRow> = {
  type: 'Outcome',
  snapshot: (names, o) => ({
    meeting: meetingLabel(names, o.meeting_id),
    position: o.position,
    kind: o.kind,
    text: o.text,
    topics: sortedNames(o.topics, names.slug),
  }),
  groupIds: (names, o) => [names.meeting(o.meeting_id).group_id],
};

export const actionItemRows: RowHistory<ActionItemRow> = {
  type: 'ActionItem',
  snapshot: (names, a) => ({
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

/** the ITU template's fields, each only when set: as templateSnapshot in liaison-template.service.ts shows them */
function templateSnapshot(names: Names, l: LiaisonRow): Snapshot {
  const out: Snapshot = {};
  if (l.contacts.length) out.contacts = l.contacts.map((c) => ({ group: names.acronym(c.group_id), name: c.name, email: c.email, role: c.role }));
  if (l.approved_by) out.approval = { by: l.approved_by, level: l.approval_level, on: l.approved_on };
  if (l.action_taken) out.actionTaken = l.action_taken;
  if (l.related.length) {
    out.related = [...l.related]
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.related_id - b.related_id)
      .map((r) => ({ kind: r.kind, liaison: encodeGlobalId('Liaison', r.related_id) }));
  }
  if (l.fulfils.length) out.fulfils = [...l.fulfils].sort((a, b) => a - b).map((id) => encodeGlobalId('ActionItem', id));
  return out;
}

export const liaisonRows: RowHistory<LiaisonRow> = {
  type: 'Liaison',
  snapshot: (names, l) => {
    const byAcronym = (a: AddresseeRow, b: AddresseeRow) => names.acronym(a.group_id).localeCompare(names.acronym(b.group_id));
    return {
      reference: l.reference,
      title: l.title,
      from: names.acronym(l.from_group_id),
      to: l.addressees.filter((a) => a.role === 'TO').sort(byAcronym).map((a) => ({ group: names.acronym(a.group_id), purpose: a.purpose })),
      cc: l.addressees.filter((a) => a.role === 'CC').sort(byAcronym).map((a) => names.acronym(a.group_id)),
      purpose: l.purpose,
      status: l.status,
      body: l.body,
      sentOn: l.sent_on,
      deadline: l.deadline,
      inReplyTo: l.in_reply_to_id != null ? encodeGlobalId('Liaison', l.in_reply_to_id) : null,
      meeting: meetingLabel(names, l.meeting_id),
      decidedBy: outcomeLabel(names, l.decided_by_id),
      attachments: sortedNames(l.attachments, names.symbol),
      ...templateSnapshot(names, l),
    };
  },
  groupIds: (_names, l) => present([l.from_group_id, ...l.addressees.map((a) => a.group_id)]),
};

export const reportRows: RowHistory<ReportRow> = {
  type: 'Report',
  snapshot: (names, r) => ({ title: r.title, kind: r.kind, ownerGroup: names.acronym(r.owner_group_id), status: r.status }),
  groupIds: (_names, r) => [r.owner_group_id],
};

export const milestoneRows: RowHistory<MilestoneRow> = {
  type: 'Milestone',
  snapshot: (names, m) => ({
    report: encodeGlobalId('Report', m.report_id),
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
  snapshot: (names, b) => ({
    title: b.title,
    summary: b.summary,
    sourceGroup: b.source_group_id != null ? names.acronym(b.source_group_id) : null,
    meeting: meetingLabel(names, b.meeting_id),
    topics: sortedNames(b.topics, names.slug),
    documents: sortedNames(b.documents, names.symbol),
  }),
  groupIds: (names, b) => present([b.source_group_id, meetingGroup(names, b.meeting_id)]),
};
