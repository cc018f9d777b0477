import type {
  Bundle,
  BundleActionItem,
  BundleBestPractice,
  BundleChange,
  BundleDocument,
  BundleGroup,
  BundleLiaison,
  BundleMeeting,
  BundleMilestone,
  BundleOutcome,
  BundleReport,
  BundleResolution,
  BundleSource,
  BundleTopic,
} from './bundle.types.js';
import { BUNDLE_FORMAT_VERSION } from './bundle.types.js';
import { compareText } from './bundle.keys.js';

/**
 * The one way a bundle is written out: records in a stable order (by natural key), sets inside
 * records sorted (topics, addressees, attachments), lists whose order means something kept
 * (aliases, officers, sources), absent values and empty optional lists left out, and the keys of
 * each record in a fixed order. Export writes this form, so the same knowledge base always gives
 * the same bytes; any bundle (the seed, a partner's) can be brought to it to compare.
 */
export function canonicalBundle(bundle: Bundle): Bundle {
  const out: Bundle = {
    format: 'liaison-graph-bundle',
    version: BUNDLE_FORMAT_VERSION,
    groups: sortBy(bundle.groups.map(group), (g) => [g.acronym]),
    topics: sortBy(bundle.topics.map(topic), (t) => [t.slug]),
    documents: sortBy(bundle.documents.map(document), (d) => [d.symbol]),
    meetings: sortBy(bundle.meetings.map(meeting), (m) => meetingOrder(m.group, m.number, m.startsOn)),
    outcomes: sortBy(bundle.outcomes.map(outcome), (o) => [...meetingKeyOrder(o.meeting), pad(o.position)]),
    actionItems: sortBy(bundle.actionItems.map(actionItem), (a) => [a.key]),
    liaisons: sortBy(bundle.liaisons.map(liaison), (l) => [l.key]),
    reports: sortBy(bundle.reports.map(report), (r) => [r.key]),
    bestPractices: sortBy(bundle.bestPractices.map(bestPractice), (b) => [b.key]),
  };
  if (bundle.resolutions?.length) out.resolutions = sortBy(bundle.resolutions.map(canonicalResolution), (r) => [r.key]);
  // by time; changes of one time (one write) keep the order they were recorded in
  if (bundle.changes?.length) out.changes = sortBy(bundle.changes.map(change), (c) => [c.at]);
  return out;
}

/** a stable multi-key sort in code-point order */
function sortBy<T>(items: T[], key: (item: T) => string[]): T[] {
  const keyed = items.map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < Math.max(a.key.length, b.key.length); i++) {
      const c = compareText(a.key[i] ?? '', b.key[i] ?? '');
      if (c !== 0) return c;
    }
    return 0;
  });
  return keyed.map((k) => k.item);
}

const pad = (n: number) => String(n).padStart(10, '0');

/** numbered meetings by number, then unnumbered ones by date */
function meetingOrder(group: string, number: number | undefined, startsOn: string): string[] {
  return number != null ? [group, '0', pad(number)] : [group, '1', startsOn];
}

function meetingKeyOrder(key: string): string[] {
  const numbered = /^(.*)#(\d+)$/.exec(key);
  if (numbered) return meetingOrder(numbered[1], Number(numbered[2]), '');
  const dated = /^(.*)@(.*)$/.exec(key);
  return dated ? meetingOrder(dated[1], undefined, dated[2]) : [key];
}

const sorted = (values: string[] | undefined) => (values?.length ? [...values].sort(compareText) : undefined);
const list = <T>(values: T[] | undefined) => (values?.length ? values : undefined);
const value = <T>(v: T | null | undefined) => (v === null || v === undefined ? undefined : v);

/** drops the keys whose value is undefined, keeping the order the record was written in */
function clean<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}

function sources(list: BundleSource[] | undefined): BundleSource[] | undefined {
  return list?.length ? list.map((s) => clean({ document: s.document, excerpt: s.excerpt, note: value(s.note) })) : undefined;
}

function group(g: BundleGroup): BundleGroup {
  return clean({
    acronym: g.acronym,
    name: g.name,
    kind: g.kind,
    sector: g.sector,
    parent: value(g.parent),
    aliases: list(g.aliases),
    mandates: list(g.mandates),
    officers: g.officers?.length ? g.officers.map((o) => ({ role: o.role, name: o.name })) : undefined,
    sources: sources(g.sources),
  });
}

function topic(t: BundleTopic): BundleTopic {
  return { slug: t.slug, name: t.name };
}

function document(d: BundleDocument): BundleDocument {
  return clean({
    symbol: d.symbol,
    title: d.title,
    kind: d.kind,
    url: value(d.url),
    public: d.public,
    sourceGroup: value(d.sourceGroup),
    meeting: value(d.meeting),
    publishedOn: value(d.publishedOn),
    text: value(d.text),
    sources: sources(d.sources),
  });
}

