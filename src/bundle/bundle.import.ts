import { ref, type EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
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
import type { Bundle, BundleChange, BundleSource } from './bundle.types.js';
import { BundleValidator, recordAndField } from './bundle.validate.js';
import { assignKeys, meetingKey, slugKey } from './bundle.keys.js';
import { changeColumns, writeChanges } from './bundle.changes.js';

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
  /** records read so far, per kind (every 500 records and at the end of each kind) */
  onProgress?: (kind: string, done: number, total: number) => void;
  /** the longer steps between kinds, in words ("writing 1200 records") */
  onStep?: (message: string) => void;
}

let validator: BundleValidator | undefined;

/** The bundle against schema/bundle.schema.json: the first problem as a BundleError naming the record and field. */
export function validateBundle(bundle: unknown): void {
  validator ??= BundleValidator.fromFile();
  const problem = validator.validate(bundle);
  if (problem) {
    const { record, field } = recordAndField(problem.path);
    throw new BundleError(record, field, problem.message);
  }
}

/**
 * Loads a bundle, matching existing objects by natural key (group acronym, meeting group+number,
 * document symbol, topic slug, `key`), in one transaction: a bad record imports nothing.
 * Running it twice changes nothing the second time.
 */
export async function importBundle(em: EntityManager, bundle: Bundle, options: ImportOptions = {}): Promise<ImportSummary> {
  if (bundle?.format !== 'liaison-graph-bundle') throw new BundleError('bundle', 'format', 'is not "liaison-graph-bundle"');
  if (bundle.version !== 1) throw new BundleError('bundle', 'version', `version ${String(bundle.version)} is not supported (1 is)`);
  validateBundle(bundle);
  return em.transactional(async (tx) => new BundleImport(tx, bundle, options).run());
}

class BundleImport {
  private readonly summary: ImportSummary = { created: 0, updated: 0 };
  private readonly groups = new Map<string, Group>();
  private readonly topics = new Map<string, Topic>();
  private readonly documents = new Map<string, Document>();
  private readonly meetings = new Map<string, Meeting>();
  private readonly outcomes = new Map<string, Outcome>();
  private readonly actionItems = new Map<string, ActionItem>();
  private readonly liaisons = new Map<string, Liaison>();
  private readonly reports = new Map<string, Report>();
  /** each report's milestones by key (derived where the database holds none) */
  private readonly milestonesOf = new Map<Report, Map<string, Milestone>>();
  /** "<report key>/<milestone key>" → milestone, for history */
  private readonly milestones = new Map<string, Milestone>();
  private readonly bestPractices = new Map<string, BestPractice>();
  /** natural keys already given by a record of this bundle: a second record with one is an error */
  private readonly inBundle = new Map<string, string>();
  private readonly pendingSources: { subject: { type: string; entity: { id: number } }; sources: BundleSource[]; record: string }[] = [];

  constructor(
    private readonly em: EntityManager,
    private readonly bundle: Bundle,
    private readonly options: ImportOptions,
  ) {}

  async run(): Promise<ImportSummary> {
    this.options.onStep?.('reading what the database holds');
    await this.preload();
    this.step('groups', this.bundle.groups, (g, i) => this.group(g, i));
    this.bundle.groups.forEach((g, i) => {
      const group = this.groups.get(g.acronym.toLowerCase())!;
      group.parent = g.parent ? ref(this.ref(this.groups, g.parent, `groups[${i}]`, 'parent', true)) : null;
    });
    this.step('topics', this.bundle.topics, (t, i) => this.topic(t, i));
    this.step('meetings', this.bundle.meetings, (m, i) => this.meeting(m, i));
    this.step('documents', this.bundle.documents, (d, i) => this.document(d, i));
    await this.flush();
    this.step('outcomes', this.bundle.outcomes, (o, i) => this.outcome(o, i));
    await this.flush();
    this.step('action items', this.bundle.actionItems, (a, i) => this.actionItem(a, i));
    this.step('liaisons', this.bundle.liaisons, (l, i) => this.liaison(l, i));
    this.bundle.liaisons.forEach((l, i) => {
      this.liaisons.get(l.key)!.inReplyTo = l.inReplyTo ? ref(this.ref(this.liaisons, l.inReplyTo, `liaisons[${i}]`, 'inReplyTo')) : null;
    });
    this.step('reports', this.bundle.reports, (r, i) => this.report(r, i));
    this.step('best practices', this.bundle.bestPractices, (b, i) => this.bestPractice(b, i));
    await this.flush();
    this.options.onStep?.('checking and writing sources');
    await this.sources();
    await this.flush();
    if (this.bundle.changes?.length) await this.changes(this.bundle.changes);
    return this.summary;
  }

