/**
 * `npm run bench:compare`'s machinery: our production build and PostGraphile 5 serving the same
 * database, the same four questions asked of each in its own schema, the answers checked to carry
 * the same objects, the load alternated between the two in slices so that machine noise hits both
 * alike, and the hand-written ceiling statement timed alone. `run.ts` is the command line; the
 * smoke test runs the same code at a tiny scale (without PostGraphile when its install is absent).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from '../pg.js';
import {
  buildIsStale,
  buildServer,
  machineInfo,
  measure,
  MemoryWatch,
  percentile,
  prepareOperation,
  query,
  redact,
  ROOT,
  round,
  startServer,
  superviseServer,
  type OperationName,
  type ServerProcess,
} from '../bench.js';
import { decodeGlobalId } from '../../src/platform/graphql/global-id.js';
import { DASHBOARD } from '../operations.js';
import { installCompareFunctions } from './functions.js';
import { PG_DASHBOARD, PG_FOLLOW_UP, PG_SEARCH, PG_THREAD } from './operations.js';

export const COMPARE_DIR = path.join(ROOT, 'bench', 'compare');
export const CEILING_FILE = path.join(COMPARE_DIR, 'ceiling.sql');
const NODE_22 = path.join(COMPARE_DIR, 'node_modules', 'node', 'bin', 'node');
const POSTGRAPHILE_SERVER = path.join(COMPARE_DIR, 'postgraphile-server.mjs');

export interface CompareOptions {
  databaseUrl: string;
  /** seconds each side is measured per operation × concurrency cell (split into `slices` alternating slices) */
  durationSeconds: number;
  /** slices per side and cell: ours, theirs, ours, theirs… (default 2) */
  slices: number;
  /** unmeasured seconds of load on each side before each operation */
  warmupSeconds: number;
  connections: number[];
  operations: readonly OperationName[];
  /** false: our server and the ceiling only (no Node 22 / PostGraphile install needed) */
  postgraphile: boolean;
  /** runs of the ceiling statement (after 10 unmeasured ones); 0 skips it */
  ceilingRuns: number;
  /** the ceiling statement's file (default bench/compare/ceiling.sql) */
  ceilingFile?: string;
  build: 'auto' | 'always' | 'never';
  /** compare the server of another checkout (its dist/, built there if needed) */
  serverRoot?: string;
  /** PGOPTIONS for both servers and the ceiling's connection, e.g. "-c jit=off" */
  pgOptions?: string;
  /** our server's connection pool size, and PostGraphile's (the same for both; default 10) */
  poolSize?: number;
  /** extra environment for our server (e.g. DATABASE_POOL_SIZE) */
  serverEnv?: Record<string, string>;
  log?: (line: string) => void;
}

export interface SideFigures {
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** connection errors, timeouts, non-2xx answers and answers carrying GraphQL errors */
  errors: number;
  /** of which requests unanswered after autocannon's 10 s */
  timeouts: number;
  errorExample?: string;
  /** highest RSS sampled while this cell ran */
  rssMB: number;
}

export interface CompareCell {
  operation: OperationName;
  connections: number;
  ours: SideFigures;
  theirs: SideFigures | null;
  /** ours / theirs requests per second */
  ratio: number | null;
}

/** How the two answers (or ours and the ceiling's) compare: objects with an id, in order; then every value. */
export interface AnswerCheck {
  oursNodes: number;
  theirsNodes: number;
  /** the same row ids in the same order */
  sameIds: boolean;
  /** every scalar equal, in order (ids as row ids) */
  sameValues: boolean;
  firstDifference?: string;
}

export interface CompareResults {
  startedAt: string;
  finishedAt: string;
  machine: { cores: number; cpu: string; memoryGB: number; node: string; platform: string };
  database: string;
  settings: {
    durationSeconds: number;
    slices: number;
    warmupSeconds: number;
    connections: number[];
    responseCache: false;
    poolSize: number;
    pgOptions: string | null;
    serverRoot?: string;
    postgraphile: string | null;
  };
  operations: {
    name: OperationName;
    skipped?: string;
    variables?: { ours: Record<string, unknown>; theirs: Record<string, unknown> };
    check?: AnswerCheck;
    cells: CompareCell[];
  }[];
  ceiling: {
    file: string;
    runs: number;
    latencyMs: { p50: number; p99: number; mean: number };
    requestsPerSecond: number;
    /** the statement's answer against our dashboard's (when its JSON has the same shape) */
    check: AnswerCheck | null;
  } | null;
  peakRssMB: { ours: number; theirs: number | null };
  loadAverage: { before: number; after: number };
}

