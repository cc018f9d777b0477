/**
 * Keeps `npm run bench:compare` honest and working, at a tiny scale on a real PostgreSQL (the
 * servers and the ceiling each need their own connections, which the embedded database's single
 * socket does not give):
 * - the SQL functions the harness gives PostGraphile answer each question as our server does
 *   (same ids, same order, same derived values), so the comparison compares equal work;
 * - the harness runs: our server measured, the ceiling statement timed and its answer found equal
 *   to our dashboard's;
 * - with PostGraphile installed (`npm ci --prefix bench/compare`: PostGraphile 5.1.5 and Node 22),
 *   the whole side-by-side, both answers checked equal. Without that install this part is skipped
 *   and says so. Not a speed test: it checks that figures come out and that no request failed.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../../bench/synthetic.js';
import { buildIsStale, buildServer, graphql, ROOT, startServer, type ServerProcess } from '../../bench/bench.js';
import { DASHBOARD, FOLLOW_UP, SEARCH } from '../../bench/operations.js';
import { checkAnswers, flatten, formatComparison, runComparison } from '../../bench/compare/compare.js';
import { installCompareFunctions } from '../../bench/compare/functions.js';
import { createOrm } from '../../src/platform/database/orm.js';
import { createLogger } from '../../src/platform/logging/logger.js';
import { entities } from '../../src/app/modules.js';
import { createTestDatabase, realDatabaseUrl } from '../support/databases.js';

const base = realDatabaseUrl();
const postgraphileInstalled = fs.existsSync(path.join(ROOT, 'bench', 'compare', 'node_modules', 'node', 'bin', 'node'));
if (!base) console.warn('bench:compare smoke test skipped: it needs a real PostgreSQL (TEST_DATABASE_URL)');
else if (!postgraphileInstalled) {
  console.warn('bench:compare smoke test: the PostGraphile part is skipped (run `npm ci --prefix bench/compare` to include it)');
}

let url: string;
let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  if (!base) return;
  // a fresh clone has no dist/: build it here rather than count on another file having done so
  if (buildIsStale()) buildServer((line) => console.log(line));
  const database = await createTestDatabase(base);
  url = database.url;
  drop = database.drop;
  const orm = await createOrm({ url, poolMax: 1, entities, logger: createLogger('warn') });
  try {
    await generateSyntheticData(orm.em.getConnection().getKnex(), { scale: 0.02, seed: 5 });
  } finally {
    await orm.close(true);
  }
}, 120_000);

afterAll(async () => {
  await drop?.();
});

describe.skipIf(!base)('npm run bench:compare', () => {
  describe('the SQL functions PostGraphile is given', () => {
    let server: ServerProcess;
    let db: pg.Client;
    beforeAll(async () => {
      server = await startServer(url, { env: { RESPONSE_CACHE_SECONDS: '0' } });
      db = new pg.Client({ connectionString: url });
      await db.connect();
      await installCompareFunctions(db);
      // idempotent: the harness installs them on every run
      await installCompareFunctions(db);
    }, 180_000);
    afterAll(async () => {
      await db?.end();
      await server?.stop();
    });

    const ids = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows.map((r: { id: number }) => r.id);

    it('list each group’s liaisons, sent or received, and their TO groups as our server does', async () => {
      const answer = await graphql(server.url, DASHBOARD, { groups: 20, first: 10 });
      expect(answer.errors).toBeUndefined();
      const groups = answer.data!.groups.edges.map((e: { node: unknown }) => e.node) as {
        id: string;
        liaisons: { totalCount: number; edges: { node: { id: string; toGroups: { id: string }[] } }[] };
      }[];
      let liaisons = 0;
      for (const group of groups) {
        const groupId = flatten({ id: group.id }).ids[0];
        const ours = flatten(group.liaisons.edges.map((e) => ({ id: e.node.id }))).ids;
        expect(await ids('select l.id from groups g, groups_all_liaisons(g) l where g.id = $1 limit 10', [groupId])).toEqual(ours);
        const [{ count }] = (await db.query('select count(*)::int as count from groups g, groups_all_liaisons(g) where g.id = $1', [groupId])).rows;
        expect(count).toBe(group.liaisons.totalCount);
        for (const { node } of group.liaisons.edges) {
          const liaisonId = flatten({ id: node.id }).ids[0];
          expect(await ids('select tg.id from liaisons l, liaisons_to_groups(l) tg where l.id = $1', [liaisonId])).toEqual(flatten(node.toGroups).ids);
        }
        liaisons += ours.length;
      }
      // the data set has liaisons both ways: the check compared something
      expect(liaisons).toBeGreaterThan(20);
    });

    it('find the overdue action items, and say which are overdue, as our server does', async () => {
      const answer = await graphql(server.url, FOLLOW_UP, { first: 50 });
      expect(answer.errors).toBeUndefined();
      const ours = flatten(answer.data!.actionItems.edges.map((e: { node: { id: string } }) => ({ id: e.node.id }))).ids;
      expect(ours.length).toBeGreaterThan(0);
      expect(await ids('select id from overdue_action_items() limit 50')).toEqual(ours);

      // our isOverdue (the rule in TypeScript) against the function's, on items of both kinds
      const flagged = `query Flagged($overdue: Boolean!) { actionItems(filter: { overdue: $overdue }, first: 20) { edges { node { id isOverdue } } } }`;
      const items: { id: string; isOverdue: boolean }[] = [];
      for (const overdue of [true, false]) {
        const list = await graphql(server.url, flagged, { overdue });
        expect(list.errors).toBeUndefined();
        items.push(...list.data!.actionItems.edges.map((e: { node: { id: string; isOverdue: boolean } }) => e.node));
      }
      expect(new Set(items.map((i) => i.isOverdue))).toEqual(new Set([true, false]));
      const rowIds = flatten(items.map((i) => ({ id: i.id }))).ids;
      const flags = await db.query('select t.id, action_items_is_overdue(t) as overdue from action_items t where t.id = any($1)', [rowIds]);
      const byId = new Map(flags.rows.map((r: { id: number; overdue: boolean }) => [r.id, r.overdue]));
      expect(rowIds.map((id) => byId.get(id))).toEqual(items.map((i) => i.isOverdue));
    });

    it('search with the same ranking and snippets as our server', async () => {
      const answer = await graphql(server.url, SEARCH, { query: 'age verification', first: 20 });
      expect(answer.errors).toBeUndefined();
      const theirs = await db.query(`select rank, snippet, id from search_graph('age verification', 20)`);
      const check = checkAnswers(answer.data!.search, theirs.rows, ['__typename']);
      expect(check.oursNodes).toBeGreaterThan(0);
      expect(check, check.firstDifference).toMatchObject({ sameIds: true, sameValues: true });
    });
  });

  it('measures our server and times the ceiling, whose answer is our dashboard’s', async () => {
    const lines: string[] = [];
    const results = await runComparison({
      databaseUrl: url,
      durationSeconds: 2,
      slices: 1,
      warmupSeconds: 1,
      connections: [2],
      // the thread is the cheapest question: a loaded machine still completes requests in 2 s
      operations: ['thread'],
      postgraphile: false,
      ceilingRuns: 5,
      build: 'auto',
      log: (line) => lines.push(line),
    });
    for (const operation of results.operations) {
      expect(operation.skipped, operation.name).toBeUndefined();
      const [cell] = operation.cells;
      expect(cell.ours.requests, operation.name).toBeGreaterThan(0);
      expect(cell.ours.errors, cell.ours.errorExample).toBe(0);
      expect(cell.theirs).toBeNull();
    }
    expect(results.ceiling).not.toBeNull();
    expect(results.ceiling!.latencyMs.p50).toBeGreaterThan(0);
    expect(results.ceiling!.check!.oursNodes).toBeGreaterThan(0);
    expect(results.ceiling!.check, results.ceiling!.check!.firstDifference).toMatchObject({ sameIds: true, sameValues: true });
    expect(formatComparison(results)).toMatch(/^dashboard ceiling SQL +1 +\d+/m);
  }, 240_000);

  it.skipIf(!postgraphileInstalled)('serves PostGraphile 5 beside ours and finds the same answers to all four questions', async () => {
    const lines: string[] = [];
    const results = await runComparison({
      databaseUrl: url,
      durationSeconds: 4,
      slices: 2,
      warmupSeconds: 1,
      connections: [1],
      operations: ['dashboard', 'thread', 'follow-up', 'search'],
      postgraphile: true,
      ceilingRuns: 0,
      build: 'auto',
      log: (line) => lines.push(line),
    });
    expect(results.settings.postgraphile).toMatch(/^postgraphile 5\.1\.5 on Node 22\./);
    for (const operation of results.operations) {
      expect(operation.skipped, operation.name).toBeUndefined();
      expect(operation.check!.oursNodes, operation.name).toBeGreaterThan(0);
      expect(operation.check, `${operation.name}: ${operation.check!.firstDifference}`).toMatchObject({ sameIds: true, sameValues: true });
      const [cell] = operation.cells;
      expect(cell.ours.errors, cell.ours.errorExample).toBe(0);
      expect(cell.theirs!.errors, cell.theirs!.errorExample).toBe(0);
      expect(cell.theirs!.rssMB).toBeGreaterThan(0);
    }
    // figures come out (the thread is cheap enough to complete requests on a loaded machine)
    const thread = results.operations.find((o) => o.name === 'thread')!.cells[0];
    expect(thread.ours.requests).toBeGreaterThan(0);
    expect(thread.theirs!.requests).toBeGreaterThan(0);
    expect(thread.ratio).toBeGreaterThan(0);
    expect(results.peakRssMB.theirs).toBeGreaterThan(0);
  }, 300_000);
});
