/**
 * `npm run bench:hostile`: the attacks of issue 12, each a small function, against the production
 * build and a scale-1 database (DATABASE_URL, filled by `npm run bench:data -- --scale 1`). For each
 * it prints the time the server took, the server's peak RSS during it, the outcome (HTTP status and
 * error code, or what happened), and whether /healthz stayed under 1 s meanwhile; then the table
 * for the README. Attacks that write (import, replies, snippets) use a scratch database next to
 * DATABASE_URL, seeded with the seed data set, and drop it at the end.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/lg_budget npm run bench:hostile [-- --only name,name]
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config/config.js';
import { encodeCursor } from '../src/platform/graphql/paging.js';
import { buildIsStale, buildServer, readMemory, ROOT, startServer as startBenchServer, type ServerProcess } from './bench.js';

/** the production server with the production request budget (bench.ts lifts it for throughput runs) */
const startServer: typeof startBenchServer = (databaseUrl, options = {}) =>
  startBenchServer(databaseUrl, { ...options, env: { REQUEST_TIMEOUT_MS: String(loadConfig({}).requestTimeoutMs), ...options.env } });

const log = (line: string) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// the attack queries, verbatim from the issue

const ALIAS = (n: number) =>
  `a${n}: search(query: "group", first: 100, kinds: [GROUP]) { node { ... on Group { meetings(first: 100) { edges { node { title outcomes { text actionItems { title sources { excerpt } } liaisons { title toGroups { acronym } } } liaisons { title } } } } } } }`;
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => ALIAS(i + 1)).join(' ')} }`;
/** depth 10 and four aliases of a 100 × 100 page: within today's static limits (cost 40,400 of 50,000) */
const DEEP_WIDE = `{ ${[1, 2, 3, 4]
  .map((n) => `w${n}: groups(first: 100) { edges { node { liaisons(first: 100) { edges { node { title body toGroups { acronym } replies { title replies { title } } } } } } } }`)
  .join(' ')} }`;

// ---------------------------------------------------------------------------------------------
// measuring

export interface Outcome {
  attack: string;
  /** ms from the request to its answer (or to what the attack measures) */
  ms: number | null;
  /** the server's highest resident memory sampled during the attack */
  peakRssMB: number | null;
  outcome: string;
  /** the slowest /healthz during the attack (null when the attack has no server of its own to probe) */
  healthMaxMs: number | null;
}

interface Watch {
  stop(): { peakRssMB: number | null; healthMaxMs: number | null };
}

/** samples the server's RSS every 100 ms and times /healthz back to back (5 s at most each) */
function watch(server: { url: string; pid: number } | undefined): Watch {
  if (!server) return { stop: () => ({ peakRssMB: null, healthMaxMs: null }) };
  let peak = 0;
  let healthMax = 0;
  let running = true;
  const rss = setInterval(() => {
    const m = readMemory(server.pid);
    if (m) peak = Math.max(peak, m.rssMB);
  }, 100);
  void (async () => {
    while (running) {
      const started = performance.now();
      try {
        const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5_000) });
        await res.arrayBuffer();
      } catch {
        // no answer within 5 s: counted as 5 s
      }
      healthMax = Math.max(healthMax, performance.now() - started);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    stop() {
      running = false;
      clearInterval(rss);
      return { peakRssMB: Math.round(peak), healthMaxMs: Math.round(healthMax) };
    },
  };
}

interface Answer {
  status: number;
  codes: string[];
  errors: number;
  bytes: number;
  ms: number;
  json: any;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: signal ?? AbortSignal.timeout(300_000),
    });
    const text = await res.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const errors: { extensions?: { code?: string } }[] = json?.errors ?? [];
    const codes = [...new Set(errors.map((e) => e.extensions?.code ?? '?'))];
    return { status: res.status, codes, errors: errors.length, bytes: text.length, ms: performance.now() - started, json };
  } catch (error) {
    return { status: -1, codes: [(error as Error).name], errors: 0, bytes: 0, ms: performance.now() - started, json: undefined };
  }
}

const describe = (a: Answer) => `${a.status === -1 ? 'no answer' : a.status}${a.codes.length ? ` ${a.codes.join(', ')}` : ''}${a.status === 200 && !a.errors ? ` (${(a.bytes / 1e6).toFixed(1)} MB)` : ''}`;

/** a query the response cache has not seen */
let asked = 0;
const fresh = (query: string) => ({ query: query.replace(/^\{/, `{ hostile${++asked}_${Date.now()}: __typename `) });

/**
 * About the most expensive request the limits let through, as `npm run bench:cost` found it:
 * aliases of actionItems(first: 100), each another page, with what each item links to (14 of
 * them, since `fresh` adds one more and 15 is the alias limit; cost ~15,400 of 30,000). The attacks that need a request that really runs (many at once, a client
 * that leaves, a SIGTERM) use it, since the issue's own query is now refused before it runs.
 */
/**
 * A document that costs as much to compile as the compile bound lets through (195 fields once its
 * fragment is spread: 15 aliases of node(id:) with fields of six types), new each time by its name.
 */
const COSTLY_TO_COMPILE = (n: number, id: string) =>
  `query New${n} { ${Array.from({ length: 15 }, (_, a) => `n${a}: node(id: "${id}") { ...F }`).join(' ')} } ` +
  'fragment F on Node { ... on Liaison { title body } ... on Group { acronym name } ... on Meeting { title location } ' +
  '... on ActionItem { title status } ... on Outcome { text position } ... on Document { symbol title } }';

/** user + system CPU ms of a process so far (/proc counts ticks of 1/100 s) */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const WORST_ALLOWED = `{ ${Array.from({ length: 14 }, (_, i) =>
  `a${i}: actionItems(first: 100${i ? `, after: "${encodeCursor(i * 100 - 1)}"` : ''}) { totalCount edges { node { id title status isOverdue assignee { acronym } dueMeeting { title } raisedBy { position meeting { title group { acronym } } } resolvedBy { text } sources { excerpt } } } }`,
).join(' ')} }`;

// ---------------------------------------------------------------------------------------------
// the environment the attacks share

interface Env {
  databaseUrl: string;
  /** the main server, on the scale-1 database */
  server: ServerProcess;
  /** a seeded scratch database for the attacks that write, and tokens on it */
  scratch: () => Promise<{ url: string; admin: string; editor: string }>;
}

async function query(databaseUrl: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function tsx(script: string, args: string[], env: Record<string, string>) {
  const started = performance.now();
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [script, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// ---------------------------------------------------------------------------------------------
// the attacks

type Attack = (env: Env) => Promise<Outcome>;

/** one request against the main server, watched */
const single =
  (attack: string, body: () => unknown): Attack =>
  async ({ server }) => {
    const w = watch(server);
    const a = await post(server.url, body());
    return { attack, ms: Math.round(a.ms), outcome: describe(a), ...w.stop() };
  };

const ATTACKS: Record<string, Attack> = {
  'search-15-aliases': single('the 15-alias search query of the issue', () => fresh(aliases(15))),
  'search-1-alias': single('one alias of it', () => fresh(aliases(1))),

  async 'search-15-aliases-twice'({ server }) {
    const w = watch(server);
    const started = performance.now();
    const answers = await Promise.all([post(server.url, fresh(aliases(15))), post(server.url, fresh(aliases(15)))]);
    const alive = await fetch(`${server.url}/healthz`).then((r) => r.ok, () => false);
    return {
      attack: 'two of them at once',
      ms: Math.round(performance.now() - started),
      outcome: `${answers.map(describe).join(' / ')}${alive ? '' : '; server down'}`,
      ...w.stop(),
    };
  },

  'deep-wide': single('deep and wide at the static limits (depth 10, 4 × 100 × 100 liaisons)', () => fresh(DEEP_WIDE)),

  async 'worst-allowed-4x'({ server }) {
    const w = watch(server);
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: 4 }, () => post(server.url, fresh(WORST_ALLOWED))));
    return {
      attack: 'four at once of the most expensive request the cost limit lets through (14 × actionItems(first: 100))',
      ms: Math.round(performance.now() - started),
      outcome: answers.map(describe).join(' / '),
      ...w.stop(),
    };
  },

  async 'client-disconnect'({ server, databaseUrl }) {
    const w = watch(server);
    const client = new AbortController();
    const request = post(server.url, fresh(WORST_ALLOWED), {}, client.signal);
    await new Promise((r) => setTimeout(r, 200));
    client.abort();
    await request;
    const aborted = performance.now();
    // the server's statements still running on the database, polled until none (30 s at most)
    const busy = async () =>
      Number(
        (
          await query(
            databaseUrl,
            "select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state = 'active'",
          )
        )[0].n,
      );
    let stoppedAfter: number | null = null;
    let quietSince: number | null = null;
    while (performance.now() - aborted < 30_000) {
      const now = performance.now();
      if ((await busy()) === 0) {
        quietSince ??= now;
        // quiet for half a second: no statement runs nor starts
        if (now - quietSince > 500) {
          stoppedAfter = quietSince - aborted;
          break;
        }
      } else quietSince = null;
      await new Promise((r) => setTimeout(r, 50));
    }
    return {
      attack: 'client disconnects 0.2 s into the most expensive allowed request',
      ms: stoppedAfter === null ? null : Math.round(stoppedAfter),
      outcome: stoppedAfter === null ? 'database still busy 30 s later' : `database idle ${Math.round(stoppedAfter)} ms after the disconnect`,
      ...w.stop(),
    };
  },

  async sigterm({ databaseUrl }) {
    const victim = await startServer(databaseUrl, { env: { RESPONSE_CACHE_SECONDS: '0', REQUEST_TIMEOUT_MS: '600000' } });
    const w = watch(victim);
    const request = post(victim.url, fresh(WORST_ALLOWED));
    await new Promise((r) => setTimeout(r, 200));
    const signalled = performance.now();
    const exited = new Promise<number | null>((resolve) => victim.child.once('exit', (code) => resolve(code)));
    victim.child.kill('SIGTERM');
    const answer = await request;
    const answeredMs = performance.now() - signalled;
    const killer = setTimeout(() => victim.child.kill('SIGKILL'), 60_000);
    const code = await exited;
    clearTimeout(killer);
    const exitMs = performance.now() - signalled;
    const watched = w.stop();
    return {
      attack: 'SIGTERM 0.2 s into the most expensive allowed request (request deadline 10 min)',
      ms: Math.round(exitMs),
      outcome: `client: ${describe(answer)} after ${Math.round(answeredMs)} ms; exit ${code} after ${Math.round(exitMs)} ms`,
      peakRssMB: watched.peakRssMB,
      healthMaxMs: null,
    };
  },

  async 'redis-unreachable'({ databaseUrl }) {
    const limited = await startServer(databaseUrl, {
      env: { RATE_LIMIT_PER_MINUTE: '5', REDIS_URL: `redis://127.0.0.1:${await closedPort()}` },
    });
    try {
      const w = watch(limited);
      const started = performance.now();
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await post(limited.url, { query: '{ __typename }' })).status);
      const ready = await fetch(`${limited.url}/readyz`).then((r) => r.json() as Promise<unknown>, () => null);
      const refused = statuses.filter((s) => s === 429).length;
      return {
        attack: 'Redis unreachable (REDIS_URL to a closed port), limit 5 a minute, 10 requests',
        ms: Math.round(performance.now() - started),
        outcome: `${statuses.length - refused} answered, ${refused} × 429; /readyz ${JSON.stringify(ready)}`,
        ...w.stop(),
      };
    } finally {
      await limited.stop();
    }
  },

  async 'import-50M-body'({ scratch }) {
    const { url } = await scratch();
    const imported = importAltered(url, (bundle) => {
      bundle.liaisons[0].body = 'x'.repeat(50_000_000);
    });
    const longest = Number((await query(url, 'select coalesce(max(length(body)), 0) as n from liaisons'))[0].n);
    return {
      attack: 'import a liaison body of 50,000,000 characters (`npm run import`)',
      ms: Math.round(imported.ms),
      outcome: `${imported.status === 0 ? 'imported' : `refused (exit ${imported.status})`}; longest body now ${longest.toLocaleString('en')} characters; ${lastLine(imported.stderr || imported.stdout)}`,
      peakRssMB: null,
      healthMaxMs: null,
    };
  },

  async 'import-javascript-url'({ scratch }) {
    const { url } = await scratch();
    const imported = importAltered(url, (bundle) => {
      bundle.documents[0].url = 'javascript:alert(document.domain)';
    });
    const stored = Number((await query(url, "select count(*) as n from documents where url like 'javascript:%'"))[0].n);
    return {
      attack: 'import a document URL `javascript:alert(document.domain)`',
      ms: Math.round(imported.ms),
      outcome: `${imported.status === 0 ? 'imported' : `refused (exit ${imported.status})`}; javascript: URLs stored: ${stored}; ${lastLine(imported.stderr || imported.stdout)}`,
      peakRssMB: null,
      healthMaxMs: null,
    };
  },

  async 'editor-reply'({ scratch }) {
    const { url, editor } = await scratch();
    const writer = await startServer(url, { env: { RESPONSE_CACHE_SECONDS: '0' } });
    try {
      const found = await post(writer.url, {
        query: '{ liaisons(filter: { from: "ITU-T SG17" }, first: 100) { edges { node { id title status awaitingReply toGroups { acronym } } } } }',
      });
      const original = (found.json?.data?.liaisons?.edges ?? [])
        .map((e: { node: { id: string; toGroups: { acronym: string }[] } }) => e.node)
        .find((n: { toGroups: { acronym: string }[] }) => n.toGroups.some((g) => g.acronym === 'CWG-COP'));
      if (!original) return { attack: 'EDITOR of ITU-D SG2 Q3/2 replies to SG17 → CWG-COP', ms: null, peakRssMB: null, healthMaxMs: null, outcome: 'no such liaison in the seed' };
      const reply = await post(
        writer.url,
        {
          query: 'mutation R($input: CreateLiaisonInput!) { createLiaison(input: $input) { liaison { id } userErrors { code message } } }',
          variables: { input: { from: 'ITU-D SG2 Q3/2', title: 'Hostile reply', inReplyTo: original.id, status: 'SENT' } },
        },
        { authorization: `Bearer ${editor}` },
      );
      const after = await post(writer.url, { query: `{ node(id: "${original.id}") { ... on Liaison { status awaitingReply } } }` });
      const userErrors = reply.json?.data?.createLiaison?.userErrors ?? [];
      const written = Boolean(reply.json?.data?.createLiaison?.liaison);
      const state = after.json?.data?.node;
      return {
        attack: 'EDITOR of ITU-D SG2 Q3/2 replies to a liaison ITU-T SG17 → CWG-COP',
        ms: Math.round(reply.ms),
        outcome: `${written ? 'reply recorded' : `refused ${[...reply.codes, ...userErrors.map((e: { code: string }) => e.code)].join(', ')}`}; original now ${state?.status} (awaitingReply ${state?.awaitingReply}), was ${original.status} (awaitingReply ${original.awaitingReply})`,
        peakRssMB: null,
        healthMaxMs: null,
      };
    } finally {
      await writer.stop();
    }
  },

  async 'snippet-injection'({ scratch }) {
    const { url, admin } = await scratch();
    const writer = await startServer(url, { env: { RESPONSE_CACHE_SECONDS: '0' } });
    try {
      const marker = `zebracorn${Date.now()}`;
      const created = await post(
        writer.url,
        {
          query: 'mutation D($input: CreateDocumentInput!) { createDocument(input: $input) { document { id } userErrors { code message } } }',
          variables: { input: { symbol: `HOSTILE-${Date.now()}`, title: `${marker} \u0002\u0001injected`, kind: 'CONTRIBUTION', sourceGroup: 'CWG-COP', public: true } },
        },
        { authorization: `Bearer ${admin}` },
      );
      const found = await post(writer.url, { query: `{ search(query: "${marker}", first: 5) { snippet } }` });
      const snippets: string[] = (found.json?.data?.search ?? []).map((r: { snippet: string }) => r.snippet);
      const injected = snippets.some((s) => s.includes('<mark>injected'));
      return {
        attack: 'search snippet of a title containing the highlight markers (U+0002 U+0001)',
        ms: Math.round(found.ms),
        outcome: created.json?.data?.createDocument?.document
          ? `${injected ? 'tags injected' : 'tags escaped'}: ${JSON.stringify(snippets[0] ?? null)}`
          : `document not created: ${JSON.stringify(created.json?.data?.createDocument?.userErrors ?? created.json?.errors)}`,
        peakRssMB: null,
        healthMaxMs: null,
      };
    } finally {
      await writer.stop();
    }
  },

  async 'new-documents-twice'({ server }) {
    // each document sent twice (a compilation on the second) against documents sent once (none):
    // the difference is what compiling costs, bounded by the process's compile budget
    const id = (await post(server.url, { query: '{ liaisons(first: 1) { edges { node { id } } } }' })).json.data.liaisons.edges[0].node.id as string;
    const w = watch(server);
    const started = performance.now();
    let n = Date.now();
    const cpuPerRequest = async (times: number, documents: number) => {
      const before = cpuMs(server.pid);
      const answers: Answer[] = [];
      for (let d = 0; d < documents; d++) {
        const body = { query: COSTLY_TO_COMPILE(++n, id) };
        for (let t = 0; t < times; t++) answers.push(await post(server.url, body));
      }
      const bad = answers.filter((a) => a.status !== 200 || a.errors > 0);
      if (bad.length) throw new Error(`unexpected answer: ${describe(bad[0])}`);
      return (cpuMs(server.pid) - before) / answers.length;
    };
    await cpuPerRequest(1, 20); // warm-up
    const once = await cpuPerRequest(1, 100);
    const twice = await cpuPerRequest(2, 50);
    return {
      attack: '100 new documents, each sent twice, as costly to compile as the compile bound lets through (195 fields)',
      ms: Math.round(performance.now() - started),
      outcome: `server CPU per request ${twice.toFixed(1)} ms, against ${once.toFixed(1)} ms for documents sent once (never compiled)`,
      ...w.stop(),
    };
  },

  'cop-aliases': single('graphql-cop: 101 aliases of __typename', () => ({
    query: `{ ${Array.from({ length: 101 }, (_, i) => `t${i}: __typename`).join(' ')} }`,
  })),

  async 'cop-directives'({ server }) {
    const w = watch(server);
    const a = await post(server.url, { query: `query { __typename ${'@aa '.repeat(10)}}` });
    return { attack: 'graphql-cop: 10 duplicated unknown directives', ms: Math.round(a.ms), outcome: `${describe(a)}; ${a.errors} errors`, ...w.stop() };
  },
};

