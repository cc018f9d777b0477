/**
 * Graceful shutdown of the real entry point (src/main.ts in a child process, embedded database in
 * a temp DATA_DIR): on SIGTERM the server stops accepting connections, lets the request in flight
 * finish, closes the database pool and exits 0, within 10 s.
 *
 * The request in flight is a slow upload: its headers (taken in, as the server's 100 Continue
 * says) and half its body are sent before the signal, the rest after, so it is still being
 * received when the server is told to stop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, EMBEDDED_ONLY_SKIPPED, realDatabaseUrl } from '../support/databases.js';

const children: ChildProcess[] = [];
const dirs: string[] = [];
afterAll(() => {
  // the whole process group (tsx and the node process it runs), should a test fail half-way
  for (const child of children) if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

interface LogLine {
  msg: string;
  [key: string]: unknown;
}

function startServer(env: Record<string, string> = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-graph-shutdown-'));
  dirs.push(dataDir);
  const { TEST_DATABASE_URL: _t, DATABASE_URL: _d, ...parentEnv } = process.env;
  // tsx itself, as `npx tsx src/main.ts` runs it: npx (npm exec) does not pass SIGTERM on, tsx does
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/main.ts'], {
    env: { ...parentEnv, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  const lines: LogLine[] = [];
  const waiters: { test: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let newline;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const text = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      let line: LogLine;
      try {
        line = JSON.parse(text) as LogLine;
      } catch {
        line = { msg: text };
      }
      lines.push(line);
      for (const w of waiters.filter((w) => w.test(line))) w.resolve(line);
    }
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const logLine = (test: (l: LogLine) => boolean) =>
    new Promise<LogLine>((resolve) => {
      const seen = lines.find(test);
      if (seen) resolve(seen);
      else waiters.push({ test, resolve });
    });
  return { child, lines, logLine, exited, stderr: () => stderr };
}

/**
 * Waits for one step of a test, and fails naming that step with the server's last log lines:
 * under a loaded CI machine "timed out" alone does not say whether the start or the stop hung.
 */
async function step<T>(server: ReturnType<typeof startServer>, name: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const tail = server.lines.slice(-8).map((l) => JSON.stringify(l)).join('\n');
      reject(new Error(`${name}: not within ${ms} ms. Last log lines:\n${tail}\nstderr: ${server.stderr().slice(-2000)}`));
    }, ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A fresh embedded server's start (tsx loading the app, PGlite's initdb, the migrations) takes
 * about 10 s on an idle 2-core machine and several times that beside CI's other test files: the
 * start has its own allowance, apart from the stop this file is about.
 */
const START_MS = 90_000;
const TEST_MS = START_MS + 30_000;

/** the server's URL, once it says it is ready */
async function started(server: ReturnType<typeof startServer>): Promise<URL> {
  const ready = await step(server, 'the server\'s start', START_MS, Promise.race([
    server.logLine((l) => typeof l.msg === 'string' && l.msg.startsWith('Liaison Graph ready')),
    server.exited.then((code) => {
      throw new Error(`server exited (${code}) before it was ready: ${server.stderr()}`);
    }),
  ]));
  return new URL(String(ready.url));
}

