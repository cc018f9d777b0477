import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../platform/graphql/connection.js';
import { DateScalar } from '../platform/graphql/scalars.js';
import { MilestoneType } from '../report/report.type.js';

/** What GroupFollowUp's resolvers get: the group and the date the question is asked from. */
export interface GroupFollowUpRoot {
  group: { id: number };
  since: string | null;
}

@ObjectType('GroupFollowUp', {
  description:
    'What concerns a group: the replies it owes and is owed (late first), its open action items, the liaisons it received since a date, and the next milestones of the reports passing through it.',
})
export class GroupFollowUpType {
  @Field(() => DateScalar, { nullable: true, description: 'The date `liaisonsReceived` counts from, as asked (null: ever).' })
  since!: string | null;
}

@ObjectType('FollowUpCounts', { description: 'How much is waiting on a group and for it: the figures of the dashboard’s group card.' })
export class FollowUpCountsType {
  @Field(() => Int, { description: 'Liaisons that await a reply from the group (it is a TO addressee asked for action or comment).' })
  repliesItOwes!: number;

  @Field(() => Int, { description: 'Of those, the ones past their deadline.' })
  repliesItOwesOverdue!: number;

  @Field(() => Int, { description: 'Of those, the ones due soon (see Liaison.replyDueSoon).' })
  repliesItOwesDueSoon!: number;

  @Field(() => Int, { description: 'Liaisons the group sent that still await a reply.' })
  repliesOwedToIt!: number;

  @Field(() => Int, { description: 'Of those, the ones past their deadline.' })
  repliesOwedToItOverdue!: number;

  @Field(() => Int, { description: 'Of those, the ones due soon.' })
  repliesOwedToItDueSoon!: number;

  @Field(() => Int, { description: 'Action items assigned to the group, OPEN or IN_PROGRESS.' })
  openActionItems!: number;

  @Field(() => Int, { description: 'Of those, the overdue ones (see ActionItem.isOverdue).' })
  overdueActionItems!: number;
}

export const MilestoneConnection = ConnectionType(MilestoneType, 'Milestone');
