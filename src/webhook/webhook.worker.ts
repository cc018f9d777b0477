import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../platform/logging/logger.js';
import { primaryQuery } from './webhook.queries.js';
import { checkWebhookUrl } from './webhook.service.js';
import { scanReminders } from './webhook.outbox.js';

export interface WebhookWorkerOptions {
  em: EntityManager;
  logger: Logger;
  allowLocal: boolean;
  intervalMs: number;
  timeoutMs: number;
  retryBaseMs: number;
  maxAttempts: number;
  scanIntervalMs: number;
  /** "now" for the reminder scan (tests set the day) */
  now: () => Date;
}

export interface WebhookWorker {
  /** one round now (tests, and the interval): deliveries due are sent, results recorded */
  deliverDue(): Promise<number>;
  scan(): Promise<number>;
  stop(): Promise<void>;
}

/** deliveries one round claims at most (sent in parallel) */
const BATCH = 20;
const DAY_MS = 86_400_000;

/** HMAC-SHA256 of the body with the webhook's secret, as the X-Liaison-Graph-Signature header carries it */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** the wait before retry number `attempt` + 1: the base, doubled with each attempt, capped at a day */
export function backoffMs(retryBaseMs: number, attempt: number): number {
  return Math.min(DAY_MS, retryBaseMs * 2 ** Math.max(0, attempt - 1));
}

interface Claimed {
  id: string;
  delivery_id: string;
  event: string;
  body: string;
  attempts: number;
  url: string;
  secret: string;
}

/**
 * Sends the outbox (webhook_deliveries) from inside each server process. A round claims the
 * deliveries that are due in one statement (FOR UPDATE SKIP LOCKED: processes running side by
 * side never claim the same row) and leases them (next_attempt_at moves past the attempt's
 * timeout), then posts them with no transaction open, then records each attempt and its outcome.
 * A process that dies mid-attempt leaves the lease to expire: another process, or this one once
 * restarted, sends again. So delivery is at least once; the receiver de-duplicates on the
 * delivery id, which is the same on every attempt.
 *
 * The reminder scan runs at start and every scanIntervalMs (webhook.outbox.ts).
 */
export function startWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const { logger } = options;
  const em = options.em.fork();
  const inFlight = new AbortController();
  let stopped = false;
  let round: Promise<unknown> = Promise.resolve();
  let scanning: Promise<unknown> = Promise.resolve();
  // the lease outlasts the attempt, so a slow receiver is not sent the same delivery twice meanwhile
  const leaseSeconds = Math.ceil((options.timeoutMs * 2 + 5_000) / 1000);

  async function attempt(d: Claimed): Promise<void> {
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      await checkWebhookUrl(d.url, options.allowLocal);
      const res = await fetch(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Liaison-Graph-Webhooks/1',
          'x-liaison-graph-event': d.event,
          'x-liaison-graph-delivery': d.delivery_id,
          'x-liaison-graph-signature': signature(d.secret, d.body),
        },
        body: d.body,
        // a redirect could lead anywhere (inside the network too): it counts as a failure
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(options.timeoutMs), inFlight.signal]),
      });
      statusCode = res.status;
      await res.body?.cancel().catch(() => {});
      if (res.status < 200 || res.status > 299) error = `the receiver answered HTTP ${res.status}`;
    } catch (e) {
      if (stopped) {
        // the server is stopping: not an attempt; the delivery is due again at once, here after a restart or elsewhere
        await primaryQuery(em, `update webhook_deliveries set attempts = attempts - 1, next_attempt_at = now() where id = ?`, [d.id]).catch(() => {});
        return;
      }
      error = e instanceof Error ? (e.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : (e.cause as Error | undefined)?.message ?? e.message) : String(e);
    }
    const durationMs = Date.now() - started;
    const delivered = error === null;
    const failed = !delivered && d.attempts >= options.maxAttempts;
    const status = delivered ? 'DELIVERED' : failed ? 'FAILED' : 'PENDING';
    const retryInSeconds = backoffMs(options.retryBaseMs, d.attempts) / 1000;
    // (a webhook removed meanwhile took its delivery with it: then nothing is recorded)
    await primaryQuery(
      em,
      `with attempt as (
         insert into webhook_attempts (delivery_id, number, status_code, error, duration_ms)
         select d.id, ?, ?, ?, ? from webhook_deliveries d where d.id = ?
         on conflict (delivery_id, number) do nothing)
       update webhook_deliveries
       set status = ?, last_status_code = ?, last_error = ?,
           delivered_at = case when ? then now() end,
           next_attempt_at = case when ? = 'PENDING' then now() + make_interval(secs => ?) else next_attempt_at end
       where id = ?`,
      [d.attempts, statusCode, error?.slice(0, 500) ?? null, durationMs, d.id, status, statusCode, error?.slice(0, 500) ?? null, delivered, status, retryInSeconds, d.id],
    );
    const log = { deliveryId: d.delivery_id, event: d.event, attempt: d.attempts, statusCode, durationMs };
    if (delivered) logger.info(log, 'webhook delivered');
    else logger.warn({ ...log, error, status }, failed ? 'webhook delivery failed for good' : 'webhook delivery failed; will retry');
  }

  async function deliverDue(): Promise<number> {
    if (stopped) return 0;
    const claimed = (
      await primaryQuery(
        em,
        `update webhook_deliveries d
         set attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => ?)
         from webhooks w
         where w.id = d.webhook_id
           and d.id in (select id from webhook_deliveries
                        where status = 'PENDING' and next_attempt_at <= now()
                        order by next_attempt_at, id
                        limit ?
                        for update skip locked)
         returning d.id, d.delivery_id, d.event, d.body, d.attempts, w.url, w.secret`,
        [leaseSeconds, BATCH],
      )
    ).rows as Claimed[];
    await Promise.all(claimed.map((d) => attempt(d)));
    return claimed.length;
  }

  async function scan(): Promise<number> {
    if (stopped) return 0;
    const enqueued = await scanReminders(em, options.now());
    if (enqueued) logger.info({ enqueued }, 'reminders enqueued for webhooks');
    return enqueued;
  }

  // one round at a time: an interval that fires while the last round still runs waits for it
  const deliverTimer = setInterval(() => {
    round = round.then(() => deliverDue()).catch((err) => logger.error({ err }, 'webhook delivery round failed'));
  }, options.intervalMs);
  const runScan = () => {
    scanning = scanning.then(() => scan()).catch((err) => logger.error({ err }, 'reminder scan failed'));
  };
  const scanTimer = setInterval(runScan, options.scanIntervalMs);
  deliverTimer.unref();
  scanTimer.unref();
  runScan();

  return {
    deliverDue() {
      const p = round.then(() => deliverDue());
      round = p.catch(() => {});
      return p;
    },
    scan() {
      const p = scanning.then(() => scan());
      scanning = p.catch(() => {});
      return p;
    },
    async stop() {
      stopped = true;
      clearInterval(deliverTimer);
      clearInterval(scanTimer);
      inFlight.abort();
      await Promise.allSettled([round, scanning]);
    },
  };
}
