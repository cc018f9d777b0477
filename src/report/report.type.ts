import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../platform/graphql/node.js';
import { ConnectionType } from '../platform/graphql/connection.js';
import { DateScalar, PartialDateScalar } from '../platform/graphql/scalars.js';
import { MilestoneKind, MilestoneStatus, ReportStatus } from './report.entity.js';

registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Where a report stands: IN_PREPARATION, UNDER_REVISION, UNDER_REVIEW, PRESENTED, ADOPTED, or WITHDRAWN.',
});
registerEnumType(MilestoneKind, { name: 'MilestoneKind', description: 'What happens to a report at a milestone.' });
registerEnumType(MilestoneStatus, {
  name: 'MilestoneStatus',
  description: 'PLANNED (still to come), DONE, SLIPPED (did not happen when planned) or CANCELLED.',
});

@ObjectType('Report', {
  implements: Node,
  description: 'A work item that travels between groups (e.g. the CG-COP gap-analysis report), with its milestones.',
})
export class ReportType extends Node {
  @Field(() => String, { description: 'The report’s title.' })
  title!: string;

  @Field(() => String, { description: 'What kind of report, in SCREAMING_CASE, e.g. GAP_ANALYSIS.' })
  kind!: string;

  @Field(() => ReportStatus, { description: 'Where it stands.' })
  status!: ReportStatus;
}

@ObjectType('Milestone', {
  implements: Node,
  description: 'A stop on a report’s journey: a group, a date or meeting, and what happens there.',
})
export class MilestoneType extends Node {
  @Field(() => MilestoneKind, { description: 'What happens there: SUBMISSION, DISCUSSION, PRESENTATION or ADOPTION.' })
  kind!: MilestoneKind;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The first day of the planned period (1 April for "April 2025").',
    deprecationReason: 'A plan known to the month or the year is not a day: read plannedPeriod.',
  })
  plannedFor!: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'When it is planned, as precise as the source says: 2025-04 for "in April 2025".',
  })
  plannedPeriod!: string | null;

  @Field(() => MilestoneStatus, { description: 'Whether it is still to come, happened, slipped or was cancelled.' })
  status!: MilestoneStatus;
}

export const ReportConnection = ConnectionType(ReportType, 'Report');

@InputType('ReportFilter', { description: 'Narrows reports; every condition given must hold.' })
export class ReportFilter {
  @Field(() => String, { nullable: true, description: 'Owned by this group (acronym or alias); an unknown name is a NOT_FOUND error.' })
  ownerGroup?: string | null;

  @Field(() => [ReportStatus], { nullable: true, description: 'Any of these statuses; null or empty means any status.' })
  status?: ReportStatus[] | null;
}
