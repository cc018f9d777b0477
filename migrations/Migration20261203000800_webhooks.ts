import { Migration } from '@mikro-orm/migrations';

/**
 * Webhooks: an ADMIN registers an HTTPS endpoint for a group and a set of events; deliveries are
 * an outbox, written in the transaction of the change they announce (change/change.write.ts) or by the
 * reminder scan, and sent by a worker in every server process (webhook.worker.ts).
 *
 * - webhooks: the endpoint, its events and its signing secret (shown once, kept to sign);
 * - webhook_deliveries: one row per (webhook, event): the exact body that is signed and sent,
 *   its delivery id (the receiver de-duplicates on it), status, attempts and when the next one
 *   is due. A reminder's event_key (REMINDER:Liaison:12:7) is unique per webhook, so a scan run by
 *   several processes, or again after a restart, enqueues each reminder point once;
 * - webhook_attempts: every attempt, with the receiver's HTTP status or the error: the log.
 *
 * Removing a webhook removes its deliveries and their log with it.
 */
export class Migration20261203000800_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table webhooks (
      id serial primary key,
      group_id integer not null references groups(id),
      url text not null,
      events text[] not null check (cardinality(events) > 0),
      secret text not null,
      created_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`);
    this.addSql(`create index webhooks_group on webhooks (group_id)`);

    this.addSql(`create table webhook_deliveries (
      id bigserial primary key,
      delivery_id uuid not null unique default gen_random_uuid(),
      webhook_id integer not null references webhooks(id) on delete cascade,
      event text not null,
      event_key text,
      body text not null,
      status text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_status_code integer,
      last_error text,
      created_at timestamptz not null default now(),
      delivered_at timestamptz,
      unique (webhook_id, event_key)
    )`);
    // the worker's question: which pending deliveries are due?
    this.addSql(`create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'PENDING'`);
    this.addSql(`create index webhook_deliveries_webhook on webhook_deliveries (webhook_id, id)`);

    this.addSql(`create table webhook_attempts (
      id bigserial primary key,
      delivery_id bigint not null references webhook_deliveries(id) on delete cascade,
      number integer not null,
      at timestamptz not null default now(),
      status_code integer,
      error text,
      duration_ms integer not null,
      unique (delivery_id, number)
    )`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table webhook_attempts');
    this.addSql('drop table webhook_deliveries');
    this.addSql('drop table webhooks');
  }
}
