import { ArrayType, Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../platform/database/base.entity.js';
import { Group } from '../group/group.entity.js';

/** What a webhook can be told about. */
export const WebhookEvent = {
  /** a liaison of the group (sent by it, or addressed to it) was recorded */
  LIAISON_RECORDED: 'LIAISON_RECORDED',
  /** a reply to a liaison of the group was recorded */
  REPLY_RECORDED: 'REPLY_RECORDED',
  /** a deadline of the group comes near: 14, 7, 4, 3, 2, 1 and 0 days before (feed/reminders.ts) */
  REMINDER: 'REMINDER',
  /** a deadline of the group has passed with the reply or the action item still awaited */
  OVERDUE: 'OVERDUE',
} as const;
export type WebhookEvent = (typeof WebhookEvent)[keyof typeof WebhookEvent];
export const WEBHOOK_EVENTS: readonly WebhookEvent[] = Object.values(WebhookEvent);

export const DeliveryStatus = {
  /** not yet delivered: waiting for its first attempt or for a retry */
  PENDING: 'PENDING',
  /** the receiver answered 2xx */
  DELIVERED: 'DELIVERED',
  /** every attempt failed; no more are made */
  FAILED: 'FAILED',
} as const;
export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

/**
 * An HTTPS endpoint told about one group's events. The secret signs every delivery
 * (HMAC-SHA256 of the body); it is shown once, when the webhook is created, and kept to sign.
 * Deliveries and their attempts are rows of their own (webhook.queries.ts), written by SQL.
 */
@Entity({ tableName: 'webhooks' })
export class Webhook extends BaseEntity {
  @ManyToOne({ entity: () => Group, ref: true })
  group!: Ref<Group>;

  @Property({ type: 'text' })
  url!: string;

  @Property({ type: ArrayType })
  events: WebhookEvent[] = [];

  @Property({ type: 'text', hidden: true })
  secret!: string;

  /** the label of the ADMIN token that registered it */
  @Property({ type: 'text' })
  createdBy!: string;
}
