/**
 * `npm run bench:cost` (DATABASE_URL: a scale-1 database from `npm run bench:data -- --scale 1`):
 * how long the most expensive requests that still pass the cost limit take on the production
 * server. For each shape of attack (deep nesting of lists, wide aliases, search, nodes(ids:), the
 * dashboard at first: 100) it builds the largest request whose cost is within QUERY_LIMITS.cost,
 * sends it a few times to `npm run start:prod`'s server (response cache and rate limit off, SQL
 * counts on) and prints its cost, server time, SQL statements, response size and the server's RSS.
 * Then it prints the cost of our own clients' queries (they must pass) and of the attack of
 * issue 12 (it must not). Options: --runs N (default 3), --limit N (try another limit).
 */
import 'reflect-metadata';
import os from 'node:os';
import { getOperationAST, parse } from 'graphql';
import { getSchema } from '../src/app/schema.js';
import { queryCost } from '../src/platform/graphql/query-cost.js';
import { QUERY_LIMITS } from '../src/platform/graphql/limits.js';
import { encodeCursor } from '../src/platform/graphql/paging.js';
import { buildIsStale, buildServer, graphql, readMemory, startServer, type ServerProcess } from './bench.js';
import { DASHBOARD } from './operations.js';
import { realQueries } from './real-queries.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('npm run bench:cost needs DATABASE_URL (a database filled by npm run bench:data -- --scale 1)');
  process.exit(2);
}
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const runs = option('runs', 3);
const limit = option('limit', QUERY_LIMITS.cost);

// the executable schema: each field's estimate is in its extensions (the SDL does not carry them)
const schema = await getSchema();
function costOf(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const counted = queryCost({ schema, document, operation: getOperationAST(document)!, variables });
  if (counted.kind !== 'cost') throw new Error(`no cost for ${query.slice(0, 80)}: ${counted.kind}`);
  return counted.cost;
}

/** a shape grown by one whole number (a page size, a number of aliases or ids) */
interface Shape {
  name: string;
  build(k: number): string;
  max: number;
}

/** the largest k (1..max) whose request is within the limit, by bisection (cost grows with k) */
function largestPassing(shape: Shape): { k: number; query: string; cost: number } | undefined {
  let lo = 0;
  let hi = shape.max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (costOf(shape.build(mid)) <= limit) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return undefined;
  const query = shape.build(lo);
  return { k: lo, query, cost: costOf(query) };
}

