/**
 * `npm run bench`: the production server against DATABASE_URL (filled by `npm run bench:data`),
 * driven over HTTP at concurrency 1, 8 and 32; prints the figures and writes them as JSON.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/lg_bench npm run bench -- [options]
 *
 *   --duration S        seconds per operation and concurrency (default 10)
 *   --warmup S          unmeasured seconds before each operation (default 3)
 *   --connections 1,8   concurrency levels (default 1,8,32)
 *   --only a,b          operations: dashboard, thread, follow-up, search (default all)
 *   --out FILE          where the JSON goes (default bench/results/latest.json)
 *   --cpu-prof DIR      write the server's V8 CPU profile (.cpuprofile) into DIR
 *   --no-cache          turn the server's response cache off (RESPONSE_CACHE_SECONDS=0)
 *   --node-options "…"  more node options for the server, e.g. "--max-old-space-size=160"
 *   --server-log FILE   append everything the server prints to FILE
 *   --no-build          use dist/ as it is (default: build when sources are newer)
 *   --server-root DIR   benchmark the server of another checkout (e.g. an older commit, to compare)
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatResults, OPERATION_NAMES, ROOT, runBenchmark, type OperationName } from './bench.js';

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

function seconds(name: string, fallback: number, min: number): number {
  const raw = value(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) fail(`--${name} needs a number of seconds ≥ ${min}, got "${raw}"`);
  return n;
}

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  fail(
    'npm run bench needs DATABASE_URL: a real PostgreSQL holding the synthetic data set, e.g.\n' +
      "  psql -h 127.0.0.1 -U postgres -c 'create database lg_bench'\n" +
      '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/lg_bench npm run bench:data -- --scale 1\n' +
      '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/lg_bench npm run bench',
  );
}

const connections = (value('connections') ?? '1,8,32').split(',').map((c) => Number(c.trim()));
if (connections.some((c) => !Number.isInteger(c) || c < 1 || c > 1000)) fail('--connections needs whole numbers from 1 to 1000, e.g. 1,8,32');
const only = (value('only') ?? OPERATION_NAMES.join(',')).split(',').map((o) => o.trim());
const unknown = only.filter((o) => !(OPERATION_NAMES as readonly string[]).includes(o));
if (unknown.length) fail(`--only: unknown operation ${unknown.join(', ')} (known: ${OPERATION_NAMES.join(', ')})`);
const out = path.resolve(value('out') ?? path.join(ROOT, 'bench', 'results', 'latest.json'));
const cpuProfileDir = value('cpu-prof');

const results = await runBenchmark({
  databaseUrl,
  durationSeconds: seconds('duration', 10, 1),
  warmupSeconds: seconds('warmup', 3, 0),
  connections,
  operations: only as OperationName[],
  build: process.argv.includes('--no-build') ? 'never' : 'auto',
  responseCache: !process.argv.includes('--no-cache'),
  serverNodeArgs: value('node-options', { dashes: true })?.split(/\s+/).filter(Boolean),
  serverLogFile: value('server-log') ? path.resolve(value('server-log')!) : undefined,
  serverRoot: value('server-root'),
  cpuProfileDir: cpuProfileDir ? path.resolve(cpuProfileDir) : undefined,
});

console.log(formatResults(results));
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(`\nwritten to ${path.relative(process.cwd(), out) || out}`);
if (cpuProfileDir) console.log(`CPU profile in ${cpuProfileDir} (open in Chrome DevTools → Performance, or speedscope)`);
