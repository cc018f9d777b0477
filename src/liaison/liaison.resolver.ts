import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import type { RequestContext } from '../app/context.js';
import { toConnection } from '../platform/graphql/connection.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { GroupType } from '../group/group.type.js';
import type { Group } from '../group/group.entity.js';
import { MeetingType } from '../meeting/meeting.type.js';
import type { Meeting } from '../meeting/meeting.entity.js';
import { OutcomeType } from '../outcome/outcome.type.js';
import type { Outcome } from '../outcome/outcome.entity.js';
import { DocumentType } from '../document/document.type.js';
import { SourceType } from '../source/source.type.js';
import { Liaison, LiaisonAddressee } from './liaison.entity.js';
import { LiaisonAddresseeType, LiaisonConnection, LiaisonDirection, LiaisonFilter, LiaisonType } from './liaison.type.js';
import { createLiaison, isAwaitingReply, listLiaisons, setLiaisonStatus, UNSENT_STATUSES, updateLiaison } from './liaison.service.js';
import { CreateLiaisonInput, LiaisonPayload, SetLiaisonStatusInput, UpdateLiaisonInput } from './liaison.inputs.js';

@Resolver(() => LiaisonType)
export class LiaisonResolver {
  @Query(() => LiaisonConnection, {
    description: 'Liaisons across all groups, in the order they were recorded; `filter` narrows them (from, to, between, purpose, status, awaitingReply).',
  })
  async liaisons(
    @Arg('filter', () => LiaisonFilter, { nullable: true }) filter: LiaisonFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const page = pageRequest(args);
    return toConnection(await listLiaisons(ctx.em, ctx.loaders.group, filter, page), page);
  }

  @FieldResolver(() => GroupType, { description: 'The group that sent it.' })
  fromGroup(@Root() liaison: Liaison, @Ctx() ctx: RequestContext) {
    return ctx.loaders.group.byId.load(liaison.fromGroup.id);
  }

  @FieldResolver(() => [GroupType], { description: 'The groups it is addressed to (TO), by acronym.' })
  async toGroups(@Root() liaison: Liaison, @Ctx() ctx: RequestContext) {
    return addresseeGroups(ctx, liaison, 'TO');
  }

  @FieldResolver(() => [GroupType], { description: 'The groups in copy (CC), by acronym.' })
  async ccGroups(@Root() liaison: Liaison, @Ctx() ctx: RequestContext) {
    return addresseeGroups(ctx, liaison, 'CC');
  }

  @FieldResolver(() => [LiaisonAddresseeType], {
    description: 'Every addressee with its role and, for TO, its own purpose: TO before CC, then by acronym.',
  })
  addressees(@Root() liaison: Liaison, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaison.addresseesOf.load(liaison.id);
  }

  @FieldResolver(() => LiaisonType, { nullable: true, description: 'The liaison this one answers.' })
  inReplyTo(@Root() liaison: Liaison, @Ctx() ctx: RequestContext) {
    return liaison.inReplyTo ? ctx.loaders.liaison.byId.load(liaison.inReplyTo.id) : null;
  }

