/**
 * Two server processes (src/main.ts in child processes) on one PostgreSQL, each with its own
 * response cache: a write acknowledged by one is seen by the very next read on the other, every
 * time, even when that read's answer sat in the other's cache a moment before. Real PostgreSQL
 * only: the embedded database belongs to one process, so there is no second one to tell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, createTestDatabase, realDatabaseUrl } from '../support/databases.js';
import { killServerProcesses, startServerProcess, tokenHeader, type ServerProcess } from '../support/server-process.js';
import { LISTENER_NAME } from '../../src/platform/database/write-watch.js';

const base = realDatabaseUrl();
afterAll(killServerProcesses);

const ITEMS = `query Items { actionItems(first: 100, filter: { assignee: "TWO-PROC" }) { totalCount edges { node { id title } } } }`;
const CREATE = `mutation Create($input: CreateActionItemInput!) {
  createActionItem(input: $input) { actionItem { id title } userErrors { message } }
}`;
const UPDATE = `mutation Update($input: UpdateActionItemInput!) {
  updateActionItem(input: $input) { actionItem { id title version } userErrors { message } }
}`;

describe.skipIf(!base)('response caches of two server processes on one PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: ServerProcess;
  let b: ServerProcess;
  let auth: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase(base!);
    const env = { DATABASE_URL: database.url, RESPONSE_CACHE_SECONDS: '600', EXPOSE_SQL_COUNTS: 'true' };
    auth = await tokenHeader(database.url, 'SECRETARIAT', 'two processes');
    // a group for the items, before any server runs
    await adminQuery(database.url, `insert into groups (acronym, name, kind, sector, lookup_keys) values ('TWO-PROC', 'Two processes', 'OTHER', 'EXTERNAL', '{twoproc}')`);
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map((s) => s.stop()));
    await database?.drop();
  });

  /** the answer to ITEMS, served from `server`'s cache (asserted), then the write, then the read at once */
  async function writeThenRead(writer: ServerProcess, reader: ServerProcess, write: () => Promise<string>) {
    await reader.post(ITEMS);
    const cached = await reader.post(ITEMS);
    expect(cached.extensions.responseCache).toBe('HIT');
    const expected = await write();
    const after = await reader.post(ITEMS);
    expect(after.errors).toBeUndefined();
    return { cached, after, expected };
  }

  it('shows a write acknowledged by one process to the very next read on the other, every time (40 rounds)', async () => {
    let stale = 0;
    for (let i = 0; i < 40; i++) {
      // both directions, alternately
      const [writer, reader] = i % 2 === 0 ? [a, b] : [b, a];
      const title = `two-process item ${i}`;
      const { cached, after } = await writeThenRead(writer, reader, async () => {
        const created = await writer.post(CREATE, { input: { title, assignee: 'TWO-PROC' } }, auth);
        expect(created.data.createActionItem.userErrors).toEqual([]);
        return title;
      });
      const titles = after.data.actionItems.edges.map((e: { node: { title: string } }) => e.node.title);
      if (!titles.includes(title) || after.data.actionItems.totalCount !== cached.data.actionItems.totalCount + 1) stale++;
    }
    expect(stale).toBe(0);
  }, 120_000);

  it('shows an update made through the other process at once (20 rounds)', async () => {
    const first = await a.post(ITEMS);
    const item = first.data.actionItems.edges[0].node as { id: string; title: string };
    let version = (await a.post(`query { node(id: "${item.id}") { ... on ActionItem { version } } }`)).data.node.version as number;
    let stale = 0;
    for (let i = 0; i < 20; i++) {
      const [writer, reader] = i % 2 === 0 ? [b, a] : [a, b];
      const title = `renamed ${i}`;
      const { after } = await writeThenRead(writer, reader, async () => {
        const updated = await writer.post(UPDATE, { input: { id: item.id, version, title } }, auth);
        expect(updated.data.updateActionItem.userErrors).toEqual([]);
        version = updated.data.updateActionItem.actionItem.version;
        return title;
      });
      const seen = after.data.actionItems.edges.find((e: { node: { id: string } }) => e.node.id === item.id).node.title;
      if (seen !== title) stale++;
    }
    expect(stale).toBe(0);
  }, 120_000);

  it('never serves a stale answer while its notification connection is cut, and caches again once it is back', async () => {
    await b.post(ITEMS);
    expect((await b.post(ITEMS)).extensions.responseCache).toBe('HIT');
    // cut every server's listening connection, then write through the other process at once
    await adminQuery(database.url, `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = '${LISTENER_NAME}'`);
    const title = 'written while B could not listen';
    const created = await a.post(CREATE, { input: { title, assignee: 'TWO-PROC' } }, auth);
    expect(created.data.createActionItem.userErrors).toEqual([]);
    const after = await b.post(ITEMS);
    expect(after.data.actionItems.edges.map((e: { node: { title: string } }) => e.node.title)).toContain(title);
    expect(after.extensions.responseCache).not.toBe('HIT');
    // the connection comes back (retried every second) and the cache serves again
    const until = Date.now() + 10_000;
    let hit = false;
    while (!hit && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 300));
      await b.post(ITEMS);
      hit = (await b.post(ITEMS)).extensions.responseCache === 'HIT';
    }
    expect(hit).toBe(true);
  }, 60_000);
});
