import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager, Knex } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { COMMAND_LINE_VIEWER } from '../auth/viewer.js';
import { ALL_TYPES, announceWrite, localWriteCommitted } from '../platform/database/write-watch.js';
import type { Snapshot } from '../change/change.entity.js';
import type { Bundle, BundleChange, ChangeSubjectType } from './bundle.types.js';
import { bundleProblem, recordAndField } from './bundle.validate.js';
import type { z } from 'zod';
import { appendChanges, ChangeProblem, changeRow, type KeyLookup } from './bundle.changes.js';
import { allocateIds, deleteRows, insertRows, select, setColumn, updateRows } from './bundle.store.js';
import { excerptOccursIn, excerptProblem } from '../source/excerpt.js';
import { deferSearchVectors, fillSearchVectors, pendingSearchVectors } from '../search/search.vectors.js';
import { Kind, type KindSpec } from './bundle.kind.js';
import { storedColumns, storedRow, type Names } from './bundle.rows.js';
import type { BundleSection, ImportContext, PendingSources, ResolveSpec, SectionImport } from './bundle.section.js';

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
export function checkBundle(schema: z.ZodType, bundle: unknown): asserts bundle is Bundle {
  const b = bundle as Partial<Bundle> | null;
  if (b?.format !== 'liaison-graph-bundle') throw new BundleError('bundle', 'format', 'is not "liaison-graph-bundle"');
  if (b.version !== 1) throw new BundleError('bundle', 'version', `version ${String(b.version)} is not supported (1 is)`);
  const problem = bundleProblem(schema, bundle);
  if (problem) {
    const { record, field } = recordAndField(problem.path);
    throw new BundleError(record, field, problem.message);
  }
}

/**
 * Loads a bundle, matching existing objects by natural key (group acronym, meeting group+number,
 * document symbol, topic slug, `key`), in one transaction: a bad record imports nothing. Each
 * section (in the engine's order: what a record refers to first) reads what the database holds,
 * then each resolves its records, then each writes.
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
export async function importBundle(sections: readonly BundleSection[], cited: ChangeSubjectType, schema: z.ZodType, em: EntityManager, bundle: Bundle, options: ImportOptions = {}): Promise<ImportSummary> {
  if (!options.checked) checkBundle(schema, bundle);
  const defer = (options.searchVectors ?? 'in-transaction') !== 'in-transaction' && !em.isInTransaction();
  try {
    const summary = await em.transactional(async (tx) => {
      const knex = (tx as SqlEntityManager).getTransactionContext() as Knex.Transaction;
      if (defer) await deferSearchVectors(knex);
      const result = await new BundleImport(knex, sections, cited, bundle, options).run();
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

/** rows per kind of object, and how the history names them */
const byNumber = (a: number, b: number) => a - b;
/** a row's values, for "did anything change": every column but the id and key */
function valuesOf(row: { id: number; key?: string | null }): string {
  const { id: _id, key: _key, ...values } = row;
  return JSON.stringify(values);
}

/** a section in one import: its part, and its list (for naming records) */
interface Part {
  section: BundleSection;
  list: string;
  run: SectionImport;
}