/** resolves once a new TCP connection to the port is refused (polled, 2 s at most) */
async function refusesConnections(port: number): Promise<boolean> {
  const until = Date.now() + 2_000;
  while (Date.now() < until) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe.skipIf(EMBEDDED_ONLY_SKIPPED)('SIGTERM', () => {
  it('stops accepting, finishes the request in flight, closes the pool and exits 0 within 10 s', async () => {
    const server = startServer();
    const url = await started(server);
    const port = Number(url.port);

    // a finished request leaves an idle keep-alive connection behind: it must not hold the shutdown up
    const warm = await fetch(new URL('/graphql', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ groups { totalCount } }' }),
    });
    expect(warm.status).toBe(200);

    const body = JSON.stringify({ query: '{ groups { totalCount } topics { name } }' });
    const half = Math.floor(body.length / 2);
    let answered!: (answer: { status: number; text: string }) => void;
    const inFlight = new Promise<{ status: number; text: string }>((resolve) => (answered = resolve));
    const upload = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' } },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => answered({ status: res.statusCode ?? 0, text }));
      },
    );
    upload.on('error', (err) => answered({ status: -1, text: String(err) }));
    // "Expect: 100-continue": the server's "100 Continue" says it has taken the request in
    const taken = new Promise((resolve) => upload.once('continue', resolve));
    upload.flushHeaders();
    await step(server, 'the server\'s 100 Continue', 10_000, taken);
    upload.write(body.slice(0, half)); // the rest is sent after the signal

    const signalled = performance.now();
    server.child.kill('SIGTERM');
    await step(server, 'the log line "shutting down"', 10_000, server.logLine((l) => typeof l.msg === 'string' && l.msg.startsWith('shutting down')));
    expect(await refusesConnections(port)).toBe(true);
    expect(server.child.exitCode).toBeNull(); // still waiting for the request in flight

    upload.end(body.slice(half));
    const answer = await step(server, 'the answer to the request in flight', 10_000, inFlight);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ data: { groups: { totalCount: 0 }, topics: [] } });

    const code = await step(server, 'the exit', 15_000, server.exited);
    const ms = performance.now() - signalled;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    const messages = server.lines.map((l) => l.msg);
    const stopped = messages.findIndex((m) => m.startsWith('stopped'));
    expect(stopped).toBeGreaterThan(-1);
    // the in-flight request was logged (answered) before the pool was closed
    const logged = server.lines.findLastIndex((l) => l.msg === 'request' && l.path === '/graphql' && l.status === 200);
    expect(logged).toBeLessThan(stopped);
    console.log(`[shutdown] SIGTERM → exit ${code} in ${Math.round(ms)} ms, with a request in flight that was answered 200`);
  }, TEST_MS);
});

const base = realDatabaseUrl();

/**
 * A request whose statement cannot finish: the test holds a lock it waits for. Real PostgreSQL
 * only: the embedded database lives inside the server process (one connection, no lock can be
 * held beside it) and cannot cancel a statement; there a stop waits for the running statement.
 */
describe.skipIf(!base)('SIGTERM with a statement that will not finish (PostgreSQL)', () => {
  it('answers the request in flight with a coded error, cancels its statement and exits 0 within 10 s', async () => {
    const database = await createTestDatabase(base!);
    const locker = new pg.Client({ connectionString: database.url });
    await locker.connect();
    try {
      // a request deadline far past the shutdown's: the shutdown must stop the request itself
      const server = startServer({ DATABASE_URL: database.url, REQUEST_TIMEOUT_MS: '120000', RATE_LIMIT_PER_MINUTE: '0' });
      const url = await started(server);
      await locker.query('begin');
      await locker.query('lock table groups in access exclusive mode');
      const waiting = async () =>
        (
          await locker.query(
            "select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'",
          )
        ).rows[0].n as number;

      const answer = fetch(new URL('/graphql', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ groups { totalCount } }' }),
      }).then(
        async (res) => ({ status: res.status, json: (await res.json()) as { errors?: { extensions: { code: string } }[] }, at: performance.now() }),
        (error: Error) => ({ status: -1, json: { error: String(error) }, at: performance.now() }),
      );
      for (let i = 0; i < 100 && (await waiting()) === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await waiting()).toBeGreaterThan(0);

      const signalled = performance.now();
      server.child.kill('SIGTERM');
      const got = await step(server, 'the answer to the stuck request', 15_000, answer);
      const answeredMs = got.at - signalled;
      expect(got.status).toBe(503);
      expect(got.json).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      expect(answeredMs).toBeLessThan(10_000);
      // its statement is cancelled (the cancel travels on a socket of its own, so a moment after the answer), though the lock is still held
      for (let i = 0; i < 50 && (await waiting()) > 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await waiting()).toBe(0);

      const code = await step(server, 'the exit', 15_000, server.exited);
      const exitMs = performance.now() - signalled;
      expect(code).toBe(0);
      expect(exitMs).toBeLessThan(10_500);
      console.log(`[shutdown] SIGTERM with a statement stuck on a lock: SERVICE_UNAVAILABLE after ${Math.round(answeredMs)} ms, exit ${code} after ${Math.round(exitMs)} ms`);
    } finally {
      await locker.end().catch(() => {});
      await database.drop();
    }
  }, TEST_MS);
});
