/**
 * Write path figures: `npx tsx bench/writes.ts [--n 200]` on a fresh in-memory embedded database,
 * or `DATABASE_URL=postgres://…/scratch npx tsx bench/writes.ts` on a real PostgreSQL (it seeds
 * an empty database and adds liaisons: use a scratch database). Prints, per mutation, the latency
 * over HTTP (p50, p95, mean) and the SQL statements one write costs (token check, transaction,
 * row lock, history included); then throughput with 8 concurrent writers, and contention:
 * rounds of 4 concurrent updates of one version, where exactly one must win.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { startApp } from '../src/app/bootstrap.js';
import { issueTokenWrite } from '../src/auth/token.service.js';
import { COMMAND_LINE_VIEWER } from '../src/auth/viewer.js';

const nArg = process.argv.indexOf('--n');
const N = nArg > 0 ? Number(process.argv[nArg + 1]) : 200;

const base = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', EXPOSE_SQL_COUNTS: 'true', RATE_LIMIT_PER_MINUTE: '0' });
const config = { ...base, dataDir: base.databaseUrl ? base.dataDir : 'memory://', seed: true };
const app = await startApp(config, createLogger('error'));
const issued = await issueTokenWrite(
  { em: app.orm.em.fork(), viewer: { ...COMMAND_LINE_VIEWER, label: 'bench' }, credentialProblem: null },
  { label: 'bench secretariat', role: 'SECRETARIAT' },
);
const headers = { 'content-type': 'application/json', authorization: `Bearer ${issued.secret}` };

interface Result { ms: number; sql: number; data: any }
async function gql(query: string, variables: unknown): Promise<Result> {
  const started = performance.now();
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const json = (await res.json()) as { data: any; errors?: unknown; extensions?: { sqlStatements?: number } };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return { ms: performance.now() - started, sql: json.extensions?.sqlStatements ?? NaN, data: json.data };
}

const CREATE = `mutation ($input: CreateLiaisonInput!) { createLiaison(input: $input) { liaison { id version } userErrors { code } } }`;
const UPDATE = `mutation ($input: UpdateLiaisonInput!) { updateLiaison(input: $input) { liaison { id version } userErrors { code currentVersion } } }`;
const STATUS = `mutation ($input: SetLiaisonStatusInput!) { setLiaisonStatus(input: $input) { liaison { id version status } userErrors { code } } }`;
const REPLY = `mutation ($input: CreateLiaisonInput!) { createLiaison(input: $input) { liaison { id inReplyTo { status } } userErrors { code } } }`;
const liaisonInput = (i: number) => ({
  title: `Bench liaison ${i}`, from: 'CWG-COP', to: [{ group: 'SG2 Q3/2' }], cc: ['BDT'], purpose: 'FOR_ACTION',
  deadline: '2027-06-30', body: 'x'.repeat(2000), attachments: ['CWG-COP/COUNCIL-REPORT-21-22'],
});

function summary(name: string, results: Result[]) {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const pick = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(1);
  const mean = (ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(1);
  const sql = [...new Set(results.map((r) => r.sql))].sort((a, b) => a - b).join('/');
  console.log(`${name.padEnd(34)} n=${String(results.length).padEnd(4)} p50 ${pick(0.5).padStart(6)} ms  p95 ${pick(0.95).padStart(6)} ms  mean ${mean.padStart(6)} ms  SQL/write ${sql}`);
}

try {
  console.log(`database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite (memory)'}; ${N} writes per mutation, sequential`);
  const created: Result[] = [];
  for (let i = 0; i < N; i++) created.push(await gql(CREATE, { input: liaisonInput(i) }));
  summary('createLiaison', created);
  const ids = created.map((r) => r.data.createLiaison.liaison.id as string);

  const updated: Result[] = [];
  for (const [i, id] of ids.entries()) updated.push(await gql(UPDATE, { input: { id, version: 1, title: `Bench liaison ${i} (rev.)` } }));
  summary('updateLiaison', updated);

  const approved: Result[] = [];
  for (const id of ids) approved.push(await gql(STATUS, { input: { id, version: 2, status: 'APPROVED' } }));
  summary('setLiaisonStatus APPROVED', approved);
  const sent: Result[] = [];
  for (const id of ids) sent.push(await gql(STATUS, { input: { id, version: 3, status: 'SENT' } }));
  summary('setLiaisonStatus SENT', sent);

  const replies: Result[] = [];
  for (const id of ids) replies.push(await gql(REPLY, { input: { title: 'Bench reply', from: 'SG2 Q3/2', inReplyTo: id, status: 'SENT' } }));
  summary('createLiaison reply (marks RESPONDED)', replies);
  if (!replies.every((r) => r.data.createLiaison.liaison.inReplyTo.status === 'RESPONDED')) throw new Error('a reply did not mark RESPONDED');

  const writers = 8;
  const perWriter = Math.ceil(N / writers);
  const started = performance.now();
  await Promise.all(Array.from({ length: writers }, async (_, w) => {
    for (let i = 0; i < perWriter; i++) await gql(CREATE, { input: liaisonInput(10_000 + w * perWriter + i) });
  }));
  const seconds = (performance.now() - started) / 1000;
  console.log(`throughput, ${writers} concurrent writers           ${(writers * perWriter / seconds).toFixed(0)} createLiaison/s (${writers * perWriter} in ${seconds.toFixed(1)} s)`);

  let wins = 0;
  let conflicts = 0;
  const rounds = 20;
  for (let round = 0; round < rounds; round++) {
    const id = (await gql(CREATE, { input: liaisonInput(20_000 + round) })).data.createLiaison.liaison.id;
    const results = await Promise.all([0, 1, 2, 3].map((k) => gql(UPDATE, { input: { id, version: 1, title: `writer ${k}` } })));
    const won = results.filter((r) => r.data.updateLiaison.liaison).length;
    wins += won;
    conflicts += results.filter((r) => r.data.updateLiaison.userErrors[0]?.code === 'CONFLICT').length;
    if (won !== 1) throw new Error(`round ${round}: ${won} updates won`);
  }
  console.log(`contention, ${rounds} rounds × 4 concurrent updates    ${wins} won (one per round), ${conflicts} CONFLICT`);
} finally {
  await app.stop();
}
