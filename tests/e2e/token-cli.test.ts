/**
 * `npm run token` on the embedded database, and the server using what it issued.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMBEDDED_ONLY_SKIPPED } from '../support/databases.js';

const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGTERM')));

function env(dataDir: string, more: Record<string, string> = {}) {
  const { TEST_DATABASE_URL: _a, DATABASE_URL: _b, ...parent } = process.env;
  return { ...parent, DATA_DIR: dataDir, HOST: '127.0.0.1', ...more };
}

function run(args: string[], dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], { env: env(dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function graphql(port: string, query: string, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return res.json() as Promise<{ data?: Record<string, any>; errors?: { extensions: { code: string } }[] }>;
}

describe.skipIf(EMBEDDED_ONLY_SKIPPED)('npm run token', () => {
  it('issues, lists and revokes tokens; the server accepts what it issued; one process at a time opens DATA_DIR', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-graph-token-'));
    const created = await run(['create', '--role', 'EDITOR', '--group', 'CG-COP', '--label', 'CG-COP co-convener'], dataDir);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/Token 1 issued: "CG-COP co-convener", EDITOR of CG-COP\./);
    const secret = /^(lg_\S+)$/m.exec(created.stdout)![1];

    const bad = await run(['create', '--role', 'EDITOR', '--group', 'Nobody', '--label', 'x'], dataDir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/groups\[0\]: No group is known as "Nobody"/);

    const port = String(20000 + Math.floor(Math.random() * 20000));
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: env(dataDir, { PORT: port }), stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(server);
    let log = '';
    server.stdout!.on('data', (d) => (log += d));
    for (let i = 0; i < 300 && !log.includes('Liaison Graph ready'); i++) await new Promise((r) => setTimeout(r, 200));
    expect(log).not.toMatch(/first ADMIN token/); // the database has a token already

    const write = await graphql(port, 'mutation { createMeeting(input: { group: "CG-COP", title: "CG-COP 8", startsOn: "2026-03-03", format: VIRTUAL }) { meeting { title } userErrors { code } } }', secret);
    expect(write.data?.createMeeting).toEqual({ meeting: { title: 'CG-COP 8' }, userErrors: [] });

    const busy = await run(['list'], dataDir);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/in use by process \d+/);

    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));

    const revoked = await run(['revoke', '1'], dataDir);
    expect(revoked.stdout, revoked.stderr).toMatch(/Token 1 \("CG-COP co-convener"\) revoked/);
    const list = await run(['list'], dataDir);
    expect(list.stdout).toMatch(/^1\tEDITOR\tCG-COP\t\S+ \S+\t\S+ \S+\t\S+ \S+\tCG-COP co-convener$/m);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 180_000);
});
