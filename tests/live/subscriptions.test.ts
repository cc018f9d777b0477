/**
 * Live updates over graphql-ws on /graphql, with a real graphql-ws client against the real
 * server (embedded database, or PostgreSQL with TEST_DATABASE_URL): events per kind, the group
 * filter (aliases too), unknown groups, tokens in connection_init, and the limits' attacks.
 * Across two server processes: subscriptions-processes.test.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestToken, type TestToken } from '../support/tokens.js';
import { Factory } from '../support/factories.js';
import { liveClient, record, settle, type LiveClient } from '../support/live-client.js';
import { TOO_MANY_CONNECTIONS } from '../../src/platform/server/subscriptions.js';
import { LiveActionItemsDocument, LiveChangesDocument, LiveCreateItemDocument, LiveLiaisonsDocument, LiveSetItemStatusDocument } from '../graphql/generated.js';

let t: TestApp;
let secretariat: TestToken;
const clients: LiveClient[] = [];

beforeAll(async () => {
  t = await startTestApp({ env: { SUBSCRIPTIONS_PER_CONNECTION: '3', SUBSCRIPTION_CONNECTIONS_PER_ADDRESS: '4' } });
  const f = new Factory(t.app.orm.em.fork() as EntityManager);
  await f.group({ acronym: 'LIVE-A', aliases: ['Live Alpha'] });
  await f.group({ acronym: 'LIVE-B' });
  secretariat = await createTestToken(t, { role: 'SECRETARIAT' });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
  // the server lets go of them as their sockets close: the next test counts from zero
  const deadline = Date.now() + 10_000;
  while (t.app.live.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
});
afterAll(async () => {
  await t?.stop();
});

function connect(authorization?: string): LiveClient {
  const c = liveClient(t.url, authorization);
  clients.push(c);
  return c;
}

/** the server has at least `count` subscriptions open (so a write now reaches them) */
async function subscribed(count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (t.app.live.size < count) {
    if (Date.now() > deadline) throw new Error(`only ${t.app.live.size} subscriptions open, wanted ${count}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function createItem(title: string, assignee: string) {
  const res = await t.graphql(LiveCreateItemDocument, { input: { title, assignee } }, { headers: secretariat.headers });
  expect(res.errors).toBeUndefined();
  expect(res.data!.createActionItem!.userErrors).toEqual([]);
  return res.data!.createActionItem!.actionItem!;
}

describe('live updates', () => {
  it('tells a subscriber of action items added and changed in its group, and nothing of other groups', async () => {
    const live = connect();
    const mine = record(live, LiveActionItemsDocument, { group: 'Live Alpha' });
    const all = record(live, LiveActionItemsDocument, {});
    await subscribed(2);
    await createItem('for the other group', 'LIVE-B');
    const item = await createItem('for my group', 'LIVE-A');
    const status = await t.graphql(LiveSetItemStatusDocument, { input: { id: item.id, version: item.version, status: 'IN_PROGRESS' } }, { headers: secretariat.headers });
    expect(status.data!.setActionItemStatus!.userErrors).toEqual([]);

    const events = await mine.waitFor(2);
    await all.waitFor(3);
    await settle();
    expect(mine.events).toHaveLength(2);
    expect(events[0].errors).toBeUndefined();
    expect(events[0].data!.actionItemChanged).toMatchObject({
      change: { action: 'CREATE', objectType: 'ActionItem', by: { label: secretariat.label } },
      actionItem: { id: item.id, title: 'for my group', assignee: { acronym: 'LIVE-A' } },
    });
    expect(events[1].data!.actionItemChanged).toMatchObject({
      change: { action: 'STATUS', fields: expect.arrayContaining(['status']) },
      actionItem: { id: item.id, status: 'IN_PROGRESS' },
    });
    expect(all.events.map((e) => e.data!.actionItemChanged.actionItem!.title)).toEqual(['for the other group', 'for my group', 'for my group']);
  });

  it('tells of liaisons recorded, and of every change recorded, filtered by group', async () => {
    const live = connect();
    const liaisons = record(live, LiveLiaisonsDocument, { group: 'LIVE-B' });
    const changes = record(live, LiveChangesDocument, { group: 'LIVE-A' });
    await subscribed(2);
    const created = await t.post(
      {
        query: `mutation($input: CreateLiaisonInput!) { createLiaison(input: $input) { liaison { id } userErrors { message } } }`,
        variables: { input: { title: 'Live liaison', from: 'LIVE-A', to: [{ group: 'LIVE-B' }], purpose: 'FOR_INFORMATION', status: 'SENT', sentOn: '2030-01-02' } },
      },
      secretariat.headers,
    );
    expect(created.json.data.createLiaison.userErrors).toEqual([]);
    const [event] = await liaisons.waitFor(1);
    expect(event.data!.liaisonChanged).toMatchObject({ change: { action: 'CREATE' }, liaison: { id: created.json.data.createLiaison.liaison.id, title: 'Live liaison', status: 'SENT' } });
    const [change] = await changes.waitFor(1);
    expect(change.data!.changeRecorded).toMatchObject({ action: 'CREATE', objectType: 'Liaison', after: expect.objectContaining({ title: 'Live liaison' }) });
  });

  it('refuses a subscription to an unknown group with NOT_FOUND', async () => {
    const live = connect();
    const sub = record(live, LiveActionItemsDocument, { group: 'NO-SUCH-GROUP' });
    const [result] = await sub.waitFor(1);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'group' } });
    await sub.completed;
  });

  it('takes a token in connection_init, and closes the connection on a bad one', async () => {
    const good = connect(`Bearer ${secretariat.token}`);
    await good.connected;
    const bad = connect('Bearer lg_not-a-token');
    const closed = await bad.closed;
    expect(closed.code).toBe(4403);
    expect(closed.reason).toMatch(/^UNAUTHENTICATED: The API token is not valid/);
  });

  it('refuses queries and mutations over WebSocket, and subscriptions over HTTP, with codes', async () => {
    const live = connect();
    const q = live.client.iterate({ query: '{ groups(first: 1) { totalCount } }' });
    await expect(q.next()).rejects.toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
    const http = await t.post({ query: 'subscription { changeRecorded { id } }' });
    expect(http.status).toBe(400);
    expect(http.json.errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }, message: expect.stringMatching(/WebSocket/) });
  });

  it('applies the depth and cost limits to subscription documents', async () => {
    const live = connect();
    // 12 levels: liaison → inReplyTo → … (the depth limit is 10)
    let selection = 'id';
    for (let i = 0; i < 11; i++) selection = `inReplyTo { ${selection} }`;
    const deep = live.client.iterate({ query: `subscription { liaisonChanged { liaison { ${selection} } } }` });
    await expect(deep.next()).rejects.toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' }) })]);
    const costly = live.client.iterate({
      query: `subscription { liaisonChanged { liaison { fromGroup { liaisons(first: 100) { edges { node { toGroups { liaisons(first: 100) { edges { id: cursor } } } } } } } } } }`,
    });
    await expect(costly.next()).rejects.toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' }) })]);
    const parseError = live.client.iterate({ query: 'subscription {' });
    await expect(parseError.next()).rejects.toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
  });

  it('refuses a subscription past SUBSCRIPTIONS_PER_CONNECTION with RATE_LIMITED, and takes one again once another ends', async () => {
    const live = connect();
    const open = [1, 2, 3].map(() => record(live, LiveChangesDocument, {}));
    await subscribed(3);
    const before = t.app.live.size;
    const fourth = record(live, LiveChangesDocument, {});
    expect(await fourth.error).toEqual([
      expect.objectContaining({ extensions: { code: 'RATE_LIMITED', limit: 'subscriptions', max: 3 } }),
    ]);
    expect(t.app.live.size).toBe(before);
    open[0].stop();
    await settle(200);
    const again = record(live, LiveChangesDocument, {});
    await subscribed(3);
    void again;
  });

  it('closes connections past SUBSCRIPTION_CONNECTIONS_PER_ADDRESS with 4029, and takes one again once another closes', async () => {
    const four = [1, 2, 3, 4].map(() => connect());
    await Promise.all(four.map((c) => c.connected));
    const fifth = connect();
    const closed = await fifth.closed;
    expect(closed.code).toBe(TOO_MANY_CONNECTIONS);
    expect(closed.reason).toMatch(/^RATE_LIMITED/);
    await four[0].dispose();
    await settle(200);
    const sixth = connect();
    await sixth.connected;
  });
});
