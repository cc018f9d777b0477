/**
 * The benchmark machinery: start the production build against a database, drive it over HTTP
 * with autocannon at fixed concurrency levels, and collect per operation and concurrency the
 * requests/s, latency percentiles, errors (HTTP and GraphQL), SQL statements per request (as
 * the server counts them) and the server's peak RSS. `bench/run.ts` is the command line;
 * the smoke test runs the same code at a tiny scale.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { DASHBOARD, DATA_SIZE, FOLLOW_UP, SEARCH, THREAD, THREAD_CANDIDATES } from './operations.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** the compiled server of a checkout */
const serverEntry = (root: string) => path.join(root, 'dist', 'src', 'main.js');

export const OPERATION_NAMES = ['dashboard', 'thread', 'follow-up', 'search'] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

export interface BenchOptions {
  /** the database the server reads (filled by `npm run bench:data`) */
  databaseUrl: string;
  /** seconds each operation × concurrency cell is measured */
  durationSeconds: number;
  /** seconds of unmeasured load before each operation (JIT, caches, pool) */
  warmupSeconds: number;
  connections: number[];
  operations: readonly OperationName[];
  /** build the production server first: when sources are newer than dist (auto), always, or never */
  build: 'auto' | 'always' | 'never';
  /** write a V8 CPU profile of the server into this folder (node --cpu-prof) */
  cpuProfileDir?: string;
  /** more node options for the server, e.g. --max-old-space-size=160 */
  serverNodeArgs?: string[];
  /** append everything the server prints to this file */
  serverLogFile?: string;
  /** benchmark the server of another checkout (its dist/, built there if needed), e.g. an older commit */
  serverRoot?: string;
  /** serve repeated public reads from the server's response cache (RESPONSE_CACHE_SECONDS; default on) */
  responseCache?: boolean;
  /** extra environment for the server */
  serverEnv?: Record<string, string>;
  /** progress lines (stderr by default) */
  log?: (line: string) => void;
}

export interface Cell {
  operation: OperationName;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: { total: number; non2xx: number; graphql: number; network: number; timeouts: number; example?: string };
  /** SQL statements one execution of the operation sends (extensions.sqlStatements of a request the cache cannot answer) */
  sqlStatementsPerRequest: number;
  /** SQL statements of the requests in this cell that executed (cache misses); null when the cache answered all */
  sqlStatements: { min: number; max: number; mean: number; sampled: number } | null;
  /** answers served from the server's response cache (extensions.responseCache = HIT) */
  cacheHits: number;
  /** the server's resident memory: highest sampled during the cell, and the process's peak so far (VmHWM) */
  rssMB: { cellMax: number; peakSoFar: number };
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  machine: { cores: number; cpu: string; memoryGB: number; node: string; platform: string };
  database: { url: string; sizes: Record<string, number> };
  settings: {
    durationSeconds: number;
    warmupSeconds: number;
    connections: number[];
    responseCache: boolean;
    serverNodeArgs: string[];
    /** set when the server measured is another checkout's */
    serverRoot?: string;
  };
  /** the dashboard's SQL statements per request at first: 10 and first: 100: equal when cost depends on shape only */
  statementShape: { first10: number; first100: number; equal: boolean };
  operations: { name: OperationName; skipped?: string; variables?: Record<string, unknown>; sqlStatementsPerRequest?: number; cells: Cell[] }[];
  /** the server's peak RSS over the whole run (VmHWM) */
  serverPeakRssMB: number;
  /** the machine's load average (1 min) before and after: other work on the machine skews the figures */
  loadAverage: { before: number; after: number };
}

// ---------------------------------------------------------------------------------------------
// build and server

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** true when dist/ is missing or older than a source it is compiled from */
export function buildIsStale(root: string = ROOT): boolean {
  if (!fs.existsSync(serverEntry(root))) return true;
  const built = fs.statSync(serverEntry(root)).mtimeMs;
  const inputs = ['src', 'migrations', 'tsconfig.json', 'tsconfig.build.json', 'package.json'].map((p) => path.join(root, p));
  return inputs.some((input) => fs.existsSync(input) && newestMtime(input) > built);
}

