/**
 * Fast by construction: the number of SQL statements a query costs depends on its shape, not on
 * how many rows it returns (every relation is batched through a per-request loader).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { generateSyntheticData } from '../../bench/synthetic.js';
import { DashboardShapeDocument } from '../graphql/generated.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // a few hundred rows per kind: 60 meetings, 240 outcomes, 400 action items, 300 liaisons
  await generateSyntheticData((t.app.orm.em as EntityManager).getKnex(), { scale: 0.02, seed: 7 });
});
afterAll(() => t?.stop());

describe('SQL statements per request', () => {
  it('are the same for the nested dashboard query at first: 10 and at first: 100', async () => {
    const small = await t.graphql(DashboardShapeDocument, { first: 10 });
    const large = await t.graphql(DashboardShapeDocument, { first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const rows = (r: typeof small) =>
      r.data!.meetings.edges.reduce((m, e) => m + 1 + e.node.liaisons.length + e.node.outcomes.reduce((k, o) => k + 1 + o.actionItems.length, 0), 0);
    // the larger page really returns more rows…
    expect(rows(large)).toBeGreaterThan(rows(small) * 2);
    // …for the same number of statements
    expect(small.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    console.log(`[statement count] first: 10 → ${small.extensions?.sqlStatements} statements for ${rows(small)} rows; first: 100 → ${large.extensions?.sqlStatements} statements for ${rows(large)} rows`);
  });
});
