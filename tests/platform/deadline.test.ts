/**
 * The request budget's deadline inside GraphQL's own work (src/platform/graphql/deadline.ts):
 * once the rows are loaded, a tree of aliased lists resolves without a statement, so no
 * statement's check would stop it; each list field checks the deadline instead.
 */
import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkDeadlineOnLists } from '../../src/platform/graphql/deadline.js';
import { RequestBudget, runWithBudget } from '../../src/platform/database/request-budget.js';

const schema = checkDeadlineOnLists(
  buildSchema(`
    type Query { items: [Item!]! }
    type Item { name: String! children: [Item!]! }
  `),
);
const tree = (depth: number): unknown[] => Array.from({ length: 3 }, (_, i) => ({ name: `n${i}`, children: depth > 0 ? tree(depth - 1) : [] }));
const rootValue = { items: tree(3) };
const source = '{ a: items { name children { name children { name } } } b: items { name } }';

describe('the deadline in resolving', () => {
  it('resolves every list while the budget has time', async () => {
    const budget = new RequestBudget({ timeoutMs: 60_000, maxRows: 1_000 });
    const result = await runWithBudget(budget, () => graphql({ schema, source, rootValue }));
    budget.finish();
    expect(result.errors).toBeUndefined();
    expect((result.data as { a: unknown[] }).a).toHaveLength(3);
  });

  it('stops at the first list once the deadline has passed, with no statement sent', async () => {
    const budget = new RequestBudget({ timeoutMs: 0, maxRows: 1_000 });
    const result = await runWithBudget(budget, () => graphql({ schema, source, rootValue }));
    expect(budget.statements).toBe(0);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.originalError).toMatchObject({ code: 'QUERY_TIMEOUT', reason: 'timeout' });
    expect(result.errors).toHaveLength(1);
  });

  it('wraps a schema once, however many servers start on it', () => {
    expect(checkDeadlineOnLists(schema)).toBe(schema);
  });
});