export function buildServer(log: (line: string) => void, root: string = ROOT): void {
  // two test files (bench and bench:compare smoke tests) may want a build at once: one builds,
  // the other waits and then finds it fresh, so no server starts from a half-written dist/
  const lock = path.join(os.tmpdir(), `liaison-graph-build-${createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 12)}`);
  let waited = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // a lock older than any build is left by a killed one
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 10 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      waited = true;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (waited && !buildIsStale(root)) return;
    log(`building the production server (npm run build in ${root})…`);
    const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
    // tsc keeps unchanged outputs' times: mark the build as fresh
    const now = new Date();
    fs.utimesSync(serverEntry(root), now, now);
  } finally {
    fs.rmdirSync(lock);
  }
}

/** the node options of `npm run start:prod`, so that the benchmark measures what production runs */
export function productionNodeArgs(root: string = ROOT): string[] {
  const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  return (scripts['start:prod'] ?? '').trim().split(/\s+/).slice(1).filter((word) => word.startsWith('--'));
}

export interface ServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** the last lines the server printed (for error messages) */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the production server (`npm run start:prod`'s node and options) on a free loopback port and waits for its ready line. */
export async function startServer(
  databaseUrl: string,
  options: { root?: string; env?: Record<string, string>; cpuProfileDir?: string; nodeArgs?: string[]; logFile?: string } = {},
): Promise<ServerProcess> {
  const root = options.root ?? ROOT;
  const nodeArgs = [...productionNodeArgs(root), ...(options.nodeArgs ?? []), ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [])];
  const child = spawn(process.execPath, [...nodeArgs, serverEntry(root)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      SEED: 'false',
      EXPOSE_SQL_COUNTS: 'true',
      // the benchmark is one client sending thousands of requests a second: no per-client limit
      RATE_LIMIT_PER_MINUTE: '0',
      // the benchmark measures throughput, often on a busy machine, not the request budget (bench:hostile does)
      REQUEST_TIMEOUT_MS: '60000',
      // options.env may change the settings above (bench/hostile.ts turns the rate limit on)
      ...options.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return superviseServer(child, { what: 'the server', readyLine: /"url":"(http:\/\/[^"]+)\/graphql"/, timeoutMs: 60_000, logFile: options.logFile });
}

/**
 * Keeps the last output of a server child process, waits until `readyLine` (its first group is the
 * URL) stands in what it printed, and gives it a stop() that asks with SIGTERM and insists with
 * SIGKILL after 10 s. Both our server and PostGraphile (bench/compare) are started this way.
 */
export async function superviseServer(
  child: ChildProcess,
  options: { what: string; readyLine: RegExp; timeoutMs: number; logFile?: string },
): Promise<ServerProcess> {
  // the last 64 chunks the server printed (it logs a line per request: keep this cheap)
  const recent: Buffer[] = [];
  const log = options.logFile ? fs.createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  const keep = (chunk: Buffer) => {
    recent.push(chunk);
    if (recent.length > 64) recent.shift();
    log?.write(chunk);
  };
  const output = () => Buffer.concat(recent).toString().slice(-20_000);
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.what} did not start within ${options.timeoutMs / 1000} s:\n${output()}`)), options.timeoutMs);
    const onData = () => {
      const match = options.readyLine.exec(output());
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${options.what} exited (code ${code}) before it was ready:\n${output()}`));
    });
  });

  return {
    url,
    pid: child.pid!,
    child,
    output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// memory

interface Memory {
  rssMB: number;
  hwmMB: number;
}

/** the process's current and peak resident memory, from /proc (Linux) or ps elsewhere */
export function readMemory(pid: number): Memory | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
  } catch {
    const ps = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
    const rss = Number(ps.stdout.trim()) / 1024;
    return Number.isFinite(rss) && rss > 0 ? { rssMB: rss, hwmMB: rss } : null;
  }
}

export class MemoryWatch {
  private timer: NodeJS.Timeout;
  cellMax = 0;
  peak = 0;

  constructor(private readonly pid: number) {
    this.sample();
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }

  sample(): void {
    const memory = readMemory(this.pid);
    if (!memory) return;
    this.cellMax = Math.max(this.cellMax, memory.rssMB);
    this.peak = Math.max(this.peak, memory.hwmMB, memory.rssMB);
  }