const aliases = (n: number, field: (i: number) => string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;
const LIAISON = 'id title status purpose sentOn awaitingReply fromGroup { acronym } toGroups { acronym } addressees { role group { acronym } } replies { id title } attachments { symbol }';
const ACTION_ITEM = 'id title status isOverdue assignee { acronym } dueMeeting { title } raisedBy { position meeting { title group { acronym } } }';

function shapes(ids: string[]): Shape[] {
  return [
    {
      name: 'deep: groups(first: k) > meetings(first: 20) > outcomes > action items, liaisons',
      max: 100,
      build: (k) =>
        `{ groups(first: ${k}) { edges { node { acronym meetings(first: 20) { edges { node { title outcomes { text actionItems { title isOverdue assignee { acronym } sources { excerpt } } liaisons { title toGroups { acronym } } } liaisons { title fromGroup { acronym } } } } } } } } }`,
    },
    {
      name: 'deep: groups > liaisons(first: k) and actionItems(first: k)',
      max: 100,
      build: (k) => `{ groups(first: 100) { edges { node { acronym liaisons(first: ${k}) { edges { node { ${LIAISON} } } } actionItems(first: ${k}) { edges { node { ${ACTION_ITEM} } } } } } } }`,
    },
    {
      name: 'wide: k aliases of liaisons(first: 100), each another page',
      max: QUERY_LIMITS.aliases,
      build: (k) => aliases(k, (i) => `liaisons(first: 100${i ? `, after: "${encodeCursor(i * 100 - 1)}"` : ''}) { edges { node { ${LIAISON} replies { ${LIAISON} } } } }`),
    },
    {
      name: 'wide: k aliases of actionItems(first: 100), each another page',
      max: QUERY_LIMITS.aliases,
      build: (k) => aliases(k, (i) => `actionItems(first: 100${i ? `, after: "${encodeCursor(i * 100 - 1)}"` : ''}) { totalCount edges { node { ${ACTION_ITEM} resolvedBy { text } sources { excerpt } } } }`),
    },
    {
      name: 'search: 10 aliases of search(first: k) into meetings and liaisons',
      max: 100,
      build: (k) =>
        aliases(
          10,
          (i) =>
            `search(query: "${['meeting', 'group', 'liaison', 'child', 'online', 'protection', 'report', 'outcome', 'action', 'agreed'][i]}", first: ${k}) { node { ... on Meeting { outcomes { text actionItems { title assignee { acronym } } } liaisons { title toGroups { acronym } } } ... on Liaison { title toGroups { acronym } replies { title } } } }`,
        ),
    },
    {
      name: 'nodes(ids: 100 liaisons) in k aliases, with their threads',
      max: QUERY_LIMITS.aliases,
      build: (k) => aliases(k, (i) => `nodes(ids: ${JSON.stringify(ids.slice((i * 100) % Math.max(1, ids.length - 100), ((i * 100) % Math.max(1, ids.length - 100)) + 100))}) { id ... on Liaison { ${LIAISON} replies { ${LIAISON} } inReplyTo { ${LIAISON} } } }`),
    },
  ];
}

interface Timing {
  name: string;
  cost: number;
  ms: number[];
  sql: number;
  bytes: number;
  rssMB: number;
  errors: string | undefined;
}

async function time(server: ServerProcess, name: string, query: string, variables: Record<string, unknown> = {}): Promise<Timing> {
  const ms: number[] = [];
  let sql = 0;
  let bytes = 0;
  let cost = 0;
  let errors: string | undefined;
  let rssMB = 0;
  const sampler = setInterval(() => (rssMB = Math.max(rssMB, readMemory(server.pid)?.rssMB ?? 0)), 20);
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const text = await res.text();
    ms.push(performance.now() - started);
    bytes = text.length;
    const answer = JSON.parse(text) as { errors?: { message: string }[]; extensions?: { sqlStatements?: number; cost?: number } };
    sql = answer.extensions?.sqlStatements ?? 0;
    cost = answer.extensions?.cost ?? 0;
    errors = answer.errors ? `${answer.errors.length} errors: ${answer.errors[0].message.slice(0, 120)}` : undefined;
  }
  clearInterval(sampler);
  rssMB = Math.max(rssMB, readMemory(server.pid)?.rssMB ?? 0);
  return { name, cost, ms, sql, bytes, rssMB, errors };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const log = (line: string) => console.error(line);
if (buildIsStale()) buildServer(log);
log(`starting the production server on ${databaseUrl.replace(/\/\/[^@]*@/, '//')}…`);
const server = await startServer(databaseUrl, { env: { RESPONSE_CACHE_SECONDS: '0' } });
// other work on the machine slows every figure: say how busy it was
const loadBefore = os.loadavg()[0];
try {
  const page = await graphql(server.url, '{ liaisons(first: 100) { edges { node { id } } } more: liaisons(first: 100, after: "' + encodeCursor(99) + '") { edges { node { id } } } }');
  const ids = [...(page.data?.liaisons.edges ?? []), ...(page.data?.more.edges ?? [])].map((e: { node: { id: string } }) => e.node.id);
  const liaison = ids[0];

  const timings: Timing[] = [];
  // warm the server up (JIT, pool) with a mid-sized request first
  await time(server, 'warm-up', DASHBOARD, { groups: 20, first: 10 });
  timings.push(await time(server, 'bench dashboard at groups: 20, first: 100', DASHBOARD, { groups: 20, first: 100 }));
  const overview = realQueries({ liaison }).find((q) => q.name === 'dashboard DashboardOverview')!;
  timings.push(await time(server, 'dashboard DashboardOverview (its lists at first: 100)', overview.query));
  const groupPage = realQueries({ liaison }).find((q) => q.name === 'dashboard GroupPage')!;
  const busiest = await graphql(server.url, '{ groups(first: 100) { edges { node { acronym meetings(first: 1) { totalCount } } } } }');
  const acronym = (busiest.data?.groups.edges as { node: { acronym: string; meetings: { totalCount: number } } }[]).sort((a, b) => b.node.meetings.totalCount - a.node.meetings.totalCount)[0].node.acronym;
  timings.push(await time(server, `dashboard GroupPage of ${acronym}`, groupPage.query, { acronym }));
  for (const shape of shapes(ids)) {
    const largest = largestPassing(shape);
    if (!largest) {
      log(`${shape.name}: even k = 1 is over the limit`);
      continue;
    }
    log(`${shape.name}: k = ${largest.k}, cost ${fmt(largest.cost)}`);
    timings.push(await time(server, shape.name.replace(/\bk\b/, String(largest.k)), largest.query));
  }

  console.log(
    `\ncost limit ${fmt(limit)}; ${runs} runs each; server: npm run start:prod's build, RESPONSE_CACHE_SECONDS=0, rate limit off; ` +
      `${os.cpus().length} cores, load average ${loadBefore.toFixed(2)} before and ${os.loadavg()[0].toFixed(2)} after\n`,
  );
  console.log('| request | cost | server ms (median / max) | SQL | response bytes | RSS MB | |');
  console.log('| --- | --: | --: | --: | --: | --: | --- |');
  for (const t of timings) {
    console.log(`| ${t.name} | ${fmt(t.cost)} | ${fmt(median(t.ms))} / ${fmt(Math.max(...t.ms))} | ${t.sql} | ${fmt(t.bytes)} | ${fmt(t.rssMB)} | ${t.errors ?? ''} |`);
  }
  const worst = timings.reduce((a, b) => (Math.max(...b.ms) > Math.max(...a.ms) ? b : a));
  console.log(`\nslowest passing request: ${worst.name}, ${fmt(Math.max(...worst.ms))} ms (cost ${fmt(worst.cost)}); server peak RSS ${fmt(readMemory(server.pid)?.hwmMB ?? 0)} MB`);

  console.log('\nour clients\' queries:');
  for (const q of realQueries({ liaison })) {
    const cost = costOf(q.query, q.variables);
    console.log(`  ${cost <= limit ? 'passes' : 'REFUSED'}  ${fmt(cost).padStart(9)}  ${q.name}`);
  }
  const one = `search(query: "group", first: 100, kinds: [GROUP]) { node { ... on Group { meetings(first: 100) { edges { node { title outcomes { text actionItems { title sources { excerpt } } liaisons { title toGroups { acronym } } } liaisons { title } } } } } } }`;
  console.log(`\nissue 12's attack: one alias ${fmt(costOf(`{ ${one} }`))}, fifteen ${fmt(costOf(aliases(15, () => one)))} (limit ${fmt(limit)})`);
} finally {
  await server.stop();
}
