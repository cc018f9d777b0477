import { ref, type EntityManager, type Ref } from '@mikro-orm/core';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { isIsoDate } from '../platform/graphql/scalars.js';
import { Group } from '../group/group.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { Document } from '../document/document.entity.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { Source } from '../source/source.entity.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { ActionItem } from '../action-item/action-item.entity.js';
import { Liaison, LiaisonAddressee, strongestPurpose } from '../liaison/liaison.entity.js';
import { Milestone, Report } from '../report/report.entity.js';
import { BestPractice } from '../practice/best-practice.entity.js';
import type { Bundle, BundleSource } from './bundle.types.js';

/** A bundle that cannot be imported: names the record and the field, and nothing was written. */
export class BundleError extends AppError {
  constructor(record: string, field: string, problem: string) {
    super(ErrorCode.BAD_USER_INPUT, `${record}.${field}: ${problem}`, `${record}.${field}`);
  }
}

export interface ImportSummary {
  created: number;
  updated: number;
}

export interface ImportOptions {
  onProgress?: (kind: string, done: number, total: number) => void;
}

/**
 * Loads a bundle, matching existing objects by natural key (group acronym, meeting group+number,
 * document symbol, topic slug, `key`), in one transaction: a bad record imports nothing.
 * Running it twice changes nothing the second time.
 */
export async function importBundle(em: EntityManager, bundle: Bundle, options: ImportOptions = {}): Promise<ImportSummary> {
  if (bundle?.format !== 'liaison-graph-bundle') throw new BundleError('bundle', 'format', 'is not "liaison-graph-bundle"');
  if (bundle.version !== 1) throw new BundleError('bundle', 'version', `version ${String(bundle.version)} is not supported (1 is)`);
  return em.transactional(async (tx) => new BundleImport(tx, bundle, options).run());
}

class BundleImport {
  private readonly summary: ImportSummary = { created: 0, updated: 0 };
  private readonly groups = new Map<string, Group>();
  private readonly topics = new Map<string, Topic>();
  private readonly documents = new Map<string, Document>();
  private readonly meetings = new Map<string, Meeting>();
  private readonly outcomes = new Map<string, Outcome>();
  private readonly liaisons = new Map<string, Liaison>();
  private readonly pendingSources: { subject: { type: string; entity: { id: number } }; sources: BundleSource[]; record: string }[] = [];

  constructor(
    private readonly em: EntityManager,
    private readonly bundle: Bundle,
    private readonly options: ImportOptions,
  ) {}

  async run(): Promise<ImportSummary> {
    await this.preload();
    this.step('groups', this.bundle.groups, (g, i) => this.group(g, i));
    this.bundle.groups.forEach((g, i) => {
      const group = this.groups.get(g.acronym.toLowerCase())!;
      group.parent = g.parent ? ref(this.ref(this.groups, g.parent.toLowerCase(), `groups[${i}]`, 'parent')) : null;
    });
    this.step('topics', this.bundle.topics, (t) => this.topic(t));
    this.step('meetings', this.bundle.meetings, (m, i) => this.meeting(m, i));
    this.step('documents', this.bundle.documents, (d, i) => this.document(d, i));
    await this.em.flush();
    this.step('outcomes', this.bundle.outcomes, (o, i) => this.outcome(o, i));
    await this.em.flush();
    this.step('action items', this.bundle.actionItems, (a, i) => this.actionItem(a, i));
    this.step('liaisons', this.bundle.liaisons, (l, i) => this.liaison(l, i));
    this.bundle.liaisons.forEach((l, i) => {
      this.liaisons.get(l.key)!.inReplyTo = l.inReplyTo ? ref(this.ref(this.liaisons, l.inReplyTo, `liaisons[${i}]`, 'inReplyTo')) : null;
    });
    const reports = this.bundle.reports ?? [];
    reports.forEach((r, i) => this.report(r, i));
    this.options.onProgress?.('reports', reports.length, reports.length);
    this.step('best practices', this.bundle.bestPractices, (b, i) => this.bestPractice(b, i));
    await this.em.flush();
    await this.sources();
    await this.em.flush();
    return this.summary;
  }

  private step<T>(kind: string, records: T[] | undefined, each: (record: T, index: number) => unknown) {
    const list = records ?? [];
    list.forEach((record, i) => {
      each(record, i);
      if ((i + 1) % 500 === 0) this.options.onProgress?.(kind, i + 1, list.length);
    });
    this.options.onProgress?.(kind, list.length, list.length);
  }

