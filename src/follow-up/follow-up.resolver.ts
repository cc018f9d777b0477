import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { free, page, read } from '../platform/graphql/cost-estimates.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { pageConnection } from '../platform/graphql/connection.js';
import { PageArgs, pageRequest, type PageRequest } from '../platform/graphql/paging.js';
import { selects } from '../platform/graphql/selection.js';
import { DateScalar } from '../platform/graphql/scalars.js';
import type { IdRef } from '../platform/database/rows.js';
import { GroupType } from '../group/group.type.js';
import { LiaisonConnection } from '../liaison/liaison.type.js';
import { ActionItemConnection } from '../action-item/action-item.type.js';
import type DataLoader from 'dataloader';
import { FollowUpCountsType, GroupFollowUpType, MilestoneConnection, type GroupFollowUpRoot } from './follow-up.type.js';

@Resolver(() => GroupType)
export class GroupFollowUpEntryResolver {
  @FieldResolver(() => GroupFollowUpType, {
    description: 'What concerns this group: replies it owes and is owed (late first), open action items, liaisons received since `since`, next milestones.',
  })
  @Extensions({ cost: free }) // built from the group: its lists are pages, its figures one statement
  followUp(
    @Root() group: IdRef,
    @Arg('since', () => DateScalar, { nullable: true, description: 'Count `liaisonsReceived` from this date (on or after); null: all.' })
    since: string | null,
  ): GroupFollowUpRoot {
    return { group: { id: group.id }, since: since ?? null };
  }
}

/** a connection of one group's page and, when asked, its total */
async function groupPage<T>(
  root: GroupFollowUpRoot,
  args: PageArgs,
  info: GraphQLResolveInfo,
  rows: (page: PageRequest) => DataLoader<number, { rows: T[]; hasNextPage: boolean }>,
  count: () => DataLoader<number, number>,
) {
  const page = pageRequest(args);
  const [found, total] = await Promise.all([
    rows(page).load(root.group.id),
    selects(info, 'totalCount') ? count().load(root.group.id) : null,
  ]);
  return pageConnection({ ...found, total }, page);
}

@Resolver(() => GroupFollowUpType)
export class GroupFollowUpResolver {
  @FieldResolver(() => LiaisonConnection, {
    description: 'Liaisons that await a reply from this group (a TO addressee asked for action or comment), late first: by deadline, the earliest first.',
  })
  @Extensions({ cost: page })
  repliesItOwes(@Root() root: GroupFollowUpRoot, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const q = ctx.loaders.followUp;
    return groupPage(root, args, info, q.repliesItOwes, q.countRepliesItOwes);
  }

  @FieldResolver(() => LiaisonConnection, { description: 'Liaisons this group sent that still await a reply, late first.' })
  @Extensions({ cost: page })
  repliesOwedToIt(@Root() root: GroupFollowUpRoot, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const q = ctx.loaders.followUp;
    return groupPage(root, args, info, q.repliesOwedToIt, q.countRepliesOwedToIt);
  }

  @FieldResolver(() => ActionItemConnection, {
    description: 'Action items assigned to this group that are OPEN or IN_PROGRESS: overdue first, then by due date.',
  })
  @Extensions({ cost: page })
  openActionItems(@Root() root: GroupFollowUpRoot, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const q = ctx.loaders.followUp;
    return groupPage(root, args, info, q.openActionItems, q.countOpenActionItems);
  }

  @FieldResolver(() => LiaisonConnection, {
    description: 'Liaisons this group received (TO or CC) sent on or after `since` (or recorded then, when the sending date is unknown), newest first.',
  })
  @Extensions({ cost: page })
  liaisonsReceived(@Root() root: GroupFollowUpRoot, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const q = ctx.loaders.followUp;
    return groupPage(root, args, info, (page) => q.received(page, root.since), () => q.countReceived(root.since));
  }

  @FieldResolver(() => MilestoneConnection, {
    description:
      'The next milestone (see Report.nextMilestone) of each report passing through this group (it owns the report or a milestone is at it), soonest first.',
  })
  @Extensions({ cost: page })
  nextMilestones(@Root() root: GroupFollowUpRoot, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const q = ctx.loaders.followUp;
    return groupPage(root, args, info, q.nextMilestones, q.countNextMilestones);
  }

  @FieldResolver(() => FollowUpCountsType, { description: 'The figures: replies owed each way (overdue, due soon), open and overdue action items.' })
  @Extensions({ cost: read() })
  counts(@Root() root: GroupFollowUpRoot, @Ctx() ctx: RequestContext) {
    return ctx.loaders.followUp.counts.load(root.group.id);
  }
}
