/**
 * Read replicas (DATABASE_REPLICA_URLS): public reads are served by a replica, writes land on the
 * primary and never on a replica, and a mutation's payload reads its own write from the primary.
 * The "replica" is a second database copied from the primary (CREATE DATABASE … TEMPLATE) and
 * then changed by hand, so which database answered shows in the answer. Real PostgreSQL only.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { loadConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/platform/logging/logger.js';
import { startApp, type App } from '../../src/app/bootstrap.js';
import { adminQuery, createTestDatabase, realDatabaseUrl, withDatabase } from '../support/databases.js';

const base = realDatabaseUrl();

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const GROUP = `query { group(acronym: "REPL") { name actionItems(first: 50) { totalCount edges { node { title } } } } }`;
const CREATE = `mutation Create($input: CreateActionItemInput!) {
  createActionItem(input: $input) {
    actionItem { title assignee { name actionItems(first: 50) { totalCount edges { node { title } } } } }
    userErrors { message }
  }
}`;

describe.skipIf(!base)('read replicas', () => {
  let primary: Awaited<ReturnType<typeof createTestDatabase>>;
  let replicaUrl: string;
  const replicaName = `liaison_graph_replica_${randomBytes(6).toString('hex')}`;
  let app: App;
  let token: string;

  async function post(body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return (await res.json()) as any;
  }

  beforeAll(async () => {
    primary = await createTestDatabase(base!);
    await adminQuery(primary.url, `insert into groups (acronym, name, kind, sector, lookup_keys) values ('REPL', 'Name on the primary', 'OTHER', 'EXTERNAL', '{repl}')`);
    // the copy: the same rows as the primary, then one changed on the copy only
    await adminQuery(base!, `create database ${replicaName} template ${new URL(primary.url).pathname.slice(1)}`);
    replicaUrl = withDatabase(base!, replicaName);
    await adminQuery(replicaUrl, `update groups set name = 'Name on the replica' where acronym = 'REPL'`);
    // and one group on the primary only
    await adminQuery(primary.url, `insert into groups (acronym, name, kind, sector, lookup_keys) values ('PRIM', 'Only on the primary', 'OTHER', 'EXTERNAL', '{prim}')`);

    const config = {
      ...loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        NODE_ENV: 'test',
        SEED: 'false',
        RATE_LIMIT_PER_MINUTE: '0',
        DATABASE_URL: primary.url,
        DATABASE_REPLICA_URLS: replicaUrl,
      }),
      dataDir: 'memory://',
    };
    const logger = createLogger('error');
    app = await startApp(config, logger);
    // a token, issued on the primary by the command line's own code path
    const { issueTokenWrite, commandLineRequest } = await import('../../src/api-token/api-token.service.js');
    token = (await issueTokenWrite(commandLineRequest(app.orm.em.fork()), { label: 'replica test', role: 'SECRETARIAT' })).secret;
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
    await adminQuery(base!, `drop database if exists ${replicaName} with (force)`);
    await primary?.drop();
  });

  it('serves public reads from the replica', async () => {
    const answer = await post({ query: GROUP });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.group.name).toBe('Name on the replica');
    expect((await post({ query: `{ group(acronym: "PRIM") { name } }` })).data.group).toBeNull();
  });

  it('reads inside a write from the primary: it finds what only the primary has', async () => {
    const created = await post(
      { query: `mutation { createActionItem(input: { title: "For the primary's group", assignee: "PRIM" }) { actionItem { assignee { name } } userErrors { message } } }` },
      { authorization: `Bearer ${token}` },
    );
    expect(created.data.createActionItem.userErrors).toEqual([]);
    expect(created.data.createActionItem.actionItem.assignee.name).toBe('Only on the primary');
  });

  it('writes to the primary only, and the payload reads its own write from the primary', async () => {
    const created = await post({ query: CREATE, variables: { input: { title: 'Written on the primary', assignee: 'REPL' } } }, { authorization: `Bearer ${token}` });
    expect(created.errors).toBeUndefined();
    expect(created.data.createActionItem.userErrors).toEqual([]);
    // the payload: the group as the primary has it, with the new item in its list
    const assignee = created.data.createActionItem.actionItem.assignee;
    expect(assignee.name).toBe('Name on the primary');
    expect(assignee.actionItems.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['Written on the primary']);

    // the row and its history are on the primary, and nothing reached the replica
    const onPrimary = await query<{ title: string }>(primary.url, `select title from action_items order by id`);
    const onReplica = await query<{ title: string }>(replicaUrl, `select title from action_items`);
    const changesOnReplica = await query<{ n: string }>(replicaUrl, `select count(*) as n from changes`);
    expect(onPrimary.map((r) => r.title)).toEqual(["For the primary's group", 'Written on the primary']);
    expect(onReplica).toEqual([]);
    expect(Number(changesOnReplica[0].n)).toBe(0);

    // later public reads are the replica's again (here it never catches up: a real one would)
    const later = await post({ query: GROUP });
    expect(later.data.group.name).toBe('Name on the replica');
    expect(later.data.group.actionItems.totalCount).toBe(0);
  });
});
