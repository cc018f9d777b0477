import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager, Knex } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { COMMAND_LINE_VIEWER } from '../auth/viewer.js';
import { ALL_TYPES, announceWrite, localWriteCommitted } from '../platform/database/write-watch.js';
import type { Snapshot } from '../change/change.entity.js';
import { groupLookupKeys } from '../group/group.entity.js';
import { strongestPurpose } from '../liaison/liaison.entity.js';
import type { LiaisonPurpose } from '../liaison/liaison.entity.js';
import { addresseeProblem } from '../liaison/liaison.rules.js';
import type { Bundle, BundleChange, BundleLiaison, BundleSource, ChangeSubjectType } from './bundle.types.js';
import { bundleProblem, recordAndField } from './bundle.validate.js';
import { assignKeys, meetingKey, slugKey } from './bundle.keys.js';
import { appendChanges, ChangeProblem, changeRow, type KeyLookup } from './bundle.changes.js';
import { allocateIds, deleteRows, insertRows, replaceLinks, select, setColumn, updateRows } from './bundle.store.js';
import { excerptOccursIn, excerptProblem } from '../source/excerpt.js';
import { importResolutions } from '../mandate/mandate.service.js';
import { deferSearchVectors, fillSearchVectors, pendingSearchVectors } from '../search/search.vectors.js';
import { partialDateSql } from '../platform/database/period-sql.js';
import {
  actionItemRows,
  bestPracticeRows,
  COLUMNS,
  storedColumns,
  storedRow,
  documentRows,
  groupRows,
  liaisonRows,
  meetingRows,
  milestoneRows,
  outcomeRows,
  reportRows,
  topicRows,
  type ActionItemRow,
  type AddresseeRow,
  type ContactRow,
  type BestPracticeRow,
  type DocumentRow,
  type GroupRow,
  type LiaisonRow,
  type MeetingRow,
  type MilestoneRow,
  type Names,
  type OutcomeRow,
  type ReportRow,
  type RowHistory,
  type TopicRow,
} from './bundle.rows.js';

/** A bundle that cannot be imported: names the record and the field, and nothing was written. */
export class BundleError extends AppError {
  constructor(record: string, field: string, problem: string) {
    super(ErrorCode.BAD_USER_INPUT, `${record}.${field}: ${problem}`, `${record}.${field}`);
  }
}

export interface ImportSummary {
  /** objects added */
  created: number;
  /** objects matched by natural key whose values the bundle changed (a new version each, and a Change) */
  updated: number;
  /** objects matched by natural key that already held the bundle's values (left as they were) */
  unchanged: number;
  /** entries of the bundle's history the database did not hold yet */
  history: number;
  /** rows committed without their search vector, left to be filled (searchVectors: 'later') */
  searchPending: number;
  /** milliseconds from the commit until every search vector was filled (searchVectors: 'after-commit') */
  searchFillMs?: number;
}

export interface ImportOptions {
  /** who the history names as the writer of the import's own changes ("import" when not given) */
  actor?: string;
  /** the caller ran checkBundle on this very bundle already (the command line does, before opening the database) */
  checked?: boolean;
  /** records read so far, per kind (at the end of each kind) */
  onProgress?: (kind: string, done: number, total: number) => void;
  /** the longer steps, in words ("writing 1200 records") */
  onStep?: (message: string) => void;
  /**
   * When the search vectors of the rows written are computed (see src/search/search.vectors.ts):
   * - 'in-transaction' (the default): by the trigger, in the import's transaction: searchable at commit;
   * - 'after-commit': the import commits without them, then fills them in parallel on
   *   `searchConnections` pooled connections before it returns (search catches up seconds after the commit);
   * - 'later': the import commits without them and leaves them to fillSearchVectors (the server fills
   *   them at its start); `searchPending` says how many.
   * A bulk load defers them: they are about half of PostgreSQL's work in a large import. Deferring
   * needs an import that is its own transaction (inside a caller's transaction it is 'in-transaction').
   */
  searchVectors?: 'in-transaction' | 'after-commit' | 'later';
  /** called once the import's transaction has committed (before the search vectors are filled) */
  onCommitted?: () => void;
  /** connections that fill the search vectors after the commit at once (1 on the embedded database) */
  searchConnections?: number;
}

/**
 * The bundle against its format (the zod schema of bundle.types.ts) with the API's input rules
 * (sizes, URL schemes, dates, enumerations, no NUL) and the liaison domain's rules of one record:
 * the first problem as a BundleError naming the record and field. Needs no database, so a bad
 * file is refused before one is opened.
 */
export function checkBundle(bundle: unknown): asserts bundle is Bundle {
  const b = bundle as Partial<Bundle> | null;
  if (b?.format !== 'liaison-graph-bundle') throw new BundleError('bundle', 'format', 'is not "liaison-graph-bundle"');
  if (b.version !== 1) throw new BundleError('bundle', 'version', `version ${String(b.version)} is not supported (1 is)`);
  const problem = bundleProblem(bundle);
  if (problem) {
    const { record, field } = recordAndField(problem.path);
    throw new BundleError(record, field, problem.message);
  }
}

/**
 * Loads a bundle, matching existing objects by natural key (group acronym, meeting group+number,
 * document symbol, topic slug, `key`), in one transaction: a bad record imports nothing.
 *
 * An import is a write like any other: each object it adds gets a CREATE in the history (by the
 * command line acting as ADMIN under the label "import", or `options.actor`), unless the bundle
 * carries that object's history, which is appended instead (so export → import → export gives
 * the same bundle); each object whose values it changes gets a new version and an UPDATE with
 * the changed fields before and after. An object that already holds the bundle's values is
 * left alone: no new version, no Change — importing a bundle twice changes nothing the second time.
 *
 * Everything is resolved in memory first (so a bad reference is refused before anything is
 * written), then written with set-based statements (bundle.store.ts): no entity is built.
 */
export async function importBundle(em: EntityManager, bundle: Bundle, options: ImportOptions = {}): Promise<ImportSummary> {
  if (!options.checked) checkBundle(bundle);
  const defer = (options.searchVectors ?? 'in-transaction') !== 'in-transaction' && !em.isInTransaction();
  try {
    const summary = await em.transactional(async (tx) => {
      const knex = (tx as SqlEntityManager).getTransactionContext() as Knex.Transaction;
      if (defer) await deferSearchVectors(knex);
      const result = await new BundleImport(knex, bundle, options).run();
      // set-based SQL flushes no entity, so the import says itself that it changed things: every
      // server process on the database drops its cached answers at commit (write-watch.ts)
      if (changedAnything(result)) await announceWrite(tx, [ALL_TYPES]);
      return result;
    });
    if (changedAnything(summary)) localWriteCommitted([ALL_TYPES]);
    options.onCommitted?.();
    if (defer) {
      if (options.searchVectors === 'later') summary.searchPending = await pendingSearchVectors(em);
      else {
        const started = performance.now();
        options.onStep?.('filling the search vectors');
        await fillSearchVectors(em, { connections: options.searchConnections });
        summary.searchFillMs = performance.now() - started;
      }
    }
    return summary;
  } catch (error) {
    const pg = error as { code?: string; detail?: string };
    if (pg?.code === '23505') throw new AppError(ErrorCode.CONFLICT, `This would duplicate an existing object${pg.detail ? ` (${pg.detail})` : ''}; nothing was imported.`);
    throw error;
  }
}

