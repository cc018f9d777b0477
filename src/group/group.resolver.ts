import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../app/context.js';
import { toConnection } from '../platform/graphql/connection.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { Group } from './group.entity.js';
import { GroupConnection, GroupType } from './group.type.js';
import { findGroup, listGroups } from './group.service.js';
import { SourceType } from '../source/source.type.js';

@Resolver(() => GroupType)
export class GroupResolver {
  @Query(() => GroupType, {
    nullable: true,
    description: 'A group by acronym or any alias, case- and space-insensitive ("cwg-cop", "SG2 Q3/2"); null if none.',
  })
  group(@Arg('acronym', () => String) acronym: string, @Ctx() ctx: RequestContext) {
    return findGroup(ctx.loaders.group, acronym);
  }

  @Query(() => GroupConnection, { description: 'All groups, in acronym order.' })
  async groups(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    const page = pageRequest(args);
    return toConnection(await listGroups(ctx.em, page), page);
  }

  @FieldResolver(() => GroupType, { nullable: true })
  parent(@Root() group: Group, @Ctx() ctx: RequestContext) {
    return group.parent ? ctx.loaders.group.byId.load(group.parent.id) : null;
  }

  @FieldResolver(() => [GroupType])
  subgroups(@Root() group: Group, @Ctx() ctx: RequestContext) {
    return ctx.loaders.group.subgroupsOf.load(group.id);
  }

  @FieldResolver(() => [SourceType])
  sources(@Root() group: Group, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(group);
  }
}
