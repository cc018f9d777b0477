import { Arg, Args, Ctx, Extensions, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { page, read, rows, write } from '../platform/graphql/cost-estimates.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { toConnection } from '../platform/graphql/connection.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import { GroupType } from '../group/group.type.js';
import { ApiToken } from './api-token.entity.js';
import { ApiTokenConnection, ApiTokenType, ViewerType } from './api-token.type.js';
import { CreateApiTokenInput, CreateApiTokenPayload, RevokeApiTokenInput, RevokeApiTokenPayload } from './api-token.inputs.js';
import { issueTokenWrite, listTokens, revokeTokenWrite } from './api-token.service.js';
import { requireViewer } from '../auth/authorization.js';

@Resolver(() => ApiTokenType)
export class ApiTokenResolver {
  @Query(() => ViewerType, { nullable: true, description: 'Who the request’s token says you are; null without a valid token.' })
  @Extensions({ cost: read() })
  async viewer(@Ctx() ctx: RequestContext) {
    if (!ctx.viewer) return null;
    const groups = await ctx.loaders.group.byId.loadMany([...ctx.viewer.groupIds]);
    return { label: ctx.viewer.label, role: ctx.viewer.role, groups: groups.filter((g) => g && !(g instanceof Error)) };
  }

  @Query(() => ApiTokenConnection, { description: 'API tokens, newest first (ADMIN only).' })
  @Extensions({ cost: page })
  async apiTokens(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    const page = pageRequest(args);
    return toConnection(await listTokens(ctx.em, requireViewer(ctx), page), page);
  }

  @Mutation(() => CreateApiTokenPayload, {
    nullable: true,
    description: 'Issues an API token (ADMIN only). The secret is in `token`, shown this once.',
  })
  @Extensions({ cost: write })
  async createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: RequestContext) {
    let secret: string | null = null;
    const payload = await mutationPayload('apiToken', async () => {
      const issued = await issueTokenWrite(ctx, input);
      secret = issued.secret;
      return issued.token;
    });
    return { ...payload, token: secret };
  }

  @Mutation(() => RevokeApiTokenPayload, { nullable: true, description: 'Revokes an API token (ADMIN only); it stays listed, and stops working at once.' })
  @Extensions({ cost: write })
  revokeApiToken(@Arg('input', () => RevokeApiTokenInput) input: RevokeApiTokenInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('apiToken', () => revokeTokenWrite(ctx, input.id));
  }

  @FieldResolver(() => [GroupType], { description: 'For an EDITOR token: the groups it writes for.' })
  @Extensions({ cost: rows(5) })
  groups(@Root() token: ApiToken) {
    return token.groups.isInitialized() ? token.groups.getItems() : token.groups.loadItems();
  }
}
