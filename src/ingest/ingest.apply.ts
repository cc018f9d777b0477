import type { EntityManager } from '@mikro-orm/core';
import type { ImportSummary } from '../bundle/bundle.import.js';
import type { Bundle, BundleSource } from '../bundle/bundle.types.js';
import type { BundleFormat } from '../bundle/bundle.format.js';
import type { DocumentKind } from '../document/document.entity.js';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { parsePartialDate } from '../platform/graphql/scalars.js';
import type { ProposedFact, ProposedMilestone } from './ingest.proposal.js';

/**
 * Applies the facts a person accepted, as one partial bundle through the importer: one
 * transaction (a bad fact writes nothing), a CREATE in the history for each new object under the
 * person's name, every source checked verbatim against the stored document. The document is
 * stored with its text first in the same transaction. Facts the graph already holds are not
 * written again (presentFacts says which); references to existing objects (a meeting, a group)
 * are resolved from the database.
 */
export interface IngestedDocument {
  symbol: string;
  title: string;
  kind: DocumentKind;
  public: boolean;
  text: string;
  sourceGroup?: string;
}

export class IngestError extends AppError {}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** a report the graph holds, as the bundle writes it (its milestones aside) */
export interface HeldReport {
  key: string;
  title: string;
  kind: string;
  ownerGroup: string;
  status: string;
}

/** the reports the graph holds, for milestones to attach to */
export async function heldReports(em: EntityManager): Promise<HeldReport[]> {
  return em.getConnection().execute(
    'select r.key, r.title, r.kind, g.acronym as "ownerGroup", r.status from reports r join groups g on g.id = r.owner_group_id order by r.key',
  );
}

/**
 * The report a drafted milestone belongs to: the one the reviewer named (reportKey), else the
 * only held report whose title contains the text's words for it ("the gap analysis report
 * prepared by CG-COP") and whose owner is the group the text names. None: a new report is made.
 */
export function reportOf(fact: ProposedMilestone, reports: readonly HeldReport[]): HeldReport | undefined {
  if (fact.reportKey) return reports.find((r) => r.key.toLowerCase() === fact.reportKey!.toLowerCase());
  // "the revised gap analysis report" is the "CG-COP gap analysis report": its words, less the ones that say which edition
  const words = (title: string) => title.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !EDITION_WORDS.has(w));
  const wanted = words(fact.report.title);
  const owner = fact.report.owner?.toLowerCase();
  const matches = reports.filter((r) => {
    const held = new Set(words(r.title));
    return wanted.every((w) => held.has(w)) && (!owner || r.ownerGroup.toLowerCase() === owner);
  });
  return matches.length === 1 ? matches[0] : undefined;
}

const EDITION_WORDS = new Set(['the', 'a', 'its', 'revised', 'draft', 'final', 'updated', 'new', 'latest', 'interim']);

