/**
 * Live updates across two server processes (src/main.ts in child processes) on one PostgreSQL:
 * a write acknowledged by either reaches the graphql-ws subscribers of both, in order, through
 * PostgreSQL's LISTEN/NOTIFY, and only the subscribers whose group it concerns. Real PostgreSQL
 * only: the embedded database belongs to one process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, createTestDatabase, realDatabaseUrl } from '../support/databases.js';
import { liveClient, record, settle, type LiveClient, type Recorded } from '../support/live-client.js';
import { killServerProcesses, startServerProcess, tokenHeader, type ServerProcess } from '../support/server-process.js';
import { LiveActionItemsDocument, type LiveActionItemsSubscription } from '../graphql/generated.js';

const base = realDatabaseUrl();
afterAll(killServerProcesses);

const CREATE = `mutation Create($input: CreateActionItemInput!) { createActionItem(input: $input) { actionItem { id } userErrors { message } } }`;

type Events = Recorded<LiveActionItemsSubscription>;
const titles = (r: Events) => r.events.map((e) => e.data?.actionItemChanged.actionItem?.title);

describe.skipIf(!base)('live updates across two server processes on one PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: ServerProcess;
  let b: ServerProcess;
  let auth: Record<string, string>;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(base!);
    const env = { DATABASE_URL: database.url };
    auth = await tokenHeader(database.url, 'SECRETARIAT', 'two processes');
    await adminQuery(
      database.url,
      `insert into groups (acronym, name, kind, sector, lookup_keys) values ('LIVE-1', 'Live one', 'OTHER', 'EXTERNAL', '{live1}'), ('LIVE-2', 'Live two', 'OTHER', 'EXTERNAL', '{live2}')`,
    );
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await Promise.all([a, b].filter(Boolean).map((s) => s.stop()));
    await database?.drop();
  });

  async function create(server: ServerProcess, title: string, assignee = 'LIVE-1') {
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