  @FieldResolver(() => [LiaisonType], { description: 'The liaisons that answer this one, oldest first.' })
  replies(@Root() liaison: Liaison, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaison.repliesTo.load(liaison.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Derived, never stored: the purpose asks for a reply (FOR_ACTION, FOR_COMMENT), the liaison is SENT or ACKNOWLEDGED, and no reply has come (no liaison inReplyTo it has gone out; a draft reply does not count).',
  })
  async awaitingReply(@Root() liaison: Liaison, @Ctx() ctx: RequestContext) {
    // the rule needs the replies only when purpose and status allow it
    if (!isAwaitingReply(liaison, 0)) return false;
    const replies = await ctx.loaders.liaison.repliesTo.load(liaison.id);
    return isAwaitingReply(liaison, replies.filter((r) => !UNSENT_STATUSES.includes(r.status)).length);
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The meeting that decided it, or where it was received.' })
  meeting(@Root() liaison: Liaison, @Ctx() ctx: RequestContext) {
    return liaison.meeting ? ctx.loaders.meeting.byId.load(liaison.meeting.id) : null;
  }

  @FieldResolver(() => OutcomeType, { nullable: true, description: 'The outcome that decided to send it, if recorded.' })
  decidedBy(@Root() liaison: Liaison, @Ctx() ctx: RequestContext) {
    return liaison.decidedBy ? ctx.loaders.outcome.byId.load(liaison.decidedBy.id) : null;
  }

  @FieldResolver(() => [DocumentType], { description: 'The documents sent with it, by symbol.' })
  attachments(@Root() liaison: Liaison, @Ctx() ctx: RequestContext) {
    return ctx.loaders.document.attachmentsOf.load(liaison.id);
  }

  @FieldResolver(() => [SourceType], { description: 'Where the liaison is recorded, verbatim.' })
  sources(@Root() liaison: Liaison, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(liaison);
  }
}

async function addresseeGroups(ctx: RequestContext, liaison: Liaison, role: 'TO' | 'CC') {
  const addressees = await ctx.loaders.liaison.addresseesOf.load(liaison.id);
  const groups = await ctx.loaders.group.byId.loadMany(addressees.filter((a) => a.role === role).map((a) => a.group.id));
  return groups.filter((g): g is Group => g != null && !(g instanceof Error));
}

@Resolver(() => LiaisonAddresseeType)
export class LiaisonAddresseeResolver {
  @FieldResolver(() => GroupType, { description: 'The addressed group.' })
  group(@Root() addressee: LiaisonAddressee, @Ctx() ctx: RequestContext) {
    return ctx.loaders.group.byId.load(addressee.group.id);
  }
}

@Resolver(() => OutcomeType)
export class OutcomeLiaisonsResolver {
  @FieldResolver(() => [LiaisonType], { description: 'The liaisons this outcome decided to send.' })
  liaisons(@Root() outcome: Outcome, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaison.decidedBy.load(outcome.id);
  }
}

@Resolver(() => MeetingType)
export class MeetingLiaisonsResolver {
  @FieldResolver(() => [LiaisonType], { description: 'The liaisons this meeting decided to send or received.' })
  liaisons(@Root() meeting: Meeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaison.ofMeeting.load(meeting.id);
  }
}

@Resolver(() => GroupType)
export class GroupLiaisonsResolver {
  @FieldResolver(() => LiaisonConnection, {
    description: 'The liaisons this group sent or received (as a TO or CC addressee), in the order they were recorded.',
  })
  async liaisons(
    @Root() group: Group,
    @Arg('direction', () => LiaisonDirection, { nullable: true, description: 'SENT or RECEIVED; null for both.' })
    direction: LiaisonDirection | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const page = pageRequest(args);
    return toConnection(await ctx.loaders.liaison.ofGroup(page, direction ?? null).load(group.id), page);
  }
}

@Resolver(() => LiaisonType)
export class LiaisonMutationResolver {
  @Mutation(() => LiaisonPayload, {
    nullable: true,
    description:
      'Records a liaison (EDITOR: one its group sends). A reply (inReplyTo) recorded SENT marks the answered liaison RESPONDED in the same transaction.',
  })
  createLiaison(@Arg('input', () => CreateLiaisonInput) input: CreateLiaisonInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('liaison', () => createLiaison(ctx, input));
  }

  @Mutation(() => LiaisonPayload, { nullable: true, description: 'Changes a liaison (not its status); `version` must be current.' })
  updateLiaison(@Arg('input', () => UpdateLiaisonInput) input: UpdateLiaisonInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('liaison', () => updateLiaison(ctx, input));
  }

  @Mutation(() => LiaisonPayload, {
    nullable: true,
    description: 'Moves a liaison along its lifecycle (see SetLiaisonStatusInput); sending a reply marks the answered liaison RESPONDED.',
  })
  setLiaisonStatus(@Arg('input', () => SetLiaisonStatusInput) input: SetLiaisonStatusInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('liaison', () => setLiaisonStatus(ctx, input));
  }
}