/** the partial bundle that writes these facts, citing the document */
export function bundleOf(document: IngestedDocument, facts: readonly ProposedFact[], present: ReadonlySet<string>, reports: readonly HeldReport[] = []): Bundle {
  const cite = (fact: ProposedFact): BundleSource[] =>
    fact.sources.map((s) => ({ document: document.symbol, excerpt: s.excerpt, ...(s.note ? { note: s.note } : {}) }));
  const bundle: Bundle = {
    format: 'liaison-graph-bundle',
    version: 1,
    groups: [],
    topics: [],
    documents: present.has(`document:${document.symbol}`)
      ? []
      : [{ symbol: document.symbol, title: document.title, kind: document.kind, public: document.public, text: document.text, ...(document.sourceGroup ? { sourceGroup: document.sourceGroup } : {}) }],
    meetings: [],
    outcomes: [],
    actionItems: [],
    liaisons: [],
    reports: [],
    bestPractices: [],
  };
  facts.forEach((fact, i) => {
    if (present.has(`${fact.kind}:${fact.key}`)) return;
    const where = `facts[${i}]`;
    switch (fact.kind) {
      case 'meeting': {
        if (!fact.startsOn || !fact.endsOn) throw new IngestError(ErrorCode.BAD_USER_INPUT, `${fact.key} has no dates: give them before applying.`, where);
        if (!fact.format) throw new IngestError(ErrorCode.BAD_USER_INPUT, `${fact.key} has no format (IN_PERSON, HYBRID, VIRTUAL): give it before applying.`, where);
        bundle.meetings.push({
          group: fact.group,
          number: fact.number,
          title: `Meeting ${fact.number} of ${fact.group}`,
          startsOn: fact.startsOn,
          endsOn: fact.endsOn,
          format: fact.format,
          ...(fact.startHalf ? { startHalf: fact.startHalf } : {}),
          ...(fact.endHalf ? { endHalf: fact.endHalf } : {}),
          ...(fact.location ? { location: fact.location } : {}),
          ...(fact.participantCount !== undefined ? { participantCount: fact.participantCount } : {}),
          sources: cite(fact),
        });
        return;
      }
      case 'outcome':
        bundle.outcomes.push({ meeting: fact.meeting, position: fact.position, kind: fact.outcomeKind as never, text: fact.text, sources: cite(fact) });
        return;
      case 'actionItem':
        bundle.actionItems.push({
          key: `${slug(fact.raisedBy)}-${slug(fact.title)}`,
          title: fact.title,
          assignee: fact.assignee,
          raisedBy: fact.raisedBy,
          status: 'OPEN',
          ...(fact.dueOn && parsePartialDate(fact.dueOn) ? { dueOn: fact.dueOn } : {}),
          sources: cite(fact),
        });
        return;
      case 'liaison':
        bundle.liaisons.push({
          key: `${slug(fact.from)}-to-${slug(fact.to.map((t) => t.group).join('-'))}-${slug(document.symbol)}`,
          title: `Liaison statement from ${fact.from} to ${fact.to.map((t) => t.group).join(', ')}`,
          from: fact.from,
          to: fact.to.map((t) => ({ group: t.group, purpose: t.purpose as never })),
          status: 'SENT',
          ...(fact.meeting ? { meeting: fact.meeting } : {}),
          ...(fact.deadline && parsePartialDate(fact.deadline) ? { deadline: fact.deadline } : {}),
          sources: cite(fact),
        });
        return;
      case 'milestone': {
        // the report record it belongs to: held (written back unchanged, so only the milestone is
        // new), or made from what the text says of it, which needs its owner
        const held = reportOf(fact, reports);
        let report = bundle.reports.find((r) => r.key.toLowerCase() === (held?.key ?? fact.reportKey ?? '').toLowerCase());
        if (!report && held) {
          report = { key: held.key, title: held.title, kind: held.kind, ownerGroup: held.ownerGroup, status: held.status as never, milestones: [] };
          bundle.reports.push(report);
        }
        if (!report) {
          const owner = fact.report.owner;
          if (!owner) throw new IngestError(ErrorCode.BAD_USER_INPUT, `${fact.key}: the text names no owner for "${fact.report.title}": give its reportKey (a report the graph holds) or report.owner.`, where);
          const title = fact.report.title.toLowerCase().includes(owner.toLowerCase()) ? fact.report.title : `${owner} ${fact.report.title}`;
          report = { key: fact.reportKey ?? slug(title), title, kind: fact.reportKind ?? 'REPORT', ownerGroup: owner, status: 'IN_PREPARATION', milestones: [], sources: cite(fact) };
          bundle.reports.push(report);
        }
        // month precision is stored as the month's first day
        const plannedFor = fact.plannedFor && /^\d{4}-\d{2}$/.test(fact.plannedFor) ? `${fact.plannedFor}-01` : fact.plannedFor;
        report.milestones.push({
          key: slug(`${fact.group}-${fact.milestoneKind}-${fact.plannedFor ?? 'undated'}`),
          group: fact.group,
          kind: fact.milestoneKind,
          ...(plannedFor ? { plannedFor } : {}),
          status: 'PLANNED',
          sources: cite(fact),
        });
        return;
      }
    }
  });
  return bundle;
}

