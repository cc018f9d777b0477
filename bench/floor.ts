/**
 * `npm run bench:floor [-- --runs 3000 --rounds 3]`: what one GraphQL request costs the server
 * before it reads anything, layer by layer. The same `{ __typename }` is POSTed `runs` times, one
 * after the other, to each of: graphql-js alone on node:http, Apollo Server on node:http, Apollo
 * on Express, our production build (every middleware and plugin, response cache off), and
 * PostGraphile 5 (bench/compare's, Node 22); the server process's CPU time (user + system, from
 * /proc) per request is printed, the median of `rounds` rounds that alternate the servers. CPU
 * time, not latency: a shared machine's load disturbs it far less. DATABASE_URL: the database our
 * server and PostGraphile serve (e.g. the bench:compare one); Linux only.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildIsStale, buildServer, ROOT, startServer, superviseServer, type ServerProcess } from './bench.js';
import { databaseUrlFor, number } from './cli.js';
import { ensurePostGraphileInstalled, startPostGraphile } from './compare/compare.js';

const databaseUrl = databaseUrlFor('bench:floor', 'lg_compare');
const runs = number('runs', 3000, 100, 'a whole number');
const rounds = number('rounds', 3, 1, 'a whole number');
const FLOOR_SERVER = path.join(ROOT, 'bench', 'floor-server.mjs');
const BODY = JSON.stringify({ query: '{ __typename }' });

/** user + system CPU time of a process, ms (/proc counts clock ticks of 1/100 s) */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function startLayer(layer: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [FLOOR_SERVER], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', LAYER: layer, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  return superviseServer(child, { what: `the ${layer} layer`, readyLine: /"ready":true,"url":"(http:\/\/[^"]+)"/, timeoutMs: 60_000 });
}

const LAYERS: { name: string; start(): Promise<ServerProcess> }[] = [
  { name: 'graphql-js on node:http', start: () => startLayer('graphql') },
  { name: '+ Apollo Server', start: () => startLayer('apollo') },
  { name: '+ Express and express.json', start: () => startLayer('express') },
  { name: 'ours: + our middleware, plugins, context', start: () => startServer(databaseUrl, { env: { RESPONSE_CACHE_SECONDS: '0', RATE_LIMIT_PER_MINUTE: '0' } }) },
];
try {
  ensurePostGraphileInstalled((line) => console.error(line));
  LAYERS.push({ name: 'PostGraphile 5 (Node 22), for comparison', start: () => startPostGraphile(databaseUrl) });
} catch (error) {
  console.error(`PostGraphile left out: ${(error as Error).message.split('\n')[0]}`);
}

if (buildIsStale()) buildServer((line) => console.error(line));

/** CPU ms per request of one server, after 300 unmeasured requests */
async function measure(server: ServerProcess): Promise<number> {
  const ask = async () => {
    const res = await fetch(`${server.url.replace(/\/graphql$/, '')}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
    const text = await res.text();
    if (!text.includes('"__typename":"Query"')) throw new Error(`unexpected answer: ${res.status} ${text.slice(0, 300)}`);
  };
  for (let i = 0; i < 300; i += 1) await ask();
  const before = cpuMs(server.pid);
  for (let i = 0; i < runs; i += 1) await ask();
  return (cpuMs(server.pid) - before) / runs;
}

const figures = LAYERS.map(() => [] as number[]);
for (let round = 0; round < rounds; round += 1) {
  for (const [i, layer] of LAYERS.entries()) {
    const server = await layer.start();
    try {
      figures[i].push(await measure(server));
    } finally {
      await server.stop();
    }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`server CPU per { __typename } request, median of ${rounds} rounds of ${runs} (ms):`);
let previous: number | undefined;
for (const [i, layer] of LAYERS.entries()) {
  const ms = median(figures[i]);
  const step = previous !== undefined && i < 4 ? `  (${ms - previous >= 0 ? '+' : ''}${(ms - previous).toFixed(2)})` : '';
  console.log(`  ${layer.name.padEnd(44)} ${ms.toFixed(2)}${step}   rounds: ${figures[i].map((v) => v.toFixed(2)).join(' ')}`);
  previous = ms;
}
