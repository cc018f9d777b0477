import { Field, InputType, Int } from 'type-graphql';
import { PayloadType } from '../platform/graphql/user-errors.js';
import { SourceInput } from '../source/source.inputs.js';
import { OutcomeKind } from './outcome.entity.js';
import { OutcomeType } from './outcome.type.js';

@InputType('RecordOutcomeInput', { description: 'A decision of a meeting, appended after its last recorded one.' })
export class RecordOutcomeInput {
  @Field(() => String, { description: 'The meeting: its id or "ACRONYM#number" (e.g. "CWG-COP#22").' })
  meeting!: string;

  @Field(() => OutcomeKind, { description: 'The verb of the decision: AGREED, ENDORSED, …' })
  kind!: OutcomeKind;

  @Field(() => String, { description: 'The decision, verbatim as recorded (at most 50,000 characters).' })
  text!: string;

  @Field(() => [String], { nullable: true, description: 'Topics, by slug or name.' })
  topics?: string[] | null;

  @Field(() => [SourceInput], { nullable: true })
  sources?: SourceInput[] | null;
}

export const OutcomePayload = PayloadType(OutcomeType, 'outcome', 'Outcome');

@InputType('UpdateOutcomeInput', { description: 'Changes to an outcome: the fields given change (a correction of the record).' })
export class UpdateOutcomeInput {
  @Field(() => String, { description: 'The outcome: its id or "ACRONYM#meeting/position" (e.g. "CWG-COP#21/2").' })
  outcome!: string;

  @Field(() => Int, { description: 'The version the change was made from; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => OutcomeKind, { nullable: true, description: 'The verb of the decision.' })
  kind?: OutcomeKind | null;

  @Field(() => String, { nullable: true, description: 'The decision, verbatim as recorded (at most 50,000 characters).' })
  text?: string | null;
}
