/**
 * Keeps `npm run bench` working: the same machinery (production build, server process,
 * autocannon, figures) at a tiny scale for about a second per cell. Not a speed test: it checks
 * that figures come out and that no request failed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../../bench/synthetic.js';
import { formatResults, runBenchmark, type BenchResults } from '../../bench/bench.js';
import { createOrm } from '../../src/platform/database/orm.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/platform/database/embedded.js';
import { createLogger } from '../../src/platform/logging/logger.js';
import { entities } from '../../src/app/modules.js';
import { createTestDatabase, embeddedTemplate, realDatabaseUrl } from '../support/databases.js';

let url: string;
let embedded: EmbeddedDatabase | undefined;
let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const base = realDatabaseUrl();
  if (base) {
    const database = await createTestDatabase(base);
    url = database.url;
    drop = database.drop;
  } else {
    // the benchmark's server runs in its own process: it reaches the embedded database over its
    // socket, with one connection (the socket server serves one at a time)
    embedded = await startEmbeddedDatabase('memory://', { template: embeddedTemplate() });
    url = embedded.url;
  }
  const orm = await createOrm({ url, poolMax: 1, entities, logger: createLogger('warn') });
  try {
    await generateSyntheticData(orm.em.getConnection().getKnex(), { scale: 0.01 });
  } finally {
    await orm.close(true);
  }
}, 120_000);

// the embedded database closes once the benchmark's server process has let go of its socket and
// PGlite has finished what it ran; with the whole suite's files running beside it that has taken
// over a minute (CI, 2 cores), longer than the default hook timeout
afterAll(async () => {
  await embedded?.stop();
  await drop?.();
}, 180_000);

describe('npm run bench', () => {
  it('measures every operation with figures and no errors', async () => {
    const lines: string[] = [];
    const results: BenchResults = await runBenchmark({
      databaseUrl: url,
      durationSeconds: 1,
      warmupSeconds: 0,
      connections: [2],
      operations: ['dashboard', 'thread', 'follow-up', 'search'],
      build: 'auto',
      serverEnv: embedded ? { DATABASE_POOL_SIZE: '1' } : {},
      log: (line) => lines.push(line),
    });
    const report = formatResults(results);
    expect(results.database.sizes.groups).toBeGreaterThan(0);
    expect(results.statementShape.equal).toBe(true);
    expect(results.statementShape.first10).toBeGreaterThan(0);
    expect(results.operations.map((o) => o.name)).toEqual(['dashboard', 'thread', 'follow-up', 'search']);
    for (const operation of results.operations) {
      expect(operation.skipped, operation.name).toBeUndefined();
      const [cell] = operation.cells;
      expect(cell.requests, operation.name).toBeGreaterThan(0);
      expect(cell.requestsPerSecond).toBeGreaterThan(0);
      expect(cell.latencyMs.p50).toBeGreaterThan(0);
      expect(cell.latencyMs.p99).toBeGreaterThanOrEqual(cell.latencyMs.p50);
      expect(cell.errors, `${operation.name}: ${cell.errors.example}`).toMatchObject({ total: 0 });
      expect(operation.sqlStatementsPerRequest, operation.name).toBeGreaterThan(0);
      expect(cell.sqlStatementsPerRequest).toBe(operation.sqlStatementsPerRequest);
      expect(cell.rssMB.cellMax).toBeGreaterThan(0);
    }
    expect(results.serverPeakRssMB).toBeGreaterThan(0);
    expect(report).toMatch(/^dashboard +2 +\d+/m);
  }, 240_000);
});
