/**
 * Live updates across two server processes (src/main.ts in child processes) on one PostgreSQL:
 * a write acknowledged by either reaches the graphql-ws subscribers of both, in order, through
 * PostgreSQL's LISTEN/NOTIFY, and only the subscribers whose group it concerns. Real PostgreSQL
 * only: the embedded database belongs to one process.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, createTestDatabase, realDatabaseUrl } from '../support/databases.js';
import { liveClient, record, settle, type LiveClient, type Recorded } from '../support/live-client.js';
import { LiveActionItemsDocument, type LiveActionItemsSubscription } from '../graphql/generated.js';

const run = promisify(execFile);
const base = realDatabaseUrl();
const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));

interface Server {
  url: string;
  child: ChildProcess;
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<any>;
}

/** a server in a child process; resolves once it logs that it is ready (it listens on a free port) */
async function startServer(env: Record<string, string>): Promise<Server> {
  const { TEST_DATABASE_URL: _t, ...parent } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...parent, LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0', SEED: 'false', RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
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
  };
}

const CREATE = `mutation Create($input: CreateActionItemInput!) { createActionItem(input: $input) { actionItem { id } userErrors { message } } }`;

type Events = Recorded<LiveActionItemsSubscription>;
const titles = (r: Events) => r.events.map((e) => e.data?.actionItemChanged.actionItem?.title);

describe.skipIf(!base)('live updates across two server processes on one PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: Server;
  let b: Server;
  let auth: Record<string, string>;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(base!);
    const env = { DATABASE_URL: database.url };
    const { stdout } = await run('node_modules/.bin/tsx', ['scripts/token.ts', 'create', '--role', 'SECRETARIAT', '--label', 'two processes'], {
      env: { ...process.env, ...env, LOG_LEVEL: 'error' },
    });
    auth = { authorization: `Bearer ${stdout.split('\n').find((line) => line.startsWith('lg_'))}` };
    await adminQuery(
      database.url,
      `insert into groups (acronym, name, kind, sector, lookup_keys) values ('LIVE-1', 'Live one', 'OTHER', 'EXTERNAL', '{live1}'), ('LIVE-2', 'Live two', 'OTHER', 'EXTERNAL', '{live2}')`,
    );
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await Promise.all(
      [a, b].filter(Boolean).map((s) => new Promise((resolve) => (s.child.exitCode !== null ? resolve(null) : (s.child.once('exit', resolve), s.child.kill('SIGTERM'))))),
    );
    await database?.drop();
  });

  async function create(server: Server, title: string, assignee = 'LIVE-1') {
    const res = await server.post(CREATE, { input: { title, assignee } }, auth);
    expect(res.data.createActionItem.userErrors).toEqual([]);
  }

  it('delivers every write, through either process, to the subscribers of both, in order and filtered by group', async () => {
    const onA = liveClient(a.url);
    const onB = liveClient(b.url, auth.authorization);
    clients.push(onA, onB);
    const subA = record(onA, LiveActionItemsDocument, { group: 'LIVE-1' });
    const subB = record(onB, LiveActionItemsDocument, { group: 'live1' });
    const otherGroupB = record(onB, LiveActionItemsDocument, { group: 'LIVE-2' });
    // the subscriptions are live once a write reaches both (the subscribe message is asynchronous)
    for (let i = 0; subA.events.length === 0 || subB.events.length === 0; i++) {
      if (i > 50) throw new Error('the subscriptions never went live');
      await create(a, `warm-up ${i}`);
      await settle(200);
    }
    // the last warm-up write reaches both before the rounds start
    await settle(1_000);
    const [skipA, skipB] = [subA.events.length, subB.events.length];

    const expected: string[] = [];
    for (let i = 0; i < 20; i++) {
      // both directions, alternately
      const writer = i % 2 === 0 ? a : b;
      const title = `round ${i} through ${writer === a ? 'A' : 'B'}`;
      await create(writer, title);
      expected.push(title);
    }
    await create(b, 'for the other group', 'LIVE-2');
    await Promise.all([subA.waitFor(skipA + 20), subB.waitFor(skipB + 20), otherGroupB.waitFor(1)]);
    await settle();
    expect(titles(subA).slice(skipA)).toEqual(expected);
    expect(titles(subB).slice(skipB)).toEqual(expected);
    expect(titles(otherGroupB)).toEqual(['for the other group']);
    for (const e of [...subA.events, ...subB.events]) expect(e.errors).toBeUndefined();
  }, 120_000);
});
