import type { z } from 'zod';
import type { Knex } from '@mikro-orm/postgresql';
import type { BundleLists, BundleSource, ChangeSubjectType } from './bundle.types.js';
import type { Kind, KindSpec } from './bundle.kind.js';
import type { Names } from './bundle.rows.js';

/**
 * What a domain brings to the bundle, in its own folder (`<domain>.bundle.ts`, named by its
 * *.module.ts as `bundle`): one list of the file, its records' zod schema (the entity's own enums
 * and the domain's rules), their canonical form, how export writes them from the rows, and how
 * import matches them by natural key, resolves their references and writes their rows and
 * history. The engine (bundle.format.ts) assembles the format, export, import and canonical form
 * from the sections the app gives it; it names no domain.
 */

/** a list of the bundle (its key in the file) */
export type ListName = Extract<keyof BundleLists, string>;
/** one record of a list */
export type RecordOf<L extends ListName> = NonNullable<BundleLists[L]> extends readonly (infer T)[] ? T : never;

export interface BundleSection<L extends ListName = ListName> {
  /** the list's key in the file; the sections' order is the file's */
  list: L;
  /** the zod schema of one record */
  record: z.ZodType;
  /** the list may be left out of a file (when empty), described so in the JSON Schema */
  optional?: { description: string };
  /** the kinds of object (the history's types) its records are, and are known by to others */
  types: readonly ChangeSubjectType[];
  /**
   * the kinds its records refer to: their sections are read, matched and written before this one
   * (the engine orders the sections so, keeping the given order where it can, and refuses a kind
   * no section provides or a cycle)
   */
  needs?: readonly ChangeSubjectType[];
  /**
   * the sources of every record cite this section's kind (documents): by its natural key, its
   * rows holding `symbol` and `text` (the excerpt must occur in it); one section says so
   */
  citedBySources?: true;
  /** the canonical form of one record (bundle.canonical.ts) and its place in the list (compared code point by code point) */
  canonical(record: RecordOf<L>): RecordOf<L>;
  order(record: RecordOf<L>): string[];
  /** what export counts (scripts/export.ts): by default the list's length under its own name */
  counts?(records: readonly RecordOf<L>[]): Record<string, number>;
  /**
   * Export: reads its rows and tells the others their natural keys (`ctx.setKeys`); the function
   * it returns builds the records once every section has read and the sources are known.
   */
  export(ctx: ExportContext): Promise<() => RecordOf<L>[] | Promise<RecordOf<L>[]>>;
  /** Import: its part of one import of `records` (the bundle's list, checked) */
  import(ctx: ImportContext, records: readonly RecordOf<L>[]): SectionImport;
}

/** declares a domain's section (L inferred from `list`) */
export function defineSection<L extends ListName>(section: BundleSection<L>): BundleSection<L> {
  return section;
}

// ---------------------------------------------------------------------------------------------
// Export

export type Row = Record<string, any>;

export interface ExportContext {
  readonly knex: Knex;
  /** the rows of a query, counted as `step` for the progress line */
  rows(step: string, sql: string): Promise<Row[]>;
  /** the rows of a query, not counted */
  select(sql: string): Promise<Row[]>;
  /** `select owner, target`: per owner its targets, each named by `name` */
  listsOf<T>(sql: string, name: (target: number) => T): Promise<Map<number, T[]>>;
  progress(step: string, count: number): void;
  /** tells the others (and the history) the natural keys of a kind's rows */
  setKeys(type: ChangeSubjectType, keys: ReadonlyMap<number, string> | ((id: number) => string | undefined)): void;
  /**
   * the keys of a kind whose records carry a `key` (rows read in creation order): a row without
   * one gets one from its title, the same every time (bundle.keys.ts); told to the others too
   */
  keyed(type: ChangeSubjectType, rows: readonly Row[]): Map<number, string>;
  /** the natural key of a row of another kind, once its section has read */
  key(type: ChangeSubjectType, id: number): string | undefined;
  /** the sources recorded for an object, as the bundle writes them (in the function `export` returns) */
  sources(type: ChangeSubjectType, id: number): BundleSource[] | undefined;
}

// ---------------------------------------------------------------------------------------------
// Import