  private async preload() {
    for (const g of await this.em.find(Group, {})) this.groups.set(g.acronym.toLowerCase(), g);
    for (const t of await this.em.find(Topic, {})) this.topics.set(t.slug, t);
    for (const d of await this.em.find(Document, {}, { populate: ['text'] })) this.documents.set(d.symbol.toLowerCase(), d);
    for (const m of await this.em.find(Meeting, { number: { $ne: null } }, { populate: ['group', 'topics'] })) {
      this.meetings.set(`${m.group.getEntity().acronym.toLowerCase()}#${m.number}`, m);
    }
    for (const o of await this.em.find(Outcome, {}, { populate: ['topics'] })) {
      const meeting = [...this.meetings.entries()].find(([, m]) => m.id === o.meeting.id);
      if (meeting) this.outcomes.set(`${meeting[0]}/${o.position}`, o);
    }
    for (const l of await this.em.find(Liaison, { key: { $ne: null } }, { populate: ['addressees', 'attachments'] })) {
      this.liaisons.set(l.key!, l);
    }
    for (const a of await this.em.find(ActionItem, { key: { $ne: null } })) this.actionItems.set(a.key!, a);
    for (const r of await this.em.find(Report, { key: { $ne: null } }, { populate: ['milestones'] })) this.reports.set(r.key!, r);
    for (const b of await this.em.find(BestPractice, { key: { $ne: null } }, { populate: ['topics', 'documents'] })) {
      this.bestPractices.set(b.key!, b);
    }
  }

  private ref<T>(map: Map<string, T>, key: string, record: string, field: string): T {
    const found = map.get(key) ?? map.get(key.toLowerCase());
    if (!found) throw new BundleError(record, field, `"${key}" is not in the bundle or the database`);
    return found;
  }

  private groupRef(name: string, record: string, field: string): Group {
    return this.ref(this.groups, name.toLowerCase(), record, field);
  }

  private meetingRef(key: string, record: string, field: string): Meeting {
    return this.ref(this.meetings, key.toLowerCase(), record, field);
  }

  private outcomeRef(key: string, record: string, field: string): Outcome {
    return this.ref(this.outcomes, key.toLowerCase(), record, field);
  }

  private upsert<T extends object>(map: Map<string, T>, key: string, create: () => T): T {
    let entity = map.get(key);
    if (entity) this.summary.updated += 1;
    else {
      entity = create();
      this.em.persist(entity);
      map.set(key, entity);
      this.summary.created += 1;
    }
    return entity;
  }