/** `npm run export` of the database at `url`, `alter` applied to the bundle, then `npm run import` of it back */
function importAltered(url: string, alter: (bundle: any) => void): ReturnType<typeof tsx> {
  const file = path.join(os.tmpdir(), `hostile-bundle-${process.pid}.json`);
  const exported = tsx('scripts/export.ts', [file], { DATABASE_URL: url });
  if (exported.status !== 0) throw new Error(`export failed: ${exported.stderr}`);
  const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  alter(bundle);
  fs.writeFileSync(file, JSON.stringify(bundle));
  const imported = tsx('scripts/import.ts', [file], { DATABASE_URL: url });
  fs.rmSync(file, { force: true });
  return imported;
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n').filter(Boolean);
  return (lines.at(-1) ?? '').slice(0, 160);
}

// ---------------------------------------------------------------------------------------------
// the run

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL must name the scale-1 database (npm run bench:data -- --scale 1)');
    process.exit(2);
  }
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg >= 0 ? process.argv[onlyArg + 1].split(',') : Object.keys(ATTACKS);
  for (const name of only) if (!ATTACKS[name]) throw new Error(`no attack ${name}; there are ${Object.keys(ATTACKS).join(', ')}`);

  if (buildIsStale()) buildServer(log);
  const loadBefore = os.loadavg()[0];
  const server = await startServer(databaseUrl, { env: { RESPONSE_CACHE_SECONDS: '0' } });

  const scratchName = `${new URL(databaseUrl).pathname.slice(1)}_hostile`;
  const scratchUrl = withDatabase(databaseUrl, scratchName);
  let scratchReady: Promise<{ url: string; admin: string; editor: string }> | undefined;
  const scratch = () =>
    (scratchReady ??= (async () => {
      await query(databaseUrl, `drop database if exists ${scratchName} with (force)`);
      await query(databaseUrl, `create database ${scratchName}`);
      const token = (args: string[]) => {
        const r = tsx('scripts/token.ts', ['create', ...args], { DATABASE_URL: scratchUrl });
        const secret = r.stdout.split('\n').find((l) => l.startsWith('lg_'));
        if (!secret) throw new Error(`npm run token failed: ${r.stderr}`);
        return secret;
      };
      // the token command migrates and seeds an empty database as the server would
      const admin = token(['--role', 'ADMIN', '--label', 'hostile admin']);
      const editor = token(['--role', 'EDITOR', '--group', 'ITU-D SG2 Q3/2', '--label', 'hostile editor of SG2 Q3/2']);
      return { url: scratchUrl, admin, editor };
    })());

  const outcomes: Outcome[] = [];
  try {
    for (const name of only) {
      log(`attack ${name}…`);
      let outcome: Outcome;
      try {
        outcome = await ATTACKS[name]({ databaseUrl, server, scratch });
      } catch (error) {
        outcome = { attack: name, ms: null, peakRssMB: null, healthMaxMs: null, outcome: `attack failed: ${(error as Error).message.slice(0, 200)}` };
      }
      log(`  ${JSON.stringify(outcome)}`);
      outcomes.push(outcome);
      // a crashed server is part of the outcome; the next attacks need one
      if (server.child.exitCode !== null || !(await fetch(`${server.url}/healthz`).then((r) => r.ok, () => false))) {
        log('  the server is down: restarting it');
        Object.assign(server, await startServer(databaseUrl, { env: { RESPONSE_CACHE_SECONDS: '0' } }));
      }
    }
  } finally {
    await server.stop();
    if (scratchReady) await query(databaseUrl, `drop database if exists ${scratchName} with (force)`);
  }

  const health = (o: Outcome) => (o.healthMaxMs === null ? '—' : `${o.healthMaxMs < 1_000 ? 'yes' : 'NO'} (${o.healthMaxMs} ms)`);
  const lines = [
    '| attack | time (ms) | peak RSS (MB) | outcome | /healthz < 1 s |',
    '| --- | ---: | ---: | --- | --- |',
    ...outcomes.map((o) => `| ${o.attack} | ${o.ms ?? '—'} | ${o.peakRssMB ?? '—'} | ${o.outcome.replaceAll('|', '\\|')} | ${health(o)} |`),
  ];
  console.log(lines.join('\n'));
  console.log(
    `\n${os.cpus().length} cores (${os.cpus()[0]?.model}), ${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}; ` +
      `load average (1 min) ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after`,
  );
}

await main();