// ---------------------------------------------------------------------------------------------
// PostGraphile 5 under Node 22

/** `npm ci` in bench/compare when its install is missing: PostGraphile 5.1.5 and the Node 22 it needs. */
export function ensurePostGraphileInstalled(log: (line: string) => void): void {
  const installed = fs.existsSync(NODE_22) && fs.existsSync(path.join(COMPARE_DIR, 'node_modules', 'postgraphile', 'package.json'));
  if (installed) return;
  log('installing PostGraphile 5 and Node 22 into bench/compare (npm ci, once; about a minute)…');
  const result = spawnSync('npm', ['ci', '--prefix', COMPARE_DIR, '--no-audit', '--no-fund'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0 || !fs.existsSync(NODE_22)) {
    throw new Error(`npm ci --prefix bench/compare failed:\n${result.stdout}${result.stderr}`);
  }
}

export function postGraphileVersion(): string {
  const read = (p: string) => (JSON.parse(fs.readFileSync(p, 'utf8')) as { version: string }).version;
  const node = spawnSync(NODE_22, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^v/, '');
  return `postgraphile ${read(path.join(COMPARE_DIR, 'node_modules', 'postgraphile', 'package.json'))} on Node ${node}`;
}

/** PostGraphile 5 (bench/compare/postgraphile-server.mjs under Node 22) on a free loopback port. */
export async function startPostGraphile(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(NODE_22, [POSTGRAPHILE_SERVER], {
    cwd: COMPARE_DIR,
    env: { ...process.env, NODE_ENV: 'production', ...env, DATABASE_URL: databaseUrl, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return superviseServer(child, { what: 'PostGraphile', readyLine: /"ready":true,"url":"(http:\/\/[^"]+)"/, timeoutMs: 120_000 });
}

// ---------------------------------------------------------------------------------------------
// the questions and their answers

interface Question {
  name: OperationName;
  skipped?: string;
  ours?: { query: string; variables: Record<string, unknown> };
  theirs?: { query: string; variables: Record<string, unknown> };
  /** keys whose values are not compared (asked on one side only, e.g. our __typename) */
  ignore: string[];
}

export async function prepareQuestion(oursUrl: string, name: OperationName): Promise<Question> {
  const prepared = await prepareOperation(oursUrl, name);
  if (prepared.skipped || !prepared.body) return { name, skipped: prepared.skipped, ignore: [] };
  const ours = JSON.parse(prepared.body) as { query: string; variables: Record<string, unknown> };
  switch (name) {
    case 'dashboard':
      return { name, ours, theirs: { query: PG_DASHBOARD, variables: ours.variables }, ignore: [] };
    case 'thread': {
      const decoded = decodeGlobalId(String(ours.variables.id));
      if (!decoded) throw new Error(`thread: cannot read the row id of ${String(ours.variables.id)}`);
      return { name, ours, theirs: { query: PG_THREAD, variables: { rowId: decoded.id } }, ignore: [] };
    }
    case 'follow-up':
      return { name, ours, theirs: { query: PG_FOLLOW_UP, variables: ours.variables }, ignore: [] };
    case 'search':
      // our hit names its type (__typename), PostGraphile's its kind: the ids and order are compared
      return { name, ours, theirs: { query: PG_SEARCH, variables: ours.variables }, ignore: ['__typename', 'kind'] };
  }
}

interface Flat {
  ids: number[];
  values: string[];
}

/**
 * The answer as the row ids of its objects and all its scalars, in document order, whatever the
 * field names and nesting (edges/node or nodes, `id` or `rowId`): our global ids are read back as
 * row ids, so two answers to the same question flatten to the same lists.
 */
export function flatten(value: unknown, ignore: readonly string[] = [], out: Flat = { ids: [], values: [] }, key = ''): Flat {
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, ignore, out, key);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (ignore.includes(k)) continue;
      flatten(v, ignore, out, k);
    }
  } else if (key === 'id' || key === 'rowId') {
    const id = typeof value === 'string' ? (decodeGlobalId(value)?.id ?? NaN) : Number(value);
    out.ids.push(id);
    out.values.push(`id:${id}`);
  } else {
    out.values.push(JSON.stringify(value));
  }
  return out;
}

export function checkAnswers(ours: unknown, theirs: unknown, ignore: readonly string[] = []): AnswerCheck {
  const a = flatten(ours, ignore);
  const b = flatten(theirs, ignore);
  const sameIds = a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i]);
  const differsAt = a.values.findIndex((v, i) => v !== b.values[i]);
  const sameValues = a.values.length === b.values.length && differsAt === -1;
  let firstDifference: string | undefined;
  if (!sameValues) {
    const at = differsAt === -1 ? Math.min(a.values.length, b.values.length) : differsAt;
    firstDifference = `value ${at}: ours ${a.values[at] ?? '(none)'}, theirs ${b.values[at] ?? '(none)'}`;
  }
  return { oursNodes: a.ids.length, theirsNodes: b.ids.length, sameIds, sameValues, ...(firstDifference ? { firstDifference } : {}) };
}

