/**
 * The newcomer's path: `npm start` with no configuration, embedded database in a fresh DATA_DIR.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMBEDDED_ONLY_SKIPPED } from '../support/databases.js';

const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGTERM')));

function start(env: Record<string, string>) {
  const { TEST_DATABASE_URL: _ignored, DATABASE_URL: _ignored2, ...parentEnv } = process.env;
  const child = spawn('npm', ['start', '--silent'], { env: { ...parentEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, output: () => output };
}

async function waitFor<T>(what: () => Promise<T | undefined>, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await what().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(EMBEDDED_ONLY_SKIPPED)('npm start', () => {
  it('starts on the embedded database, seeds it and answers, and a restart adds nothing', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-graph-start-'));
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const query = async () => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ groups(first: 50) { totalCount } meetings { totalCount } }' }),
      });
      return res.ok ? ((await res.json()) as { data: { groups: { totalCount: number }; meetings: { totalCount: number } } }) : undefined;
    };
    const first = start({ DATA_DIR: dataDir, PORT: port, HOST: '127.0.0.1' });
    const answer = await waitFor(query, 60_000);
    expect(answer.data).toEqual({ groups: { totalCount: 9 }, meetings: { totalCount: 2 } });
    first.child.kill('SIGTERM');
    await new Promise((r) => first.child.once('exit', r));

    const second = start({ DATA_DIR: dataDir, PORT: port, HOST: '127.0.0.1' });
    const again = await waitFor(query, 60_000);
    expect(again.data).toEqual(answer.data);
    expect(second.output()).not.toMatch(/seed data set loaded/);
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 150_000);

  it('stops at once with one line naming a bad variable', async () => {
    const { child, output } = start({ PORT: 'eighty' });
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).not.toBe(0);
    expect(output()).toContain('Invalid configuration: PORT must be a port number');
  }, 30_000);
});