  private flushed = 0;

  /** writes what the steps since the last flush built (one flush per dependency level, not per record) */
  private async flush() {
    const records = this.summary.created + this.summary.updated - this.flushed;
    this.flushed += records;
    if (records > 0) this.options.onStep?.(`writing ${records} record(s) to the database`);
    await this.em.flush();
  }

  private step<T>(kind: string, records: T[] | undefined, each: (record: T, index: number) => unknown) {
    const list = records ?? [];
    list.forEach((record, i) => {
      each(record, i);
      if ((i + 1) % 500 === 0 && i + 1 < list.length) this.options.onProgress?.(kind, i + 1, list.length);
    });
    this.options.onProgress?.(kind, list.length, list.length);
  }

  /**
   * What the database holds, by the natural keys the bundle uses. Records without a `key` get
   * the key export would give them (bundle.keys.ts), in the same order (creation, then id),
   * so a bundle exported from this database matches them instead of adding copies.
   */
  private async preload() {
    const groupById = new Map<number, Group>();
    for (const g of await this.em.find(Group, {})) {
      this.groups.set(g.acronym.toLowerCase(), g);
      groupById.set(g.id, g);
    }
    for (const t of await this.em.find(Topic, {})) this.topics.set(t.slug, t);
    for (const d of await this.em.find(Document, {}, { populate: ['text'] })) this.documents.set(d.symbol.toLowerCase(), d);
    const meetingById = new Map<number, string>();
    for (const m of await this.em.find(Meeting, {}, { populate: ['topics'] })) {
      const key = meetingKey(groupById.get(m.group.id)!.acronym, m.number, m.startsOn).toLowerCase();
      this.meetings.set(key, m);
      meetingById.set(m.id, key);
    }
    for (const o of await this.em.find(Outcome, {}, { populate: ['topics'] })) {
      this.outcomes.set(`${meetingById.get(o.meeting.id)}/${o.position}`, o);
    }
    const inOrder = { orderBy: { createdAt: 'asc', id: 'asc' } } as const;
    const byKey = <T extends { key?: string | null; title: string }>(list: T[], into: Map<string, T>) => {
      for (const [entity, key] of assignKeys(list, (e) => e.key, (e) => slugKey(e.title))) into.set(key, entity);
    };
    byKey(await this.em.find(ActionItem, {}, inOrder), this.actionItems);
    byKey(await this.em.find(Liaison, {}, { ...inOrder, populate: ['addressees', 'attachments'] }), this.liaisons);
    byKey(await this.em.find(Report, {}, inOrder), this.reports);
    byKey(await this.em.find(BestPractice, {}, { ...inOrder, populate: ['topics', 'documents'] }), this.bestPractices);
    const milestones = new Map<number, Milestone[]>();
    for (const m of await this.em.find(Milestone, {}, inOrder)) milestones.set(m.report.id, [...(milestones.get(m.report.id) ?? []), m]);
    for (const report of this.reports.values()) {
      const list = milestones.get(report.id) ?? [];
      const keys = assignKeys(list, (m) => m.key, (m) => slugKey(`${m.kind}-${groupById.get(m.group.id)!.acronym}-${m.plannedFor?.slice(0, 7) ?? 'undated'}`));
      this.milestonesOf.set(report, new Map([...keys].map(([m, key]) => [key, m])));
    }
  }

  /** a referenced object; groups, meetings, outcomes and documents are keyed in lower case (their keys ignore case) */
  private ref<T>(map: Map<string, T>, key: string, record: string, field: string, ignoreCase = false): T {
    const found = map.get(ignoreCase ? key.toLowerCase() : key);
    if (!found) throw new BundleError(record, field, `"${key}" is not in the bundle or the database`);
    return found;
  }

  private groupRef(name: string, record: string, field: string): Group {
    return this.ref(this.groups, name, record, field, true);
  }

  private meetingRef(key: string, record: string, field: string): Meeting {
    return this.ref(this.meetings, key, record, field, true);
  }

  private outcomeRef(key: string, record: string, field: string): Outcome {
    return this.ref(this.outcomes, key, record, field, true);
  }