async function answer(url: string, side: string, question: { query: string; variables: Record<string, unknown> }): Promise<unknown> {
  return (await query(url, side, question.query, question.variables)).data;
}

// ---------------------------------------------------------------------------------------------
// the ceiling

/** Times the ceiling statement on one connection; binds $1 = groups, $2 = first when the statement uses them. */
export async function timeCeiling(
  databaseUrl: string,
  options: { file: string; runs: number; pgOptions?: string; groups: number; first: number },
): Promise<{ latencies: number[]; seconds: number; answer: unknown }> {
  const text = fs.readFileSync(options.file, 'utf8');
  const highest = Math.max(0, ...[...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  const bindings = [options.groups, options.first].slice(0, highest);
  const client = new pg.Client({ connectionString: databaseUrl, ...(options.pgOptions ? { options: options.pgOptions } : {}) });
  await client.connect();
  try {
    let answer: unknown;
    for (let i = 0; i < 10; i += 1) {
      const result = await client.query(text, bindings);
      answer = result.rows[0] ? Object.values(result.rows[0] as Record<string, unknown>)[0] : null;
    }
    const latencies: number[] = [];
    const started = performance.now();
    for (let i = 0; i < options.runs; i += 1) {
      const t0 = performance.now();
      await client.query(text, bindings);
      latencies.push(performance.now() - t0);
    }
    return { latencies, seconds: (performance.now() - started) / 1000, answer: typeof answer === 'string' ? JSON.parse(answer) : answer };
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// the run

/** CPU time a process has used (user + system, in clock ticks), from /proc; null elsewhere */
function cpuTicks(pid: number): number | null {
  try {
    // the fields after the command name (which may hold spaces) start at its closing parenthesis
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * Waits until the servers are idle: no statement running on the database and neither process
 * using CPU for three samples in a row (at most 60 s). autocannon ends a slice without waiting for
 * the requests in flight, but a server goes on executing them: without this, one side's leftover
 * work would run into the next slice, its own or the other side's.
 */
async function settle(monitor: pg.Client, pids: number[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  let before = pids.map(cpuTicks);
  let quiet = 0;
  while (Date.now() < deadline && quiet < 3) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { rows } = await monitor.query(
      `select count(*)::int as busy from pg_stat_activity
        where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
    );
    const now = pids.map(cpuTicks);
    // at most 1 tick (10 ms of CPU in 100 ms) per process: a timer, a log line, not a request
    const idle = (rows[0] as { busy: number }).busy === 0 && now.every((t, i) => t === null || before[i] === null || t - before[i]! <= 1);
    quiet = idle ? quiet + 1 : 0;
    before = now;
  }
}

function sideFigures(
  slices: Awaited<ReturnType<typeof measure>>[],
  latencies: number[],
  rssMB: number,
): SideFigures {
  latencies.sort((a, b) => a - b);
  const requests = slices.reduce((n, s) => n + s.requests, 0);
  const seconds = slices.reduce((n, s) => n + s.seconds, 0);
  const example = slices.find((s) => s.errors.example)?.errors.example;
  return {
    requests,
    requestsPerSecond: round(requests / Math.max(seconds, 0.001), 1),
    latencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(latencies[latencies.length - 1] ?? 0) },
    errors: slices.reduce((n, s) => n + s.errors.total, 0),
    timeouts: slices.reduce((n, s) => n + s.errors.timeouts, 0),
    ...(example ? { errorExample: example } : {}),
    rssMB: round(rssMB, 1),
  };
}

export async function runComparison(options: CompareOptions): Promise<CompareResults> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const startedAt = new Date().toISOString();
  const root = path.resolve(options.serverRoot ?? ROOT);
  const poolSize = options.poolSize ?? 10;
  if (options.build === 'always' || (options.build === 'auto' && buildIsStale(root))) buildServer(log, root);
  if (options.postgraphile) ensurePostGraphileInstalled(log);

  const monitor = new pg.Client({ connectionString: options.databaseUrl });
  await monitor.connect();
  const pgEnv: Record<string, string> = options.pgOptions ? { PGOPTIONS: options.pgOptions } : {};
  const loadBefore = os.loadavg()[0];
  // ours first: it applies the migrations, and the functions read the columns they add
  const ours = await startServer(options.databaseUrl, {
    root,
    env: { RESPONSE_CACHE_SECONDS: '0', DATABASE_POOL_SIZE: String(poolSize), ...pgEnv, ...options.serverEnv },
  }).catch(async (error: unknown) => {
    await monitor.end();
    throw error;
  });
  // PostGraphile reads the database's functions when it starts: install them before it
  try {
    await installCompareFunctions(monitor);
  } catch (error) {
    await ours.stop();
    await monitor.end();
    throw error;
  }
  let theirs: ServerProcess | null = null;
  const oursMemory = new MemoryWatch(ours.pid);
  let theirsMemory: MemoryWatch | null = null;
  try {
    if (options.postgraphile) {
      theirs = await startPostGraphile(options.databaseUrl, { DATABASE_POOL_SIZE: String(poolSize), ...pgEnv });
      theirsMemory = new MemoryWatch(theirs.pid);
    }
    const pids = [ours.pid, ...(theirs ? [theirs.pid] : [])];
    log(`ours ${ours.url} (pid ${ours.pid}, ${root}); ${theirs ? `PostGraphile ${theirs.url} (pid ${theirs.pid})` : 'PostGraphile skipped'}`);

    const operations: CompareResults['operations'] = [];
    let dashboardAnswer: unknown = null;
    for (const name of options.operations) {
      const question = await prepareQuestion(ours.url, name);
      if (question.skipped || !question.ours || !question.theirs) {
        log(`${name}: skipped — ${question.skipped}`);
        operations.push({ name, skipped: question.skipped, cells: [] });
        continue;
      }
      const oursAnswer = await answer(ours.url, 'ours', question.ours);
      if (name === 'dashboard') dashboardAnswer = oursAnswer;
      let check: AnswerCheck | undefined;
      if (theirs) {
        check = checkAnswers(oursAnswer, await answer(theirs.url, 'PostGraphile', question.theirs), question.ignore);
        log(`${name}: ${describeCheck(check)}`);
        if (check.oursNodes !== check.theirsNodes) {
          throw new Error(`${name}: the answers differ in size (ours ${check.oursNodes} objects, PostGraphile ${check.theirsNodes}): the comparison would be unfair`);
        }
      }
      const oursBody = JSON.stringify(question.ours);
      const theirsBody = JSON.stringify(question.theirs);
      if (options.warmupSeconds > 0) {
        const most = Math.max(...options.connections);
        await measure(ours.url, oursBody, most, options.warmupSeconds);
        await settle(monitor, pids);
        if (theirs) {
          await measure(theirs.url, theirsBody, most, options.warmupSeconds);
          await settle(monitor, pids);
        }
      }
      const cells: CompareCell[] = [];
      for (const connections of options.connections) {
        const slice = options.durationSeconds / options.slices;
        const oursSlices: Awaited<ReturnType<typeof measure>>[] = [];
        const theirsSlices: Awaited<ReturnType<typeof measure>>[] = [];
        const oursLatencies: number[] = [];
        const theirsLatencies: number[] = [];
        oursMemory.startCell();
        theirsMemory?.startCell();
        // ours, theirs, ours, theirs…: a burst of machine noise lands on both sides alike
        for (let i = 0; i < options.slices; i += 1) {
          oursSlices.push(await measure(ours.url, oursBody, connections, slice, { latencies: oursLatencies }));
          await settle(monitor, pids);
          if (theirs) {
            theirsSlices.push(await measure(theirs.url, theirsBody, connections, slice, { latencies: theirsLatencies }));
            await settle(monitor, pids);
          }
        }
        oursMemory.sample();
        theirsMemory?.sample();
        const oursFigures = sideFigures(oursSlices, oursLatencies, oursMemory.cellMax);
        const theirsFigures = theirs ? sideFigures(theirsSlices, theirsLatencies, theirsMemory!.cellMax) : null;
        const cell: CompareCell = {
          operation: name,
          connections,
          ours: oursFigures,
          theirs: theirsFigures,
          ratio: theirsFigures && theirsFigures.requestsPerSecond > 0 ? round(oursFigures.requestsPerSecond / theirsFigures.requestsPerSecond) : null,
        };
        cells.push(cell);
        log(formatCell(cell));
      }
      operations.push({
        name,
        variables: { ours: question.ours.variables, theirs: question.theirs.variables },
        ...(check ? { check } : {}),
        cells,
      });
    }

    let ceiling: CompareResults['ceiling'] = null;
    const ceilingFile = options.ceilingFile ?? CEILING_FILE;
    if (options.ceilingRuns > 0 && fs.existsSync(ceilingFile)) {
      await settle(monitor, pids);
      const timed = await timeCeiling(options.databaseUrl, { file: ceilingFile, runs: options.ceilingRuns, pgOptions: options.pgOptions, groups: 20, first: 10 });
      timed.latencies.sort((a, b) => a - b);
      dashboardAnswer ??= await answer(ours.url, 'ours', { query: DASHBOARD, variables: { groups: 20, first: 10 } });
      ceiling = {
        file: path.relative(ROOT, ceilingFile),
        runs: options.ceilingRuns,
        latencyMs: {
          p50: round(percentile(timed.latencies, 50)),
          p99: round(percentile(timed.latencies, 99)),
          mean: round(timed.latencies.reduce((a, b) => a + b, 0) / timed.latencies.length),
        },
        requestsPerSecond: round(options.ceilingRuns / timed.seconds, 1),
        check: dashboardAnswer && timed.answer && typeof timed.answer === 'object' ? checkAnswers(dashboardAnswer, timed.answer) : null,
      };
      log(`ceiling: p50 ${ceiling.latencyMs.p50} ms, p99 ${ceiling.latencyMs.p99} ms, ${ceiling.requestsPerSecond}/s; ${ceiling.check ? describeCheck(ceiling.check) : 'answer not compared'}`);
    }

    oursMemory.sample();
    theirsMemory?.sample();
    return {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: machineInfo(),
      database: redact(options.databaseUrl),
      settings: {
        durationSeconds: options.durationSeconds,
        slices: options.slices,
        warmupSeconds: options.warmupSeconds,
        connections: options.connections,
        responseCache: false,
        poolSize,
        pgOptions: options.pgOptions ?? null,
        ...(root !== ROOT ? { serverRoot: root } : {}),
        postgraphile: options.postgraphile ? postGraphileVersion() : null,
      },
      operations,
      ceiling,
      peakRssMB: { ours: round(oursMemory.peak, 1), theirs: theirsMemory ? round(theirsMemory.peak, 1) : null },
      loadAverage: { before: round(loadBefore), after: round(os.loadavg()[0]) },
    };
  } finally {
    oursMemory.stop();
    theirsMemory?.stop();
    await Promise.all([ours.stop(), theirs?.stop(), monitor.end()]);
  }
}

// ---------------------------------------------------------------------------------------------
// printing

export function describeCheck(check: AnswerCheck): string {
  const what = check.sameValues ? 'same ids and values' : check.sameIds ? `same ids, values differ (${check.firstDifference})` : `ids differ (${check.firstDifference})`;
  return `${check.oursNodes} objects ours, ${check.theirsNodes} theirs: ${what}`;
}

const HEADER = ['operation', 'conn', 'ours req/s', 'PG5 req/s', 'ours p50/p99 ms', 'PG5 p50/p99 ms', 'RSS ours/PG5 MB', 'ratio', 'errors'];
const WIDTHS = [21, 4, 10, 9, 16, 15, 15, 6, 6];

function row(cells: (string | number)[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(WIDTHS[i]) : String(c).padStart(WIDTHS[i]))).join(' ');
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
/** requests per second: whole numbers, one decimal below 100 (an executed dashboard is a few a second) */
const rate = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

export function formatCell(cell: CompareCell): string {
  const t = cell.theirs;
  return row([
    cell.operation,
    cell.connections,
    rate(cell.ours.requestsPerSecond),
    t ? rate(t.requestsPerSecond) : '–',
    `${ms(cell.ours.latencyMs.p50)} / ${ms(cell.ours.latencyMs.p99)}`,
    t ? `${ms(t.latencyMs.p50)} / ${ms(t.latencyMs.p99)}` : '–',
    `${cell.ours.rssMB.toFixed(0)} / ${t ? t.rssMB.toFixed(0) : '–'}`,
    cell.ratio === null ? '–' : `${cell.ratio.toFixed(2)}×`,
    `${cell.ours.errors}/${t ? t.errors : '–'}`,
  ]);
}

export function formatComparison(results: CompareResults): string {
  const out: string[] = [];
  const { machine, settings } = results;
  out.push(`Liaison Graph vs PostGraphile 5, ${results.startedAt}`);
  out.push(`machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, ${machine.platform}; load average (1 min) ${results.loadAverage.before} before, ${results.loadAverage.after} after`);
  out.push(`database: ${results.database}${settings.pgOptions ? ` (PGOPTIONS ${settings.pgOptions})` : ''}; pool ${settings.poolSize} connections each; our response cache off, rate limit off`);
  out.push(`ours: ${settings.serverRoot ?? 'this checkout'} (Node ${machine.node.replace(/^v/, '')}); theirs: ${settings.postgraphile ?? 'skipped'}`);
  out.push(`each side ${settings.durationSeconds} s per cell in ${settings.slices} alternating slices (ours, theirs, …) after ${settings.warmupSeconds} s of warm-up per operation`);
  out.push('');
  out.push(row(HEADER));
  for (const operation of results.operations) {
    if (operation.skipped) out.push(`${operation.name.padEnd(WIDTHS[0])} skipped: ${operation.skipped}`);
    for (const cell of operation.cells) out.push(formatCell(cell));
  }
  const c = results.ceiling;
  if (c) {
    out.push(row(['dashboard ceiling SQL', 1, rate(c.requestsPerSecond), '–', `${ms(c.latencyMs.p50)} / ${ms(c.latencyMs.p99)}`, '–', '–', '–', '–']));
  }
  out.push('');
  for (const operation of results.operations.filter((o) => o.check)) out.push(`answers, ${operation.name}: ${describeCheck(operation.check!)}`);
  if (c) out.push(`ceiling: ${c.file}, ${c.runs} runs on 1 connection; answer vs our dashboard: ${c.check ? describeCheck(c.check) : 'not compared (not shaped like our answer)'}`);
  out.push(`peak RSS: ours ${results.peakRssMB.ours.toFixed(0)} MB, PostGraphile ${results.peakRssMB.theirs === null ? '–' : `${results.peakRssMB.theirs.toFixed(0)} MB`}`);
  out.push('ratio: ours / PostGraphile requests per second (≥ 1.00× is the target); errors: ours/PostGraphile');
  // autocannon ends a slice without the requests in flight: a side whose requests outlast its
  // slices completes few of them (or none), and its figures say little
  const few = results.operations.flatMap((o) => o.cells).filter((cell) => cell.ours.requests < 10 || (cell.theirs && cell.theirs.requests < 10));
  for (const cell of few) {
    out.push(
      `  ${cell.operation} at ${cell.connections}: only ${cell.ours.requests} (ours) and ${cell.theirs?.requests ?? '–'} (PostGraphile) requests completed: ` +
        `requests outlast the ${round(settings.durationSeconds / settings.slices, 1)} s slices; lengthen --duration for firmer figures`,
    );
  }
  for (const cell of results.operations.flatMap((o) => o.cells).filter((c) => c.ours.timeouts || c.theirs?.timeouts)) {
    out.push(`  ${cell.operation} at ${cell.connections}: timeouts (no answer in 10 s) ours ${cell.ours.timeouts}, PostGraphile ${cell.theirs?.timeouts ?? '–'}`);
  }
  const failed = results.operations.flatMap((o) => o.cells).filter((cell) => cell.ours.errorExample || cell.theirs?.errorExample);
  for (const cell of failed) {
    out.push(`  ${cell.operation} at ${cell.connections}: ${cell.ours.errorExample ?? ''} ${cell.theirs?.errorExample ?? ''}`.trimEnd());
  }
  return out.join('\n');
}