type Row = Record<string, unknown>;

/**
 * Which of these facts the graph already holds ("kind:key"), and whether the document is
 * stored ("document:SYMBOL"): a meeting by group and number, an outcome by meeting and position,
 * an action item by the outcome that raised it and its assignee, a liaison by sender and
 * addressee, a milestone by its group and month.
 */
export async function presentFacts(em: EntityManager, facts: readonly ProposedFact[], symbol?: string): Promise<Set<string>> {
  const connection = em.getConnection();
  const present = new Set<string>();
  if (symbol) {
    const rows: Row[] = await connection.execute('select 1 from documents where lower(symbol) = lower(?)', [symbol]);
    if (rows.length > 0) present.add(`document:${symbol}`);
  }
  const meetings: Row[] = await connection.execute(
    `select g.acronym || '#' || m.number as key from meetings m join groups g on g.id = m.group_id where m.number is not null`,
  );
  const meetingKeys = new Set(meetings.map((r) => String(r.key).toLowerCase()));
  const outcomes: Row[] = await connection.execute(
    `select g.acronym || '#' || m.number || '/' || o.position as key
       from outcomes o join meetings m on m.id = o.meeting_id join groups g on g.id = m.group_id`,
  );
  const outcomeKeys = new Set(outcomes.map((r) => String(r.key).toLowerCase()));
  const items: Row[] = await connection.execute(
    `select g.acronym || '#' || m.number || '/' || o.position || '|' || a.acronym as key
       from action_items i join outcomes o on o.id = i.raised_by_id join meetings m on m.id = o.meeting_id
       join groups g on g.id = m.group_id join groups a on a.id = i.assignee_id`,
  );
  const itemKeys = new Set(items.map((r) => String(r.key).toLowerCase()));
  const liaisons: Row[] = await connection.execute(
    `select f.acronym || '->' || t.acronym as key from liaisons l join groups f on f.id = l.from_group_id
       join liaison_addressees la on la.liaison_id = l.id join groups t on t.id = la.group_id`,
  );
  const liaisonKeys = new Set(liaisons.map((r) => String(r.key).toLowerCase()));
  const milestones: Row[] = await connection.execute(
    `select g.acronym || '|' || coalesce(to_char(ms.planned_for, 'YYYY-MM'), '') as key from milestones ms join groups g on g.id = ms.group_id`,
  );
  const milestoneKeys = new Set(milestones.map((r) => String(r.key).toLowerCase()));
  for (const fact of facts) {
    const key = fact.key.toLowerCase();
    const held =
      (fact.kind === 'meeting' && meetingKeys.has(key)) ||
      (fact.kind === 'outcome' && outcomeKeys.has(key)) ||
      (fact.kind === 'actionItem' && itemKeys.has(`${fact.raisedBy}|${fact.assignee}`.toLowerCase())) ||
      (fact.kind === 'liaison' && liaisonKeys.has(key)) ||
      (fact.kind === 'milestone' && milestoneKeys.has(`${fact.group}|${(fact.plannedFor ?? '').slice(0, 7)}`.toLowerCase()));
    if (held) present.add(`${fact.kind}:${fact.key}`);
  }
  return present;
}

/** writes the accepted facts and the document in one transaction; what the graph holds is skipped */
export async function applyFacts(format: BundleFormat, em: EntityManager, document: IngestedDocument, facts: readonly ProposedFact[], actor: string): Promise<ImportSummary & { skipped: number }> {
  const present = await presentFacts(em, facts, document.symbol);
  const bundle = bundleOf(document, facts, present, await heldReports(em));
  const summary = await format.import(em, bundle, { actor });
  return { ...summary, skipped: facts.filter((f) => present.has(`${f.kind}:${f.key}`)).length };
}
