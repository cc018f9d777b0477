import type { EntityManager } from '@mikro-orm/core';
import { rawQuery } from '../platform/database/raw.js';
import { encodeGlobalId } from '../platform/graphql/global-id.js';
import { todayIso } from '../platform/graphql/scalars.js';
import type { RecordedChange } from '../change/change.entity.js';
import { dueThings, passedPoints, reminderKey, reminderWords } from '../feed/reminders.js';
import { UNSENT_STATUSES } from '../liaison/liaison.rules.js';
import type { LiaisonStatus } from '../liaison/liaison.entity.js';
import type { WebhookEvent } from './webhook.entity.js';
import { primaryQuery } from './webhook.queries.js';

/**
 * The outbox: deliveries are rows written in the transaction of the change they announce (or by
 * the reminder scan), so a committed change always has its deliveries and a rolled-back one
 * never does; the worker (webhook.worker.ts) sends them, at least once, after a restart too.
 */

interface OutboxEvent {
  event: WebhookEvent;
  /** unique per webhook when set (reminders): enqueued once however often the scan runs */
  key: string | null;
  body: string;
  groupIds: number[];
}

/** one row per (event, group); every webhook of the group that wants the event gets a delivery */
async function enqueue(em: EntityManager, events: OutboxEvent[], query = rawQuery): Promise<number> {
  const rows = events.flatMap((e) => [...new Set(e.groupIds)].map((g) => ({ ...e, groupId: g })));
  if (rows.length === 0) return 0;
  const result = await query(
    em,
    `insert into webhook_deliveries (webhook_id, event, event_key, body)
     select w.id, x.event, x.key, x.body
     from unnest(?::text[], ?::text[], ?::text[], ?::int[]) as x(event, key, body, group_id)
          join webhooks w on w.group_id = x.group_id and x.event = any(w.events)
     on conflict (webhook_id, event_key) do nothing
     returning id`,
    [rows.map((r) => r.event), rows.map((r) => r.key), rows.map((r) => r.body), rows.map((r) => r.groupId)],
  );
  return result.rows.length;
}

const isSent = (status: unknown) => typeof status === 'string' && !UNSENT_STATUSES.includes(status as LiaisonStatus);

/**
 * The deliveries a write announces, enqueued in its transaction (change/change.write.ts calls this
 * after the history rows): a liaison that has gone out (recorded as sent or received, or moved
 * from a draft to SENT) is LIAISON_RECORDED, or REPLY_RECORDED when it answers another one; for
 * the groups it concerns (its sender and addressees). Nothing is read when nothing qualifies.
 */
export async function enqueueWriteEvents(em: EntityManager, changes: readonly RecordedChange[]): Promise<void> {
  const events: OutboxEvent[] = [];
  const at = new Date().toISOString();
  for (const c of changes) {
    if (c.objectType !== 'Liaison') continue;
    const wentOut = c.action === 'CREATE' ? isSent(c.after.status) : c.action === 'STATUS' && !isSent(c.before?.status) && isSent(c.after.status);
    if (!wentOut) continue;
    const event: WebhookEvent = c.after.inReplyTo ? 'REPLY_RECORDED' : 'LIAISON_RECORDED';
    const liaison = { id: encodeGlobalId('Liaison', c.objectId), ...c.after };
    events.push({ event, key: null, body: JSON.stringify({ event, occurredAt: at, liaison }), groupIds: c.groupIds });
  }
  if (events.length) await enqueue(em, events);
}

/**
 * The reminder scan: for every liaison awaiting a reply and every open action item whose
 * deadline is near or past, the latest point of the schedule reached by `now` (UTC day) is
 * enqueued as REMINDER or OVERDUE for the webhooks of the groups concerned, once: the event
 * key is unique per webhook, so scans by several processes, or after a restart, add nothing.
 * Points missed while no server ran are not sent late; the latest one stands for them.
 */
export async function scanReminders(em: EntityManager, now: Date): Promise<number> {
  const [{ wanted }] = (await primaryQuery(em, `select exists (select 1 from webhooks where events && array['REMINDER', 'OVERDUE']) as wanted`)).rows;
  if (!wanted) return 0;
  const today = todayIso(now);
  const events: OutboxEvent[] = [];
  for (const thing of await dueThings(em, null, today)) {
    const point = passedPoints(thing.due, today).at(-1);
    if (!point) continue;
    const event: WebhookEvent = point.kind;
    const key = reminderKey(thing, point);
    const body = {
      event,
      occurredAt: now.toISOString(),
      reminder: { key, daysBefore: point.daysBefore, deadline: thing.due, text: reminderWords(thing, point) },
      [thing.type === 'Liaison' ? 'liaison' : 'actionItem']: { id: encodeGlobalId(thing.type, thing.id), title: thing.title },
      groups: thing.groupAcronyms,
    };
    events.push({ event, key, body: JSON.stringify(body), groupIds: thing.groupIds });
  }
  return enqueue(em, events, primaryQuery as typeof rawQuery);
}
