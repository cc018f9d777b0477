import { describe, expect, it } from 'vitest';
import { scopedValue } from '../../../src/platform/database/request-scope.js';

/**
 * The budget, the statement count and the read routing of a request share one async-context
 * storage: each must still see its own value, through awaits, beside the others, and never
 * another request's.
 */
describe('request scope', () => {
  const budget = scopedValue<string>('budget');
  const count = scopedValue<number>('count');

  it('keeps an outer value when an inner one is set, through awaits', async () => {
    const seen = await budget.run('request 1', () =>
      count.run(7, async () => {
        await new Promise((resolve) => setImmediate(resolve));
        return [budget.get(), count.get()];
      }),
    );
    expect(seen).toEqual(['request 1', 7]);
    expect(budget.get()).toBeUndefined();
  });

  it('keeps concurrent requests apart', async () => {
    const ask = (name: string, n: number) =>
      budget.run(name, () =>
        count.run(n, async () => {
          await new Promise((resolve) => setTimeout(resolve, n));
          return `${budget.get()}:${count.get()}`;
        }),
      );
    expect(await Promise.all([ask('a', 5), ask('b', 1), ask('c', 3)])).toEqual(['a:5', 'b:1', 'c:3']);
  });
});