const changedAnything = (summary: ImportSummary) => summary.created + summary.updated + summary.history > 0;

/** how the history names objects of each kind (case-insensitive keys are kept in lower case) */
const CASELESS: ReadonlySet<ChangeSubjectType> = new Set(['Group', 'Document', 'Meeting', 'Outcome']);
const historyKey = (type: ChangeSubjectType, key: string) => `${type}:${CASELESS.has(type) ? key.toLowerCase() : key}`;

/** the bundle's list a kind's records are in, where its name in words differs */
const RECORD_LISTS: Record<string, string> = { 'action items': 'actionItems', 'best practices': 'bestPractices' };
const byNumber = (a: number, b: number) => a - b;
/** a row's values, for "did anything change": every column but the id and key */
function valuesOf(row: { id: number; key?: string | null }): string {
  const { id: _id, key: _key, ...values } = row;
  return JSON.stringify(values);
}

/** One kind of object: what the database holds, what the bundle brings, what is to be written. */
class Kind<R extends { id: number }> {
  /** natural key (lower case where it ignores case) → the row as it will be */
  readonly byKey = new Map<string, R>();
  /** id → the row as the database holds it */
  readonly before = new Map<number, R>();
  /** id → the row as it will be */
  readonly after = new Map<number, R>();
  /** id → its version as read (the update names it) */
  readonly versions = new Map<number, number>();
  /** keys given by records of this bundle: a second record with one is an error */
  readonly given = new Map<string, string>();
  readonly inserts: R[] = [];
  readonly updates: R[] = [];
  /** existing rows matched by a key derived from their title: the key is stored, nothing else */
  readonly keys: { id: number; value: string }[] = [];
  /** in the order of the bundle: what the history records */
  readonly written: { id: number; created: boolean; historyKey: string }[] = [];

  constructor(
    readonly table: keyof typeof COLUMNS,
    readonly history: RowHistory<R>,
    readonly versioned = true,
  ) {}

  load(rows: Iterable<R>, keyOf: (row: R) => string) {
    for (const row of rows) {
      this.byKey.set(keyOf(row), row);
      this.before.set(row.id, row);
      this.after.set(row.id, row);
    }
  }
}

interface PendingSources {
  type: ChangeSubjectType;
  id: number;
  isNew: boolean;
  sources: BundleSource[];
  record: string;
}

