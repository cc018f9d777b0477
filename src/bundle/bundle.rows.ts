import type { Snapshot } from '../change/change.entity.js';
import type { ChangeSubjectType } from './bundle.types.js';
import { storedPeriod } from '../platform/graphql/scalars.js';

/**
 * The importer's view of each kind of object (declared by its domain's section): the row as its
 * table holds it (ids for references, link tables as sorted id lists), and how the history shows
 * it — through the domain's own snapshot function, the one its HistorySubject (which reads
 * entities) calls too; the importer reads no entity, so it names the references from its rows.
 * tests/bundle/bundle-history.test.ts holds the two to the same answer for every kind.
 */

/** What the history needs to name objects by id: the rows after the import (or before, for "before"). */
export interface Names {
  /** the row of a kind's object, as the state asked for holds it */
  row<R>(type: ChangeSubjectType, id: number): R;
}

/**
 * How the history shows one kind: its snapshot, by the domain's own snapshot function (the one
 * its HistorySubject calls too), and the groups whose feeds show it.
 */
export interface RowHistory<R> {
  type: ChangeSubjectType;
  snapshot(names: Names, row: R): Snapshot;
  groupIds(names: Names, row: R): number[];
}

/** A kind's table as the importer writes it. */
export interface TableSpec {
  table: string;
  /** the columns written (besides id; version, created_at, updated_at are the database's) */
  columns: readonly string[];
  /**
   * The dates kept as precise as their source (scalars.ts: Period). In the importer's rows they
   * hold the bundle's text (2025, 2025-04, 2025-04-15), as read back by partialDateSql, so rows
   * compare and snapshot as the API shows them; written, each is its period's first day plus
   * `<column>_precision` (storedColumns).
   */
  partialDates?: readonly string[];
}

/** a table's columns as written, the precision columns of its partial dates included */
export function storedColumns(spec: TableSpec): string[] {
  return [...spec.columns, ...(spec.partialDates ?? []).map((c) => `${c}_precision`)];
}

/** a row as written: each partial date split into its period's first day and its precision */
export function storedRow(spec: TableSpec, row: Record<string, unknown>): Record<string, unknown> {
  const partial = spec.partialDates;
  if (!partial?.length) return row;
  const out = { ...row };
  for (const column of partial) {
    const { start, precision } = storedPeriod((row[column] as string | null | undefined) ?? null);
    out[column] = start;
    out[`${column}_precision`] = precision;
  }
  return out;
}

/** the ids given, once each, without the nulls */
export const present = (ids: (number | null | undefined)[]) => [...new Set(ids.filter((id): id is number => id != null))];