class BundleImport {
  private readonly summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, history: 0, searchPending: 0 };
  /** every kind of this import, in the sections' order (what the import's own history is written in) */
  private readonly kinds: Kind<{ id: number }>[] = [];
  private readonly kindByType = new Map<ChangeSubjectType, Kind<{ id: number }>>();
  private readonly pendingSources: PendingSources[] = [];
  private readonly parts: Part[];

  constructor(
    private readonly knex: Knex,
    sections: readonly BundleSection[],
    /** the kind sources cite (documents: citedBySources) */
    private readonly cited: ChangeSubjectType,
    private readonly bundle: Bundle,
    private readonly options: ImportOptions,
  ) {
    this.parts = sections.map((section) => {
      const records = ((bundle as unknown as Record<string, unknown[] | undefined>)[section.list] ?? []) as never[];
      return { section, list: section.list, run: section.import(this.context(section.list), records) };
    });
  }

  /** what a section is given: the engine's helpers, with its list's name for its records */
  private context(list: string): ImportContext {
    const pendingSources = this.pendingSources;
    return {
      knex: this.knex,
      list,
      kind: (spec) => this.addKind(spec),
      kindOf: <R extends { id: number }>(type: ChangeSubjectType) => this.kindOf(type) as unknown as Kind<R>,
      ref: (type, key, record, field) => this.ref(type, key, record, field),
      id: (type, key, record, field) => (key ? this.ref<{ id: number }>(type, key, record, field).id : null),
      ids: (type, keys, record, field) => [...new Set((keys ?? []).map((key) => this.ref<{ id: number }>(type, key, record, field).id))].sort(byNumber),
      resolve: (kind, records, spec) => this.resolve(list, kind, records, spec),
      names: (state) => this.names(state),
      put: (kind, toRow, inserts) => this.put(kind, toRow, inserts),
      select: (sql, bindings) => select(this.knex, sql, bindings),
      idsOf: (sql) => this.idsOf(sql),
      pendingSources,
      count: (result) => {
        this.summary.created += result.created;
        this.summary.updated += result.updated;
        this.summary.unchanged += result.unchanged;
      },
    };
  }

  private addKind<R extends { id: number }>(spec: KindSpec<R>): Kind<R> {
    const kind = new Kind(spec);
    this.kinds.push(kind as unknown as Kind<{ id: number }>);
    this.kindByType.set(spec.history.type, kind as unknown as Kind<{ id: number }>);
    return kind;
  }

  private kindOf(type: ChangeSubjectType): Kind<{ id: number }> {
    const kind = this.kindByType.get(type);
    if (!kind) throw new Error(`no bundle section imports ${type}`);
    return kind;
  }

  /** how the history names objects of each kind (case-insensitive keys are kept in lower case) */
  private historyKey(type: ChangeSubjectType, key: string) {
    return `${type}:${this.kindByType.get(type)?.keyOf(key) ?? key}`;
  }

  async run(): Promise<ImportSummary> {
    this.options.onStep?.('reading what the database holds');
    for (const part of this.parts) await part.run.read();
    // the objects whose history the bundle carries ("<type>:<key>")
    const withHistory = new Set((this.bundle.changes ?? []).map((c) => this.historyKey(c.subjectType, c.subject)));
    for (const part of this.parts) await part.run.resolve();
    for (const part of this.parts) await part.run.checkResolved?.();
    const sources = await this.resolveSources();
    // the history of kinds known only once written (lateHistory) is resolved then
    const late = new Set(this.parts.flatMap((p) => p.run.lateHistory?.types ?? []));
    const history = this.resolveHistory((type) => !late.has(type));
    const own = this.ownChanges(withHistory);

    const records = this.kinds.reduce((n, k) => n + k.inserts.length + k.updates.length, 0);
    this.options.onStep?.(`writing ${records} record(s) to the database`);
    for (const part of this.parts) await part.run.write();
    await this.writeSources(sources);
    if (history.length) {
      this.options.onStep?.(`writing history (${history.length} change(s))`);
      this.summary.history = await appendChanges(this.knex, history);
    }
    await insertRows(this.knex, 'changes', OWN_CHANGE_COLUMNS, own);
    for (const part of this.parts) await part.run.writeLast?.();
    if (late.size) {
      const changes = this.bundle.changes ?? [];
      if (changes.some((c) => late.has(c.subjectType))) {
        const lookups = await Promise.all(this.parts.flatMap((p) => (p.run.lateHistory ? [p.run.lateHistory.ids()] : [])));
        const early = this.historyIds();
        const idOf = (type: ChangeSubjectType, key: string) => {
          for (const lookup of lookups) {
            const id = lookup(type, key);
            if (id !== undefined) return id;
          }
          return early(type, key);
        };
        const lateRows = this.changeRows(changes, (type) => late.has(type), { idOf });
        if (lateRows.length) this.summary.history += await appendChanges(this.knex, lateRows);
      }
    }
    return this.summary;
  }

  // ---------------------------------------------------------------------------------------------
  // The bundle's records, matched and resolved in memory

  /** a referenced object, by its kind's natural key */
  private ref<R>(type: ChangeSubjectType, key: string, record: string, field: string): R {
    const kind = this.kindOf(type);
    const found = kind.byKey.get(kind.keyOf(key));
    if (!found) throw new BundleError(record, field, `"${key}" is not in the bundle or the database`);
    return found as R;
  }

  private async idsOf(sql: string): Promise<Map<number, number[]>> {
    const out = new Map<number, number[]>();
    for (const { owner, target } of await select<{ owner: number; target: number }>(this.knex, sql)) {
      const list = out.get(owner);
      if (list) list.push(target);
      else out.set(owner, [target]);
    }
    for (const list of out.values()) list.sort(byNumber);
    return out;
  }

  private async resolve<T, R extends { id: number; key?: string | null }>(list: string, kind: Kind<R>, records: readonly T[], spec: ResolveSpec<T, R>): Promise<R[]> {
    const recordOf = spec.record ?? ((i: number) => `${list}[${i}]`);
    const matched: (R | undefined)[] = [];
    const keys: string[] = [];
    for (const [i, r] of records.entries()) {
      const key = spec.keyOf(r, i);
      const record = recordOf(i);
      const field = typeof spec.keyField === 'string' ? spec.keyField : spec.keyField(r);
      const previous = kind.given.get(key);
      if (previous) throw new BundleError(record, field, `"${spec.shown?.(r) ?? key}" is given twice in the bundle (also by ${previous})`);
      kind.given.set(key, record);
      keys.push(key);
      matched.push(kind.byKey.get(key));
    }
    const ids = await allocateIds(this.knex, kind.spec.table, matched.filter((m) => !m).length);
    let next = 0;
    // every new row's id is known (and findable by key) before any row is built: rows refer to each other
    const placeholders = matched.map((m, i) => {
      if (m) return m;
      const row = { id: ids[next++] } as R;
      kind.byKey.set(keys[i], row);
      return row;
    });
    const rows: R[] = [];
    for (const [i, r] of records.entries()) {
      const existing = matched[i];
      const id = placeholders[i].id;
      const row = spec.build(r, id, i);
      if (existing) {
        if (valuesOf(row) !== valuesOf(existing)) {
          kind.updates.push(row);
          this.summary.updated += 1;
          kind.written.push({ id, created: false, historyKey: '' });
        } else {
          this.summary.unchanged += 1;
          if (spec.storesKey && existing.key == null && row.key != null) kind.keys.push({ id, value: row.key });
        }
      } else {
        kind.inserts.push(row);
        this.summary.created += 1;
        kind.written.push({ id, created: true, historyKey: this.historyKey(kind.type, spec.historyKey?.(r) ?? keys[i]) });
      }
      // the row as it will be, for the references that follow (the row read stays as it was: the history's "before")
      let final = row;
      if (existing) kind.byKey.set(keys[i], row);
      else final = Object.assign(placeholders[i], row);
      kind.after.set(id, final);
      const sources = spec.sources?.(r);
      if (sources?.length) this.pendingSources.push({ type: kind.type, id, isNew: !existing, sources, record: recordOf(i) });
      rows.push(final);
    }
    this.options.onProgress?.(spec.name, records.length, records.length);
    return rows;
  }

  /**
   * Sources are replaced per object, only where they differ (a re-import leaves them as they
   * are); a record without sources leaves the object's sources alone (a partner may not track them).
   * A source cites a document (the kind `cited`), by its natural key; the excerpt must occur in its text.
   */
  private async resolveSources() {
    const plan = { remove: [] as number[], add: [] as Record<string, unknown>[] };
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
        const doc = this.ref<CitedDocument>(this.cited, s.document, `${record}.sources[${j}]`, 'document');
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

  /** the id of an object by the history's natural key, among the kinds resolved so far */
  private historyIds(): (type: ChangeSubjectType, key: string) => number | undefined {
    const own = Object.assign({}, ...this.parts.map((p) => p.run.historyIds?.() ?? {})) as Partial<Record<ChangeSubjectType, (key: string) => number | undefined>>;
    return (type, key) => {
      const special = own[type];
      if (special) return special(key);
      const kind = this.kindByType.get(type);
      return kind?.byKey.get(kind.keyOf(key))?.id;
    };
  }

  /** the bundle's history of the kinds `taken` (those not written last), each change's objects found by natural key */
  private resolveHistory(taken: (type: ChangeSubjectType) => boolean) {
    const changes: BundleChange[] = this.bundle.changes ?? [];
    if (!changes.some((c) => taken(c.subjectType))) return [];
    const idOf = this.historyIds();
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
    const kinds = this.kindByType;
    return {
      row: <R>(type: ChangeSubjectType, id: number): R => {
        const kind = kinds.get(type)!;
        return (kind[state].get(id) ?? kind.after.get(id)) as R;
      },
    };
  }

  /** the import's own history: a CREATE per object it adds (unless the bundle brings its history), an UPDATE per object it changes */
  private ownChanges(withHistory: ReadonlySet<string>): Record<string, unknown>[] {
    const before = this.names('before');
    const after = this.names('after');
    const actor = this.options.actor ?? 'import';
    const rows: Record<string, unknown>[] = [];
    for (const kind of this.kinds) {
      const history = kind.spec.history;
      for (const { id, created, historyKey: key } of kind.written) {
        if (created && withHistory.has(key)) continue;
        const row = kind.after.get(id)!;
        const snapshot = history.snapshot(after, row);
        const groups = history.groupIds(after, row);
        let fields = Object.keys(snapshot);
        let old: Snapshot | null = null;
        let changed: Snapshot = snapshot;
        let version: number | null = kind.versioned ? 1 : null;
        if (!created) {
          const was = kind.before.get(id)!;
          const previous = history.snapshot(before, was);
          groups.push(...history.groupIds(before, was));
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
          object_type: history.type,
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

  private async put<R extends { id: number }>(kind: Kind<R>, toRow: (row: R) => Record<string, unknown> = (r) => r, inserts: readonly R[] = kind.inserts) {
    const k = this.knex;
    const { spec } = kind;
    const columns = storedColumns(spec);
    const stored = (row: R) => storedRow(spec, toRow(row));
    await insertRows(k, spec.table, ['id', ...columns], inserts.map(stored));
    await updateRows(k, spec.table, columns, kind.updates.map(stored).map((r) => ({ ...r, version: kind.versions.get(r.id as number) })), kind.versioned);
    if (kind.keys.length) await setColumn(k, spec.table, 'key', kind.keys);
  }

  private async writeSources(plan: { remove: number[]; add: Record<string, unknown>[] }) {
    await deleteRows(this.knex, 'sources', plan.remove);
    await insertRows(this.knex, 'sources', ['subject_type', 'subject_id', 'document_id', 'excerpt', 'note', 'position'], plan.add);
  }
}

/** what a source cites, as its section's rows hold it */
interface CitedDocument {
  id: number;
  symbol: string;
  text: string | null;
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

const OWN_CHANGE_COLUMNS = ['actor_label', 'actor_role', 'object_type', 'object_id', 'object_version', 'action', 'fields', 'before', 'after', 'group_ids'];