  /** the existing entity with this natural key, or a new one; a key given twice in the bundle is an error */
  private upsert<T extends object>(map: Map<string, T>, kind: string, key: string, record: string, field: string, create: () => T, shown = key): T {
    const previous = this.inBundle.get(`${kind}:${key}`);
    if (previous) throw new BundleError(record, field, `"${shown}" is given twice in the bundle (also by ${previous})`);
    this.inBundle.set(`${kind}:${key}`, record);
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
    // a record without sources leaves the object's sources as they are (a partner's bundle may not track them)
    if (sources?.length) this.pendingSources.push({ subject: { type, entity }, sources, record });
  }

  private group(g: Bundle['groups'][number], i: number) {
    const record = `groups[${i}]`;
    const acronym = this.text(g.acronym, record, 'acronym');
    const group = this.upsert(this.groups, 'group', acronym.toLowerCase(), record, 'acronym', () => new Group(), acronym);
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

  private topic(t: Bundle['topics'][number], i: number) {
    const topic = this.upsert(this.topics, 'topic', t.slug, `topics[${i}]`, 'slug', () => new Topic());
    Object.assign(topic, { slug: t.slug, name: t.name });
  }

  private topicRefs(slugs: string[] | undefined, record: string): Topic[] {
    return (slugs ?? []).map((slug) => this.ref(this.topics, slug, record, 'topics'));
  }

  private meeting(m: Bundle['meetings'][number], i: number) {
    const record = `meetings[${i}]`;
    const group = this.groupRef(m.group, record, 'group');
    const startsOn = this.date(m.startsOn, record, 'startsOn')!;
    const key = meetingKey(group.acronym, m.number, startsOn);
    const meeting = this.upsert(this.meetings, 'meeting', key.toLowerCase(), record, m.number == null ? 'startsOn' : 'number', () => new Meeting(), key);
    Object.assign(meeting, {
      group: ref(group),
      number: m.number ?? null,
      title: this.text(m.title, record, 'title'),
      startsOn,
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
    const doc = this.upsert(this.documents, 'document', symbol.toLowerCase(), record, 'symbol', () => new Document(), symbol);
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
    const outcome = this.upsert(this.outcomes, 'outcome', `${o.meeting.toLowerCase()}/${o.position}`, record, 'position', () => new Outcome(), `${o.meeting}/${o.position}`);
    Object.assign(outcome, { meeting: ref(meeting), position: o.position, kind: o.kind, text: this.text(o.text, record, 'text') });
    outcome.topics.set(this.topicRefs(o.topics, record));
    this.addSources('Outcome', outcome, o.sources, record);
  }

  private keyed<T extends { key?: string | null }>(entity: new () => T, kind: string, key: string, record: string, existing: Map<string, T>): T {
    this.text(key, record, 'key');
    const found = this.upsert(existing, kind, key, record, 'key', () => new entity());
    // a record matched by a derived key keeps it from now on
    found.key = key;
    return found;
  }

  private actionItem(a: Bundle['actionItems'][number], i: number) {
    const record = `actionItems[${i}]`;
    const item = this.keyed(ActionItem, 'action item', a.key, record, this.actionItems);
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
    const liaison = this.keyed(Liaison, 'liaison', l.key, record, this.liaisons);
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
      ...l.to.map((a, j) => ({ group: this.groupRef(a.group, record, `to[${j}].group`), role: 'TO' as const, purpose: a.purpose })),
      ...(l.cc ?? []).map((name, j) => ({ group: this.groupRef(name, record, `cc[${j}]`), role: 'CC' as const, purpose: null })),
    ];
    const twice = addressees.find((a, j) => addressees.findIndex((b) => b.group === a.group) !== j);
    if (twice) throw new BundleError(record, 'to', `${twice.group.acronym} is named twice among the addressees`);
    liaison.addressees.set(addressees.map((a) => {
      const existing = liaison.addressees.isInitialized() ? liaison.addressees.getItems().find((x) => x.group.id === a.group.id) : undefined;
      const addressee = existing ?? Object.assign(new LiaisonAddressee(), { liaison: ref(liaison), group: ref(a.group) });
      Object.assign(addressee, { role: a.role, purpose: a.purpose });
      return addressee;
    }));
    liaison.attachments.set((l.attachments ?? []).map((s) => this.ref(this.documents, s, record, 'attachments', true)));
    this.addSources('Liaison', liaison, l.sources, record);
  }

  private report(r: Bundle['reports'][number], i: number) {
    const record = `reports[${i}]`;
    const report = this.keyed(Report, 'report', r.key, record, this.reports);
    Object.assign(report, {
      title: this.text(r.title, record, 'title'),
      kind: r.kind,
      ownerGroup: ref(this.groupRef(r.ownerGroup, record, 'ownerGroup')),
      status: r.status,
    });
    this.addSources('Report', report, r.sources, record);
    const existing = this.milestonesOf.get(report) ?? new Map<string, Milestone>();
    this.milestonesOf.set(report, existing);
    r.milestones.forEach((m, j) => {
      const mRecord = `${record}.milestones[${j}]`;
      this.text(m.key, mRecord, 'key');
      const milestone = this.upsert(existing, `milestone of ${r.key}`, m.key, mRecord, 'key', () => new Milestone());
      Object.assign(milestone, {
        key: m.key,
        report: ref(report),
        group: ref(this.groupRef(m.group, mRecord, 'group')),
        kind: m.kind,
        plannedFor: this.date(m.plannedFor, mRecord, 'plannedFor'),
        meeting: m.meeting ? ref(this.meetingRef(m.meeting, mRecord, 'meeting')) : null,
        status: m.status,
      });
      this.milestones.set(`${r.key}/${m.key}`, milestone);
      this.addSources('Milestone', milestone, m.sources, mRecord);
    });
  }

  private bestPractice(b: Bundle['bestPractices'][number], i: number) {
    const record = `bestPractices[${i}]`;
    const practice = this.keyed(BestPractice, 'best practice', b.key, record, this.bestPractices);
    Object.assign(practice, {
      title: this.text(b.title, record, 'title'),
      summary: this.text(b.summary, record, 'summary'),
      sourceGroup: b.sourceGroup ? ref(this.groupRef(b.sourceGroup, record, 'sourceGroup')) : null,
      meeting: b.meeting ? ref(this.meetingRef(b.meeting, record, 'meeting')) : null,
    });
    practice.topics.set(this.topicRefs(b.topics, record));
    practice.documents.set((b.documents ?? []).map((s) => this.ref(this.documents, s, record, 'documents', true)));
    this.addSources('BestPractice', practice, b.sources, record);
  }

  /** Sources are replaced per object, only where they differ, so a re-import leaves them as they are. */
  private async sources() {
    const all = await this.em.find(Source, {}, { orderBy: { position: 'asc', id: 'asc' } });
    const bySubject = new Map<string, Source[]>();
    for (const s of all) {
      const key = `${s.subjectType}:${s.subjectId}`;
      const list = bySubject.get(key);
      if (list) list.push(s);
      else bySubject.set(key, [s]);
    }
    for (const { subject, sources, record } of this.pendingSources) {
      const wanted = sources.map((s, j) => {
        const doc = this.ref(this.documents, s.document, `${record}.sources[${j}]`, 'document', true);
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

  /** History: each change's object found by natural key, written where the database does not hold it yet. */
  private async changes(changes: BundleChange[]) {
    this.options.onStep?.('writing history');
    const knex = this.em.getTransactionContext() as Knex.Transaction;
    const columns = await changeColumns(knex);
    if (!columns) throw new BundleError('bundle', 'changes', 'this database keeps no history (it has no changes table), so the bundle’s history cannot be imported');
    const lookups: Record<string, (key: string) => { id: number } | undefined> = {
      Group: (key) => this.groups.get(key.toLowerCase()),
      Topic: (key) => this.topics.get(key),
      Document: (key) => this.documents.get(key.toLowerCase()),
      Meeting: (key) => this.meetings.get(key.toLowerCase()),
      Outcome: (key) => this.outcomes.get(key.toLowerCase()),
      ActionItem: (key) => this.actionItems.get(key),
      Liaison: (key) => this.liaisons.get(key),
      Report: (key) => this.reports.get(key),
      Milestone: (key) => this.milestones.get(key),
      BestPractice: (key) => this.bestPractices.get(key),
    };
    const resolved = changes.map((change, i) => {
      const lookup = lookups[change.subjectType];
      if (!lookup) throw new BundleError(`changes[${i}]`, 'subjectType', `"${change.subjectType}" is not a kind of object (${Object.keys(lookups).join(', ')})`);
      const subject = lookup(change.subject);
      if (!subject) throw new BundleError(`changes[${i}]`, 'subject', `"${change.subject}" is not in the bundle or the database`);
      return { change, subjectId: subject.id };
    });
    this.summary.created += await writeChanges(knex, columns, resolved);
  }
}
