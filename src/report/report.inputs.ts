import { VersionedInput } from '../platform/graphql/versioned-input.js';
import { Field, ID, InputType } from 'type-graphql';
import { PayloadType } from '../platform/graphql/user-errors.js';
import { SourceInput } from '../source/source.inputs.js';
import { MilestoneKind, MilestoneStatus, ReportStatus } from './report.entity.js';
import { MilestoneType, ReportType } from './report.type.js';

@InputType('CreateReportInput', { description: 'A report that travels between groups.' })
export class CreateReportInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'SCREAMING_CASE, e.g. GAP_ANALYSIS.' })
  kind!: string;

  @Field(() => String, { description: 'The group that owns (prepares) it, by acronym or alias.' })
  ownerGroup!: string;

  @Field(() => ReportStatus, { nullable: true, description: 'Default IN_PREPARATION.' })
  status?: ReportStatus | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The meeting outcomes that concern it (e.g. one that expects it at a meeting), by id or "ACRONYM#meeting/position" ("CWG-COP#22/4"). An EDITOR names outcomes of its own groups\' meetings.',
  })
  outcomes?: string[] | null;

  @Field(() => [SourceInput], { nullable: true })
  sources?: SourceInput[] | null;
}

@InputType('UpdateReportInput', { description: 'Changes to a report, its status included (ADOPTED and WITHDRAWN are final).' })
export class UpdateReportInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  kind?: string | null;

  @Field(() => String, { nullable: true })
  ownerGroup?: string | null;

  @Field(() => ReportStatus, { nullable: true })
  status?: ReportStatus | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The meeting outcomes that concern it (e.g. one that expects it at a meeting), by id or "ACRONYM#meeting/position" ("CWG-COP#22/4"); the list given replaces the report\'s, null clears it. An EDITOR names outcomes of its own groups\' meetings.',
  })
  outcomes?: string[] | null;
}

@InputType('AddMilestoneInput', { description: 'A stop on a report’s journey.' })
export class AddMilestoneInput {
  @Field(() => ID, { description: 'The report.' })
  report!: string;

  @Field(() => String, { description: 'Where it happens: a group, by acronym or alias.' })
  group!: string;

  @Field(() => MilestoneKind)
  kind!: MilestoneKind;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source: 2025-04 for "in April 2025".' })
  plannedFor?: string | null;

  @Field(() => String, { nullable: true, description: 'A meeting of that group: its id or "ACRONYM#number". An EDITOR names its own groups\' meetings only.' })
  meeting?: string | null;

  @Field(() => MilestoneStatus, { nullable: true, description: 'PLANNED (default), or DONE to record one that happened.' })
  status?: MilestoneStatus | null;

  @Field(() => [SourceInput], { nullable: true })
  sources?: SourceInput[] | null;
}

@InputType('SetMilestoneStatusInput', {
  description: 'PLANNED → DONE, SLIPPED or CANCELLED; SLIPPED → PLANNED (replanned), DONE or CANCELLED. DONE and CANCELLED are final.',
})
export class SetMilestoneStatusInput extends VersionedInput {
  @Field(() => MilestoneStatus)
  status!: MilestoneStatus;

  @Field(() => String, { nullable: true, description: 'A new planned date, YYYY, YYYY-MM or YYYY-MM-DD (e.g. when replanning a slipped milestone).' })
  plannedFor?: string | null;
}

export const ReportPayload = PayloadType(ReportType, 'report', 'Report');
export const MilestonePayload = PayloadType(MilestoneType, 'milestone', 'Milestone');
