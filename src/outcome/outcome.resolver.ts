import { Arg, Ctx, Extensions, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { read, rows, write, SOURCES, TOPICS } from '../platform/graphql/cost-estimates.js';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { MeetingType } from '../meeting/meeting.type.js';
import type { IdRef } from '../platform/database/rows.js';
import { TopicType } from '../topic/topic.type.js';
import { SourceType } from '../source/source.type.js';
import { ReportType } from '../report/report.type.js';
import type { OutcomeRow } from './outcome.queries.js';
import { OutcomeType } from './outcome.type.js';
import { OutcomePayload, RecordOutcomeInput, UpdateOutcomeInput } from './outcome.inputs.js';
import { recordOutcome, updateOutcome } from './outcome.service.js';

@Resolver(() => OutcomeType)
export class OutcomeResolver {
  @FieldResolver(() => MeetingType, { description: 'The meeting that decided it.' })
  @Extensions({ cost: read() })
  meeting(@Root() outcome: OutcomeRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.meeting.byId.load(outcome.meeting.id);
  }

  @FieldResolver(() => [TopicType], { description: 'Topics the decision is about, by name.' })
  @Extensions({ cost: TOPICS })
  topics(@Root() outcome: OutcomeRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.topic.ofOutcome.load(outcome.id);
  }

  @FieldResolver(() => [SourceType], { description: 'Where the decision is recorded, verbatim.' })
  @Extensions({ cost: SOURCES })
  sources(@Root() outcome: OutcomeRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(outcome);
  }
}

@Resolver(() => MeetingType)
export class MeetingOutcomesResolver {
  @FieldResolver(() => [OutcomeType], { description: 'What the meeting decided, in the order the meeting recorded it.' })
  @Extensions({ cost: rows(8) })
  outcomes(@Root() meeting: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.outcome.ofMeeting.load(meeting.id);
  }
}

@Resolver(() => ReportType)
export class ReportOutcomesResolver {
  @FieldResolver(() => [OutcomeType], {
    description: 'The meeting outcomes that concern the report (e.g. an expectation about when it is discussed), by meeting date, then in recorded order.',
  })
  @Extensions({ cost: rows(3) })
  outcomes(@Root() report: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.outcome.ofReport.load(report.id);
  }
}

@Resolver(() => OutcomeType)
export class OutcomeMutationResolver {
  @Mutation(() => OutcomePayload, {
    nullable: true,
    description: 'Appends a decision to a meeting, at the next position (EDITOR: a meeting of its own groups).',
  })
  @Extensions({ cost: write })
  recordOutcome(@Arg('input', () => RecordOutcomeInput) input: RecordOutcomeInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('outcome', async () => ctx.loaders.outcome.byId.load((await recordOutcome(ctx, input)).id));
  }

  @Mutation(() => OutcomePayload, {
    nullable: true,
    description: 'Corrects an outcome\'s verb or text (EDITOR: of its own groups\' meetings); `version` must be current (else CONFLICT).',
  })
  @Extensions({ cost: write })
  updateOutcome(@Arg('input', () => UpdateOutcomeInput) input: UpdateOutcomeInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('outcome', async () => ctx.loaders.outcome.byId.load((await updateOutcome(ctx, input)).id));
  }
}
