import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../platform/graphql/node.js';
import { ConnectionType } from '../platform/graphql/connection.js';
import { DateScalar, PartialDateScalar } from '../platform/graphql/scalars.js';
import { ActionStatus } from './action-item.entity.js';

registerEnumType(ActionStatus, {
  name: 'ActionStatus',
  description: 'Where a follow-up stands: OPEN → IN_PROGRESS → DONE, or CANCELLED.',
});

@ObjectType('ActionItem', {
  implements: Node,
  description: 'Follow-up that an outcome raised: owed by a group or body, due by a date or at a meeting.',
})
export class ActionItemType extends Node {
  @Field(() => String, { description: 'What is to be done.' })
  title!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The first day of the due period (1 April for "April 2025").',
    deprecationReason: 'A due date known to the month or the year is not a day: read duePeriod.',
  })
  dueOn!: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'The date it is due by, when one was set, as precise as it was given (2025-04: by the end of April 2025).',
  })
  duePeriod!: string | null;

  @Field(() => ActionStatus, { description: 'Where it stands.' })
  status!: ActionStatus;
}

export const ActionItemConnection = ConnectionType(ActionItemType, 'ActionItem');

@InputType('ActionItemFilter', { description: 'Narrows actionItems; every condition given must hold.' })
export class ActionItemFilter {
  @Field(() => String, {
    nullable: true,
    description: 'The group or body that owes the items, by acronym or alias; an unknown name is a NOT_FOUND error.',
  })
  assignee?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The group whose meeting raised the items, by acronym or alias; an unknown name is a NOT_FOUND error.',
  })
  group?: string | null;

  @Field(() => [ActionStatus], { nullable: true, description: 'Any of these statuses; null or empty means any status.' })
  status?: ActionStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only overdue items (see ActionItem.isOverdue); false: only items that are not overdue.',
  })
  overdue?: boolean | null;
}
