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
import { ROOT } from '../bench.js';
import { connectionLevels, databaseUrlFor, fail, number, onlyOperations, outFile, value, writeResults } from '../cli.js';
import { formatComparison, runComparison } from './compare.js';

const databaseUrl = databaseUrlFor('bench:compare', 'lg_compare');
const connections = connectionLevels('1,32');
const only = onlyOperations();
const slices = number('slices', 2, 1, 'a whole number');
if (!Number.isInteger(slices)) fail('--slices needs a whole number');
const ceilingRuns = number('ceiling-runs', 200, 0, 'a whole number');
const pool = number('pool', 10, 1, 'a whole number');
const ceilingFile = value('ceiling');
if (ceilingFile && !fs.existsSync(ceilingFile)) fail(`--ceiling: no file ${ceilingFile}`);
const serverRoot = value('server-root');
if (serverRoot && !fs.existsSync(path.join(serverRoot, 'package.json'))) fail(`--server-root: ${serverRoot} is not a checkout (no package.json)`);
const out = outFile(path.join(ROOT, 'bench', 'results', 'compare-latest.json'));

const results = await runComparison({
  databaseUrl,
  durationSeconds: number('duration', 10, 1, 'seconds'),
  slices,
  warmupSeconds: number('warmup', 3, 0, 'seconds'),
  connections,
  operations: only,
  postgraphile: !process.argv.includes('--no-postgraphile'),
  ceilingRuns,
  ceilingFile: ceilingFile ? path.resolve(ceilingFile) : undefined,
  build: process.argv.includes('--no-build') ? 'never' : 'auto',
  serverRoot,
  pgOptions: value('pg-options', { dashes: true }),
  poolSize: pool,
});

console.log(formatComparison(results));
writeResults(out, results);
