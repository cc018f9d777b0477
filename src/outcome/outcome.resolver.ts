import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../app/context.js';
import { MeetingType } from '../meeting/meeting.type.js';
import type { Meeting } from '../meeting/meeting.entity.js';
import { TopicType } from '../topic/topic.type.js';
import { SourceType } from '../source/source.type.js';
import { Outcome } from './outcome.entity.js';
import { OutcomeType } from './outcome.type.js';

@Resolver(() => OutcomeType)
export class OutcomeResolver {
  @FieldResolver(() => MeetingType, { description: 'The meeting that decided it.' })
  meeting(@Root() outcome: Outcome, @Ctx() ctx: RequestContext) {
    return ctx.loaders.meeting.byId.load(outcome.meeting.id);
  }

  @FieldResolver(() => [TopicType], { description: 'Topics the decision is about, by name.' })
  topics(@Root() outcome: Outcome, @Ctx() ctx: RequestContext) {
    return ctx.loaders.topic.ofOutcome.load(outcome.id);
  }

  @FieldResolver(() => [SourceType], { description: 'Where the decision is recorded, verbatim.' })
  sources(@Root() outcome: Outcome, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(outcome);
  }
}

@Resolver(() => MeetingType)
export class MeetingOutcomesResolver {
  @FieldResolver(() => [OutcomeType], { description: 'What the meeting decided, in the order the meeting recorded it.' })
  outcomes(@Root() meeting: Meeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders.outcome.ofMeeting.load(meeting.id);
  }
}