  private date(value: string | undefined, record: string, field: string): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string' || !isIsoDate(value)) throw new BundleError(record, field, `"${value}" is not a date (YYYY-MM-DD)`);
    return value;
  }

  private text(value: unknown, record: string, field: string): string {
    if (typeof value !== 'string' || value.trim() === '') throw new BundleError(record, field, 'must be a non-empty string');
    return value;
  }

  private addSources(type: string, entity: { id: number }, sources: BundleSource[] | undefined, record: string) {
    if (sources?.length) this.pendingSources.push({ subject: { type, entity }, sources, record });
  }

  private group(g: Bundle['groups'][number], i: number) {
    const record = `groups[${i}]`;
    const acronym = this.text(g.acronym, record, 'acronym');
    const group = this.upsert(this.groups, acronym.toLowerCase(), () => new Group());
    Object.assign(group, {
      acronym,
      name: this.text(g.name, record, 'name'),
      kind: g.kind,
      sector: g.sector,
      aliases: g.aliases ?? [],
      mandates: g.mandates ?? [],
      officers: g.officers ?? [],
    });
    group.refreshLookupKeys();
    this.addSources('Group', group, g.sources, record);
  }

  private topic(t: Bundle['topics'][number]) {
    const topic = this.upsert(this.topics, t.slug, () => new Topic());
    Object.assign(topic, { slug: t.slug, name: t.name });
  }

  private topicRefs(slugs: string[] | undefined, record: string): Topic[] {
    return (slugs ?? []).map((slug) => this.ref(this.topics, slug, record, 'topics'));
  }

  private meeting(m: Bundle['meetings'][number], i: number) {
    const record = `meetings[${i}]`;
    const group = this.groupRef(m.group, record, 'group');
    if (m.number == null) throw new BundleError(record, 'number', 'a bundled meeting needs its ordinal number (its natural key)');
    const meeting = this.upsert(this.meetings, `${group.acronym.toLowerCase()}#${m.number}`, () => new Meeting());
    Object.assign(meeting, {
      group: ref(group),
      number: m.number,
      title: this.text(m.title, record, 'title'),
      startsOn: this.date(m.startsOn, record, 'startsOn'),
      startHalf: m.startHalf ?? null,
      endsOn: this.date(m.endsOn, record, 'endsOn'),
      endHalf: m.endHalf ?? null,
      location: m.location ?? null,
      format: m.format,
      participantCount: m.participantCount ?? null,
    });
    if (meeting.endsOn < meeting.startsOn) throw new BundleError(record, 'endsOn', 'is before startsOn');
    meeting.topics.set(this.topicRefs(m.topics, record));
    this.addSources('Meeting', meeting, m.sources, record);
  }

  private document(d: Bundle['documents'][number], i: number) {
    const record = `documents[${i}]`;
    const symbol = this.text(d.symbol, record, 'symbol');
    const doc = this.upsert(this.documents, symbol.toLowerCase(), () => new Document());
    Object.assign(doc, {
      symbol,
      title: this.text(d.title, record, 'title'),
      kind: d.kind,
      url: d.url ?? null,
      public: d.public ?? true,
      publishedOn: this.date(d.publishedOn, record, 'publishedOn'),
      text: d.text ?? null,
      sourceGroup: d.sourceGroup ? ref(this.groupRef(d.sourceGroup, record, 'sourceGroup')) : null,
      meeting: d.meeting ? ref(this.meetingRef(d.meeting, record, 'meeting')) : null,
    });
    this.addSources('Document', doc, d.sources, record);
  }

  private outcome(o: Bundle['outcomes'][number], i: number) {
    const record = `outcomes[${i}]`;
    const meeting = this.meetingRef(o.meeting, record, 'meeting');
    if (!Number.isInteger(o.position) || o.position < 1) throw new BundleError(record, 'position', 'must be a whole number from 1');
    const outcome = this.upsert(this.outcomes, `${o.meeting.toLowerCase()}/${o.position}`, () => new Outcome());
    Object.assign(outcome, { meeting: ref(meeting), position: o.position, kind: o.kind, text: this.text(o.text, record, 'text') });
    outcome.topics.set(this.topicRefs(o.topics, record));
    this.addSources('Outcome', outcome, o.sources, record);
  }

  private keyed<T extends { key?: string | null }>(entity: new () => T, key: string, record: string, existing: Map<string, T>): T {
    this.text(key, record, 'key');
    return this.upsert(existing, key, () => {
      const created = new entity();
      created.key = key;
      return created;
    });
  }

  private readonly actionItems = new Map<string, ActionItem>();
  private readonly reports = new Map<string, Report>();
  private readonly bestPractices = new Map<string, BestPractice>();

  private actionItem(a: Bundle['actionItems'][number], i: number) {
    const record = `actionItems[${i}]`;
    const item = this.keyed(ActionItem, a.key, record, this.actionItems);
    Object.assign(item, {
      title: this.text(a.title, record, 'title'),
      assignee: ref(this.groupRef(a.assignee, record, 'assignee')),
      raisedBy: a.raisedBy ? ref(this.outcomeRef(a.raisedBy, record, 'raisedBy')) : null,
      resolvedBy: a.resolvedBy ? ref(this.outcomeRef(a.resolvedBy, record, 'resolvedBy')) : null,
      dueOn: this.date(a.dueOn, record, 'dueOn'),
      dueMeeting: a.dueMeeting ? ref(this.meetingRef(a.dueMeeting, record, 'dueMeeting')) : null,
      status: a.status,
    });
    this.addSources('ActionItem', item, a.sources, record);
  }

  private liaison(l: Bundle['liaisons'][number], i: number) {
    const record = `liaisons[${i}]`;
    if (!l.to?.length) throw new BundleError(record, 'to', 'a liaison needs at least one addressee');
    const liaison = this.keyed(Liaison, l.key, record, this.liaisons);
    const purpose = strongestPurpose(l.to.map((a) => a.purpose));
    const deadline = this.date(l.deadline, record, 'deadline');
    if ((purpose === 'FOR_ACTION' || purpose === 'FOR_COMMENT') && !deadline) {
      throw new BundleError(record, 'deadline', `a liaison ${purpose} needs a deadline`);
    }
    Object.assign(liaison, {
      reference: l.reference ?? null,
      title: this.text(l.title, record, 'title'),
      fromGroup: ref(this.groupRef(l.from, record, 'from')),
      purpose,
      status: l.status,
      body: l.body ?? null,
      sentOn: this.date(l.sentOn, record, 'sentOn'),
      deadline,
      meeting: l.meeting ? ref(this.meetingRef(l.meeting, record, 'meeting')) : null,
      decidedBy: l.decidedBy ? ref(this.outcomeRef(l.decidedBy, record, 'decidedBy')) : null,
    });
    const addressees = [
      ...l.to.map((a) => ({ group: this.groupRef(a.group, record, 'to'), role: 'TO' as const, purpose: a.purpose })),
      ...(l.cc ?? []).map((name) => ({ group: this.groupRef(name, record, 'cc'), role: 'CC' as const, purpose: null })),
    ];
    liaison.addressees.set(addressees.map((a) => {
      const existing = liaison.addressees.isInitialized() ? liaison.addressees.getItems().find((x) => x.group.id === a.group.id) : undefined;
      const addressee = existing ?? Object.assign(new LiaisonAddressee(), { liaison: ref(liaison), group: ref(a.group) });
      Object.assign(addressee, { role: a.role, purpose: a.purpose });
      return addressee;
    }));
    liaison.attachments.set((l.attachments ?? []).map((s) => this.ref(this.documents, s.toLowerCase(), record, 'attachments')));
    this.addSources('Liaison', liaison, l.sources, record);
  }

  private report(r: Bundle['reports'][number], i: number) {
    const record = `reports[${i}]`;
    const report = this.keyed(Report, r.key, record, this.reports);
    Object.assign(report, {
      title: this.text(r.title, record, 'title'),
      kind: r.kind,
      ownerGroup: ref(this.groupRef(r.ownerGroup, record, 'ownerGroup')),
      status: r.status,
    });
    this.addSources('Report', report, r.sources, record);
    const existing = report.milestones.isInitialized() ? report.milestones.getItems() : [];
    r.milestones.forEach((m, j) => {
      const mRecord = `${record}.milestones[${j}]`;
      let milestone = existing.find((x) => x.key === m.key);
      if (milestone) this.summary.updated += 1;
      else {
        milestone = new Milestone();
        this.em.persist(milestone);
        this.summary.created += 1;
      }
      Object.assign(milestone, {
        key: m.key,
        report: ref(report),
        group: ref(this.groupRef(m.group, mRecord, 'group')),
        kind: m.kind,
        plannedFor: this.date(m.plannedFor, mRecord, 'plannedFor'),
        meeting: m.meeting ? ref(this.meetingRef(m.meeting, mRecord, 'meeting')) : null,
        status: m.status,
      });
      this.addSources('Milestone', milestone, m.sources, mRecord);
    });
  }

  private bestPractice(b: Bundle['bestPractices'][number], i: number) {
    const record = `bestPractices[${i}]`;
    const practice = this.keyed(BestPractice, b.key, record, this.bestPractices);
    Object.assign(practice, {
      title: this.text(b.title, record, 'title'),
      summary: this.text(b.summary, record, 'summary'),
      sourceGroup: b.sourceGroup ? ref(this.groupRef(b.sourceGroup, record, 'sourceGroup')) : null,
      meeting: b.meeting ? ref(this.meetingRef(b.meeting, record, 'meeting')) : null,
    });
    practice.topics.set(this.topicRefs(b.topics, record));
    practice.documents.set((b.documents ?? []).map((s) => this.ref(this.documents, s.toLowerCase(), record, 'documents')));
    this.addSources('BestPractice', practice, b.sources, record);
  }

  /** Sources are replaced per object, only where they differ, so a re-import leaves them as they are. */
  private async sources() {
    const all = await this.em.find(Source, {}, { orderBy: { position: 'asc', id: 'asc' } });
    const bySubject = new Map<string, Source[]>();
    for (const s of all) bySubject.set(`${s.subjectType}:${s.subjectId}`, [...(bySubject.get(`${s.subjectType}:${s.subjectId}`) ?? []), s]);
    for (const { subject, sources, record } of this.pendingSources) {
      const wanted = sources.map((s, j) => {
        const doc = this.ref(this.documents, s.document.toLowerCase(), `${record}.sources[${j}]`, 'document');
        if (doc.text && !doc.text.includes(s.excerpt)) {
          throw new BundleError(`${record}.sources[${j}]`, 'excerpt', `is not verbatim in ${doc.symbol}: "${s.excerpt.slice(0, 80)}…"`);
        }
        return { doc, excerpt: s.excerpt, note: s.note ?? null, position: j + 1 };
      });
      const current = bySubject.get(`${subject.type}:${subject.entity.id}`) ?? [];
      const same =
        current.length === wanted.length &&
        current.every((c, j) => c.document.id === wanted[j].doc.id && c.excerpt === wanted[j].excerpt && (c.note ?? null) === wanted[j].note);
      if (same) continue;
      current.forEach((c) => this.em.remove(c));
      for (const w of wanted) {
        this.em.persist(
          Object.assign(new Source(), {
            subjectType: subject.type,
            subjectId: subject.entity.id,
            document: ref(w.doc),
            excerpt: w.excerpt,
            note: w.note,
            position: w.position,
          }),
        );
      }
    }
  }
}
