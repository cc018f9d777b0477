import { Field, ObjectType } from 'type-graphql';
import { Node } from '../platform/graphql/node.js';
import { ConnectionType } from '../platform/graphql/connection.js';

@ObjectType('BestPractice', {
  implements: Node,
  description: 'A practice or initiative a group shared: youth consultations, helplines feedback, industry roundtables, toolkits.',
})
export class BestPracticeType extends Node {
  @Field(() => String, { description: 'A short name for the practice.' })
  title!: string;

  @Field(() => String, { description: 'What the practice is, in a few sentences drawn from the sources.' })
  summary!: string;
}

export const BestPracticeConnection = ConnectionType(BestPracticeType, 'BestPractice');
