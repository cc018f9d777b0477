
/**
 * Root lists with filters: the filters are SQL conditions, so the page and its total are cut
 * by the database (never filtered afterwards in JS, which would make totalCount and the pages lie).
 */

/** "Today" in SQL: current_date taken in UTC, the same day as todayIso() on the JS side. */
export const SQL_TODAY = `(current_timestamp at time zone 'UTC')::date`;

/** SQL conditions (on the table alias `t`) and their `?` bindings, joined with AND. */
export class SqlWhere {
  private readonly parts: string[] = [];
  readonly bindings: unknown[] = [];

  and(sql: string, ...bindings: unknown[]): this {
    this.parts.push(`(${sql})`);
    this.bindings.push(...bindings);
    return this;
  }

  toSql(): string {
    return this.parts.length > 0 ? this.parts.join(' and ') : 'true';
  }
}

/**
 * `column` is one of `values`: `= ?` for a single value, so that an index on (column, order…)
 * also yields the order and a page stops early; `= any(?)` for several.
 */
export function oneOf(column: string, values: readonly string[]): [string, unknown] {
  return values.length === 1 ? [`${column} = ?`, values[0]] : [`${column} = any(?)`, [...values]];
}

/**
 * A list of allowed values from a filter (statuses, purposes): null means "any"; so does an empty list
 * (a dashboard that builds the list from checkboxes sends [] when none is ticked).
 */
export function anyOf<S extends string>(values: readonly S[] | null | undefined): S[] | null {
  return values && values.length > 0 ? [...new Set(values)].sort() : null;
}
