import { ref, type EntityManager } from '@mikro-orm/core';
import type DataLoader from 'dataloader';
import type { Knex } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { COMMAND_LINE_VIEWER } from '../auth/viewer.js';
import { runWrite, type HistorySubject, type Write } from '../history/write.js';
import { groupHistory } from '../group/group.service.js';
import { topicHistory } from '../topic/topic.service.js';
import { documentHistory } from '../document/document.service.js';
import { meetingHistory } from '../meeting/meeting.service.js';
import { outcomeHistory } from '../outcome/outcome.service.js';
import { actionItemHistory } from '../action-item/action-item.service.js';
import { liaisonHistory } from '../liaison/liaison.service.js';
import { milestoneHistory, reportHistory } from '../report/report.service.js';
import { bestPracticeHistory } from '../practice/best-practice.service.js';
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
import type { Bundle, BundleChange, BundleSource, ChangeSubjectType } from './bundle.types.js';
import { BundleValidator, recordAndField } from './bundle.validate.js';
import { assignKeys, meetingKey, slugKey } from './bundle.keys.js';
import { appendChanges, ChangeProblem, changeRow, type KeyLookup } from './bundle.changes.js';

/** A bundle that cannot be imported: names the record and the field, and nothing was written. */
export class BundleError extends AppError {
  constructor(record: string, field: string, problem: string) {
    super(ErrorCode.BAD_USER_INPUT, `${record}.${field}: ${problem}`, `${record}.${field}`);
  }
}

export interface ImportSummary {
  /** objects added */
  created: number;
  /** objects matched by natural key (and brought to the bundle's values) */
  updated: number;
  /** entries of the bundle's history the database did not hold yet */
  history: number;
}

export interface ImportOptions {
  /** who the history names as the writer of the import's own changes ("import" when not given) */
  actor?: string;
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
 *
 * An import is a write like any other (runWrite): the objects it adds or changes get a Change
 * each, by the command line acting as ADMIN under the label "import" (or `options.actor`), in the
 * same transaction. An object the import adds whose history the bundle carries gets that history
 * instead, so export → import → export gives the same bundle.
 */
export async function importBundle(em: EntityManager, bundle: Bundle, options: ImportOptions = {}): Promise<ImportSummary> {
  if (bundle?.format !== 'liaison-graph-bundle') throw new BundleError('bundle', 'format', 'is not "liaison-graph-bundle"');
  if (bundle.version !== 1) throw new BundleError('bundle', 'version', `version ${String(bundle.version)} is not supported (1 is)`);
  validateBundle(bundle);
  const viewer = { ...COMMAND_LINE_VIEWER, label: options.actor ?? 'import' };
  return runWrite({ em, viewer, credentialProblem: null }, (w) => new BundleImport(w, bundle, options).run());
}

/** how the history names objects of each kind (case-insensitive keys are kept in lower case) */
const CASELESS: ReadonlySet<ChangeSubjectType> = new Set(['Group', 'Document', 'Meeting', 'Outcome']);
const historyKey = (type: ChangeSubjectType, key: string) => `${type}:${CASELESS.has(type) ? key.toLowerCase() : key}`;

interface Tracking<T> {
  type: ChangeSubjectType;
  subject: HistorySubject<T>;
  /** the object's key as the bundle's history names it, when it is not the map's key */
  key?: string;
}

class BundleImport {
  private readonly summary: ImportSummary = { created: 0, updated: 0, history: 0 };
  private readonly em: EntityManager;
  /** the objects whose history the bundle carries ("<type>:<key>") */
  private readonly withHistory: Set<string>;
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
    private readonly w: Write,
    private readonly bundle: Bundle,
    private readonly options: ImportOptions,
  ) {
    this.em = w.em;
    this.withHistory = new Set((bundle.changes ?? []).map((c) => historyKey(c.subjectType, c.subject)));
  }