/** How a kind's records are matched and built into rows (ImportContext.resolve). */
export interface ResolveSpec<T, R> {
  /** the name progress shows ("action items") */
  name: string;
  /** the record's natural key, as its kind compares it */
  keyOf(record: T, index: number): string;
  /** the row the record becomes (references resolved), with its id */
  build(record: T, id: number, index: number): R;
  /** the field a duplicate key is reported at */
  keyField: string | ((record: T) => string);
  /** the key as a duplicate's message shows it (else the compared key) */
  shown?(record: T): string;
  /** the key the history names a new object by (else the compared key) */
  historyKey?(record: T): string;
  /** where the record is ("groups[3]"; else `<list>[index]`) */
  record?(index: number): string;
  /** the kind stores a `key` of its own: an existing row matched by a derived key gets it stored */
  storesKey?: boolean;
  sources?(record: T): BundleSource[] | undefined;
}

/** an object's sources, as the bundle brings them, to be checked and written by the engine */
export interface PendingSources {
  type: ChangeSubjectType;
  id: number;
  isNew: boolean;
  sources: BundleSource[];
  record: string;
}

/** What the engine gives a section for one import (bundle.import.ts). */
export interface ImportContext {
  /** the import's transaction */
  readonly knex: Knex;
  /** the list the section's records are in ("liaisons"), for naming a record */
  readonly list: string;
  /** a kind of object this section imports */
  kind<R extends { id: number }>(spec: KindSpec<R>): Kind<R>;
  /** a kind another section imports (one this section `needs`) */
  kindOf<R extends { id: number }>(type: ChangeSubjectType): Kind<R>;
  /** the row a natural key names, or a BundleError naming record and field */
  ref<R>(type: ChangeSubjectType, key: string, record: string, field: string): R;
  /** the id a natural key names (null for none given) */
  id(type: ChangeSubjectType, key: string | null | undefined, record: string, field: string): number | null;
  /** the ids natural keys name, once each, in id order */
  ids(type: ChangeSubjectType, keys: readonly string[] | undefined, record: string, field: string): number[];
  /**
   * The records of one kind: each matched by its natural key (a key given twice is an error),
   * new ones given ids from the table's sequence, then each built into its row (references
   * resolved) and compared with what the database holds. Returns the rows as they will be.
   */
  resolve<T, R extends { id: number; key?: string | null }>(kind: Kind<R>, records: readonly T[], spec: ResolveSpec<T, R>): Promise<R[]>;
  /** how the history names objects: as the database held them, or as the import leaves them */
  names(state: 'before' | 'after'): Names;
  /** writes a kind's new rows, then its changed rows, then the keys it stores (toRow: columns computed on the way) */
  put<R extends { id: number }>(kind: Kind<R>, toRow?: (row: R) => Record<string, unknown>, inserts?: readonly R[]): Promise<void>;
  /** the rows of a query */
  select<T = Row>(sql: string, bindings?: readonly unknown[]): Promise<T[]>;
  /** `select owner, target`: per owner its targets' ids, sorted */
  idsOf(sql: string): Promise<Map<number, number[]>>;
  /** the sources the bundle brings, of every section, once all have resolved */
  readonly pendingSources: readonly PendingSources[];
  /** counts objects a section writes its own way (writeLast) in the summary */
  count(result: { created: number; updated: number; unchanged: number }): void;
}

/** one section's part of an import: each step runs for every section (in the engine's order) before the next */
export interface SectionImport {
  /** what the database holds (into its kinds: ctx.kind) */
  read(): Promise<void>;
  /** the bundle's records matched, references resolved, rows built (ctx.resolve), in memory */
  resolve(): Promise<void>;
  /** once every section has resolved, before the sources are planned */
  checkResolved?(): Promise<void>;
  /** its rows written (new ones, then changed ones, then links) */
  write(): Promise<void>;
  /** written after the history of the others (for a section that writes its rows and history its own way) */
  writeLast?(): Promise<void>;
  /** the ids of its kinds by the history's natural key, where its kinds' keys are not that key */
  historyIds?(): Partial<Record<ChangeSubjectType, (key: string) => number | undefined>>;
  /** kinds whose ids are known only after writeLast: their history is resolved and written then */
  lateHistory?: { types: readonly ChangeSubjectType[]; ids(): Promise<(type: ChangeSubjectType, key: string) => number | undefined> };
}
