import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { page, read, write, SOURCES, TOPICS } from '../platform/graphql/cost-estimates.js';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { pageConnection } from '../platform/graphql/connection.js';
import { selects } from '../platform/graphql/selection.js';
import type { IdRef } from '../platform/database/rows.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { GroupType } from '../group/group.type.js';
import { TopicType } from '../topic/topic.type.js';
import { SourceType } from '../source/source.type.js';
import { MeetingConnection, MeetingType } from './meeting.type.js';
import { createMeeting, updateMeeting } from './meeting.service.js';
import { listMeetings, type MeetingRow } from './meeting.queries.js';
import { CreateMeetingInput, MeetingPayload, UpdateMeetingInput } from './meeting.inputs.js';

@Resolver(() => MeetingType)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'Meetings in date order, of one group (acronym or alias) or of all groups.' })
  @Extensions({ cost: page })
  async meetings(
    @Arg('groupAcronym', () => String, { nullable: true }) groupAcronym: string | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = pageRequest(args);
    return pageConnection(await listMeetings(ctx.em, ctx.loaders.group, groupAcronym, page, selects(info, 'totalCount')), page);
  }

  @FieldResolver(() => GroupType)
  @Extensions({ cost: read() })
  group(@Root() meeting: MeetingRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.group.byId.load(meeting.group.id);
  }

  @FieldResolver(() => [TopicType], { description: 'Topics discussed.' })
  @Extensions({ cost: TOPICS })
  topics(@Root() meeting: MeetingRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.topic.ofMeeting.load(meeting.id);
  }

  @FieldResolver(() => [SourceType])
  @Extensions({ cost: SOURCES })
  sources(@Root() meeting: MeetingRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(meeting);
  }
}

@Resolver(() => GroupType)
export class GroupMeetingsResolver {
  @FieldResolver(() => MeetingConnection, { description: "The group's meetings, in date order." })
  @Extensions({ cost: page })
  async meetings(@Root() group: IdRef, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const page = pageRequest(args);
    const [rows, total] = await Promise.all([
      ctx.loaders.meeting.ofGroup(page).load(group.id),
      selects(info, 'totalCount') ? ctx.loaders.meeting.countOfGroup.load(group.id) : null,
    ]);
    return pageConnection({ ...rows, total }, page);
  }
}

@Resolver(() => MeetingType)
export class MeetingMutationResolver {
  @Mutation(() => MeetingPayload, { nullable: true, description: 'Records a meeting of a group (EDITOR: of its own groups).' })
  @Extensions({ cost: write })
  createMeeting(@Arg('input', () => CreateMeetingInput) input: CreateMeetingInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('meeting', async () => ctx.loaders.meeting.byId.load((await createMeeting(ctx, input)).id));
  }

  @Mutation(() => MeetingPayload, { nullable: true, description: 'Changes a meeting; `version` must be current (else CONFLICT).' })
  @Extensions({ cost: write })
  updateMeeting(@Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('meeting', async () => ctx.loaders.meeting.byId.load((await updateMeeting(ctx, input)).id));
  }
}