  async run(): Promise<ImportSummary> {
    this.options.onStep?.('reading what the database holds');
    await this.preload();
    await this.step('groups', this.bundle.groups, (g, i) => this.group(g, i));
    this.groupParents();
    await this.step('topics', this.bundle.topics, (t, i) => this.topic(t, i));
    await this.step('meetings', this.bundle.meetings, (m, i) => this.meeting(m, i));
    await this.step('documents', this.bundle.documents, (d, i) => this.document(d, i));
    await this.flush();
    await this.step('outcomes', this.bundle.outcomes, (o, i) => this.outcome(o, i));
    await this.flush();
    await this.step('action items', this.bundle.actionItems, (a, i) => this.actionItem(a, i));
    await this.step('liaisons', this.bundle.liaisons, (l, i) => this.liaison(l, i));
    this.bundle.liaisons.forEach((l, i) => {
      const liaison = this.liaisons.get(l.key)!;
      const answered = l.inReplyTo ? this.ref(this.liaisons, l.inReplyTo, `liaisons[${i}]`, 'inReplyTo') : null;
      // the database refuses it too, but as an internal error
      if (answered === liaison) throw new BundleError(`liaisons[${i}]`, 'inReplyTo', 'a liaison cannot answer itself');
      liaison.inReplyTo = answered ? ref(answered) : null;
    });
    await this.step('reports', this.bundle.reports, (r, i) => this.report(r, i));
    await this.step('best practices', this.bundle.bestPractices, (b, i) => this.bestPractice(b, i));
    await this.flush();
    this.options.onStep?.('checking and writing sources');
    await this.sources();
    await this.flush();
    if (this.bundle.changes?.length) await this.changes(this.bundle.changes);
    // runWrite records the import's own changes next: what they read is in memory already
    this.primeLoaders();
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

  private async step<T>(kind: string, records: T[] | undefined, each: (record: T, index: number) => Promise<void>) {
    const list = records ?? [];
    for (const [i, record] of list.entries()) {
      await each(record, i);
      if ((i + 1) % 500 === 0 && i + 1 < list.length) this.options.onProgress?.(kind, i + 1, list.length);
    }
    this.options.onProgress?.(kind, list.length, list.length);
  }

  /**
   * The history's snapshots name related objects through the write's loaders: hand them the
   * objects the import holds (with ids), so recording a change per object reads nothing again.
   */
  private primeLoaders() {
    const prime = <T extends { id: number }>(loader: DataLoader<number, T | null>, entities: Iterable<T>) => {
      for (const entity of entities) if (entity.id != null) loader.prime(entity.id, entity);
    };
    prime(this.w.loaders.group.byId, this.groups.values());
    prime(this.w.loaders.meeting.byId, this.meetings.values());
    prime(this.w.loaders.outcome.byId, this.outcomes.values());
    prime(this.w.loaders.report.byId, this.reports.values());
  }

  /** parents after every group is known; no group may be its own ancestor */
  private groupParents() {
    this.bundle.groups.forEach((g, i) => {
      const group = this.groups.get(g.acronym.toLowerCase())!;
      group.parent = g.parent ? ref(this.ref(this.groups, g.parent, `groups[${i}]`, 'parent', true)) : null;
    });
    this.bundle.groups.forEach((g, i) => {
      const chain = [this.groups.get(g.acronym.toLowerCase())!];
      // a loop that does not pass through this group is reported at a group that is in it
      for (let parent = chain[0].parent?.getEntity(); parent && !chain.includes(parent, 1); parent = parent.parent?.getEntity()) {
        chain.push(parent);
        if (parent === chain[0]) throw new BundleError(`groups[${i}]`, 'parent', `"${g.parent}" makes a loop of parents: ${chain.map((x) => x.acronym).join(' → ')}`);
      }
    });
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
    // the history's "before" of an object the import changes is read from these
    this.primeLoaders();
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

  /**
   * The existing entity with this natural key, or a new one; a key given twice in the bundle is
   * an error. Tracked for the history: an existing one before the caller changes it (a Change
   * is recorded only if its fields differ), a new one unless the bundle brings its history.
   */
  private async upsert<T extends { id: number }>(
    map: Map<string, T>,
    kind: string,
    key: string,
    record: string,
    field: string,
    create: () => T,
    history: Tracking<T>,
    shown = key,
  ): Promise<T> {
    const previous = this.inBundle.get(`${kind}:${key}`);
    if (previous) throw new BundleError(record, field, `"${shown}" is given twice in the bundle (also by ${previous})`);
    this.inBundle.set(`${kind}:${key}`, record);
    let entity = map.get(key);
    if (entity) {
      this.summary.updated += 1;
      await this.w.changing(entity, history.subject, 'UPDATE');
    } else {
      entity = create();
      this.em.persist(entity);
      map.set(key, entity);
      this.summary.created += 1;
      if (!this.withHistory.has(historyKey(history.type, history.key ?? key))) this.w.created(entity, history.subject);
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

  private async group(g: Bundle['groups'][number], i: number) {
    const record = `groups[${i}]`;
    const acronym = this.text(g.acronym, record, 'acronym');
    const group = await this.upsert(this.groups, 'group', acronym.toLowerCase(), record, 'acronym', () => new Group(), { type: 'Group', subject: groupHistory }, acronym);
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

  private async topic(t: Bundle['topics'][number], i: number) {
    const topic = await this.upsert(this.topics, 'topic', t.slug, `topics[${i}]`, 'slug', () => new Topic(), { type: 'Topic', subject: topicHistory });
    Object.assign(topic, { slug: t.slug, name: t.name });
  }

  private topicRefs(slugs: string[] | undefined, record: string): Topic[] {
    return (slugs ?? []).map((slug) => this.ref(this.topics, slug, record, 'topics'));
  }

  private async meeting(m: Bundle['meetings'][number], i: number) {
    const record = `meetings[${i}]`;
    const group = this.groupRef(m.group, record, 'group');
    const startsOn = this.date(m.startsOn, record, 'startsOn')!;
    const key = meetingKey(group.acronym, m.number, startsOn);
    const meeting = await this.upsert(this.meetings, 'meeting', key.toLowerCase(), record, m.number == null ? 'startsOn' : 'number', () => new Meeting(), { type: 'Meeting', subject: meetingHistory }, key);
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

  private async document(d: Bundle['documents'][number], i: number) {
    const record = `documents[${i}]`;
    const symbol = this.text(d.symbol, record, 'symbol');
    const doc = await this.upsert(this.documents, 'document', symbol.toLowerCase(), record, 'symbol', () => new Document(), { type: 'Document', subject: documentHistory }, symbol);
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

  private async outcome(o: Bundle['outcomes'][number], i: number) {
    const record = `outcomes[${i}]`;
    const meeting = this.meetingRef(o.meeting, record, 'meeting');
    if (!Number.isInteger(o.position) || o.position < 1) throw new BundleError(record, 'position', 'must be a whole number from 1');
    const outcome = await this.upsert(
      this.outcomes, 'outcome', `${o.meeting.toLowerCase()}/${o.position}`, record, 'position', () => new Outcome(),
      { type: 'Outcome', subject: outcomeHistory }, `${o.meeting}/${o.position}`,
    );
    Object.assign(outcome, { meeting: ref(meeting), position: o.position, kind: o.kind, text: this.text(o.text, record, 'text') });
    outcome.topics.set(this.topicRefs(o.topics, record));
    this.addSources('Outcome', outcome, o.sources, record);
  }

  private async keyed<T extends { id: number; key?: string | null }>(
    entity: new () => T, kind: string, key: string, record: string, existing: Map<string, T>, history: Tracking<T>,
  ): Promise<T> {
    this.text(key, record, 'key');
    const found = await this.upsert(existing, kind, key, record, 'key', () => new entity(), history);
    // a record matched by a derived key keeps it from now on
    found.key = key;
    return found;
  }

  private async actionItem(a: Bundle['actionItems'][number], i: number) {
    const record = `actionItems[${i}]`;
    const item = await this.keyed(ActionItem, 'action item', a.key, record, this.actionItems, { type: 'ActionItem', subject: actionItemHistory });
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

  private async liaison(l: Bundle['liaisons'][number], i: number) {
    const record = `liaisons[${i}]`;
    if (!l.to?.length) throw new BundleError(record, 'to', 'a liaison needs at least one addressee');
    const liaison = await this.keyed(Liaison, 'liaison', l.key, record, this.liaisons, { type: 'Liaison', subject: liaisonHistory });
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
    const sender = addressees.find((a) => a.group === liaison.fromGroup.getEntity());
    if (sender) throw new BundleError(record, 'to', `${sender.group.acronym} sends the liaison; it cannot also be an addressee`);
    liaison.addressees.set(addressees.map((a) => {
      const existing = liaison.addressees.isInitialized() ? liaison.addressees.getItems().find((x) => x.group.id === a.group.id) : undefined;
      const addressee = existing ?? Object.assign(new LiaisonAddressee(), { liaison: ref(liaison), group: ref(a.group) });
      Object.assign(addressee, { role: a.role, purpose: a.purpose });
      return addressee;
    }));
    liaison.attachments.set((l.attachments ?? []).map((s) => this.ref(this.documents, s, record, 'attachments', true)));
    this.addSources('Liaison', liaison, l.sources, record);
  }

  private async report(r: Bundle['reports'][number], i: number) {
    const record = `reports[${i}]`;
    const report = await this.keyed(Report, 'report', r.key, record, this.reports, { type: 'Report', subject: reportHistory });
    Object.assign(report, {
      title: this.text(r.title, record, 'title'),
      kind: r.kind,
      ownerGroup: ref(this.groupRef(r.ownerGroup, record, 'ownerGroup')),
      status: r.status,
    });
    this.addSources('Report', report, r.sources, record);
    const existing = this.milestonesOf.get(report) ?? new Map<string, Milestone>();
    this.milestonesOf.set(report, existing);
    for (const [j, m] of r.milestones.entries()) {
      const mRecord = `${record}.milestones[${j}]`;
      this.text(m.key, mRecord, 'key');
      const milestone = await this.upsert(existing, `milestone of ${r.key}`, m.key, mRecord, 'key', () => new Milestone(), {
        type: 'Milestone', subject: milestoneHistory, key: `${r.key}/${m.key}`,
      });
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
    }
  }

  private async bestPractice(b: Bundle['bestPractices'][number], i: number) {
    const record = `bestPractices[${i}]`;
    const practice = await this.keyed(BestPractice, 'best practice', b.key, record, this.bestPractices, { type: 'BestPractice', subject: bestPracticeHistory });
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

  /** "<report key>/<milestone key>" of a milestone the bundle does not list (keys may hold a slash themselves) */
  private milestoneInDatabase(key: string): Milestone | undefined {
    for (let i = key.indexOf('/'); i > 0; i = key.indexOf('/', i + 1)) {
      const report = this.reports.get(key.slice(0, i));
      const milestone = report && this.milestonesOf.get(report)?.get(key.slice(i + 1));
      if (milestone) return milestone;
    }
    return undefined;
  }

  /** History: each change's objects found by natural key, appended where the database does not hold it yet. */
  private async changes(changes: BundleChange[]) {
    this.options.onStep?.(`writing history (${changes.length} change(s))`);
    const lookups: Record<ChangeSubjectType, (key: string) => { id: number } | undefined> = {
      Group: (key) => this.groups.get(key.toLowerCase()),
      Topic: (key) => this.topics.get(key),
      Document: (key) => this.documents.get(key.toLowerCase()),
      Meeting: (key) => this.meetings.get(key.toLowerCase()),
      Outcome: (key) => this.outcomes.get(key.toLowerCase()),
      ActionItem: (key) => this.actionItems.get(key),
      Liaison: (key) => this.liaisons.get(key),
      Report: (key) => this.reports.get(key),
      Milestone: (key) => this.milestones.get(key) ?? this.milestoneInDatabase(key),
      BestPractice: (key) => this.bestPractices.get(key),
    };
    const keys: Pick<KeyLookup, 'idOf'> = { idOf: (type, key) => lookups[type]?.(key)?.id };
    const rows = changes.map((change, i) => {
      try {
        return changeRow(change, keys);
      } catch (error) {
        if (error instanceof ChangeProblem) throw new BundleError(`changes[${i}]`, error.field, error.message);
        throw error;
      }
    });
    this.summary.history = await appendChanges(this.em.getTransactionContext() as Knex.Transaction, rows);
    this.options.onProgress?.('history', changes.length, changes.length);
  }
}
