import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { page, read, rows, write, SOURCES } from '../platform/graphql/cost-estimates.js';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { pageConnection } from '../platform/graphql/connection.js';
import { selects } from '../platform/graphql/selection.js';
import type { IdRef } from '../platform/database/rows.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { anyOf } from '../platform/database/paged-query.js';
import { GroupType } from '../group/group.type.js';
import { MeetingType } from '../meeting/meeting.type.js';
import { OutcomeType } from '../outcome/outcome.type.js';
import { SourceType } from '../source/source.type.js';
import { ActionStatus } from './action-item.entity.js';
import { ActionItemConnection, ActionItemFilter, ActionItemType } from './action-item.type.js';
import { createActionItem, setActionItemStatus, updateActionItem } from './action-item.service.js';
import { listActionItems, type ActionItemRow } from './action-item.queries.js';
import { ActionItemPayload, CreateActionItemInput, SetActionItemStatusInput, UpdateActionItemInput } from './action-item.inputs.js';

@Resolver(() => ActionItemType)
export class ActionItemResolver {
  @Query(() => ActionItemConnection, {
    description: 'Action items across all groups, oldest first; `filter` narrows them (by assignee, raising group, status, overdue).',
  })
  @Extensions({ cost: page })
  async actionItems(
    @Arg('filter', () => ActionItemFilter, { nullable: true }) filter: ActionItemFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = pageRequest(args);
    return pageConnection(await listActionItems(ctx.em, ctx.loaders.group, filter, page, selects(info, 'totalCount')), page);
  }

  @FieldResolver(() => GroupType, { description: 'The group or body that owes it (e.g. Secretariat, BDT).' })
  @Extensions({ cost: read() })
  assignee(@Root() item: ActionItemRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.group.byId.load(item.assignee.id);
  }

  @FieldResolver(() => OutcomeType, { nullable: true, description: 'The outcome that raised it.' })
  @Extensions({ cost: read() })
  raisedBy(@Root() item: ActionItemRow, @Ctx() ctx: RequestContext) {
    return item.raisedBy ? ctx.loaders.outcome.byId.load(item.raisedBy.id) : null;
  }

  @FieldResolver(() => OutcomeType, { nullable: true, description: 'The later outcome that closed it, if any.' })
  @Extensions({ cost: read() })
  resolvedBy(@Root() item: ActionItemRow, @Ctx() ctx: RequestContext) {
    return item.resolvedBy ? ctx.loaders.outcome.byId.load(item.resolvedBy.id) : null;
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The meeting it is due at ("at the next meeting"), if any.' })
  @Extensions({ cost: read() })
  dueMeeting(@Root() item: ActionItemRow, @Ctx() ctx: RequestContext) {
    return item.dueMeeting ? ctx.loaders.meeting.byId.load(item.dueMeeting.id) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Derived, never stored: OPEN or IN_PROGRESS, and the due date has passed or the due meeting has been held (UTC dates). DONE and CANCELLED items are never overdue.',
  })
  @Extensions({ cost: read() }) // derived from the due meeting, which it loads
  isOverdue(@Root() item: ActionItemRow) {
    // derived as the row is read, by the rule's SQL form (OVERDUE_SQL): no read of the due meeting
    return item.isOverdue;
  }

  @FieldResolver(() => [SourceType], { description: 'Where the follow-up is recorded, verbatim.' })
  @Extensions({ cost: SOURCES })
  sources(@Root() item: ActionItemRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(item);
  }
}

@Resolver(() => OutcomeType)
export class OutcomeActionItemsResolver {
  @FieldResolver(() => [ActionItemType], { description: 'The action items this outcome raised, oldest first.' })
  @Extensions({ cost: rows(5) })
  actionItems(@Root() outcome: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.actionItem.raisedBy.load(outcome.id);
  }

  @FieldResolver(() => [ActionItemType], { description: 'Earlier action items this outcome closed (their `resolvedBy`).' })
  @Extensions({ cost: rows(3) })
  resolvedActionItems(@Root() outcome: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.actionItem.resolvedBy.load(outcome.id);
  }
}

@Resolver(() => GroupType)
export class GroupActionItemsResolver {
  @FieldResolver(() => ActionItemConnection, { description: 'The action items this group owes, oldest first.' })
  @Extensions({ cost: page })
  async actionItems(
    @Root() group: IdRef,
    @Arg('status', () => [ActionStatus], { nullable: true, description: 'Any of these statuses; null or empty means any status.' })
    status: ActionStatus[] | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = pageRequest(args);
    const statuses = anyOf(status);
    const [rows, total] = await Promise.all([
      ctx.loaders.actionItem.ofAssignee(page, statuses).load(group.id),
      selects(info, 'totalCount') ? ctx.loaders.actionItem.countOfAssignee(statuses).load(group.id) : null,
    ]);
    return pageConnection({ ...rows, total }, page);
  }
}

@Resolver(() => ActionItemType)
export class ActionItemMutationResolver {
  @Mutation(() => ActionItemPayload, {
    nullable: true,
    description: 'Raises a follow-up, OPEN (EDITOR: one its group owes, or one its group’s meeting raised).',
  })
  @Extensions({ cost: write })
  createActionItem(@Arg('input', () => CreateActionItemInput) input: CreateActionItemInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('actionItem', async () => ctx.loaders.actionItem.byId.load((await createActionItem(ctx, input)).id));
  }

  @Mutation(() => ActionItemPayload, { nullable: true, description: 'Changes an action item (not its status); `version` must be current.' })
  @Extensions({ cost: write })
  updateActionItem(@Arg('input', () => UpdateActionItemInput) input: UpdateActionItemInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('actionItem', async () => ctx.loaders.actionItem.byId.load((await updateActionItem(ctx, input)).id));
  }

  @Mutation(() => ActionItemPayload, {
    nullable: true,
    description: 'Moves an action item along OPEN → IN_PROGRESS → DONE, or CANCELLED; reopening needs reopen: true.',
  })
  @Extensions({ cost: write })
  setActionItemStatus(@Arg('input', () => SetActionItemStatusInput) input: SetActionItemStatusInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('actionItem', async () => ctx.loaders.actionItem.byId.load((await setActionItemStatus(ctx, input)).id));
  }
}
