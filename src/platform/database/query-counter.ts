import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the SQL statements each request sends. Tests and the benchmark read the count to
 * prove that a query's cost depends on its shape, not on the size of its answer.
 */
export interface StatementCount {
  statements: number;
}

const current = new AsyncLocalStorage<StatementCount>();

export function runCountingStatements<T>(count: StatementCount, fn: () => T): T {
  return current.run(count, fn);
}

/** called by the database driver's query event; outside a request it counts nothing */
export function countStatement(): void {
  const count = current.getStore();
  if (count) count.statements += 1;
}
