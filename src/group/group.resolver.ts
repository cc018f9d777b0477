import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { page, read, rows, SOURCES } from '../platform/graphql/cost-estimates.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { pageConnection } from '../platform/graphql/connection.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { selects } from '../platform/graphql/selection.js';
import { GroupConnection, GroupType } from './group.type.js';
import { findGroup } from './group.service.js';
import { listGroups, type GroupRow } from './group.queries.js';
import { SourceType } from '../source/source.type.js';

@Resolver(() => GroupType)
export class GroupResolver {
  @Query(() => GroupType, {
    nullable: true,
    description: 'A group by acronym or any alias, case- and space-insensitive ("cwg-cop", "SG2 Q3/2"); null if none.',
  })
  @Extensions({ cost: read() })
  group(@Arg('acronym', () => String) acronym: string, @Ctx() ctx: RequestContext) {
    return findGroup(ctx.loaders.group, acronym);
  }

  @Query(() => GroupConnection, { description: 'All groups, in acronym order.' })
  @Extensions({ cost: page })
  async groups(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const page = pageRequest(args);
    return pageConnection(await listGroups(ctx.em, page, selects(info, 'totalCount')), page);
  }

  @FieldResolver(() => GroupType, { nullable: true })
  @Extensions({ cost: read() })
  parent(@Root() group: GroupRow, @Ctx() ctx: RequestContext) {
    return group.parent ? ctx.loaders.group.byId.load(group.parent.id) : null;
  }

  @FieldResolver(() => [GroupType])
  @Extensions({ cost: rows(8) })
  subgroups(@Root() group: GroupRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.group.subgroupsOf.load(group.id);
  }

  @FieldResolver(() => [SourceType])
  @Extensions({ cost: SOURCES })
  sources(@Root() group: GroupRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(group);
  }
}
