/**
 * `npm run bench:floor [-- --runs 3000 --rounds 3]`: what one GraphQL request costs the server
 * before it reads anything, layer by layer. The same `{ __typename }` is POSTed `runs` times, one
 * after the other, to each of: graphql-js alone on node:http, Apollo Server on node:http, our
 * production build (every step and plugin, response cache off), Apollo on Express (what our
 * GraphQL endpoints no longer pass through), and PostGraphile 5 (bench/compare's, Node 22); the
 * server process's CPU time (user + system, from /proc) per request is printed, the median of
 * `rounds` rounds that alternate the servers. CPU time, not latency: a shared machine's load disturbs it far less. Then the same for a whole answer,
 * bench:compare's thread (each server asked in its own schema), on our server and PostGraphile,
 * with the CPU of the PostgreSQL backends serving the database (those alive at the end: a backend
 * that ended meanwhile is not counted).
 * DATABASE_URL: the database our server and PostGraphile serve (e.g. the bench:compare one);
 * Linux only.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildIsStale, buildServer, ROOT, startServer, superviseServer, type ServerProcess } from './bench.js';
import { databaseUrlFor, number } from './cli.js';
import pg from 'pg';
import { ensurePostGraphileInstalled, prepareQuestion, startPostGraphile } from './compare/compare.js';
import { installCompareFunctions } from './compare/functions.js';

const databaseUrl = databaseUrlFor('bench:floor', 'lg_compare');
const runs = number('runs', 3000, 100, 'a whole number');
const rounds = number('rounds', 3, 1, 'a whole number');
const FLOOR_SERVER = path.join(ROOT, 'bench', 'floor-server.mjs');
const BODY = JSON.stringify({ query: '{ __typename }' });

/** user + system CPU time of a process, ms (/proc counts clock ticks of 1/100 s); 0 once it is gone */
function cpuMs(pid: number): number {
  if (!fs.existsSync(`/proc/${pid}/stat`)) return 0;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

// the PostgreSQL backends serving the database (the local server's processes), for the thread's database CPU
const monitor = new pg.Client({ connectionString: databaseUrl });
await monitor.connect();
const database = new URL(databaseUrl).pathname.slice(1);
async function backends(): Promise<number[]> {
  const { rows } = await monitor.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
  return rows.map((r) => r.pid);
}

function startLayer(layer: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [FLOOR_SERVER], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', LAYER: layer, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  return superviseServer(child, { what: `the ${layer} layer`, readyLine: /"ready":true,"url":"(http:\/\/[^"]+)"/, timeoutMs: 60_000 });
}

if (buildIsStale()) buildServer((line) => console.error(line));
const startOurs = () => startServer(databaseUrl, { env: { RESPONSE_CACHE_SECONDS: '0', RATE_LIMIT_PER_MINUTE: '0' } });

// the thread bench:compare asks, in each server's own schema
const thread = await (async () => {
  const ours = await startOurs();
  try {
    return await prepareQuestion(ours.url, 'thread');
  } finally {
    await ours.stop();
  }
})();
if (!thread.ours || !thread.theirs) throw new Error(`no thread to ask: ${thread.skipped}`);

interface Layer {
  name: string;
  start(): Promise<ServerProcess>;
  /** the thread question in this server's schema (our server and PostGraphile) */
  thread?: string;
  /** the layer this one adds to (its cost is printed as the difference too) */
  on?: number;
}
// our GraphQL endpoints run on Node's http, not Express (src/platform/server/request-steps.ts):
// Apollo on Express stays here as the reference that decision was measured against
const LAYERS: Layer[] = [
  { name: 'graphql-js on node:http', start: () => startLayer('graphql') },
  { name: '+ Apollo Server', start: () => startLayer('apollo'), on: 0 },
  { name: 'ours: + our steps, plugins, context', start: startOurs, thread: JSON.stringify(thread.ours), on: 1 },
  { name: 'Apollo on Express and express.json', start: () => startLayer('express'), on: 1 },
];
try {
  ensurePostGraphileInstalled((line) => console.error(line));
  // what PostGraphile cannot express by itself, as bench:compare gives it (computed columns)
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await installCompareFunctions(client).finally(() => client.end());
  LAYERS.push({ name: 'PostGraphile 5 (Node 22), for comparison', start: () => startPostGraphile(databaseUrl), thread: JSON.stringify(thread.theirs) });
} catch (error) {
  console.error(`PostGraphile left out: ${(error as Error).message.split('\n')[0]}`);
}

/** CPU ms per answer of one server to `body` (and of the database's backends), `count` times after 300 unmeasured ones */
async function measure(server: ServerProcess, body: string, count: number, expected: string): Promise<{ server: number; database: number }> {
  const ask = async () => {
    const res = await fetch(`${server.url.replace(/\/graphql$/, '')}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await res.text();
    if (res.status !== 200 || !text.includes(expected) || text.includes('"errors"')) throw new Error(`unexpected answer: ${res.status} ${text.slice(0, 300)}`);
  };
  for (let i = 0; i < 300; i += 1) await ask();
  // a backend the pool opens meanwhile (it drops connections idle for 10 s) counts all its CPU
  const databaseBefore = new Map((await backends()).map((pid) => [pid, cpuMs(pid)]));
  const before = cpuMs(server.pid);
  for (let i = 0; i < count; i += 1) await ask();
  const serverMs = cpuMs(server.pid) - before;
  const databaseMs = (await backends()).reduce((sum, pid) => sum + Math.max(0, cpuMs(pid) - (databaseBefore.get(pid) ?? 0)), 0);
  return { server: serverMs / count, database: databaseMs / count };
}

const figures = LAYERS.map(() => [] as number[]);
const threadFigures = LAYERS.map(() => [] as { server: number; database: number }[]);
for (let round = 0; round < rounds; round += 1) {
  for (const [i, layer] of LAYERS.entries()) {
    const server = await layer.start();
    try {
      figures[i].push((await measure(server, BODY, runs, '"__typename":"Query"')).server);
      if (layer.thread) threadFigures[i].push(await measure(server, layer.thread, Math.ceil(runs / 3), '"data"'));
    } finally {
      await server.stop();
    }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`server CPU per { __typename } request, median of ${rounds} rounds of ${runs} (ms):`);
for (const [i, layer] of LAYERS.entries()) {
  const ms = median(figures[i]);
  const added = layer.on === undefined ? undefined : ms - median(figures[layer.on]);
  const step = added === undefined ? '' : `  (${added >= 0 ? '+' : ''}${added.toFixed(2)})`;
  console.log(`  ${layer.name.padEnd(44)} ${ms.toFixed(2)}${step}   rounds: ${figures[i].map((v) => v.toFixed(2)).join(' ')}`);
}
console.log(`CPU per thread answer (bench:compare's), median of ${rounds} rounds of ${Math.ceil(runs / 3)} (ms):`);
for (const [i, layer] of LAYERS.entries()) {
  if (!layer.thread) continue;
  const server = median(threadFigures[i].map((f) => f.server));
  const db = median(threadFigures[i].map((f) => f.database));
  console.log(`  ${layer.name.split(':')[0].split(' (')[0].padEnd(16)} server ${server.toFixed(2)}, PostgreSQL ${db.toFixed(2)}   rounds (server/PostgreSQL): ${threadFigures[i].map((f) => `${f.server.toFixed(2)}/${f.database.toFixed(2)}`).join(' ')}`);
}
await monitor.end();
