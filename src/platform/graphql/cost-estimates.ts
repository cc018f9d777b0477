/**
 * What a field costs, in the words its domain states it in: each field carries its estimate beside
 * its own decorator, `@Extensions({ cost: rows(3) })`, and query-cost.ts reads it from the
 * executable schema (`field.extensions.cost`). The unit is one object the server reads or builds:
 * a row loaded by a loader or a page, a search hit, a COUNT. Scalars on a row already loaded cost
 * nothing; a field that reads costs its reads; a list costs its size times what each item costs
 * (see query-cost.ts for how they combine).
 *
 * tests/platform/cost-estimates.test.ts walks the executable schema built from the app's module
 * list and fails when a field that returns an object or a list, or a root field, carries no cost
 * (connection plumbing and introspection excepted: their cost follows from their shape), or
 * carries one of the wrong shape.
 */

export type FieldEstimate =
  /** a Relay connection: `first` items (default 20, at most 100); its `totalCount` is one COUNT */
  | { kind: 'page' }
  /** a plain list: about `size` items, each costing `each` (1 for a row read, 0 when built from the parent's row) */
  | { kind: 'list'; size: number; each: number }
  /** `nodes(ids:)`: one read per id (at most 100) */
  | { kind: 'ids'; argument: string }
  /** full-text search: the statement itself, then `first` hits (default 20), each a row */
  | { kind: 'search'; statement: number }
  /** one read (a loader call, a query, a write) that returns an object or a derived value */
  | { kind: 'read'; cost: number }
  /** nothing of its own: the value is on the parent's row or built in memory */
  | { kind: 'free' };

declare module 'graphql' {
  interface GraphQLFieldExtensions<_TSource, _TContext, _TArgs> {
    /** what the field costs, set by `@Extensions({ cost })` beside its decorator */
    cost?: FieldEstimate;
  }
}

/** a connection: `first` items, each what its selection costs */
export const page: FieldEstimate = { kind: 'page' };
/** on the parent's row, or built in memory: only what it nests */
export const free: FieldEstimate = { kind: 'free' };
/** one read (a loader call, a query) */
export const read = (cost = 1): FieldEstimate => ({ kind: 'read', cost });
/** rows read through a loader: about `size` of them per parent */
export const rows = (size: number): FieldEstimate => ({ kind: 'list', size, each: 1 });
/** items built from the parent's row (JSON columns, userErrors): they cost only what they nest */
export const embedded = (size: number): FieldEstimate => ({ kind: 'list', size, each: 0 });
/** one read per id of the list argument `argument` (at most 100) */
export const ids = (argument: string): FieldEstimate => ({ kind: 'ids', argument });
/** full-text search: `statement` for the search itself, then a row per hit */
export const search = (statement: number): FieldEstimate => ({ kind: 'search', statement });
/** a mutation: its writes, history and checks, counted as ten reads */
export const write = read(10);

/**
 * Sizes of plain lists: not the largest an input allows (a write may list 100 sources) but what
 * a parent usually has, rounded up: about twice the mean of the scale-1 synthetic data
 * (`npm run bench:data -- --scale 1`: per meeting 4 outcomes, 3.6 liaisons, 1.9 topics; per
 * outcome 2.1 action items raised, 1.2 resolved, 1.3 liaisons; per liaison 3 addressees, 1.3
 * replies, 1 attachment; 2.1 subgroups a parent group; 3.5 milestones a report). A parent with more
 * costs more than counted; the connections, where large numbers are, count exactly. The domains
 * size their lists by these figures; the two lists most types have are sized here once.
 */
export const SOURCES = rows(3);
export const TOPICS = rows(3);

/** Connection plumbing, whose cost follows from the connection's `first`: no estimate needed. */
export const CONNECTION_PLUMBING = {
  /** the type name of a connection and its edge */
  connection: /Connection$/,
  edge: /Edge$/,
  /** a connection's fields */
  items: 'edges',
  count: 'totalCount',
} as const;
