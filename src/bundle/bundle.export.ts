import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager, Knex } from '@mikro-orm/postgresql';
import type {
  Bundle,
  BundleActionItem,
  BundleBestPractice,
  BundleContact,
  BundleRelation,
  BundleDocument,
  BundleGroup,
  BundleLiaison,
  BundleMeeting,
  BundleMilestone,
  BundleOutcome,
  BundleReport,
  BundleSource,
} from './bundle.types.js';
import type { LiaisonPurpose } from '../liaison/liaison.entity.js';
import { canonicalBundle } from './bundle.canonical.js';
import { partialDateSql } from '../platform/database/period-sql.js';
import { assignKeys, meetingKey, outcomeKey, slugKey } from './bundle.keys.js';
import { readChanges } from './bundle.changes.js';
import type { ChangeSubjectType } from './bundle.types.js';
import { resolutionsSnapshot } from '../mandate/mandate.service.js';

export interface ExportOptions {
  onProgress?: (step: string, count: number) => void;
}

export interface ExportResult {
  bundle: Bundle;
  /** things the bundle could not carry, in words (e.g. history of objects that no longer exist) */
  warnings: string[];
}

type Row = Record<string, any>;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const date = (column: string) => `to_char(${column}, 'YYYY-MM-DD') as ${column}`;
/** a date as precise as its source (2025, 2025-04, 2025-04-15), as the API shows it */
const partial = (column: string) => `${partialDateSql(column)} as ${column}`;

/**
 * The whole knowledge base as one bundle: every object, its sources, and its history. Read in
 * one read-only, repeatable-read transaction (a consistent snapshot while others write), written in the canonical form (bundle.canonical.ts): no row ids, stable
 * order, so the same knowledge base always exports to the same bytes.
 */
export async function exportBundle(em: EntityManager, options: ExportOptions = {}): Promise<ExportResult> {
  const knex = (em as SqlEntityManager).getKnex();
  return knex.transaction(
    async (trx) => {
      await trx.raw('set transaction isolation level repeatable read, read only');
      return readBundle(trx, options);
    },
  );
}

