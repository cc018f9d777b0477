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
import path from 'node:path';
import { formatResults, ROOT, runBenchmark } from './bench.js';
import { connectionLevels, databaseUrlFor, number, onlyOperations, outFile, value, writeResults } from './cli.js';

const databaseUrl = databaseUrlFor('bench', 'lg_bench');
const connections = connectionLevels('1,8,32');
const only = onlyOperations();
const out = outFile(path.join(ROOT, 'bench', 'results', 'latest.json'));
const cpuProfileDir = value('cpu-prof');

const results = await runBenchmark({
  databaseUrl,
  durationSeconds: number('duration', 10, 1, 'a number of seconds'),
  warmupSeconds: number('warmup', 3, 0, 'a number of seconds'),
  connections,
  operations: only,
  build: process.argv.includes('--no-build') ? 'never' : 'auto',
  responseCache: !process.argv.includes('--no-cache'),
  serverNodeArgs: value('node-options', { dashes: true })?.split(/\s+/).filter(Boolean),
  serverLogFile: value('server-log') ? path.resolve(value('server-log')!) : undefined,
  serverRoot: value('server-root'),
  cpuProfileDir: cpuProfileDir ? path.resolve(cpuProfileDir) : undefined,
});

console.log(formatResults(results));
writeResults(out, results);
if (cpuProfileDir) console.log(`CPU profile in ${cpuProfileDir} (open in Chrome DevTools → Performance, or speedscope)`);