function meeting(m: BundleMeeting): BundleMeeting {
  return clean({
    group: m.group,
    number: value(m.number),
    title: m.title,
    startsOn: m.startsOn,
    startHalf: value(m.startHalf),
    endsOn: m.endsOn,
    endHalf: value(m.endHalf),
    location: value(m.location),
    format: m.format,
    participantCount: value(m.participantCount),
    topics: sorted(m.topics),
    sources: sources(m.sources),
  });
}

function outcome(o: BundleOutcome): BundleOutcome {
  return clean({ meeting: o.meeting, position: o.position, kind: o.kind, text: o.text, topics: sorted(o.topics), sources: sources(o.sources) });
}

function actionItem(a: BundleActionItem): BundleActionItem {
  return clean({
    key: a.key,
    title: a.title,
    assignee: a.assignee,
    raisedBy: value(a.raisedBy),
    resolvedBy: value(a.resolvedBy),
    dueOn: value(a.dueOn),
    dueMeeting: value(a.dueMeeting),
    status: a.status,
    sources: sources(a.sources),
  });
}

function liaison(l: BundleLiaison): BundleLiaison {
  return clean({
    key: l.key,
    reference: value(l.reference),
    title: l.title,
    from: l.from,
    to: sortBy(l.to.map((a) => ({ group: a.group, purpose: a.purpose })), (a) => [a.group]),
    cc: sorted(l.cc),
    status: l.status,
    body: value(l.body),
    sentOn: value(l.sentOn),
    deadline: value(l.deadline),
    inReplyTo: value(l.inReplyTo),
    meeting: value(l.meeting),
    decidedBy: value(l.decidedBy),
    attachments: sorted(l.attachments),
    contacts: l.contacts?.length ? l.contacts.map((c) => clean({ group: c.group, name: c.name, email: c.email, role: value(c.role) })) : undefined,
    approval: l.approval ? clean({ by: l.approval.by, level: l.approval.level, on: value(l.approval.on) }) : undefined,
    actionTaken: value(l.actionTaken),
    related: l.related?.length ? sortBy(l.related.map((r) => ({ kind: r.kind, liaison: r.liaison })), (r) => [r.kind, r.liaison]) : undefined,
    fulfils: sorted(l.fulfils),
    sources: sources(l.sources),
  });
}

function milestone(m: BundleMilestone): BundleMilestone {
  return clean({
    key: m.key,
    group: m.group,
    kind: m.kind,
    plannedFor: value(m.plannedFor),
    meeting: value(m.meeting),
    status: m.status,
    sources: sources(m.sources),
  });
}

function report(r: BundleReport): BundleReport {
  return clean({
    key: r.key,
    title: r.title,
    kind: r.kind,
    ownerGroup: r.ownerGroup,
    status: r.status,
    outcomes: sorted(r.outcomes),
    // in date order (undated last), then by key
    milestones: sortBy(r.milestones.map(milestone), (m) => [m.plannedFor ? `0${m.plannedFor}` : '1', m.key]),
    sources: sources(r.sources),
  });
}

function bestPractice(b: BundleBestPractice): BundleBestPractice {
  return clean({
    key: b.key,
    title: b.title,
    summary: b.summary,
    topics: sorted(b.topics),
    sourceGroup: value(b.sourceGroup),
    meeting: value(b.meeting),
    documents: sorted(b.documents),
    sources: sources(b.sources),
  });
}

/** a resolution in the canonical form (the importer compares what it holds in this form too) */
export function canonicalResolution(r: BundleResolution): BundleResolution {
  return clean({
    key: r.key,
    number: r.number,
    revision: value(r.revision),
    title: value(r.title),
    adoptedBy: r.adoptedBy,
    clauses: sortBy(
      r.clauses.map((c) =>
        clean({
          position: c.position,
          text: c.text,
          group: c.group,
          ask: c.ask,
          target: value(c.target),
          constituency: value(c.constituency),
          topic: value(c.topic),
          interval: value(c.interval),
          periodStart: value(c.periodStart),
          periodEnd: value(c.periodEnd),
          sources: sources(c.sources),
        }),
      ),
      (c) => [pad(c.position)],
    ),
    sources: sources(r.sources),
  });
}

function change(c: BundleChange): BundleChange {
  return clean({
    at: c.at,
    subjectType: c.subjectType,
    subject: c.subject,
    action: c.action,
    actor: c.actor,
    actorRole: c.actorRole,
    before: value(c.before),
    after: value(c.after),
    groups: sorted(c.groups),
    note: value(c.note),
    requestId: value(c.requestId),
  });
}