async function readBundle(knex: Knex, options: ExportOptions): Promise<ExportResult> {
  const warnings: string[] = [];
  const rows = async (step: string, sql: string): Promise<Row[]> => {
    const result = (await knex.raw(sql)).rows as Row[];
    options.onProgress?.(step, result.length);
    return result;
  };
  const pairs = async (sql: string) => (await knex.raw(sql)).rows as { owner: number; target: number }[];
  const byOwner = <T>(list: { owner: number; target: number }[], map: (target: number) => T) => {
    const out = new Map<number, T[]>();
    for (const { owner, target } of list) push(out, owner, map(target));
    return out;
  };

  const groups = await rows('groups', `select id, acronym, name, kind, sector, parent_id, aliases, mandates, officers from groups`);
  const acronym = new Map(groups.map((g) => [g.id as number, g.acronym as string]));
  const topics = await rows('topics', `select id, slug, name from topics`);
  const slug = new Map(topics.map((t) => [t.id as number, t.slug as string]));
  const meetings = await rows(
    'meetings',
    `select id, group_id, number, title, ${date('starts_on')}, start_half, ${date('ends_on')}, end_half, location, format, participant_count from meetings`,
  );
  const meetingKeys = new Map<number, string>();
  const meetingOfKey = new Map<string, Row>();
  for (const m of meetings) {
    const key = meetingKey(acronym.get(m.group_id)!, m.number, m.starts_on);
    const twin = meetingOfKey.get(key);
    if (twin) {
      throw new Error(`Two meetings of ${acronym.get(m.group_id)} start on ${m.starts_on} without a number ("${twin.title}", "${m.title}"): give one a number so a bundle can tell them apart.`);
    }
    meetingOfKey.set(key, m);
    meetingKeys.set(m.id, key);
  }
  const meetingTopics = byOwner(await pairs(`select meeting_id as owner, topic_id as target from meeting_topics`), (t) => slug.get(t)!);
  const documents = await rows(
    'documents',
    `select id, symbol, title, kind, url, public, ${date('published_on')}, text, source_group_id, meeting_id from documents`,
  );
  const symbol = new Map(documents.map((d) => [d.id as number, d.symbol as string]));
  const outcomes = await rows('outcomes', `select id, meeting_id, position, kind, text from outcomes`);
  const outcomeKeys = new Map(outcomes.map((o) => [o.id as number, outcomeKey(meetingKeys.get(o.meeting_id)!, o.position)]));
  const outcomeTopics = byOwner(await pairs(`select outcome_id as owner, topic_id as target from outcome_topics`), (t) => slug.get(t)!);

  // records keyed by `key`, in creation order so that derived keys come out the same every time
  const keyed = async (step: string, sql: string) => {
    const list = await rows(step, `${sql} order by created_at, id`);
    const keys = assignKeys(list, (r) => r.key, (r) => slugKey(r.title));
    return { list, keyOf: new Map(list.map((r) => [r.id as number, keys.get(r)!])) };
  };
  const actionItems = await keyed(
    'action items',
    `select id, key, title, assignee_id, raised_by_id, resolved_by_id, ${partial('due_on')}, due_meeting_id, status, created_at from action_items`,
  );
  const liaisons = await keyed(
    'liaisons',
    `select id, key, reference, title, from_group_id, status, body, ${date('sent_on')}, ${partial('deadline')}, in_reply_to_id, meeting_id, decided_by_id, created_at,
            approved_by, approval_level, ${date('approved_on')}, action_taken from liaisons`,
  );
  // the ITU template's fields: contacts in order, relations and the items a liaison carries out by key
  const contactsOf = new Map<number, BundleContact[]>();
  for (const c of await rows('liaison contacts', `select liaison_id, group_id, name, email, role from liaison_contacts order by liaison_id, position, id`)) {
    push(contactsOf, c.liaison_id, { group: acronym.get(c.group_id)!, name: c.name, email: c.email, role: c.role ?? undefined });
  }
  const relationsOf = new Map<number, BundleRelation[]>();
  for (const r of await rows('liaison relations', `select liaison_id, related_id, kind from liaison_relations`)) {
    push(relationsOf, r.liaison_id, { kind: r.kind, liaison: liaisons.keyOf.get(r.related_id)! });
  }
  const fulfilsOf = byOwner(await pairs(`select liaison_id as owner, id as target from action_items where liaison_id is not null`), (a) => actionItems.keyOf.get(a)!);
  const addressees = (await knex.raw(`select liaison_id, group_id, role, purpose from liaison_addressees`)).rows as Row[];
  const attachments = byOwner(await pairs(`select liaison_id as owner, document_id as target from liaison_attachments`), (d) => symbol.get(d)!);
  const reports = await keyed('reports', `select id, key, title, kind, owner_group_id, status, created_at from reports`);
  const reportOutcomes = byOwner(await pairs(`select report_id as owner, outcome_id as target from report_outcomes`), (o) => outcomeKeys.get(o)!);
  const milestones = await rows(
    'milestones',
    `select id, key, report_id, group_id, kind, ${partial('planned_for')}, meeting_id, status from milestones order by report_id, created_at, id`,
  );
  const milestoneKeys = new Map<number, string>();
  const milestonesOf = new Map<number, Row[]>();
  for (const m of milestones) push(milestonesOf, m.report_id, m);
  for (const list of milestonesOf.values()) {
    const keys = assignKeys(list, (m) => m.key, (m) => slugKey(`${m.kind}-${acronym.get(m.group_id)}-${m.planned_for?.slice(0, 7) ?? 'undated'}`));
    for (const m of list) milestoneKeys.set(m.id, keys.get(m)!);
  }
  const practices = await keyed('best practices', `select id, key, title, summary, source_group_id, meeting_id, created_at from best_practices`);
  const practiceTopics = byOwner(await pairs(`select best_practice_id as owner, topic_id as target from best_practice_topics`), (t) => slug.get(t)!);
  const practiceDocuments = byOwner(await pairs(`select best_practice_id as owner, document_id as target from best_practice_documents`), (d) => symbol.get(d)!);

  const sourceRows = await rows('sources', `select subject_type, subject_id, document_id, excerpt, note from sources order by subject_type, subject_id, position, id`);
  const sourcesOf = new Map<string, BundleSource[]>();
  for (const s of sourceRows) {
    push(sourcesOf, `${s.subject_type}:${s.subject_id}`, { document: symbol.get(s.document_id)!, excerpt: s.excerpt, note: s.note ?? undefined });
  }
  const sources = (type: string, id: number) => sourcesOf.get(`${type}:${id}`);
  const ref = <K>(map: Map<K, string>, id: K | null) => (id == null ? undefined : map.get(id));

  const addresseesOf = new Map<number, Row[]>();
  for (const a of addressees) push(addresseesOf, a.liaison_id, a);

  const bundle: Bundle = {
    format: 'liaison-graph-bundle',
    version: 1,
    groups: groups.map((g): BundleGroup => ({
      acronym: g.acronym,
      name: g.name,
      kind: g.kind,
      sector: g.sector,
      parent: ref(acronym, g.parent_id),
      aliases: g.aliases,
      mandates: g.mandates,
      officers: g.officers,
      sources: sources('Group', g.id),
    })),
    topics: topics.map((t) => ({ slug: t.slug, name: t.name })),
    documents: documents.map((d): BundleDocument => ({
      symbol: d.symbol,
      title: d.title,
      kind: d.kind,
      url: d.url,
      public: d.public,
      sourceGroup: ref(acronym, d.source_group_id),
      meeting: ref(meetingKeys, d.meeting_id),
      publishedOn: d.published_on,
      text: d.text,
      sources: sources('Document', d.id),
    })),
    meetings: meetings.map((m): BundleMeeting => ({
      group: acronym.get(m.group_id)!,
      number: m.number,
      title: m.title,
      startsOn: m.starts_on,
      startHalf: m.start_half,
      endsOn: m.ends_on,
      endHalf: m.end_half,
      location: m.location,
      format: m.format,
      participantCount: m.participant_count,
      topics: meetingTopics.get(m.id),
      sources: sources('Meeting', m.id),
    })),
    outcomes: outcomes.map((o): BundleOutcome => ({
      meeting: meetingKeys.get(o.meeting_id)!,
      position: o.position,
      kind: o.kind,
      text: o.text,
      topics: outcomeTopics.get(o.id),
      sources: sources('Outcome', o.id),
    })),
    actionItems: actionItems.list.map((a): BundleActionItem => ({
      key: actionItems.keyOf.get(a.id)!,
      title: a.title,
      assignee: acronym.get(a.assignee_id)!,
      raisedBy: ref(outcomeKeys, a.raised_by_id),
      resolvedBy: ref(outcomeKeys, a.resolved_by_id),
      dueOn: a.due_on,
      dueMeeting: ref(meetingKeys, a.due_meeting_id),
      status: a.status,
      sources: sources('ActionItem', a.id),
    })),
    liaisons: liaisons.list.map((l): BundleLiaison => {
      const all = addresseesOf.get(l.id) ?? [];
      return {
        key: liaisons.keyOf.get(l.id)!,
        reference: l.reference,
        title: l.title,
        from: acronym.get(l.from_group_id)!,
        to: all.filter((a) => a.role === 'TO').map((a) => ({ group: acronym.get(a.group_id)!, purpose: a.purpose as LiaisonPurpose })),
        cc: all.filter((a) => a.role === 'CC').map((a) => acronym.get(a.group_id)!),
        status: l.status,
        body: l.body,
        sentOn: l.sent_on,
        deadline: l.deadline,
        inReplyTo: ref(liaisons.keyOf, l.in_reply_to_id),
        meeting: ref(meetingKeys, l.meeting_id),
        decidedBy: ref(outcomeKeys, l.decided_by_id),
        attachments: attachments.get(l.id),
        contacts: contactsOf.get(l.id),
        approval: l.approved_by != null ? { by: l.approved_by, level: l.approval_level, on: l.approved_on ?? undefined } : undefined,
        actionTaken: l.action_taken ?? undefined,
        related: relationsOf.get(l.id),
        fulfils: fulfilsOf.get(l.id),
        sources: sources('Liaison', l.id),
      };
    }),
    reports: reports.list.map((r): BundleReport => ({
      key: reports.keyOf.get(r.id)!,
      title: r.title,
      kind: r.kind,
      ownerGroup: acronym.get(r.owner_group_id)!,
      status: r.status,
      outcomes: reportOutcomes.get(r.id),
      milestones: (milestonesOf.get(r.id) ?? []).map((m): BundleMilestone => ({
        key: milestoneKeys.get(m.id)!,
        group: acronym.get(m.group_id)!,
        kind: m.kind,
        plannedFor: m.planned_for,
        meeting: ref(meetingKeys, m.meeting_id),
        status: m.status,
        sources: sources('Milestone', m.id),
      })),
      sources: sources('Report', r.id),
    })),
    bestPractices: practices.list.map((b): BundleBestPractice => ({
      key: practices.keyOf.get(b.id)!,
      title: b.title,
      summary: b.summary,
      topics: practiceTopics.get(b.id),
      sourceGroup: ref(acronym, b.source_group_id),
      meeting: ref(meetingKeys, b.meeting_id),
      documents: practiceDocuments.get(b.id),
      sources: sources('BestPractice', b.id),
    })),
  };

  // the resolutions and their clauses: the mandate domain's snapshot, in the bundle's names
  const resolutions = await resolutionsSnapshot(knex, {
    acronym: (id) => acronym.get(id)!,
    slug: (id) => slug.get(id)!,
    sources: (type, id) => sources(type, id),
  });
  options.onProgress?.('resolutions', resolutions.length);
  if (resolutions.length) bundle.resolutions = resolutions.map(({ id: _id, clauseIds: _clauses, ...r }) => r);

  const reportOfMilestone = new Map(milestones.map((m) => [m.id as number, m.report_id as number]));
  const resolutionKeys = new Map(resolutions.map((r) => [r.id, r.key]));
  // a clause's natural key: "<resolution key>/<position>"
  const clauseKeys = new Map(resolutions.flatMap((r) => [...r.clauseIds].map(([position, id]): [number, string] => [id, `${r.key}/${position}`])));
  const keysByType: Record<ChangeSubjectType, (id: number) => string | undefined> = {
    Group: (id) => acronym.get(id),
    Topic: (id) => slug.get(id),
    Document: (id) => symbol.get(id),
    Meeting: (id) => meetingKeys.get(id),
    Outcome: (id) => outcomeKeys.get(id),
    ActionItem: (id) => actionItems.keyOf.get(id),
    Liaison: (id) => liaisons.keyOf.get(id),
    Report: (id) => reports.keyOf.get(id),
    Milestone: (id) => {
      const report = reports.keyOf.get(reportOfMilestone.get(id)!);
      return report && `${report}/${milestoneKeys.get(id)}`;
    },
    BestPractice: (id) => practices.keyOf.get(id),
    Resolution: (id) => resolutionKeys.get(id),
    Clause: (id) => clauseKeys.get(id),
  };
  const { changes, orphans } = await readChanges(knex, { keyOf: (type, id) => keysByType[type](id) });
  options.onProgress?.('changes', changes.length);
  if (orphans) warnings.push(`${orphans} change(s) name an object that no longer exists (or of an unknown type) and were left out`);
  bundle.changes = changes;
  return { bundle: canonicalBundle(bundle), warnings };
}
