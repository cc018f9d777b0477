import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestToken, type TestToken } from '../support/tokens.js';
import { Factory } from '../support/factories.js';
import { decodeGlobalId, encodeGlobalId } from '../../src/platform/graphql/global-id.js';
import { rawQuery } from '../../src/platform/database/raw.js';
import { startWebhookWorker } from '../../src/webhook/webhook.worker.js';
import { createLogger } from '../../src/platform/logging/logger.js';
import type { Group } from '../../src/group/group.entity.js';
import { startReceiver, type Receiver } from './receiver.js';
import {
  CreateLiaisonDocument,
  CreateWebhookDocument,
  RemoveWebhookDocument,
  WebhookDeliveriesDocument,
  WebhooksDocument,
  type CreateWebhookInput,
  type WebhookDeliveriesQuery,
} from '../graphql/generated.js';

type Delivery = WebhookDeliveriesQuery['webhookDeliveries']['edges'][number]['node'];

// the day the reminder scan sees: set by the test
let now = new Date('2031-05-20T10:00:00Z');
const day = (offset: number) => new Date(Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

let t: TestApp;
let admin: TestToken;
let secretariat: TestToken;
let editor: TestToken;
let f: Factory;
let sender: Group;
let addressee: Group;
let bystander: Group;
const receivers: Receiver[] = [];

beforeAll(async () => {
  t = await startTestApp({
    now: () => now,
    restartable: true,
    env: {
      WEBHOOK_ALLOW_LOCAL: 'true',
      WEBHOOK_DELIVERY_INTERVAL_MS: '100',
      WEBHOOK_RETRY_BASE_MS: '300',
      WEBHOOK_TIMEOUT_MS: '3000',
      // the test runs the scan itself
      REMINDER_SCAN_INTERVAL_MS: '86400000',
    },
  });
  f = new Factory(t.app.orm.em.fork() as EntityManager);
  sender = await f.group({ acronym: 'WH-S' });
  addressee = await f.group({ acronym: 'WH-A' });
  bystander = await f.group({ acronym: 'WH-B' });
  admin = await createTestToken(t, { role: 'ADMIN' });
  secretariat = await createTestToken(t, { role: 'SECRETARIAT' });
  editor = await createTestToken(t, { role: 'EDITOR', groups: ['WH-S'] });
});
afterAll(async () => {
  await t?.stop();
  await Promise.all(receivers.map((r) => r.close()));
});

async function receiver(): Promise<Receiver> {
  const r = await startReceiver();
  receivers.push(r);
  return r;
}

async function register(input: Partial<CreateWebhookInput> & { url: string }, token = admin) {
  const res = await t.graphql(CreateWebhookDocument, { input: { group: addressee.acronym, events: ['LIAISON_RECORDED'], ...input } }, { headers: token.headers });
  return res;
}

async function registered(input: Partial<CreateWebhookInput> & { url: string }) {
  const res = await register(input);
  expect(res.errors).toBeUndefined();
  expect(res.data!.createWebhook!.userErrors).toEqual([]);
  return { id: res.data!.createWebhook!.webhook!.id, secret: res.data!.createWebhook!.secret! };
}

async function deliveries(webhook: string): Promise<Delivery[]> {
  const res = await t.graphql(WebhookDeliveriesDocument, { filter: { webhook }, first: 100 }, { headers: admin.headers });
  expect(res.errors).toBeUndefined();
  return res.data!.webhookDeliveries.edges.map((e) => e.node);
}

async function until<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function sendLiaison(title: string, extra: Record<string, unknown> = {}) {
  const res = await t.graphql(
    CreateLiaisonDocument,
    { input: { title, from: sender.acronym, to: [{ group: addressee.acronym }], purpose: 'FOR_ACTION', deadline: day(20), status: 'SENT', sentOn: day(0), ...extra } },
    { headers: secretariat.headers },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.createLiaison!.userErrors).toEqual([]);
  return res.data!.createLiaison!.liaison!;
}

/** what a receiver does: recompute the HMAC of the raw body with the secret and compare in constant time */
function verify(secret: string, body: string, header: string | string[] | undefined): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
  const given = Buffer.from(String(header ?? ''));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

describe('registering webhooks', () => {
  it('is for ADMIN tokens only: no token is UNAUTHENTICATED, other roles FORBIDDEN, and nothing is written', async () => {
    const anonymous = await t.graphql(CreateWebhookDocument, { input: { group: addressee.acronym, url: 'https://example.org/hook', events: ['REMINDER'] } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const token of [secretariat, editor]) {
      const res = await register({ url: 'https://example.org/hook' }, token);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const list = await t.graphql(WebhooksDocument, {}, { headers: token.headers });
      expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const log = await t.graphql(WebhookDeliveriesDocument, {}, { headers: token.headers });
      expect(log.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.graphql(WebhooksDocument, {}, { headers: admin.headers })).data!.webhooks.totalCount).toBe(0);
  });

  it('refuses bad input with coded user errors and writes nothing', async () => {
    const cases: [Partial<CreateWebhookInput> & { url: string }, string, string][] = [
      [{ url: 'http://93.184.215.14/hook' }, 'url', 'BAD_USER_INPUT'], // a public host over plain http
      [{ url: 'ftp://93.184.215.14/hook' }, 'url', 'BAD_USER_INPUT'],
      [{ url: 'not a url' }, 'url', 'BAD_USER_INPUT'],
      [{ url: 'https://user:pw@93.184.215.14/hook' }, 'url', 'BAD_USER_INPUT'],
      [{ url: 'https://no-such-host.invalid/hook' }, 'url', 'BAD_USER_INPUT'],
      [{ url: 'https://93.184.215.14/hook', events: [] }, 'events', 'BAD_USER_INPUT'],
      [{ url: 'https://93.184.215.14/hook', group: 'NO-SUCH-GROUP' }, 'group', 'NOT_FOUND'],
    ];
    for (const [input, field, code] of cases) {
      const res = await register(input);
      expect(res.errors, input.url).toBeUndefined();
      expect(res.data!.createWebhook).toMatchObject({ webhook: null, secret: null });
      expect(res.data!.createWebhook!.userErrors, JSON.stringify(input)).toEqual([expect.objectContaining({ field, code })]);
    }
    expect((await t.graphql(WebhooksDocument, {}, { headers: admin.headers })).data!.webhooks.totalCount).toBe(0);
  });

  it('lists and removes them; removing twice is NOT_FOUND', async () => {
    const r = await receiver();
    const { id, secret } = await registered({ url: r.url, events: ['REMINDER', 'OVERDUE'], group: bystander.acronym });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const list = await t.graphql(WebhooksDocument, { group: bystander.acronym }, { headers: admin.headers });
    expect(list.data!.webhooks.edges.map((e) => e.node)).toEqual([{ id, url: r.url, events: ['REMINDER', 'OVERDUE'], group: { acronym: bystander.acronym } }]);
    // the secret is never shown again
    expect(JSON.stringify(list.data)).not.toContain(secret);
    const removed = await t.graphql(RemoveWebhookDocument, { input: { id } }, { headers: admin.headers });
    expect(removed.data!.removeWebhook).toEqual({ removedId: id, userErrors: [] });
    expect((await t.graphql(WebhooksDocument, { group: bystander.acronym }, { headers: admin.headers })).data!.webhooks.totalCount).toBe(0);
    const again = await t.graphql(RemoveWebhookDocument, { input: { id } }, { headers: admin.headers });
    expect(again.data!.removeWebhook!.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'id' })]);
    const forbidden = await t.graphql(RemoveWebhookDocument, { input: { id } }, { headers: secretariat.headers });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('deliveries', () => {
  it('posts a signed LIAISON_RECORDED to the group’s webhook when a liaison is recorded, and logs it', async () => {
    const r = await receiver();
    const { id, secret } = await registered({ url: r.url, events: ['LIAISON_RECORDED', 'REPLY_RECORDED'] });
    const other = await receiver();
    await registered({ url: other.url, group: bystander.acronym, events: ['LIAISON_RECORDED'] });

    const liaison = await sendLiaison('Request for views on helplines');
    const [delivery] = await until('the delivery', () => deliveries(id), (d) => d.length === 1 && d[0].status === 'DELIVERED');
    expect(r.received).toHaveLength(1);
    const got = r.received[0];
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers['x-liaison-graph-event']).toBe('LIAISON_RECORDED');
    expect(got.headers['x-liaison-graph-delivery']).toBe(delivery.deliveryId);
    expect(verify(secret, got.body, got.headers['x-liaison-graph-signature'])).toBe(true);
    expect(verify(secret, `${got.body} `, got.headers['x-liaison-graph-signature'])).toBe(false);
    const body = JSON.parse(got.body);
    expect(body).toMatchObject({ event: 'LIAISON_RECORDED', liaison: { id: liaison.id, title: 'Request for views on helplines', status: 'SENT', from: sender.acronym } });
    expect(delivery).toMatchObject({ event: 'LIAISON_RECORDED', attempts: 1, lastStatusCode: 200, lastError: null, nextAttemptAt: null, body: got.body });
    expect(delivery.log).toEqual([expect.objectContaining({ number: 1, statusCode: 200, error: null })]);
    // not the bystander's business
    expect(other.received).toHaveLength(0);

    // a draft has not gone out: nothing; a reply is REPLY_RECORDED
    await t.graphql(CreateLiaisonDocument, { input: { title: 'A draft', from: sender.acronym, to: [{ group: addressee.acronym }], purpose: 'FOR_INFORMATION', status: 'DRAFT' } }, { headers: secretariat.headers });
    const reply = await t.graphql(
      CreateLiaisonDocument,
      { input: { title: 'Our views', from: addressee.acronym, to: [{ group: sender.acronym }], purpose: 'IN_RESPONSE', inReplyTo: liaison.id, status: 'SENT', sentOn: day(0) } },
      { headers: secretariat.headers },
    );
    expect(reply.data!.createLiaison!.userErrors).toEqual([]);
    const all = await until('the reply', () => deliveries(id), (d) => d.length === 2 && d.every((x) => x.status === 'DELIVERED'));
    expect(all.map((d) => d.event)).toEqual(['REPLY_RECORDED', 'LIAISON_RECORDED']);
    expect(JSON.parse(all[0].body).liaison).toMatchObject({ id: reply.data!.createLiaison!.liaison!.id, inReplyTo: liaison.id });
    expect(new Set(r.received.map((x) => x.headers['x-liaison-graph-delivery'])).size).toBe(2);
  });

  it('retries a receiver that fails, with growing waits, until it recovers; the log shows every attempt', async () => {
    const r = await receiver();
    r.answer = 503;
    const { id, secret } = await registered({ url: r.url });
    await sendLiaison('Retry me');
    await until('two failed attempts', async () => r.received.length, (n) => n >= 2);
    r.answer = 200;
    const [delivery] = await until('the delivery', () => deliveries(id), (d) => d[0]?.status === 'DELIVERED');
    const codes = delivery.log.map((a) => a.statusCode);
    expect(codes.slice(0, 2)).toEqual([503, 503]);
    expect(codes.at(-1)).toBe(200);
    expect(delivery.log.map((a) => a.number)).toEqual(codes.map((_, i) => i + 1));
    expect(delivery.log[0].error).toBe('the receiver answered HTTP 503');
    expect(delivery.attempts).toBe(codes.length);
    // exponential backoff: 300 ms after the first failure, 600 ms after the second
    const at = delivery.log.map((a) => Date.parse(a.at));
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(300);
    expect(at[2] - at[1]).toBeGreaterThanOrEqual(600);
    // every attempt is the same delivery, signed the same: the receiver can drop duplicates
    expect(new Set(r.received.map((x) => x.headers['x-liaison-graph-delivery']))).toEqual(new Set([delivery.deliveryId]));
    expect(r.received.every((x) => x.body === delivery.body && verify(secret, x.body, x.headers['x-liaison-graph-signature']))).toBe(true);
  });

  it('writes nothing when the outbox cannot be written: the change and its delivery commit together', async () => {
    const r = await receiver();
    await registered({ url: r.url });
    const count = async () => Number((await rawQuery(t.app.orm.em.fork(), `select count(*)::int as n from liaisons where title = 'Doomed'`)).rows[0].n);
    await rawQuery(t.app.orm.em.fork(), `create function refuse_delivery() returns trigger language plpgsql as $$ begin raise exception 'no outbox today'; end $$`);
    await rawQuery(t.app.orm.em.fork(), `create trigger refuse_delivery before insert on webhook_deliveries for each row execute function refuse_delivery()`);
    try {
      const res = await t.graphql(
        CreateLiaisonDocument,
        { input: { title: 'Doomed', from: sender.acronym, to: [{ group: addressee.acronym }], purpose: 'FOR_INFORMATION', status: 'SENT', sentOn: day(0) } },
        { headers: secretariat.headers },
      );
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await count()).toBe(0);
    } finally {
      await rawQuery(t.app.orm.em.fork(), 'drop trigger refuse_delivery on webhook_deliveries');
      await rawQuery(t.app.orm.em.fork(), 'drop function refuse_delivery()');
    }
  });

  it('is not sent twice when several workers (server processes) deliver at once', async () => {
    const r = await receiver();
    const { id } = await registered({ url: r.url, group: bystander.acronym });
    // ten deliveries at once, straight into the outbox
    await rawQuery(
      t.app.orm.em.fork(),
      `insert into webhook_deliveries (webhook_id, event, body) select ?, 'LIAISON_RECORDED', '{"n":' || n || '}' from generate_series(1, 10) n`,
      [decodeGlobalId(id)!.id],
    );
    const options = { em: t.app.orm.em, logger: createLogger('silent'), allowLocal: true, intervalMs: 3_600_000, timeoutMs: 3000, retryBaseMs: 300, maxAttempts: 5, scanIntervalMs: 3_600_000, now: () => now };
    const others = [startWebhookWorker(options), startWebhookWorker(options)];
    try {
      await Promise.all([...others.map((w) => w.deliverDue()), t.app.webhooks.deliverDue(), ...others.map((w) => w.deliverDue())]);
      const done = await until('all ten', () => deliveries(id), (d) => d.length === 10 && d.every((x) => x.status === 'DELIVERED'));
      expect(done.every((d) => d.attempts === 1)).toBe(true);
      const ids = r.received.map((x) => x.headers['x-liaison-graph-delivery']);
      expect(ids).toHaveLength(10);
      expect(new Set(ids).size).toBe(10);
    } finally {
      await Promise.all(others.map((w) => w.stop()));
    }
  });
});

describe('reminders as webhooks', () => {
  it('enqueues each point of the schedule once, as REMINDER then OVERDUE, for the groups concerned', async () => {
    const r = await receiver();
    const { id } = await registered({ url: r.url, events: ['REMINDER', 'OVERDUE'] });
    const liaison = await f.liaison(sender, [{ group: addressee, purpose: 'FOR_ACTION' }], { title: 'Comment by Friday', deadline: day(3) });
    const item = await f.actionItem(addressee, { title: 'Circulate the survey', dueOn: day(-1) });
    await f.actionItem(bystander, { title: 'Not WH-A’s', dueOn: day(0) });

    expect(await t.app.webhooks.scan()).toBe(2);
    // again, or by another process: the unique key keeps one delivery per point
    expect(await t.app.webhooks.scan()).toBe(0);
    let sent = await until('two reminders', () => deliveries(id), (d) => d.length === 2 && d.every((x) => x.status === 'DELIVERED'));
    const bodies = sent.map((d) => JSON.parse(d.body));
    expect(bodies.find((b) => b.liaison)).toMatchObject({
      event: 'REMINDER',
      liaison: { id: encodeGlobalId('Liaison', liaison.id), title: 'Comment by Friday' },
      reminder: { daysBefore: 3, deadline: day(3) },
    });
    expect(bodies.find((b) => b.actionItem)).toMatchObject({ event: 'OVERDUE', actionItem: { id: encodeGlobalId('ActionItem', item.id) }, reminder: { daysBefore: null } });

    // the next day: the 2-day reminder; the overdue item is not reminded again
    now = new Date(now.getTime() + 86_400_000);
    try {
      expect(await t.app.webhooks.scan()).toBe(1);
      sent = await until('the next reminder', () => deliveries(id), (d) => d.length === 3 && d.every((x) => x.status === 'DELIVERED'));
      expect(JSON.parse(sent[0].body).reminder).toMatchObject({ daysBefore: 2 });
      expect(r.received.map((x) => x.headers['x-liaison-graph-event'])).toEqual(expect.arrayContaining(['REMINDER', 'OVERDUE']));
    } finally {
      now = new Date(now.getTime() - 86_400_000);
    }
  });
});

describe('restart', () => {
  it('finishes a delivery that was being retried when the server stopped', async () => {
    const r = await receiver();
    r.answer = 500;
    const { id, secret } = await registered({ url: r.url });
    await sendLiaison('Survive a restart');
    await until('a failed attempt', () => deliveries(id), (d) => d[0]?.log.length >= 1);
    await t.restart();
    const restartedAt = Date.now();
    const pending = await deliveries(id);
    expect(pending[0].status).toBe('PENDING');
    r.answer = 200;
    const [delivery] = await until('the delivery after the restart', () => deliveries(id), (d) => d[0]?.status === 'DELIVERED');
    expect(delivery.log[0].statusCode).toBe(500);
    expect(delivery.log.at(-1)!.statusCode).toBe(200);
    const success = r.received.at(-1)!;
    expect(success.answered).toBe(200);
    expect(success.at).toBeGreaterThanOrEqual(restartedAt);
    expect(success.headers['x-liaison-graph-delivery']).toBe(delivery.deliveryId);
    expect(verify(secret, success.body, success.headers['x-liaison-graph-signature'])).toBe(true);
  });
});
