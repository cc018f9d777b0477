import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../platform/graphql/connection.js';
import { Node } from '../platform/graphql/node.js';
import { OutcomeKind } from './outcome.entity.js';

registerEnumType(OutcomeKind, {
  name: 'OutcomeKind',
  description: 'What a meeting did with the matter, as the record words it ("The meeting agreed…", "…endorsed…").',
});

@ObjectType('Outcome', {
  implements: Node,
  description: 'One decision of a meeting, in the order the meeting recorded it; it may raise action items and send liaisons.',
})
export class OutcomeType extends Node {
  @Field(() => Int, { description: '1-based order within the meeting.' })
  position!: number;

  @Field(() => OutcomeKind, { description: 'The verb of the decision: AGREED, ENDORSED, WELCOMED, …' })
  kind!: OutcomeKind;

  @Field(() => String, { description: 'The decision, verbatim as recorded.' })
  text!: string;
}

export const OutcomeConnection = ConnectionType(OutcomeType, 'Outcome');