  startCell(): void {
    this.sample();
    this.cellMax = 0;
    this.sample();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

// ---------------------------------------------------------------------------------------------
// requests

interface GraphQLAnswer {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { sqlStatements?: number };
}

export async function graphql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  try {
    return JSON.parse(text) as GraphQLAnswer;
  } catch {
    throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  }
}

/** the answer's data, or an error naming what went wrong */
export async function query(url: string, what: string, text: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer> {
  const answer = await graphql(url, text, variables);
  if (answer.errors?.length || !answer.data) throw new Error(`${what} failed: ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
  return answer;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** the machine the figures were measured on */
export function machineInfo(): BenchResults['machine'] {
  return {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/**
 * One cell: `connections` clients sending the same request back to back for `seconds`.
 * `keep.latencies` receives every latency (ms), for merging cells measured in slices.
 */
export async function measure(
  url: string,
  body: string,
  connections: number,
  seconds: number,
  keep: { latencies?: number[] } = {},
): Promise<Omit<Cell, 'operation' | 'connections' | 'rssMB' | 'sqlStatementsPerRequest'>> {
  const latencies: number[] = [];
  const statements: number[] = [];
  let cacheHits = 0;
  let graphqlErrors = 0;
  let example: string | undefined;
  const instance = autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body,
        onResponse: (status: number, responseBody: string) => {
          // a 200 can still carry GraphQL errors: read every body (a string search, cheap)
          if (status >= 200 && status < 300 && responseBody.includes('"errors":')) {
            graphqlErrors += 1;
            example ??= responseBody.slice(0, 300);
          } else if (status >= 300) {
            example ??= `HTTP ${status}: ${responseBody.slice(0, 300)}`;
          }
          if (responseBody.includes('"responseCache":"HIT"')) {
            cacheHits += 1;
            return;
          }
          const counted = /"sqlStatements":(\d+)/.exec(responseBody);
          if (counted) statements.push(Number(counted[1]));
        },
      },
    ],
  });
  // autocannon's histogram keeps whole milliseconds: keep every latency to report fractions
  (instance as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  keep.latencies?.push(...latencies);
  const requests = result.requests.total ?? latencies.length;
  const elapsed = result.duration || seconds;
  const network = result.errors;
  const total = network + result.timeouts + result.non2xx + graphqlErrors;
  return {
    seconds: round(elapsed),
    requests,
    requestsPerSecond: Math.round(requests / elapsed),
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p90: round(percentile(latencies, 90)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies[latencies.length - 1] ?? 0),
      mean: round(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
    },
    errors: { total, non2xx: result.non2xx, graphql: graphqlErrors, network, timeouts: result.timeouts, ...(example && total > 0 ? { example } : {}) },
    sqlStatements: statements.length
      ? {
          min: statements.reduce((a, b) => Math.min(a, b)),
          max: statements.reduce((a, b) => Math.max(a, b)),
          mean: round(statements.reduce((a, b) => a + b, 0) / statements.length),
          sampled: statements.length,
        }
      : null,
    cacheHits,
  };
}

// ---------------------------------------------------------------------------------------------
// the run

export interface Prepared {
  name: OperationName;
  skipped?: string;
  variables?: Record<string, unknown>;
  body?: string;
}

let probes = 0;

/**
 * The SQL statements one execution of a query sends. A top-level alias no one asked before makes
 * the request one the response cache cannot answer; it costs no statement.
 */
export async function executedStatements(url: string, text: string, variables: Record<string, unknown>): Promise<number> {
  const marked = text.replace('{', `{ benchProbe${++probes}: __typename `);
  const answer = await query(url, 'counting statements', marked, variables);
  const statements = answer.extensions?.sqlStatements;
  if (typeof statements !== 'number') throw new Error('the server does not report extensions.sqlStatements (EXPOSE_SQL_COUNTS)');
  if ((answer.extensions as { responseCache?: string }).responseCache === 'HIT') throw new Error('a probe was answered from the response cache');
  return statements;
}

export async function prepareOperation(url: string, name: OperationName): Promise<Prepared> {
  switch (name) {
    case 'dashboard': {
      const variables = { groups: 20, first: 10 };
      return { name, variables, body: JSON.stringify({ query: DASHBOARD, variables }) };
    }
    case 'thread': {
      // the liaison with the longest reply thread among those that have attachments (deterministic for a data set)
      const answer = await query(url, 'finding a liaison thread', THREAD_CANDIDATES);
      const candidates = (answer.data!.liaisons.edges as { node: { id: string; replies: unknown[]; attachments: unknown[] } }[]).map((e) => e.node);
      const best = [...candidates].sort(
        (a, b) => Math.sign(b.attachments.length) - Math.sign(a.attachments.length) || b.replies.length - a.replies.length,
      )[0];
      if (!best) return { name, skipped: 'no liaison with replies in this database (run npm run bench:data first)' };
      const variables = { id: best.id };
      return { name, variables, body: JSON.stringify({ query: THREAD, variables }) };
    }
    case 'follow-up': {
      const variables = { first: 50 };
      return { name, variables, body: JSON.stringify({ query: FOLLOW_UP, variables }) };
    }
    case 'search': {
      const variables = { query: 'age verification', first: 20 };
      const probe = await graphql(url, SEARCH, variables);
      const code = probe.errors?.[0]?.extensions?.code;
      if (code === 'GRAPHQL_VALIDATION_FAILED' && /search/i.test(probe.errors![0].message)) {
        return { name, skipped: 'the schema has no `search` field yet' };
      }
      if (probe.errors?.length) throw new Error(`search failed: ${JSON.stringify(probe.errors).slice(0, 500)}`);
      return { name, variables, body: JSON.stringify({ query: SEARCH, variables }) };
    }
  }
}

/** The dashboard's statement count with its lists at first: 10 and first: 100 (groups(first: 20) both times). */
export async function statementShape(url: string): Promise<BenchResults['statementShape']> {
  const first10 = await executedStatements(url, DASHBOARD, { groups: 20, first: 10 });
  const first100 = await executedStatements(url, DASHBOARD, { groups: 20, first: 100 });
  return { first10, first100, equal: first10 === first100 };
}

export async function runBenchmark(options: BenchOptions): Promise<BenchResults> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const startedAt = new Date().toISOString();
  const root = path.resolve(options.serverRoot ?? ROOT);
  if (options.build === 'always' || (options.build === 'auto' && buildIsStale(root))) buildServer(log, root);
  if (!fs.existsSync(serverEntry(root))) throw new Error(`${serverEntry(root)} is missing: run npm run build`);
  if (options.cpuProfileDir) fs.mkdirSync(options.cpuProfileDir, { recursive: true });

  const loadBefore = os.loadavg()[0];
  const responseCache = options.responseCache ?? true;
  const server = await startServer(options.databaseUrl, {
    env: { ...(responseCache ? {} : { RESPONSE_CACHE_SECONDS: '0' }), ...options.serverEnv },
    root,
    cpuProfileDir: options.cpuProfileDir,
    nodeArgs: options.serverNodeArgs,
    logFile: options.serverLogFile,
  });
  const memory = new MemoryWatch(server.pid);
  try {
    log(`server ${server.url} (pid ${server.pid}) against ${redact(options.databaseUrl)}`);
    const sizes = Object.fromEntries(
      Object.entries((await query(server.url, 'counting the data', DATA_SIZE)).data!).map(([k, v]) => [k, (v as { totalCount: number }).totalCount]),
    );
    log(`data: ${Object.entries(sizes).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    const shape = await statementShape(server.url);
    log(`dashboard SQL statements per request: ${shape.first10} at first: 10, ${shape.first100} at first: 100`);

    const operations: BenchResults['operations'] = [];
    for (const name of options.operations) {
      const prepared = await prepareOperation(server.url, name);
      if (prepared.skipped || !prepared.body) {
        log(`${name}: skipped — ${prepared.skipped}`);
        operations.push({ name, skipped: prepared.skipped, cells: [] });
        continue;
      }
      const { query: text, variables } = JSON.parse(prepared.body) as { query: string; variables: Record<string, unknown> };
      const sqlStatementsPerRequest = await executedStatements(server.url, text, variables);
      if (options.warmupSeconds > 0) {
        await measure(server.url, prepared.body, Math.max(...options.connections), options.warmupSeconds);
      }
      const cells: Cell[] = [];
      for (const connections of options.connections) {
        memory.startCell();
        const figures = await measure(server.url, prepared.body, connections, options.durationSeconds);
        memory.sample();
        const cell: Cell = {
          operation: name,
          connections,
          sqlStatementsPerRequest,
          ...figures,
          rssMB: { cellMax: round(memory.cellMax, 1), peakSoFar: round(memory.peak, 1) },
        };
        cells.push(cell);
        log(formatRow(cell));
      }
      operations.push({ name, variables: prepared.variables, sqlStatementsPerRequest, cells });
    }
    memory.sample();
    return {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: machineInfo(),
      database: { url: redact(options.databaseUrl), sizes },
      settings: { durationSeconds: options.durationSeconds, warmupSeconds: options.warmupSeconds, connections: options.connections, responseCache, serverNodeArgs: [...productionNodeArgs(root), ...(options.serverNodeArgs ?? [])], ...(root !== ROOT ? { serverRoot: root } : {}) },
      statementShape: shape,
      operations,
      serverPeakRssMB: round(memory.peak, 1),
      loadAverage: { before: round(loadBefore), after: round(os.loadavg()[0]) },
    };
  } finally {
    memory.stop();
    await server.stop();
  }
}

/** the URL without its password */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

// ---------------------------------------------------------------------------------------------
// printing

const HEADER = ['operation', 'conn', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'errors', 'SQL/req', 'cached', 'RSS MB'];
const WIDTHS = [10, 5, 8, 8, 8, 8, 7, 8, 7, 7];

function line(cells: (string | number)[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(WIDTHS[i]) : String(c).padStart(WIDTHS[i]))).join(' ');
}

export function formatRow(cell: Cell): string {
  // a cell's misses may cost fewer statements than the probe when a level comes back empty, never more
  const sql = String(cell.sqlStatementsPerRequest);
  return line([
    cell.operation,
    cell.connections,
    cell.requestsPerSecond,
    cell.latencyMs.p50.toFixed(2),
    cell.latencyMs.p90.toFixed(2),
    cell.latencyMs.p99.toFixed(2),
    cell.errors.total,
    sql,
    `${Math.round((100 * cell.cacheHits) / Math.max(1, cell.requests))}%`,
    cell.rssMB.cellMax.toFixed(0),
  ]);
}

export function formatResults(results: BenchResults): string {
  const out: string[] = [];
  const { machine, database, settings, statementShape: shape } = results;
  out.push(`Liaison Graph benchmark, ${results.startedAt}`);
  out.push(`machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform}`);
  out.push(`data: ${Object.entries(database.sizes).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  out.push(`each cell ${settings.durationSeconds} s after ${settings.warmupSeconds} s of warm-up per operation; response cache ${settings.responseCache ? 'on' : 'off'}; server: node ${settings.serverNodeArgs.join(' ')}`);
  out.push(`load average (1 min) ${results.loadAverage.before} before, ${results.loadAverage.after} after`);
  out.push('');
  out.push(line(HEADER));
  for (const operation of results.operations) {
    if (operation.skipped) out.push(`${operation.name.padEnd(WIDTHS[0])} skipped: ${operation.skipped}`);
    for (const cell of operation.cells) out.push(formatRow(cell));
  }
  out.push('');
  out.push(`dashboard SQL statements per request: ${shape.first10} at first: 10, ${shape.first100} at first: 100 (${shape.equal ? 'equal' : 'NOT EQUAL'})`);
  out.push(`server peak RSS: ${results.serverPeakRssMB.toFixed(0)} MB`);
  out.push('SQL/req: statements one execution sends (answers from the response cache cost none); cached: share of answers from the cache');
  const errors = results.operations.flatMap((o) => o.cells).reduce((sum, c) => sum + c.errors.total, 0);
  out.push(`errors: ${errors}`);
  for (const cell of results.operations.flatMap((o) => o.cells).filter((c) => c.errors.example)) {
    out.push(`  ${cell.operation} at ${cell.connections}: ${cell.errors.example}`);
  }
  return out.join('\n');
}
