import { scopedValue } from './request-scope.js';

/**
 * Counts the SQL statements each request sends, and the messages (round trips) they went in.
 * Tests and the benchmark read the counts to prove that a query's cost depends on its shape, not
 * on the size of its answer, and that reads sent together share a round trip.
 */
export interface StatementCount {
  statements: number;
  roundTrips: number;
}

const current = scopedValue<StatementCount>('statement count');

export function runCountingStatements<T>(count: StatementCount, fn: () => T): T {
  return current.run(count, fn);
}

/** called by the database driver's query event (one per message sent); outside a request it counts nothing */
export function countRoundTrip(): void {
  const count = current.get();
  if (!count) return;
  count.statements += 1;
  count.roundTrips += 1;
}

/** statements that went in a message already counted (statement-batch.ts sends several in one) */
export function countBatchedStatements(n: number): void {
  const count = current.get();
  if (count) count.statements += n;
}
