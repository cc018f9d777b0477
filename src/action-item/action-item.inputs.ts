import { VersionedInput } from '../platform/graphql/versioned-input.js';
import { Field, InputType } from 'type-graphql';
import { PayloadType } from '../platform/graphql/user-errors.js';
import { SourceInput } from '../source/source.inputs.js';
import { ActionStatus } from './action-item.entity.js';
import { ActionItemType } from './action-item.type.js';

const OUTCOME_REF = 'An outcome: its id or "ACRONYM#meeting/position" (e.g. "CWG-COP#21/2").';
const MEETING_REF = 'A meeting: its id or "ACRONYM#number" (e.g. "CWG-COP#23").';
// the link rule (src/auth/authorization.ts, assertMayLink) as API users read it
const OWN_OUTCOMES = "An EDITOR names its own groups' outcomes only.";
const OWN_MEETINGS = "An EDITOR names its own groups' meetings only.";

@InputType('CreateActionItemInput', { description: 'A follow-up, owed by a group or body; it starts OPEN.' })
export class CreateActionItemInput {
  @Field(() => String, { description: 'What is to be done.' })
  title!: string;

  @Field(() => String, { description: 'The group or body that owes it, by acronym or alias.' })
  assignee!: string;

  @Field(() => String, { nullable: true, description: `The outcome that raised it. ${OUTCOME_REF} ${OWN_OUTCOMES}` })
  raisedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Due by this date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source (a month or a year runs to its end).' })
  dueOn?: string | null;

  @Field(() => String, { nullable: true, description: `Due at this meeting ("at the next meeting"). ${MEETING_REF} ${OWN_MEETINGS}` })
  dueMeeting?: string | null;

  @Field(() => [SourceInput], { nullable: true })
  sources?: SourceInput[] | null;
}

@InputType('UpdateActionItemInput', { description: 'Changes to an action item: the fields given change, null clears an optional one.' })
export class UpdateActionItemInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Hand it on to another group or body (acronym or alias).' })
  assignee?: string | null;

  @Field(() => String, { nullable: true, description: `${OUTCOME_REF} ${OWN_OUTCOMES}` })
  raisedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'A new due date: YYYY, YYYY-MM or YYYY-MM-DD (a month or a year runs to its end).' })
  dueOn?: string | null;

  @Field(() => String, { nullable: true, description: `${MEETING_REF} ${OWN_MEETINGS}` })
  dueMeeting?: string | null;
}

@InputType('SetActionItemStatusInput', {
  description: 'OPEN → IN_PROGRESS → DONE, or CANCELLED while owed. Taking a DONE or CANCELLED item back needs reopen: true.',
})
export class SetActionItemStatusInput extends VersionedInput {
  @Field(() => ActionStatus)
  status!: ActionStatus;

  @Field(() => String, { nullable: true, description: `With DONE: the later outcome that resolved it. ${OUTCOME_REF} ${OWN_OUTCOMES}` })
  resolvedBy?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true to take a DONE or CANCELLED item back to OPEN or IN_PROGRESS.' })
  reopen?: boolean | null;
}

export const ActionItemPayload = PayloadType(ActionItemType, 'actionItem', 'ActionItem');
