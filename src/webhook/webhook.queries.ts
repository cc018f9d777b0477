import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { plain, ref, RowShape, selectRows, selectValues, type IdRef, type NodeRow } from '../platform/database/rows.js';
import type { Page } from '../platform/graphql/connection.js';
import type { PageRequest } from '../platform/graphql/paging.js';
import { encodeGlobalId } from '../platform/graphql/global-id.js';
import type { DeliveryStatus, WebhookEvent } from './webhook.entity.js';

/**
 * The webhook reads, as plain rows (platform/database/rows.ts): webhooks, and deliveries with
 * their log, newest first. One statement for a page, one for its count; a delivery's attempts
 * come with it (json_agg), so a page of deliveries and their logs is two statements.
 */

export interface WebhookRow extends NodeRow {
  group: IdRef;
  url: string;
  events: WebhookEvent[];
  createdBy: string;
  createdAt: Date;
}

export const WEBHOOK = new RowShape<WebhookRow>('Webhook', 'webhooks', {
  id: plain('id'),
  group: ref('group_id'),
  url: plain('url'),
  events: plain('events'),
  createdBy: plain('created_by'),
  createdAt: plain('created_at'),
});

/** the driver hands timestamps over as text */
const withDates = (rows: WebhookRow[]) => rows.map((row) => Object.assign(row, { createdAt: new Date(row.createdAt) }));

export async function webhookById(em: EntityManager, id: number): Promise<WebhookRow | null> {
  const [row] = withDates(await selectRows(em, WEBHOOK, `select ${WEBHOOK.select()} from webhooks t where t.id = ?`, [id]));
  return row ?? null;
}

/** webhooks of one group, or all, newest first */
export async function listWebhooks(em: EntityManager, groupId: number | null, page: PageRequest): Promise<Page<WebhookRow>> {
  const where = 'where ?::int is null or t.group_id = ?';
  const [rows, [{ total }]] = await Promise.all([
    selectRows(em, WEBHOOK, `select ${WEBHOOK.select()} from webhooks t ${where} order by t.id desc limit ? offset ?`, [groupId, groupId, page.limit, page.offset]).then(withDates),
    selectValues<{ total: number }>(em, `select count(*)::int as total from webhooks t ${where}`, [groupId, groupId]),
  ]);
  return { rows, total };
}

export interface AttemptRow {
  number: number;
  at: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface DeliveryRow {
  deliveryId: string;
  webhookId: string;
  event: WebhookEvent;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  body: string;
  createdAt: Date;
  deliveredAt: Date | null;
  log: AttemptRow[];
}

export interface DeliveryFilter {
  webhookId?: number | null;
  status?: DeliveryStatus[] | null;
}

/** deliveries (of one webhook, in some statuses, or all), newest first, each with its attempts */
export async function listDeliveries(em: EntityManager, filter: DeliveryFilter, page: PageRequest): Promise<Page<DeliveryRow>> {
  const where = `where (?::int is null or d.webhook_id = ?) and (?::text[] is null or d.status = any(?::text[]))`;
  const bind = [filter.webhookId ?? null, filter.webhookId ?? null, filter.status ?? null, filter.status ?? null];
  const [rows, [{ total }]] = await Promise.all([
    selectValues<Record<string, any>>(
      em,
      `select d.delivery_id, d.webhook_id, d.event, d.status, d.attempts, d.next_attempt_at, d.last_status_code, d.last_error,
              d.body, d.created_at, d.delivered_at,
              coalesce((select json_agg(json_build_object('number', a.number, 'at', a.at, 'statusCode', a.status_code,
                                                          'error', a.error, 'durationMs', a.duration_ms) order by a.number)
                        from webhook_attempts a where a.delivery_id = d.id), '[]') as log
       from webhook_deliveries d ${where}
       order by d.id desc limit ? offset ?`,
      [...bind, page.limit, page.offset],
    ),
    selectValues<{ total: number }>(em, `select count(*)::int as total from webhook_deliveries d ${where}`, bind),
  ]);
  return {
    rows: rows.map((d) => ({
      deliveryId: d.delivery_id,
      webhookId: encodeGlobalId('Webhook', d.webhook_id),
      event: d.event,
      status: d.status,
      attempts: d.attempts,
      nextAttemptAt: d.status === 'PENDING' ? new Date(d.next_attempt_at) : null,
      lastStatusCode: d.last_status_code,
      lastError: d.last_error,
      body: d.body,
      createdAt: new Date(d.created_at),
      deliveredAt: d.delivered_at ? new Date(d.delivered_at) : null,
      log: (d.log as Record<string, any>[]).map((a) => ({ ...a, at: new Date(a.at) }) as AttemptRow),
    })),
    total,
  };
}

/** a statement on the primary, outside any request: the worker's claims and results must not go to a replica */
export function primaryQuery(em: EntityManager, sql: string, bindings: readonly unknown[] = []) {
  return (em as SqlEntityManager).getKnex('write').raw(sql, bindings as never);
}
