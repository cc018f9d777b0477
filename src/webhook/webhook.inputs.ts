import { Extensions, Field, ID, InputType, ObjectType } from 'type-graphql';
import { embedded, free } from '../platform/graphql/cost-estimates.js';
import { UserErrorType } from '../platform/graphql/user-errors.js';
import { DeliveryStatus, WebhookEvent } from './webhook.entity.js';
import { WebhookType } from './webhook.type.js';

@InputType('CreateWebhookInput', { description: 'A new webhook (ADMIN only).' })
export class CreateWebhookInput {
  @Field(() => String, { description: 'The group whose events it is told about (acronym or alias).' })
  group!: string;

  @Field(() => String, { description: 'An https:// URL whose host resolves to public addresses only.' })
  url!: string;

  @Field(() => [WebhookEvent], { description: 'At least one event.' })
  events!: WebhookEvent[];
}

@ObjectType('CreateWebhookPayload', { description: 'The webhook created, with its secret shown this once, or why not.' })
export class CreateWebhookPayload {
  @Field(() => WebhookType, { nullable: true })
  @Extensions({ cost: free })
  webhook!: unknown;

  @Field(() => String, {
    nullable: true,
    description: 'The signing secret, shown this once. Each delivery carries `X-Liaison-Graph-Signature: sha256=<hex HMAC-SHA256 of the body with this secret>`.',
  })
  secret!: string | null;

  @Field(() => [UserErrorType])
  @Extensions({ cost: embedded(10) })
  userErrors!: UserErrorType[];
}

@InputType('RemoveWebhookInput', { description: 'The webhook to remove (ADMIN only).' })
export class RemoveWebhookInput {
  @Field(() => ID)
  id!: string;
}

@ObjectType('RemoveWebhookPayload', { description: 'The id of the webhook removed, or why not.' })
export class RemoveWebhookPayload {
  @Field(() => ID, { nullable: true, description: 'The id of the webhook removed (with its deliveries and their log).' })
  removedId!: string | null;

  @Field(() => [UserErrorType])
  @Extensions({ cost: embedded(10) })
  userErrors!: UserErrorType[];
}

@InputType('WebhookDeliveryFilter', { description: 'Which deliveries to list: by webhook, by status.' })
export class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true, description: 'Only the deliveries of this webhook.' })
  webhook?: string | null;

  @Field(() => [DeliveryStatus], { nullable: true, description: 'Only deliveries in one of these statuses.' })
  status?: DeliveryStatus[] | null;
}
