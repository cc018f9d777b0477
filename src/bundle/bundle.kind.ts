import { assignKeys, slugKey } from './bundle.keys.js';
import type { RowHistory, TableSpec } from './bundle.rows.js';

/** How one kind of object is imported: its table, its history, how its natural key is compared. */
export interface KindSpec<R> extends TableSpec {
  history: RowHistory<R>;
  /** the table has a version column (topics have none) */
  versioned?: boolean;
  /** its natural key ignores case (kept in lower case here, and in the history's lookups) */
  caseless?: boolean;
}

/** One kind of object in one import: what the database holds, what the bundle brings, what is to be written. */
export class Kind<R extends { id: number }> {
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
  inserts: R[] = [];
  readonly updates: R[] = [];
  /** existing rows matched by a key derived from their title: the key is stored, nothing else */
  readonly keys: { id: number; value: string }[] = [];
  /** in the order of the bundle: what the history records */
  readonly written: { id: number; created: boolean; historyKey: string }[] = [];

  constructor(readonly spec: KindSpec<R>) {}

  get type() {
    return this.spec.history.type;
  }

  get versioned() {
    return this.spec.versioned ?? true;
  }

  /** a natural key as this kind compares it */
  keyOf(key: string): string {
    return this.spec.caseless ? key.toLowerCase() : key;
  }

  /** the rows as read, their `version` kept aside (the update names it) */
  read<T extends R & { version?: number }>(rows: T[]): R[] {
    return rows.map(({ version, ...row }) => {
      if (version !== undefined) this.versions.set(row.id, version);
      return row as unknown as R;
    });
  }

  /** rows the database holds, by natural key */
  load(rows: Iterable<R>, keyOf: (row: R) => string) {
    for (const row of rows) {
      this.byKey.set(keyOf(row), row);
      this.before.set(row.id, row);
      this.after.set(row.id, row);
    }
  }

  /** rows keyed by `key`, read in creation order: those without one get the key export gives them, from their title */
  loadKeyed(rows: (R & { key: string | null; title: string })[]) {
    for (const [row, key] of assignKeys(rows, (r) => r.key, (r) => slugKey(r.title))) {
      this.byKey.set(key, row);
      this.before.set(row.id, row);
      this.after.set(row.id, row);
    }
  }

  /** the rows new or changed */
  changedOrNew(): R[] {
    return [...this.inserts, ...this.updates];
  }
}
