import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestToken, type TestToken } from '../support/tokens.js';
import { Factory } from '../support/factories.js';
import { rawQuery } from '../../src/platform/database/raw.js';
import { decodeGlobalId } from '../../src/platform/graphql/global-id.js';
import { startReceiver, type Receiver } from './receiver.js';
import { CreateWebhookDocument, WebhookDeliveriesDocument, WebhooksDocument } from '../graphql/generated.js';

// as in production: WEBHOOK_ALLOW_LOCAL is off
let t: TestApp;
let admin: TestToken;
let r: Receiver;

beforeAll(async () => {
  t = await startTestApp({ env: { WEBHOOK_DELIVERY_INTERVAL_MS: '100' } });
  await new Factory(t.app.orm.em.fork() as EntityManager).group({ acronym: 'WH-P' });
  admin = await createTestToken(t, { role: 'ADMIN' });
  r = await startReceiver();
});
afterAll(async () => {
  await t?.stop();
  await r?.close();
});

describe('webhook URLs without WEBHOOK_ALLOW_LOCAL', () => {
  it('refuses loopback and private addresses, by address or by a name that resolves to one, and plain http', async () => {
    for (const url of [
      'https://127.0.0.1/hook',
      'https://localhost/hook',
      'https://10.1.2.3/hook',
      'https://192.168.0.10/hook',
      'https://172.20.0.1/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'https://[::ffff:192.168.0.1]/hook',
      'https://[fd00::1]/hook',
      r.url,
    ]) {
      const res = await t.graphql(CreateWebhookDocument, { input: { group: 'WH-P', url, events: ['REMINDER'] } }, { headers: admin.headers });
      expect(res.errors, url).toBeUndefined();
      expect(res.data!.createWebhook!.webhook, url).toBeNull();
      expect(res.data!.createWebhook!.userErrors, url).toEqual([expect.objectContaining({ field: 'url', code: 'BAD_USER_INPUT', message: expect.stringMatching(/private or loopback/) })]);
    }
    const http = await t.graphql(CreateWebhookDocument, { input: { group: 'WH-P', url: 'http://93.184.215.14/hook', events: ['REMINDER'] } }, { headers: admin.headers });
    expect(http.data!.createWebhook!.userErrors).toEqual([expect.objectContaining({ field: 'url', message: 'A webhook URL must use https://' })]);
    expect((await t.graphql(WebhooksDocument, {}, { headers: admin.headers })).data!.webhooks.totalCount).toBe(0);
  });

  it('checks again before sending: a stored URL that now points inside is not posted to, and the attempt says why', async () => {
    // as if the name had resolved to a public address when registered (DNS rebinding)
    const em = t.app.orm.em.fork();
    const group = (await rawQuery(em, `select id from groups where acronym = 'WH-P'`)).rows[0].id;
    const webhook = (await rawQuery(em, `insert into webhooks (group_id, url, events, secret, created_by) values (?, ?, '{LIAISON_RECORDED}', 's', 'test') returning id`, [group, r.url])).rows[0].id;
    await rawQuery(em, `insert into webhook_deliveries (webhook_id, event, body) values (?, 'LIAISON_RECORDED', '{}')`, [webhook]);
    const deadline = Date.now() + 20_000;
    let log: { statusCode?: number | null; error?: string | null }[] = [];
    while (Date.now() < deadline && log.length === 0) {
      const res = await t.graphql(WebhookDeliveriesDocument, {}, { headers: admin.headers });
      log = res.data!.webhookDeliveries.edges[0]?.node.log ?? [];
      if (log.length === 0) await new Promise((done) => setTimeout(done, 100));
    }
    expect(log[0]).toMatchObject({ statusCode: null, error: expect.stringMatching(/private or loopback/) });
    expect(r.received).toHaveLength(0);
    expect(decodeGlobalId((await t.graphql(WebhookDeliveriesDocument, {}, { headers: admin.headers })).data!.webhookDeliveries.edges[0].node.webhookId)!.id).toBe(webhook);
  });
});