class BundleImport {
  private readonly summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, history: 0, searchPending: 0 };
  /** the objects whose history the bundle carries ("<type>:<key>") */
  private readonly withHistory: Set<string>;
  private readonly groups = new Kind<GroupRow>('groups', groupRows);
  private readonly topics = new Kind<TopicRow>('topics', topicRows, false);
  private readonly meetings = new Kind<MeetingRow>('meetings', meetingRows);
  private readonly documents = new Kind<DocumentRow>('documents', documentRows);
  private readonly outcomes = new Kind<OutcomeRow>('outcomes', outcomeRows);
  private readonly actionItems = new Kind<ActionItemRow>('action_items', actionItemRows);
  private readonly liaisons = new Kind<LiaisonRow>('liaisons', liaisonRows);
  private readonly reports = new Kind<ReportRow>('reports', reportRows);
  private readonly milestones = new Kind<MilestoneRow>('milestones', milestoneRows);
  private readonly bestPractices = new Kind<BestPracticeRow>('best_practices', bestPracticeRows);
  /** report id → its milestones by key */
  private readonly milestonesOf = new Map<number, Map<string, MilestoneRow>>();
  private readonly pendingSources: PendingSources[] = [];

  constructor(
    private readonly knex: Knex,
    private readonly bundle: Bundle,
    private readonly options: ImportOptions,
  ) {
    this.withHistory = new Set((bundle.changes ?? []).map((c) => historyKey(c.subjectType, c.subject)));
  }

  private readonly kinds = () =>
    [this.groups, this.topics, this.meetings, this.documents, this.outcomes, this.actionItems, this.liaisons, this.reports, this.milestones, this.bestPractices] as Kind<{ id: number }>[];

  async run(): Promise<ImportSummary> {
    this.options.onStep?.('reading what the database holds');
    await this.read();
    await this.resolveGroups();
    await this.resolve('topics', this.topics, this.bundle.topics, (t) => t.slug, (t, id): TopicRow => ({ id, slug: t.slug, name: t.name }), 'slug');
    await this.resolveMeetings();
    await this.resolveDocuments();
    await this.resolveOutcomes();
    await this.resolveActionItems();
    await this.resolveLiaisons();
    await this.resolveReports();
    await this.resolveBestPractices();
    const sources = await this.resolveSources();
    // the history of resolutions and clauses is resolved once they are written (writeResolutions)
    const history = this.resolveHistory((type) => !MANDATE_TYPES.has(type));
    const own = this.ownChanges();

    const records = this.kinds().reduce((n, k) => n + k.inserts.length + k.updates.length, 0);
    this.options.onStep?.(`writing ${records} record(s) to the database`);
    await this.write();
    await this.writeSources(sources);
    if (history.length) {
      this.options.onStep?.(`writing history (${history.length} change(s))`);
      this.summary.history = await appendChanges(this.knex, history);
    }
    await insertRows(this.knex, 'changes', OWN_CHANGE_COLUMNS, own);
    await this.writeResolutions();
    const mandateHistory = await this.resolveMandateHistory();
    if (mandateHistory.length) this.summary.history += await appendChanges(this.knex, mandateHistory);
    return this.summary;
  }

  // ---------------------------------------------------------------------------------------------
  // What the database holds

  private async read() {
    const k = this.knex;
    const date = (column: string) => `to_char(${column}, 'YYYY-MM-DD') as ${column}`;
    const partial = (column: string) => `${partialDateSql(column)} as ${column}`;
    const pairs = async (sql: string) => {
      const out = new Map<number, number[]>();
      for (const { owner, target } of await select<{ owner: number; target: number }>(k, sql)) {
        const list = out.get(owner);
        if (list) list.push(target);
        else out.set(owner, [target]);
      }
      for (const list of out.values()) list.sort(byNumber);
      return out;
    };
    const versions = <R extends { id: number }>(kind: Kind<R>, rows: (R & { version?: number })[]): R[] =>
      rows.map(({ version, ...row }) => {
        if (version !== undefined) kind.versions.set(row.id, version);
        return row as unknown as R;
      });

    const groups = versions(this.groups, await select<GroupRow & { version: number }>(k, `select id, acronym, name, kind, sector, parent_id, aliases, mandates, officers, version from groups`));
    for (const g of groups) g.officers = g.officers.map((o) => ({ role: o.role, name: o.name }));
    this.groups.load(groups, (g) => g.acronym.toLowerCase());
    this.topics.load(await select<TopicRow>(k, `select id, slug, name from topics`), (t) => t.slug);

    const meetingTopics = await pairs(`select meeting_id as owner, topic_id as target from meeting_topics`);
    const meetings = versions(this.meetings, await select<MeetingRow & { version: number }>(k,
      `select id, group_id, number, title, ${date('starts_on')}, start_half, ${date('ends_on')}, end_half, location, format, participant_count, version from meetings`));
    for (const m of meetings) m.topics = meetingTopics.get(m.id) ?? [];
    this.meetings.load(meetings, (m) => meetingKey(this.groups.before.get(m.group_id)!.acronym, m.number, m.starts_on).toLowerCase());

    this.documents.load(versions(this.documents, await select<DocumentRow & { version: number }>(k,
      `select id, symbol, title, kind, url, public, ${date('published_on')}, text, source_group_id, meeting_id, version from documents`)), (d) => d.symbol.toLowerCase());

    const outcomeTopics = await pairs(`select outcome_id as owner, topic_id as target from outcome_topics`);
    const outcomes = versions(this.outcomes, await select<OutcomeRow & { version: number }>(k, `select id, meeting_id, position, kind, text, version from outcomes`));
    for (const o of outcomes) o.topics = outcomeTopics.get(o.id) ?? [];
    this.outcomes.load(outcomes, (o) => `${this.meetingKeyOf(o.meeting_id)}/${o.position}`);

    // records without a key of their own get the one export gives them, in the same order
    const inOrder = 'order by created_at, id';
    const keyed = <R extends { id: number; key: string | null; title: string }>(kind: Kind<R>, rows: R[]) => {
      for (const [row, key] of assignKeys(rows, (r) => r.key, (r) => slugKey(r.title))) {
        kind.byKey.set(key, row);
        kind.before.set(row.id, row);
        kind.after.set(row.id, row);
      }
    };
    keyed(this.actionItems, versions(this.actionItems, await select<ActionItemRow & { version: number }>(k,
      `select id, key, title, assignee_id, raised_by_id, resolved_by_id, ${partial('due_on')}, due_meeting_id, status, version from action_items ${inOrder}`)));

    const addressees = new Map<number, AddresseeRow[]>();
    for (const a of await select<AddresseeRow & { liaison_id: number }>(k, `select liaison_id, group_id, role, purpose from liaison_addressees order by liaison_id, group_id`)) {
      const list = addressees.get(a.liaison_id) ?? [];
      list.push({ group_id: a.group_id, role: a.role, purpose: a.purpose });
      addressees.set(a.liaison_id, list);
    }
    const attachments = await pairs(`select liaison_id as owner, document_id as target from liaison_attachments`);
    const liaisons = versions(this.liaisons, await select<LiaisonRow & { version: number }>(k,
      `select id, key, reference, title, from_group_id, purpose, status, body, ${date('sent_on')}, ${partial('deadline')}, in_reply_to_id, meeting_id, decided_by_id,
              approved_by, approval_level, ${date('approved_on')}, action_taken, version from liaisons ${inOrder}`));
    const contacts = new Map<number, ContactRow[]>();
    for (const c of await select<ContactRow & { liaison_id: number }>(k, `select liaison_id, group_id, name, email, role from liaison_contacts order by liaison_id, position, id`)) {
      contacts.set(c.liaison_id, [...(contacts.get(c.liaison_id) ?? []), { group_id: c.group_id, name: c.name, email: c.email, role: c.role }]);
    }
    const related = new Map<number, { related_id: number; kind: string }[]>();
    for (const r of await select<{ liaison_id: number; related_id: number; kind: string }>(k, `select liaison_id, related_id, kind from liaison_relations order by liaison_id, related_id`)) {
      related.set(r.liaison_id, [...(related.get(r.liaison_id) ?? []), { related_id: r.related_id, kind: r.kind }]);
    }
    const fulfils = await pairs(`select liaison_id as owner, id as target from action_items where liaison_id is not null`);
    for (const l of liaisons) {
      l.addressees = addressees.get(l.id) ?? [];
      l.attachments = attachments.get(l.id) ?? [];
      l.contacts = contacts.get(l.id) ?? [];
      l.related = related.get(l.id) ?? [];
      l.fulfils = fulfils.get(l.id) ?? [];
    }
    keyed(this.liaisons, liaisons);
    const reportOutcomes = await pairs(`select report_id as owner, outcome_id as target from report_outcomes`);
    const reports = versions(this.reports, await select<ReportRow & { version: number }>(k, `select id, key, title, kind, owner_group_id, status, version from reports ${inOrder}`));
    for (const r of reports) r.outcomes = reportOutcomes.get(r.id) ?? [];
    keyed(this.reports, reports);

    const milestones = versions(this.milestones, await select<MilestoneRow & { version: number }>(k,
      `select id, key, report_id, group_id, kind, ${partial('planned_for')}, meeting_id, status, version from milestones order by report_id, created_at, id`));
    const byReport = new Map<number, MilestoneRow[]>();
    for (const m of milestones) byReport.set(m.report_id, [...(byReport.get(m.report_id) ?? []), m]);
    for (const [reportId, list] of byReport) {
      const keys = assignKeys(list, (m) => m.key, (m) => slugKey(`${m.kind}-${this.groups.before.get(m.group_id)!.acronym}-${m.planned_for?.slice(0, 7) ?? 'undated'}`));
      this.milestonesOf.set(reportId, new Map([...keys].map(([m, key]) => [key, m])));
      for (const m of list) {
        this.milestones.before.set(m.id, m);
        this.milestones.after.set(m.id, m);
      }
    }

    const practiceTopics = await pairs(`select best_practice_id as owner, topic_id as target from best_practice_topics`);
    const practiceDocuments = await pairs(`select best_practice_id as owner, document_id as target from best_practice_documents`);
    const practices = versions(this.bestPractices, await select<BestPracticeRow & { version: number }>(k,
      `select id, key, title, summary, source_group_id, meeting_id, version from best_practices ${inOrder}`));
    for (const b of practices) {
      b.topics = practiceTopics.get(b.id) ?? [];
      b.documents = practiceDocuments.get(b.id) ?? [];
    }
    keyed(this.bestPractices, practices);
  }

  /** a meeting's natural key in lower case, from the rows as they will be */
  private meetingKeyOf(meetingId: number): string {
    const m = this.meetings.after.get(meetingId)!;
    return meetingKey(this.groups.after.get(m.group_id)!.acronym, m.number, m.starts_on).toLowerCase();
  }

  // ---------------------------------------------------------------------------------------------
  // The bundle's records, matched and resolved in memory

  /** a referenced object; groups, meetings, outcomes and documents are keyed in lower case (their keys ignore case) */
  private ref<R>(kind: Kind<R & { id: number }>, key: string, record: string, field: string, ignoreCase = false): R {
    const found = kind.byKey.get(ignoreCase ? key.toLowerCase() : key);
    if (!found) throw new BundleError(record, field, `"${key}" is not in the bundle or the database`);
    return found;
  }

  private group(name: string, record: string, field: string): number {
    return this.ref(this.groups, name, record, field, true).id;
  }

  private meeting(key: string | undefined, record: string, field: string): number | null {
    return key ? this.ref(this.meetings, key, record, field, true).id : null;
  }

  private outcome(key: string | undefined, record: string, field: string): number | null {
    return key ? this.ref(this.outcomes, key, record, field, true).id : null;
  }

  private topicIds(slugs: string[] | undefined, record: string): number[] {
    return [...new Set((slugs ?? []).map((slug) => this.ref(this.topics, slug, record, 'topics').id))].sort(byNumber);
  }

  private documentIds(symbols: string[] | undefined, record: string, field: string): number[] {
    return [...new Set((symbols ?? []).map((s) => this.ref(this.documents, s, record, field, true).id))].sort(byNumber);
  }

  /**
   * The records of one kind: each matched by its natural key (a key given twice is an error),
   * new ones given ids from the table's sequence, then each built into its row (references
   * resolved) and compared with what the database holds.
   */
  private async resolve<T, R extends { id: number; key?: string | null }>(
    name: string,
    kind: Kind<R>,
    records: readonly T[] | undefined,
    keyOf: (record: T, index: number) => string,
    build: (record: T, id: number, index: number) => R,
    keyField: string | ((record: T) => string),
    options: { shown?: (record: T) => string; historyKey?: (record: T) => string; record?: (index: number) => string; storesKey?: boolean; sources?: (record: T) => BundleSource[] | undefined } = {},
  ): Promise<R[]> {
    const list = records ?? [];
    const recordOf = options.record ?? ((i: number) => `${RECORD_LISTS[name] ?? name}[${i}]`);
    const matched: (R | undefined)[] = [];
    const keys: string[] = [];
    for (const [i, r] of list.entries()) {
      const key = keyOf(r, i);
      const record = recordOf(i);
      const field = typeof keyField === 'string' ? keyField : keyField(r);
      const previous = kind.given.get(key);
      if (previous) throw new BundleError(record, field, `"${options.shown?.(r) ?? key}" is given twice in the bundle (also by ${previous})`);
      kind.given.set(key, record);
      keys.push(key);
      matched.push(kind.byKey.get(key));
    }
    const ids = await allocateIds(this.knex, kind.table, matched.filter((m) => !m).length);
    let next = 0;
    // every new row's id is known (and findable by key) before any row is built: rows refer to each other
    const placeholders = matched.map((m, i) => {
      if (m) return m;
      const row = { id: ids[next++] } as R;
      kind.byKey.set(keys[i], row);
      return row;
    });
    const rows: R[] = [];
    for (const [i, r] of list.entries()) {
      const existing = matched[i];
      const id = placeholders[i].id;
      const row = build(r, id, i);
      if (existing) {
        if (valuesOf(row) !== valuesOf(existing)) {
          kind.updates.push(row);
          this.summary.updated += 1;
          kind.written.push({ id, created: false, historyKey: '' });
        } else {
          this.summary.unchanged += 1;
          if (options.storesKey && existing.key == null && row.key != null) kind.keys.push({ id, value: row.key });
        }
      } else {
        kind.inserts.push(row);
        this.summary.created += 1;
        kind.written.push({ id, created: true, historyKey: historyKey(kind.history.type, options.historyKey?.(r) ?? keys[i]) });
      }
      // the row as it will be, for the references that follow (the row read stays as it was: the history's "before")
      let final = row;
      if (existing) kind.byKey.set(keys[i], row);
      else final = Object.assign(placeholders[i], row);
      kind.after.set(id, final);
      const sources = options.sources?.(r);
      if (sources?.length) this.pendingSources.push({ type: kind.history.type, id, isNew: !existing, sources, record: recordOf(i) });
      rows.push(final);
    }
    this.options.onProgress?.(name, list.length, list.length);
    return rows;
  }

  private async resolveGroups() {
    const records = this.bundle.groups;
    // parents once every group is known
    const rows = await this.resolve('groups', this.groups, records, (g) => g.acronym.toLowerCase(), (g, id): GroupRow => ({
      id,
      acronym: g.acronym,
      name: g.name,
      kind: g.kind,
      sector: g.sector,
      parent_id: g.parent ? this.groups.byKey.get(g.parent.toLowerCase())?.id ?? -1 : null,
      aliases: g.aliases ?? [],
      mandates: g.mandates ?? [],
      officers: (g.officers ?? []).map((o) => ({ role: o.role, name: o.name })),
    }), 'acronym', { shown: (g) => g.acronym, historyKey: (g) => g.acronym, sources: (g) => g.sources });
    records.forEach((g, i) => {
      if (g.parent) this.group(g.parent, `groups[${i}]`, 'parent');
    });
    // no group may be its own ancestor; a loop that does not pass through this group is reported at a group that is in it
    records.forEach((g, i) => {
      const chain = [rows[i]];
      for (let parent = this.parentOf(chain[0]); parent && !chain.includes(parent, 1); parent = this.parentOf(parent)) {
        chain.push(parent);
        if (parent === chain[0]) throw new BundleError(`groups[${i}]`, 'parent', `"${g.parent}" makes a loop of parents: ${chain.map((x) => x.acronym).join(' → ')}`);
      }
    });
  }

  private parentOf(group: GroupRow): GroupRow | undefined {
    return group.parent_id != null ? this.groups.after.get(group.parent_id) : undefined;
  }

  private async resolveMeetings() {
    await this.resolve('meetings', this.meetings, this.bundle.meetings, (m, i) => {
      const group = this.ref(this.groups, m.group, `meetings[${i}]`, 'group', true);
      return meetingKey(group.acronym, m.number, m.startsOn).toLowerCase();
    }, (m, id, i): MeetingRow => {
      const record = `meetings[${i}]`;
      if (m.endsOn < m.startsOn) throw new BundleError(record, 'endsOn', 'is before startsOn');
      return {
        id,
        group_id: this.group(m.group, record, 'group'),
        number: m.number ?? null,
        title: m.title,
        starts_on: m.startsOn,
        start_half: m.startHalf ?? null,
        ends_on: m.endsOn,
        end_half: m.endHalf ?? null,
        location: m.location ?? null,
        format: m.format,
        participant_count: m.participantCount ?? null,
        topics: this.topicIds(m.topics, record),
      };
    }, (m) => (m.number == null ? 'startsOn' : 'number'), {
      shown: (m) => meetingKey(this.groups.byKey.get(m.group.toLowerCase())!.acronym, m.number, m.startsOn),
      historyKey: (m) => meetingKey(m.group, m.number, m.startsOn),
      sources: (m) => m.sources,
    });
  }

  private async resolveDocuments() {
    await this.resolve('documents', this.documents, this.bundle.documents, (d) => d.symbol.toLowerCase(), (d, id, i): DocumentRow => {
      const record = `documents[${i}]`;
      return {
        id,
        symbol: d.symbol,
        title: d.title,
        kind: d.kind,
        url: d.url ?? null,
        public: d.public ?? true,
        published_on: d.publishedOn ?? null,
        text: d.text ?? null,
        source_group_id: d.sourceGroup ? this.group(d.sourceGroup, record, 'sourceGroup') : null,
        meeting_id: this.meeting(d.meeting, record, 'meeting'),
      };
    }, 'symbol', { shown: (d) => d.symbol, historyKey: (d) => d.symbol, sources: (d) => d.sources });
  }

  private async resolveOutcomes() {
    await this.resolve('outcomes', this.outcomes, this.bundle.outcomes, (o, i) => {
      const meeting = this.meeting(o.meeting, `outcomes[${i}]`, 'meeting')!;
      return `${this.meetingKeyOf(meeting)}/${o.position}`;
    }, (o, id, i): OutcomeRow => ({
      id,
      meeting_id: this.meeting(o.meeting, `outcomes[${i}]`, 'meeting')!,
      position: o.position,
      kind: o.kind,
      text: o.text,
      topics: this.topicIds(o.topics, `outcomes[${i}]`),
    }), 'position', { shown: (o) => `${o.meeting}/${o.position}`, historyKey: (o) => `${o.meeting}/${o.position}`, sources: (o) => o.sources });
  }

  private async resolveActionItems() {
    await this.resolve('action items', this.actionItems, this.bundle.actionItems, (a) => a.key, (a, id, i): ActionItemRow => {
      const record = `actionItems[${i}]`;
      return {
        id,
        key: a.key,
        title: a.title,
        assignee_id: this.group(a.assignee, record, 'assignee'),
        raised_by_id: this.outcome(a.raisedBy, record, 'raisedBy'),
        resolved_by_id: this.outcome(a.resolvedBy, record, 'resolvedBy'),
        due_on: a.dueOn ?? null,
        due_meeting_id: this.meeting(a.dueMeeting, record, 'dueMeeting'),
        status: a.status,
      };
    }, 'key', { storesKey: true, sources: (a) => a.sources });
  }

  private async resolveLiaisons() {
    await this.resolve('liaisons', this.liaisons, this.bundle.liaisons, (l) => l.key, (l, id, i): LiaisonRow => {
      const record = `liaisons[${i}]`;
      // the deadline rule was checked with the format (bundle.types.ts)
      const purpose = strongestPurpose(l.to.map((a) => a.purpose));
      const from = this.group(l.from, record, 'from');
      const addressees: AddresseeRow[] = [];
      // the liaison domain's addressee rule (liaison.rules.ts), addressee by addressee as the API applies it
      const add = (name: string, field: string, role: 'TO' | 'CC', purpose: LiaisonPurpose | null) => {
        const group = this.ref(this.groups, name, record, field, true);
        const problem = addresseeProblem(group, from, addressees.map((a) => a.group_id));
        if (problem) throw new BundleError(record, field, problem);
        addressees.push({ group_id: group.id, role, purpose });
      };
      l.to.forEach((a, j) => add(a.group, `to[${j}].group`, 'TO', a.purpose));
      (l.cc ?? []).forEach((name, j) => add(name, `cc[${j}]`, 'CC', null));
      const answered = l.inReplyTo ? this.ref(this.liaisons, l.inReplyTo, record, 'inReplyTo').id : null;
      // the database refuses it too, but as an internal error
      if (answered === id) throw new BundleError(record, 'inReplyTo', 'a liaison cannot answer itself');
      return {
        id,
        key: l.key,
        reference: l.reference ?? null,
        title: l.title,
        from_group_id: from,
        purpose,
        status: l.status,
        body: l.body ?? null,
        sent_on: l.sentOn ?? null,
        deadline: l.deadline ?? null,
        in_reply_to_id: answered,
        meeting_id: this.meeting(l.meeting, record, 'meeting'),
        decided_by_id: this.outcome(l.decidedBy, record, 'decidedBy'),
        ...this.template(l, record, id, from, addressees),
      };
    }, 'key', { storesKey: true, sources: (l) => l.sources });
  }

  /** which liaison (by record) carries out each action item: an item asks for one liaison */
  private readonly fulfilledBy = new Map<number, string>();

  /**
   * The ITU template's fields of a liaison record: contacts of the sender or an addressee,
   * relations to other liaisons (not itself), action items that exist (the e-mail address and the
   * approval date were checked with the format, under liaison-template.rules.ts).
   */
  private template(l: BundleLiaison, record: string, id: number, from: number, addressees: AddresseeRow[]) {
    const parties = new Set([from, ...addressees.map((a) => a.group_id)]);
    const contacts = (l.contacts ?? []).map((c, j): ContactRow => {
      const group = this.group(c.group, record, `contacts[${j}].group`);
      if (!parties.has(group)) throw new BundleError(record, `contacts[${j}].group`, `${c.group} is neither the sender nor an addressee of the liaison`);
      return { group_id: group, name: c.name, email: c.email, role: c.role ?? null };
    });
    const related = (l.related ?? []).map((r, j) => {
      const other = this.ref(this.liaisons, r.liaison, record, `related[${j}].liaison`).id;
      if (other === id) throw new BundleError(record, `related[${j}].liaison`, 'a liaison cannot relate to itself');
      return { related_id: other, kind: r.kind as string };
    });
    const twice = related.find((r, j) => related.findIndex((x) => x.related_id === r.related_id) !== j);
    if (twice) throw new BundleError(record, 'related', `"${l.related!.find((r) => this.liaisons.byKey.get(r.liaison)?.id === twice.related_id)!.liaison}" is named twice`);
    const fulfils = [...new Set((l.fulfils ?? []).map((key) => this.ref(this.actionItems, key, record, 'fulfils').id))].sort(byNumber);
    for (const item of fulfils) {
      const other = this.fulfilledBy.get(item);
      if (other && other !== record) throw new BundleError(record, 'fulfils', `an action item asks for one liaison; ${other} names it too`);
      this.fulfilledBy.set(item, record);
    }
    return {
      approved_by: l.approval?.by ?? null,
      approval_level: l.approval?.level ?? null,
      approved_on: l.approval?.on ?? null,
      action_taken: l.actionTaken ?? null,
      addressees: addressees.sort((a, b) => a.group_id - b.group_id),
      attachments: this.documentIds(l.attachments, record, 'attachments'),
      contacts,
      related: related.sort((a, b) => a.related_id - b.related_id),
      fulfils,
    };
  }

  private async resolveReports() {
    const reports = await this.resolve('reports', this.reports, this.bundle.reports, (r) => r.key, (r, id, i): ReportRow => ({
      id,
      key: r.key,
      title: r.title,
      kind: r.kind,
      owner_group_id: this.group(r.ownerGroup, `reports[${i}]`, 'ownerGroup'),
      status: r.status,
      // a record without outcomes leaves the report's as they are (an import merges: a partner's or an ingested report may not name them)
      outcomes: r.outcomes === undefined
        ? (this.reports.before.get(id)?.outcomes ?? [])
        : [...new Set(r.outcomes.map((key, j) => this.outcome(key, `reports[${i}]`, `outcomes[${j}]`)!))].sort(byNumber),
    }), 'key', { storesKey: true, sources: (r) => r.sources });
    // milestones are matched within their report, all of them in one pass (ids from one sequence call)
    const flat: { reportKey: string; reportId: number; record: string; m: Bundle['reports'][number]['milestones'][number] }[] = [];
    this.bundle.reports.forEach((r, i) => r.milestones.forEach((m, j) => flat.push({ reportKey: r.key, reportId: reports[i].id, record: `reports[${i}].milestones[${j}]`, m })));
    // a milestone's natural key within its report, matched against that report's milestones
    for (const { reportId } of flat) {
      if (!this.milestonesOf.has(reportId)) this.milestonesOf.set(reportId, new Map());
    }
    this.milestones.byKey.clear();
    for (const [reportId, byKey] of this.milestonesOf) for (const [key, m] of byKey) this.milestones.byKey.set(`${reportId}/${key}`, m);
    await this.resolve('milestones', this.milestones, flat, (f) => `${f.reportId}/${f.m.key}`, (f, id): MilestoneRow => ({
      id,
      key: f.m.key,
      report_id: f.reportId,
      group_id: this.group(f.m.group, f.record, 'group'),
      kind: f.m.kind,
      planned_for: f.m.plannedFor ?? null,
      meeting_id: this.meeting(f.m.meeting, f.record, 'meeting'),
      status: f.m.status,
    }), 'key', {
      shown: (f) => f.m.key,
      historyKey: (f) => `${f.reportKey}/${f.m.key}`,
      record: (i) => flat[i].record,
      storesKey: true,
      sources: (f) => f.m.sources,
    });
  }

  private async resolveBestPractices() {
    await this.resolve('best practices', this.bestPractices, this.bundle.bestPractices, (b) => b.key, (b, id, i): BestPracticeRow => {
      const record = `bestPractices[${i}]`;
      return {
        id,
        key: b.key,
        title: b.title,
        summary: b.summary,
        source_group_id: b.sourceGroup ? this.group(b.sourceGroup, record, 'sourceGroup') : null,
        meeting_id: this.meeting(b.meeting, record, 'meeting'),
        topics: this.topicIds(b.topics, record),
        documents: this.documentIds(b.documents, record, 'documents'),
      };
    }, 'key', { storesKey: true, sources: (b) => b.sources });
  }

  /**
   * Sources are replaced per object, only where they differ (a re-import leaves them as they
   * are); a record without sources leaves the object's sources alone (a partner may not track them).
   */
  private async resolveSources() {
    const plan = { remove: [] as number[], add: [] as Record<string, unknown>[] };
    await this.checkRetextedDocuments();
    if (this.pendingSources.length === 0) return plan;
    const current = new Map<string, { id: number; document_id: number; excerpt: string; note: string | null }[]>();
    const existing = this.pendingSources.filter((p) => !p.isNew);
    if (existing.length > 0) {
      const rows = await select<{ id: number; subject_type: string; subject_id: number; document_id: number; excerpt: string; note: string | null }>(this.knex,
        `select s.id, s.subject_type, s.subject_id, s.document_id, s.excerpt, s.note
         from sources s join unnest(?::text[], ?::int[]) as w(subject_type, subject_id) on w.subject_type = s.subject_type and w.subject_id = s.subject_id
         order by s.position, s.id`, [existing.map((p) => p.type), existing.map((p) => p.id)]);
      for (const s of rows) {
        const key = `${s.subject_type}:${s.subject_id}`;
        current.set(key, [...(current.get(key) ?? []), s]);
      }
    }
    for (const { type, id, sources, record } of this.pendingSources) {
      const wanted = sources.map((s, j) => {
        const doc = this.ref(this.documents, s.document, `${record}.sources[${j}]`, 'document', true);
        if (!excerptOccursIn(doc.text, s.excerpt)) {
          throw new BundleError(`${record}.sources[${j}]`, 'excerpt', excerptProblem(doc.symbol, s.excerpt));
        }
        return { subject_type: type, subject_id: id, document_id: doc.id, excerpt: s.excerpt, note: s.note ?? null, position: j + 1 };
      });
      const now = current.get(`${type}:${id}`) ?? [];
      const same = now.length === wanted.length && now.every((c, j) => c.document_id === wanted[j].document_id && c.excerpt === wanted[j].excerpt && (c.note ?? null) === wanted[j].note);
      if (same) continue;
      plan.remove.push(...now.map((c) => c.id));
      plan.add.push(...wanted);
    }
    return plan;
  }

  /**
   * A document whose text the bundle changes must still hold every excerpt the database cites
   * from it, unless the bundle brings that object's sources anew (checked in resolveSources):
   * else the next export would carry sources the next import refuses.
   */
  private async checkRetextedDocuments() {
    const retexted = this.documents.updates.filter((d) => d.text && d.text !== this.documents.before.get(d.id)?.text);
    if (retexted.length === 0) return;
    const replaced = new Set(this.pendingSources.map((p) => `${p.type}:${p.id}`));
    const cited = await select<{ subject_type: string; subject_id: number; document_id: number; excerpt: string }>(this.knex,
      `select subject_type, subject_id, document_id, excerpt from sources where document_id = any(?::int[]) order by id`, [retexted.map((d) => d.id)]);
    for (const s of cited) {
      if (replaced.has(`${s.subject_type}:${s.subject_id}`)) continue;
      const doc = this.documents.after.get(s.document_id)!;
      if (excerptOccursIn(doc.text, s.excerpt)) continue;
      const i = this.bundle.documents.findIndex((d) => d.symbol.toLowerCase() === doc.symbol.toLowerCase());
      throw new BundleError(`documents[${i}]`, 'text', `no longer holds what a ${s.subject_type} of the database cites from it: "${s.excerpt.slice(0, 80)}…"`);
    }
  }

  /** the bundle's history of the kinds `taken` (all but resolutions and clauses), each change's objects found by natural key */
  private resolveHistory(taken: (type: ChangeSubjectType) => boolean) {
    const changes: BundleChange[] = this.bundle.changes ?? [];
    if (!changes.some((c) => taken(c.subjectType))) return [];
    const reportKeys = new Map<number, string>();
    for (const [key, r] of this.reports.byKey) reportKeys.set(r.id, key);
    const milestones = new Map<string, number>();
    for (const [key, m] of this.milestones.byKey) {
      const slash = key.indexOf('/');
      const report = reportKeys.get(Number(key.slice(0, slash)));
      if (report !== undefined) milestones.set(`${report}/${key.slice(slash + 1)}`, m.id);
    }
    const lookups: Record<ChangeSubjectType, (key: string) => number | undefined> = {
      Group: (key) => this.groups.byKey.get(key.toLowerCase())?.id,
      Topic: (key) => this.topics.byKey.get(key)?.id,
      Document: (key) => this.documents.byKey.get(key.toLowerCase())?.id,
      Meeting: (key) => this.meetings.byKey.get(key.toLowerCase())?.id,
      Outcome: (key) => this.outcomes.byKey.get(key.toLowerCase())?.id,
      ActionItem: (key) => this.actionItems.byKey.get(key)?.id,
      Liaison: (key) => this.liaisons.byKey.get(key)?.id,
      Report: (key) => this.reports.byKey.get(key)?.id,
      Milestone: (key) => milestones.get(key),
      BestPractice: (key) => this.bestPractices.byKey.get(key)?.id,
      // written after the history of the others (writeResolutions): a change of the others never names one
      Resolution: () => undefined,
      Clause: () => undefined,
    };
    return this.changeRows(changes, taken, { idOf: (type, key) => lookups[type]?.(key) });
  }

  /** the bundle's history of resolutions and clauses, once they are written: found by key and "<key>/<position>" */
  private async resolveMandateHistory() {
    const changes: BundleChange[] = this.bundle.changes ?? [];
    const taken = (type: ChangeSubjectType) => MANDATE_TYPES.has(type);
    if (!changes.some((c) => taken(c.subjectType))) return [];
    const resolutions = new Map<string, number>();
    const clauses = new Map<string, number>();
    for (const r of await select<{ id: number; key: string }>(this.knex, `select id, key from resolutions`)) resolutions.set(r.key, r.id);
    for (const c of await select<{ id: number; key: string; position: number }>(this.knex,
      `select c.id, r.key, c.position from mandate_clauses c join resolutions r on r.id = c.resolution_id`)) clauses.set(`${c.key}/${c.position}`, c.id);
    const idOf = (type: ChangeSubjectType, key: string) =>
      type === 'Resolution' ? resolutions.get(key) : type === 'Clause' ? clauses.get(key) : type === 'Group' ? this.groups.byKey.get(key.toLowerCase())?.id : undefined;
    return this.changeRows(changes, taken, { idOf });
  }

  /** the rows of the changes of the kinds `taken`, in the bundle's order; a problem names the change */
  private changeRows(changes: BundleChange[], taken: (type: ChangeSubjectType) => boolean, keys: Pick<KeyLookup, 'idOf'>) {
    return changes.flatMap((change, i) => {
      if (!taken(change.subjectType)) return [];
      try {
        return [changeRow(change, keys)];
      } catch (error) {
        if (error instanceof ChangeProblem) throw new BundleError(`changes[${i}]`, error.field, error.message);
        throw error;
      }
    });
  }

  /** how the history names objects: as the database held them, or as the import leaves them */
  private names(state: 'before' | 'after'): Names {
    const get = <R extends { id: number }>(kind: Kind<R>, id: number): R => (kind[state].get(id) ?? kind.after.get(id))!;
    return {
      acronym: (id) => get(this.groups, id).acronym,
      slug: (id) => get(this.topics, id).slug,
      symbol: (id) => get(this.documents, id).symbol,
      meeting: (id) => get(this.meetings, id),
      outcome: (id) => get(this.outcomes, id),
      reportOwner: (id) => get(this.reports, id).owner_group_id,
    };
  }

  /** the import's own history: a CREATE per object it adds (unless the bundle brings its history), an UPDATE per object it changes */
  private ownChanges(): Record<string, unknown>[] {
    const before = this.names('before');
    const after = this.names('after');
    const actor = this.options.actor ?? 'import';
    const rows: Record<string, unknown>[] = [];
    for (const kind of this.kinds()) {
      for (const { id, created, historyKey: key } of kind.written) {
        if (created && this.withHistory.has(key)) continue;
        const row = kind.after.get(id)!;
        const snapshot = kind.history.snapshot(after, row);
        const groups = kind.history.groupIds(after, row);
        let fields = Object.keys(snapshot);
        let old: Snapshot | null = null;
        let changed: Snapshot = snapshot;
        let version: number | null = kind.versioned ? 1 : null;
        if (!created) {
          const was = kind.before.get(id)!;
          const previous = kind.history.snapshot(before, was);
          groups.push(...kind.history.groupIds(before, was));
          fields = Object.keys({ ...previous, ...snapshot }).filter((k) => JSON.stringify(previous[k]) !== JSON.stringify(snapshot[k]));
          // a change the history does not show (a document's text): a new version, no Change
          if (fields.length === 0) continue;
          old = Object.fromEntries(fields.map((k) => [k, previous[k] ?? null]));
          changed = Object.fromEntries(fields.map((k) => [k, snapshot[k] ?? null]));
          version = kind.versioned ? kind.versions.get(id)! + 1 : null;
        }
        rows.push({
          actor_label: actor,
          actor_role: COMMAND_LINE_VIEWER.role,
          object_type: kind.history.type,
          object_id: id,
          object_version: version,
          action: created ? 'CREATE' : 'UPDATE',
          fields,
          before: old,
          after: changed,
          group_ids: [...new Set(groups)].sort(byNumber),
        });
      }
    }
    return rows;
  }

  // ---------------------------------------------------------------------------------------------
  // Writing: each table's new rows, then its changed rows, in the order references need

  private async write() {
    const k = this.knex;
    const put = async <R extends { id: number }>(kind: Kind<R>, toRow: (row: R) => Record<string, unknown> = (r) => r) => {
      const columns = storedColumns(kind.table);
      const stored = (row: R) => storedRow(kind.table, toRow(row));
      await insertRows(k, kind.table, ['id', ...columns], kind.inserts.map(stored));
      await updateRows(k, kind.table, columns, kind.updates.map(stored).map((r) => ({ ...r, version: kind.versions.get(r.id as number) })), kind.versioned);
      if (kind.keys.length) await setColumn(k, kind.table, 'key', kind.keys);
    };
    const changedOrNew = <R extends { id: number }>(kind: Kind<R>) => [...kind.inserts, ...kind.updates];

    // a group's parent, a liaison's answered liaison: new rows go in parents first (a reference to
    // a row of the same statement or an earlier one holds), so the reference is written with the
    // row; only a cycle among new rows is written without it and set once both rows exist.
    // (Setting it afterwards would rewrite every such row: a new row version, its search vector
    // computed again.)
    const groupRow = (g: GroupRow) => ({ ...g, lookup_keys: groupLookupKeys(g.acronym, g.aliases) });
    const groups = parentsFirst(this.groups.inserts, 'parent_id');
    await put({ ...this.groups, inserts: groups.rows } as Kind<GroupRow>, groupRow as never);
    await setColumn(k, 'groups', 'parent_id', groups.deferred);
    await put(this.topics);
    await put(this.meetings);
    await replaceLinks(k, 'meeting_topics', ['meeting_id', 'topic_id'], this.meetings.updates.map((m) => m.id),
      changedOrNew(this.meetings).flatMap((m) => m.topics.map((t) => ({ meeting_id: m.id, topic_id: t }))));
    await put(this.documents);
    await put(this.outcomes);
    await replaceLinks(k, 'outcome_topics', ['outcome_id', 'topic_id'], this.outcomes.updates.map((o) => o.id),
      changedOrNew(this.outcomes).flatMap((o) => o.topics.map((t) => ({ outcome_id: o.id, topic_id: t }))));
    await put(this.actionItems);
    const liaisons = parentsFirst(this.liaisons.inserts, 'in_reply_to_id');
    await put({ ...this.liaisons, inserts: liaisons.rows } as Kind<LiaisonRow>);
    await setColumn(k, 'liaisons', 'in_reply_to_id', liaisons.deferred);
    await replaceLinks(k, 'liaison_addressees', ['liaison_id', 'group_id', 'role', 'purpose'], this.liaisons.updates.map((l) => l.id),
      changedOrNew(this.liaisons).flatMap((l) => l.addressees.map((a) => ({ liaison_id: l.id, ...a }))));
    await replaceLinks(k, 'liaison_attachments', ['liaison_id', 'document_id'], this.liaisons.updates.map((l) => l.id),
      changedOrNew(this.liaisons).flatMap((l) => l.attachments.map((d) => ({ liaison_id: l.id, document_id: d }))));
    await replaceLinks(k, 'liaison_contacts', ['liaison_id', 'group_id', 'name', 'email', 'role', 'position'], this.liaisons.updates.map((l) => l.id),
      changedOrNew(this.liaisons).flatMap((l) => l.contacts.map((c, i) => ({ liaison_id: l.id, ...c, position: i + 1 }))));
    await replaceLinks(k, 'liaison_relations', ['liaison_id', 'related_id', 'kind'], this.liaisons.updates.map((l) => l.id),
      changedOrNew(this.liaisons).flatMap((l) => l.related.map((r) => ({ liaison_id: l.id, ...r }))));
    // the items a liaison carries out: the link is the item's column, bookkeeping the item's own history does not show
    const fulfilling = changedOrNew(this.liaisons);
    if (fulfilling.length) {
      await k.raw(`update action_items set liaison_id = null where liaison_id = any(?::int[])`, [fulfilling.map((l) => l.id)]);
      await setColumn(k, 'action_items', 'liaison_id', fulfilling.flatMap((l) => l.fulfils.map((item) => ({ id: item, value: l.id }))));
    }
    await put(this.reports);
    await replaceLinks(k, 'report_outcomes', ['report_id', 'outcome_id'], this.reports.updates.map((r) => r.id),
      changedOrNew(this.reports).flatMap((r) => r.outcomes.map((o) => ({ report_id: r.id, outcome_id: o }))));
    await put(this.milestones);
    await put(this.bestPractices);
    await replaceLinks(k, 'best_practice_topics', ['best_practice_id', 'topic_id'], this.bestPractices.updates.map((b) => b.id),
      changedOrNew(this.bestPractices).flatMap((b) => b.topics.map((t) => ({ best_practice_id: b.id, topic_id: t }))));
    await replaceLinks(k, 'best_practice_documents', ['best_practice_id', 'document_id'], this.bestPractices.updates.map((b) => b.id),
      changedOrNew(this.bestPractices).flatMap((b) => b.documents.map((d) => ({ best_practice_id: b.id, document_id: d }))));
  }

  /** the resolutions and their clauses (the mandate domain's import: it records no history of its own for them), once what they refer to is written */
  private async writeResolutions() {
    const given = this.bundle.resolutions ?? [];
    if (given.length === 0) return;
    const names = this.names('after');
    const held = new Map<string, BundleSource[]>();
    for (const s of await select<{ subject_type: string; subject_id: number; document_id: number; excerpt: string; note: string | null }>(this.knex,
      `select subject_type, subject_id, document_id, excerpt, note from sources where subject_type in ('Resolution', 'Clause') order by position, id`)) {
      const key = `${s.subject_type}:${s.subject_id}`;
      held.set(key, [...(held.get(key) ?? []), { document: names.symbol(s.document_id), excerpt: s.excerpt, ...(s.note != null ? { note: s.note } : {}) }]);
    }
    const result = await importResolutions(this.knex, given, {
      group: (acronym, record, field) => this.group(acronym, record, field),
      topic: (slug, record, field) => this.ref(this.topics, slug, record, field).id,
      document: (s, record) => {
        const doc = this.ref(this.documents, s.document, record, 'document', true);
        if (!excerptOccursIn(doc.text, s.excerpt)) throw new BundleError(record, 'excerpt', excerptProblem(doc.symbol, s.excerpt));
        return doc.id;
      },
    }, { acronym: names.acronym, slug: names.slug, sources: (type, id) => held.get(`${type}:${id}`) });
    this.summary.created += result.created;
    this.summary.updated += result.updated;
    this.summary.unchanged += result.unchanged;
  }

  private async writeSources(plan: { remove: number[]; add: Record<string, unknown>[] }) {
    await deleteRows(this.knex, 'sources', plan.remove);
    await insertRows(this.knex, 'sources', ['subject_type', 'subject_id', 'document_id', 'excerpt', 'note', 'position'], plan.add);
  }
}

