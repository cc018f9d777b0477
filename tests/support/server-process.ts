/**
 * Servers in child processes (src/main.ts as `npm start` runs it), for the tests of what crosses
 * processes: two servers on one PostgreSQL sharing cache invalidation and live updates. Each
 * server listens on a free port and is known ready when it logs its URL.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<any>;
  /** SIGTERM, resolved once the process has exited */
  stop(): Promise<void>;
}

const started: ChildProcess[] = [];

/** SIGKILL every server still running: for afterAll, so a failed test leaves no process behind */
export function killServerProcesses(): void {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
}

/** a server in a child process with `env` over the test's own (never its TEST_DATABASE_URL) */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const { TEST_DATABASE_URL: _t, ...parent } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...parent, LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0', SEED: 'false', RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const ready = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(out);
      if (ready) resolve(ready[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it was ready: ${stderr}`)));
  });
  child.stdout!.resume();
  return {
    url,
    child,
    async post(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      return res.json();
    },
    stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')))),
  };
}

/** an `Authorization` header with a new token of `role`, made by the token CLI on `databaseUrl` */
export async function tokenHeader(databaseUrl: string, role: string, label: string): Promise<Record<string, string>> {
  const { stdout } = await run('node_modules/.bin/tsx', ['scripts/token.ts', 'create', '--role', role, '--label', label], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' },
  });
  return { authorization: `Bearer ${stdout.split('\n').find((line) => line.startsWith('lg_'))}` };
}
