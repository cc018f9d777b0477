/**
 * `npm run bench:compare`: our production build and PostGraphile 5.1.5 (installed into
 * bench/compare with the Node 22 it needs, on first use) serving DATABASE_URL side by side, the
 * same four questions asked of each, and the hand-written ceiling statement timed; prints one
 * table and writes the figures as JSON.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/lg_compare npm run bench:compare -- [options]
 *
 *   --duration S         seconds each side is measured per operation and concurrency (default 10)
 *   --slices N           alternating slices per side and cell: ours, theirs, ours, theirs… (default 2)
 *   --warmup S           unmeasured seconds on each side before each operation (default 3)
 *   --connections 1,32   concurrency levels (default 1,32)
 *   --only a,b           operations: dashboard, thread, follow-up, search (default all)
 *   --ceiling-runs N     runs of bench/compare/ceiling.sql on one connection (default 200; 0 skips)
 *   --ceiling FILE       another ceiling statement
 *   --pool N             connections in each server's pool (default 10, our default)
 *   --pg-options "…"     PGOPTIONS for both servers and the ceiling, e.g. "-c jit=off"
 *   --no-postgraphile    our server and the ceiling only
 *   --server-root DIR    compare the server of another checkout (e.g. /work/wt/readpath)
 *   --no-build           use dist/ as it is (default: build when sources are newer)
 *   --out FILE           where the JSON goes (default bench/results/compare-latest.json)
 */
import fs from 'node:fs';
import path from 'node:path';
import { OPERATION_NAMES, ROOT, type OperationName } from '../bench.js';
import { formatComparison, runComparison } from './compare.js';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function value(name: string, { dashes = false } = {}): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const v = process.argv[i + 1];
  if (v === undefined || (!dashes && v.startsWith('--'))) fail(`--${name} needs a value`);
  return v;
}

function number(name: string, fallback: number, min: number, what = 'a number'): number {
  const raw = value(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) fail(`--${name} needs ${what} ≥ ${min}, got "${raw}"`);
  return n;
}

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  fail(
    'npm run bench:compare needs DATABASE_URL: a real PostgreSQL holding the synthetic data set, e.g.\n' +
      "  psql -h 127.0.0.1 -U postgres -c 'create database lg_compare'\n" +
      '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/lg_compare npm run bench:data -- --scale 1\n' +
      '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/lg_compare npm run bench:compare',
  );
}

const connections = (value('connections') ?? '1,32').split(',').map((c) => Number(c.trim()));
if (connections.some((c) => !Number.isInteger(c) || c < 1 || c > 1000)) fail('--connections needs whole numbers from 1 to 1000, e.g. 1,32');
const only = (value('only') ?? OPERATION_NAMES.join(',')).split(',').map((o) => o.trim());
const unknown = only.filter((o) => !(OPERATION_NAMES as readonly string[]).includes(o));
if (unknown.length) fail(`--only: unknown operation ${unknown.join(', ')} (known: ${OPERATION_NAMES.join(', ')})`);
const slices = number('slices', 2, 1, 'a whole number');
if (!Number.isInteger(slices)) fail('--slices needs a whole number');
const ceilingRuns = number('ceiling-runs', 200, 0, 'a whole number');
const pool = number('pool', 10, 1, 'a whole number');
const ceilingFile = value('ceiling');
if (ceilingFile && !fs.existsSync(ceilingFile)) fail(`--ceiling: no file ${ceilingFile}`);
const serverRoot = value('server-root');
if (serverRoot && !fs.existsSync(path.join(serverRoot, 'package.json'))) fail(`--server-root: ${serverRoot} is not a checkout (no package.json)`);
const out = path.resolve(value('out') ?? path.join(ROOT, 'bench', 'results', 'compare-latest.json'));

const results = await runComparison({
  databaseUrl,
  durationSeconds: number('duration', 10, 1, 'seconds'),
  slices,
  warmupSeconds: number('warmup', 3, 0, 'seconds'),
  connections,
  operations: only as OperationName[],
  postgraphile: !process.argv.includes('--no-postgraphile'),
  ceilingRuns,
  ceilingFile: ceilingFile ? path.resolve(ceilingFile) : undefined,
  build: process.argv.includes('--no-build') ? 'never' : 'auto',
  serverRoot,
  pgOptions: value('pg-options', { dashes: true }),
  poolSize: pool,
});

console.log(formatComparison(results));
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(`\nwritten to ${path.relative(process.cwd(), out) || out}`);