/**
 * New rows ordered so that a row comes after the new row it references (`column`, a reference to
 * the same table); rows in a reference cycle come last with the reference left out (`deferred`
 * holds it, to be set once all exist). References to rows already in the database need no order.
 */
export function parentsFirst<R extends { id: number }>(rows: readonly R[], column: keyof R & string): { rows: R[]; deferred: { id: number; value: number }[] } {
  const parentOf = (row: R) => row[column] as number | null;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const placed = new Set<number>();
  const visiting = new Set<number>();
  const ordered: R[] = [];
  const cyclic = new Set<number>();
  const visit = (start: R) => {
    // iterative: a reply chain can be thousands long
    const path: R[] = [];
    let row: R | undefined = start;
    while (row && !placed.has(row.id) && !visiting.has(row.id)) {
      visiting.add(row.id);
      path.push(row);
      const parent = parentOf(row);
      row = parent != null ? byId.get(parent) : undefined;
    }
    if (row && visiting.has(row.id) && !placed.has(row.id)) {
      // the path closed a cycle at `row`: its members from there on are written without the reference
      for (let i = path.indexOf(row); i < path.length; i++) cyclic.add(path[i].id);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      visiting.delete(path[i].id);
      placed.add(path[i].id);
      ordered.push(path[i]);
    }
  };
  for (const row of rows) visit(row);
  const deferred: { id: number; value: number }[] = [];
  const out = ordered.map((row) => {
    if (!cyclic.has(row.id)) return row;
    deferred.push({ id: row.id, value: parentOf(row)! });
    return { ...row, [column]: null };
  });
  return { rows: out, deferred };
}

/** the kinds whose history is written after the others': resolutions and clauses are written last */
const MANDATE_TYPES: ReadonlySet<ChangeSubjectType> = new Set(['Resolution', 'Clause']);

const OWN_CHANGE_COLUMNS = ['actor_label', 'actor_role', 'object_type', 'object_id', 'object_version', 'action', 'fields', 'before', 'after', 'group_ids'];
