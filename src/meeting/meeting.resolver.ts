import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import type { RequestContext } from '../app/context.js';
import { toConnection } from '../platform/graphql/connection.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { GroupType } from '../group/group.type.js';
import type { Group } from '../group/group.entity.js';
import { TopicType } from '../topic/topic.type.js';
import { SourceType } from '../source/source.type.js';
import { Meeting } from './meeting.entity.js';
import { MeetingConnection, MeetingType } from './meeting.type.js';
import { createMeeting, listMeetings, updateMeeting } from './meeting.service.js';
import { CreateMeetingInput, MeetingPayload, UpdateMeetingInput } from './meeting.inputs.js';

@Resolver(() => MeetingType)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'Meetings in date order, of one group (acronym or alias) or of all groups.' })
  async meetings(
    @Arg('groupAcronym', () => String, { nullable: true }) groupAcronym: string | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const page = pageRequest(args);
    return toConnection(await listMeetings(ctx.em, ctx.loaders.group, groupAcronym, page), page);
  }

  @FieldResolver(() => GroupType)
  group(@Root() meeting: Meeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders.group.byId.load(meeting.group.id);
  }

  @FieldResolver(() => [TopicType], { description: 'Topics discussed.' })
  topics(@Root() meeting: Meeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders.topic.ofMeeting.load(meeting.id);
  }

  @FieldResolver(() => [SourceType])
  sources(@Root() meeting: Meeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(meeting);
  }
}

@Resolver(() => GroupType)
export class GroupMeetingsResolver {
  @FieldResolver(() => MeetingConnection, { description: "The group's meetings, in date order." })
  async meetings(@Root() group: Group, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    const page = pageRequest(args);
    return toConnection(await ctx.loaders.meeting.ofGroup(page).load(group.id), page);
  }
}

@Resolver(() => MeetingType)
export class MeetingMutationResolver {
  @Mutation(() => MeetingPayload, { nullable: true, description: 'Records a meeting of a group (EDITOR: of its own groups).' })
  createMeeting(@Arg('input', () => CreateMeetingInput) input: CreateMeetingInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('meeting', () => createMeeting(ctx, input));
  }

  @Mutation(() => MeetingPayload, { nullable: true, description: 'Changes a meeting; `version` must be current (else CONFLICT).' })
  updateMeeting(@Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('meeting', () => updateMeeting(ctx, input));
  }
}
