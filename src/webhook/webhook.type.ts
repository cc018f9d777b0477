import { Extensions, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { embedded } from '../platform/graphql/cost-estimates.js';
import { ConnectionType } from '../platform/graphql/connection.js';
import { DateTimeScalar } from '../platform/graphql/scalars.js';
import { GroupType } from '../group/group.type.js';
import { DeliveryStatus, WebhookEvent } from './webhook.entity.js';

registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: 'What a webhook is told about: a liaison or a reply recorded, a deadline coming near (14, 7, 4, 3, 2, 1, 0 days), a deadline passed.',
});
registerEnumType(DeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING (waiting for an attempt or a retry), DELIVERED (the receiver answered 2xx), FAILED (every attempt failed).',
});

/** Not a Node: webhooks are ADMIN business, never found by node(id:). */
@ObjectType('Webhook', { description: 'An HTTPS endpoint told about one group’s events (ADMIN only); never its secret.' })
export class WebhookType {
  @Field(() => ID, { name: 'id', description: 'Pass it to removeWebhook, or to webhookDeliveries(webhook:).' })
  nodeId!: string;

  @Field(() => GroupType, { description: 'The group whose events it is told about.' })
  group!: unknown;

  @Field(() => String)
  url!: string;

  @Field(() => [WebhookEvent])
  events!: WebhookEvent[];

  @Field(() => String, { description: 'The ADMIN token that registered it.' })
  createdBy!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

export const WebhookConnection = ConnectionType(WebhookType, 'Webhook');

@ObjectType('WebhookAttempt', { description: 'One attempt to deliver: when, and what the receiver answered (or why there was no answer).' })
export class WebhookAttemptType {
  @Field(() => Int, { description: '1 for the first attempt.' })
  number!: number;

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status the receiver answered; null when none came (refused, timed out).' })
  statusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the attempt failed; null when it succeeded.' })
  error!: string | null;

  @Field(() => Int, { description: 'How long the attempt took, in milliseconds.' })
  durationMs!: number;
}

@ObjectType('WebhookDelivery', {
  description: 'One event sent (or to be sent) to one webhook, with its log. `deliveryId` is also sent in the X-Liaison-Graph-Delivery header: the same on every retry, so the receiver can drop duplicates.',
})
export class WebhookDeliveryType {
  @Field(() => ID, { name: 'deliveryId', description: 'The id the receiver de-duplicates on (X-Liaison-Graph-Delivery).' })
  deliveryId!: string;

  @Field(() => ID, { description: 'The webhook it goes to.' })
  webhookId!: string;

  @Field(() => WebhookEvent)
  event!: WebhookEvent;

  @Field(() => DeliveryStatus)
  status!: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the next attempt is due; null once DELIVERED or FAILED.' })
  nextAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt; null when none came.' })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;

  @Field(() => String, { description: 'The JSON body as sent (and signed).' })
  body!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => [WebhookAttemptType], { description: 'Every attempt, the first first.' })
  @Extensions({ cost: embedded(10) }) // the attempts come with the delivery's row (json_agg): built, not read
  log!: WebhookAttemptType[];
}

export const WebhookDeliveryConnection = ConnectionType(WebhookDeliveryType, 'WebhookDelivery');
