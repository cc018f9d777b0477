import { Field, ObjectType } from 'type-graphql';
import { Node } from '../platform/graphql/node.js';

@ObjectType('Topic', { implements: Node, description: 'A cross-cutting tag: youth participation, helplines, age verification, …' })
export class TopicType extends Node {
  @Field(() => String, { description: 'Stable kebab-case key, e.g. "age-verification".' })
  slug!: string;

  @Field(() => String)
  name!: string;
}
