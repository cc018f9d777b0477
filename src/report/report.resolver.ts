import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { page, read, rows, write, SOURCES } from '../platform/graphql/cost-estimates.js';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { pageConnection } from '../platform/graphql/connection.js';
import { selects } from '../platform/graphql/selection.js';
import type { IdRef } from '../platform/database/rows.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { GroupType } from '../group/group.type.js';
import { MeetingType } from '../meeting/meeting.type.js';
import { SourceType } from '../source/source.type.js';
import { OutcomeType } from '../outcome/outcome.type.js';
import { MilestoneType, ReportConnection, ReportFilter, ReportType } from './report.type.js';
import { addMilestone, createReport, nextMilestone, setMilestoneStatus, updateReport } from './report.service.js';
import { listReports, type MilestoneRow, type ReportRow } from './report.queries.js';
import {
  AddMilestoneInput,
  CreateReportInput,
  MilestonePayload,
  ReportPayload,
  SetMilestoneStatusInput,
  UpdateReportInput,
} from './report.inputs.js';

@Resolver(() => ReportType)
export class ReportResolver {
  @Query(() => ReportConnection, {
    description: 'Reports across all groups, in the order they were recorded; `filter` narrows them (owner group, status).',
  })
  @Extensions({ cost: page })
  async reports(
    @Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = pageRequest(args);
    return pageConnection(await listReports(ctx.em, ctx.loaders.group, filter, page, selects(info, 'totalCount')), page);
  }

  @FieldResolver(() => GroupType, { description: 'The group that owns (prepares) the report.' })
  @Extensions({ cost: read() })
  ownerGroup(@Root() report: ReportRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.group.byId.load(report.ownerGroup.id);
  }

  @FieldResolver(() => [MilestoneType], {
    description: 'Its milestones in date order (the planned date, else the meeting’s start date; undated ones last).',
  })
  @Extensions({ cost: rows(5) })
  milestones(@Root() report: ReportRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.report.milestonesOf.load(report.id);
  }

  @FieldResolver(() => MilestoneType, {
    nullable: true,
    description: 'Derived: the first PLANNED milestone in date order, i.e. what comes next and where; null if none is planned.',
  })
  @Extensions({ cost: read() })
  async nextMilestone(@Root() report: ReportRow, @Ctx() ctx: RequestContext) {
    return nextMilestone(await ctx.loaders.report.milestonesOf.load(report.id));
  }

  @FieldResolver(() => [SourceType], { description: 'Where the report and its status are recorded, verbatim.' })
  @Extensions({ cost: SOURCES })
  sources(@Root() report: ReportRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(report);
  }
}

@Resolver(() => MilestoneType)
export class MilestoneResolver {
  @FieldResolver(() => ReportType, { description: 'The report the milestone belongs to.' })
  @Extensions({ cost: read() })
  report(@Root() milestone: MilestoneRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.report.byId.load(milestone.report.id);
  }

  @FieldResolver(() => GroupType, { description: 'The group where it happens.' })
  @Extensions({ cost: read() })
  group(@Root() milestone: MilestoneRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.group.byId.load(milestone.group.id);
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The meeting where it happens, when known.' })
  @Extensions({ cost: read() })
  meeting(@Root() milestone: MilestoneRow, @Ctx() ctx: RequestContext) {
    return milestone.meeting ? ctx.loaders.meeting.byId.load(milestone.meeting.id) : null;
  }

  @FieldResolver(() => [SourceType], { description: 'Where the milestone is recorded, verbatim.' })
  @Extensions({ cost: SOURCES })
  sources(@Root() milestone: MilestoneRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(milestone);
  }
}

@Resolver(() => OutcomeType)
export class OutcomeReportsResolver {
  @FieldResolver(() => [ReportType], { description: 'The reports this outcome concerns (e.g. one it expects to be discussed), in the order they were recorded.' })
  @Extensions({ cost: rows(2) })
  reports(@Root() outcome: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.report.ofOutcome.load(outcome.id);
  }
}

@Resolver(() => GroupType)
export class GroupReportsResolver {
  @FieldResolver(() => ReportConnection, { description: 'The reports this group owns, in the order they were recorded.' })
  @Extensions({ cost: page })
  async reports(@Root() group: IdRef, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const page = pageRequest(args);
    const [rows, total] = await Promise.all([
      ctx.loaders.report.ofOwner(page).load(group.id),
      selects(info, 'totalCount') ? ctx.loaders.report.countOfOwner.load(group.id) : null,
    ]);
    return pageConnection({ ...rows, total }, page);
  }
}

@Resolver(() => ReportType)
export class ReportMutationResolver {
  @Mutation(() => ReportPayload, { nullable: true, description: 'Records a report (EDITOR: one its group owns).' })
  @Extensions({ cost: write })
  createReport(@Arg('input', () => CreateReportInput) input: CreateReportInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('report', async () => {
      const { id } = await createReport(ctx, input);
      return ctx.loaders.report.byId.load(id);
    });
  }

  @Mutation(() => ReportPayload, { nullable: true, description: 'Changes a report, status included; `version` must be current.' })
  @Extensions({ cost: write })
  updateReport(@Arg('input', () => UpdateReportInput) input: UpdateReportInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('report', async () => {
      const { id } = await updateReport(ctx, input);
      return ctx.loaders.report.byId.load(id);
    });
  }

  @Mutation(() => MilestonePayload, { nullable: true, description: 'Adds a milestone to a report (EDITOR: of a report its group owns, or held at its group).' })
  @Extensions({ cost: write })
  addMilestone(@Arg('input', () => AddMilestoneInput) input: AddMilestoneInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('milestone', async () => {
      const { id } = await addMilestone(ctx, input);
      return ctx.loaders.report.milestoneById.load(id);
    });
  }

  @Mutation(() => MilestonePayload, { nullable: true, description: 'Moves a milestone along PLANNED → DONE/SLIPPED/CANCELLED; `version` must be current.' })
  @Extensions({ cost: write })
  setMilestoneStatus(@Arg('input', () => SetMilestoneStatusInput) input: SetMilestoneStatusInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('milestone', async () => {
      const { id } = await setMilestoneStatus(ctx, input);
      return ctx.loaders.report.milestoneById.load(id);
    });
  }
}
