import { Arg, Args, Ctx, Extensions, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { page, read, write } from '../platform/graphql/cost-estimates.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { toConnection } from '../platform/graphql/connection.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import { GroupType } from '../group/group.type.js';
import { WebhookConnection, WebhookDeliveryConnection, WebhookType } from './webhook.type.js';
import { CreateWebhookInput, CreateWebhookPayload, RemoveWebhookInput, RemoveWebhookPayload, WebhookDeliveryFilter } from './webhook.inputs.js';
import { createWebhook, deliveriesOf, getWebhook, removeWebhook, webhooksOf } from './webhook.service.js';
import type { WebhookRow } from './webhook.queries.js';

@Resolver(() => WebhookType)
export class WebhookResolver {
  @Query(() => WebhookConnection, { description: 'Webhooks, newest first, of one group (acronym or alias) or of all (ADMIN only).' })
  @Extensions({ cost: page })
  async webhooks(
    @Args(() => PageArgs) args: PageArgs,
    @Arg('group', () => String, { nullable: true }) group: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const page = pageRequest(args);
    return toConnection(await webhooksOf(ctx.em, ctx.loaders.group, ctx.viewer, group, page), page);
  }

  @Query(() => WebhookDeliveryConnection, {
    description: 'Webhook deliveries, newest first, each with its status and every attempt (ADMIN only): what was sent, when, and what the receiver answered.',
  })
  @Extensions({ cost: page })
  async webhookDeliveries(
    @Args(() => PageArgs) args: PageArgs,
    @Arg('filter', () => WebhookDeliveryFilter, { nullable: true }) filter: WebhookDeliveryFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    const page = pageRequest(args);
    return toConnection(await deliveriesOf(ctx.em, ctx.viewer, filter, page), page);
  }

  @Mutation(() => CreateWebhookPayload, {
    nullable: true,
    description:
      'Registers a webhook (ADMIN only): an https:// endpoint told about a group’s events. The signing secret is in `secret`, shown this once.',
  })
  @Extensions({ cost: write })
  async createWebhook(@Arg('input', () => CreateWebhookInput) input: CreateWebhookInput, @Ctx() ctx: RequestContext) {
    let secret: string | null = null;
    const payload = await mutationPayload('webhook', async () => {
      const created = await createWebhook(ctx, input, { allowLocal: ctx.allowLocalWebhooks === true });
      secret = created.secret;
      return getWebhook(ctx.em, created.id);
    });
    return { ...payload, secret };
  }

  @Mutation(() => RemoveWebhookPayload, { nullable: true, description: 'Removes a webhook (ADMIN only), with its deliveries and their log.' })
  @Extensions({ cost: write })
  async removeWebhook(@Arg('input', () => RemoveWebhookInput) input: RemoveWebhookInput, @Ctx() ctx: RequestContext) {
    const { removedId, userErrors } = await mutationPayload('removedId', () => removeWebhook(ctx, input.id));
    return { removedId, userErrors };
  }

  @FieldResolver(() => GroupType)
  @Extensions({ cost: read() })
  group(@Root() webhook: WebhookRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.group.byId.load(webhook.group.id);
  }
}
