/**
 * How long the overview takes to load (`npm run measure:dashboard`): starts the server on the seed
 * data set (a fresh in-memory embedded database, or DATABASE_URL), then loads the overview many
 * times the way a browser does (the page, its script and stylesheet, and the one GraphQL request
 * the overview makes) and prints the server's figures: median, 95th percentile and worst, in ms,
 * over loopback, one load at a time. With Chromium installed it also times the page in a browser
 * until it has drawn the figures. Target: under 300 ms server time per overview load.
 *
 *   npm run measure:dashboard                      # embedded PGlite
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/somedb npm run measure:dashboard
 *   npm run measure:dashboard -- --runs 200
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { startApp } from '../src/app/bootstrap.js';
import { DashboardOverviewDocument } from '../src/dashboard/client/generated.js';
import { chromiumMissing, launchBrowser, openDashboard } from '../tests/support/browser.js';

const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag >= 0 ? Number(process.argv[runsFlag + 1]) : 100;
const WARMUP = 10;
const TARGET_MS = 300;

const loaded = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', EXPOSE_SQL_COUNTS: 'true' });
// without DATABASE_URL, a fresh embedded database in memory (set after loadConfig, which would read "memory://" as a folder)
const config = { ...loaded, dataDir: loaded.databaseUrl ? loaded.dataDir : 'memory://', seed: true };
const app = await startApp(config, createLogger(config.logLevel));
const base = app.url;
const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite (in memory)';

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const value = await work();
  return [Number(process.hrtime.bigint() - start) / 1e6, value];
}

async function overviewQuery(): Promise<{ sqlStatements: number; groups: number }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: DashboardOverviewDocument.toString(), variables: {} }),
  });
  const body = (await res.json()) as { data?: { groups: { totalCount: number } }; errors?: unknown[]; extensions?: { sqlStatements?: number } };
  if (body.errors || !body.data) throw new Error(`overview query failed: ${JSON.stringify(body.errors)}`);
  return { sqlStatements: body.extensions?.sqlStatements ?? -1, groups: body.data.groups.totalCount };
}

async function get(path: string): Promise<number> {
  const res = await fetch(`${base}${path}`);
  const body = await res.arrayBuffer();
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return body.byteLength;
}

/** one overview load as a browser does it: the page, then script and stylesheet, then the query */
async function pageLoad(): Promise<{ total: number; query: number; sql: number; bytes: number }> {
  const [total, parts] = await timed(async () => {
    const html = await get('/dashboard');
    const assets = await Promise.all([get('/dashboard/assets/dashboard.js'), get('/dashboard/assets/dashboard.css')]);
    const [query, result] = await timed(overviewQuery);
    return { query, sql: result.sqlStatements, bytes: html + assets[0]! + assets[1]! };
  });
  return { total, ...parts };
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return `median ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms, worst ${sorted[sorted.length - 1]!.toFixed(1)} ms`;
}

try {
  const [firstMs] = await timed(pageLoad);
  for (let i = 0; i < WARMUP; i++) await pageLoad();
  const loads = [];
  for (let i = 0; i < RUNS; i++) loads.push(await pageLoad());
  const { groups } = await overviewQuery();

  console.log(`Overview page load on the seed data set (${groups} groups), ${database}, Node ${process.version}, ${RUNS} loads after ${WARMUP} warm-up loads`);
  console.log(`  first load after start (cold):        ${firstMs.toFixed(1)} ms`);
  console.log(`  GraphQL request (DashboardOverview):  ${summary(loads.map((l) => l.query))}; ${loads[0]!.sql} SQL statements`);
  console.log(`  whole load (page + assets + query):   ${summary(loads.map((l) => l.total))}; ${(loads[0]!.bytes / 1024).toFixed(0)} kB`);

  const missing = chromiumMissing();
  if (missing) {
    console.log(`  in Chromium: skipped (${missing})`);
  } else {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const times: number[] = [];
      for (let i = 0; i < 12; i++) {
        const [ms] = await timed(() => openDashboard(page, base, '/dashboard'));
        if (i >= 2) times.push(ms); // the first loads fill the browser's caches
      }
      console.log(`  in Chromium, navigation until drawn:  ${summary(times)} (${times.length} loads)`);
    } finally {
      await browser.close();
    }
  }
  const median = [...loads.map((l) => l.total)].sort((a, b) => a - b)[Math.floor(loads.length / 2)]!;
  console.log(median < TARGET_MS ? `  target < ${TARGET_MS} ms server time: met` : `  target < ${TARGET_MS} ms server time: MISSED`);
} finally {
  await app.stop();
}
