import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { sql } from '../support/tokens.js';
import { exportBundle, canonicalBundle, importBundle } from '../../src/app/bundle.js';
import type { Bundle } from '../../src/bundle/bundle.types.js';
import { seedAsBundle } from '../../src/seed/seed.loader.js';

/**
 * Dates as precise as their source through the bundle (issue 18, item 4): the seed's "April
 * 2025" is exported as 2025-04, and a month or a year imported comes back out byte for byte.
 */
let seeded: TestApp;
let empty: TestApp;
beforeAll(async () => {
  // one after the other: an embedded database runs in this process, and two loading their
  // templates at once can hold its event loop past the other's 5 s connect timeout
  seeded = await startTestApp({ seed: true });
  empty = await startTestApp({ seed: false });
});
afterAll(async () => {
  await Promise.all([seeded?.stop(), empty?.stop()]);
});

const em = (t: TestApp) => t.app.orm.em.fork() as EntityManager;
const text = (bundle: Bundle) => `${JSON.stringify(bundle, null, 2)}\n`;

describe('partial dates in the bundle', () => {
  it('the seed\'s milestones are months, in the export and through the API', async () => {
    const { bundle } = await exportBundle(em(seeded));
    const gap = bundle.reports.find((r) => r.key === 'cg-cop-gap-analysis')!;
    expect(gap.milestones!.map((m) => m.plannedFor)).toEqual(['2025-04', '2025-10']);
    // the deprecated Date field still answers, with the period's first day (a raw query: linted operations may not read it)
    const { json } = await seeded.post({ query: '{ reports(filter: { ownerGroup: "CG-COP" }) { edges { node { milestones { plannedPeriod plannedFor } } } } }' });
    expect(json.data.reports.edges[0].node.milestones.map((m: { plannedPeriod: string; plannedFor: string }) => [m.plannedPeriod, m.plannedFor])).toEqual([['2025-04', '2025-04-01'], ['2025-10', '2025-10-01']]);
  });

  it('a month and a year imported come back out as written, the round trip byte-identical', async () => {
    const bundle = canonicalBundle(seedAsBundle());
    const liaison = bundle.liaisons.find((l) => l.to.some((a) => a.purpose === 'FOR_ACTION' || a.purpose === 'FOR_COMMENT')) ?? bundle.liaisons[0];
    liaison.to[0].purpose = 'FOR_ACTION';
    liaison.deadline = '2026-04';
    delete liaison.sentOn;
    bundle.actionItems[0].dueOn = '2026';
    await importBundle(em(empty), bundle);
    const rows = await sql<{ d: string; p: string }>(empty, `select to_char(deadline, 'YYYY-MM-DD') as d, deadline_precision as p from liaisons where key = ?`, [liaison.key]);
    expect(rows).toEqual([{ d: '2026-04-01', p: 'month' }]);
    const first = (await exportBundle(em(empty))).bundle;
    expect(first.liaisons.find((l) => l.key === liaison.key)!.deadline).toBe('2026-04');
    expect(first.actionItems.find((a) => a.key === bundle.actionItems[0].key)!.dueOn).toBe('2026');
    // imported again into the database it came from: nothing changes, the text stays the same
    const summary = await importBundle(em(empty), first);
    expect(summary).toMatchObject({ created: 0, updated: 0 });
    expect(text((await exportBundle(em(empty))).bundle)).toBe(text(first));
  });
});
