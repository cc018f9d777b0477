/**
 * Search vectors filled after a bulk import's commit (src/search/search.vectors.ts): the import
 * commits rows without them ("not indexed yet"), search finds those rows once they are filled,
 * and the response cache does not keep answering the stale search. Writes that do not defer
 * (the API, SQL) still get their vector in the writing statement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { SearchDocument } from '../graphql/generated.js';
import { importBundle, exportBundle } from '../../src/app/bundle.js';
import type { Bundle } from '../../src/bundle/bundle.types.js';
import { fillSearchVectors, pendingSearchVectors } from '../../src/search/search.vectors.js';
import { sql } from '../support/tokens.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(() => t?.stop());

const em = () => t.app.orm.em.fork() as EntityManager;

async function found(query: string): Promise<string[]> {
  const response = await t.graphql(SearchDocument, { query });
  expect(response.errors).toBeUndefined();
  return response.data!.search.map((hit) => (hit.node.__typename === 'Document' ? `Document: ${hit.node.symbol}` : hit.node.__typename));
}

/** the database's own bundle plus one public document whose text holds `word` */
async function bundleWith(symbol: string, word: string): Promise<Bundle> {
  const { bundle } = await exportBundle(em());
  const { changes: _history, ...objects } = bundle;
  return {
    ...objects,
    documents: [...bundle.documents, { symbol, title: `Contribution ${symbol}`, kind: 'CONTRIBUTION', public: true, text: `A study of ${word} in online safety.` }],
  } as Bundle;
}

describe('an import that defers its search vectors', () => {
  it("'later': committed rows are found by no search until the vectors are filled, then by search at once (the cache drops the old answer)", async () => {
    const bundle = await bundleWith('LATER/1', 'quokkafrond');
    expect(await found('quokkafrond')).toEqual([]);
    const summary = await importBundle(em(), bundle, { searchVectors: 'later' });
    expect(summary.created).toBe(1);
    expect(summary.searchPending).toBe(1);
    expect(await pendingSearchVectors(em())).toBe(1);
    const [row] = await sql<{ pending: boolean }>(t, `select search_vector is null as pending from documents where symbol = 'LATER/1'`);
    expect(row.pending).toBe(true);
    expect(await found('quokkafrond')).toEqual([]);

    expect(await fillSearchVectors(em(), { connections: 2 })).toBe(1);
    expect(await pendingSearchVectors(em())).toBe(0);
    expect(await found('quokkafrond')).toEqual(['Document: LATER/1']);
    // filling again finds nothing left to do
    expect(await fillSearchVectors(em())).toBe(0);
  });

  it("'after-commit': the import returns once search has caught up", async () => {
    const bundle = await bundleWith('AFTER/1', 'wombatglyph');
    const committed: number[] = [];
    const summary = await importBundle(em(), bundle, { searchVectors: 'after-commit', searchConnections: 2, onCommitted: () => committed.push(Date.now()) });
    expect(committed).toHaveLength(1);
    expect(summary.searchFillMs).toBeGreaterThanOrEqual(0);
    expect(summary.searchPending).toBe(0);
    expect(await pendingSearchVectors(em())).toBe(0);
    expect(await found('wombatglyph')).toEqual(['Document: AFTER/1']);
  });

  it('the vector a fill computes is the one the writing statement computes', async () => {
    const [same] = await sql<{ differ: number }>(t, `select count(*)::int as differ from documents d where d.search_vector is distinct from documents_search_vector(d)`);
    expect(same.differ).toBe(0);
  });

  it('a write that does not defer fills the vector in its own statement, and an update recomputes it', async () => {
    await sql(t, `update documents set title = 'Numbatquill contribution' where symbol = 'AFTER/1'`);
    t.app.responseCache.invalidate();
    const [row] = await sql<{ pending: boolean }>(t, `select search_vector is null as pending from documents where symbol = 'AFTER/1'`);
    expect(row.pending).toBe(false);
    expect(await found('numbatquill')).toEqual(['Document: AFTER/1']);
  });

  it('inside a caller’s transaction the import computes its vectors itself (nothing is left pending)', async () => {
    const bundle = await bundleWith('INSIDE/1', 'dugongsprocket');
    await em().transactional((tx) => importBundle(tx, bundle, { searchVectors: 'later' }));
    expect(await pendingSearchVectors(em())).toBe(0);
    t.app.responseCache.invalidate();
    expect(await found('dugongsprocket')).toEqual(['Document: INSIDE/1']);
  });
});
