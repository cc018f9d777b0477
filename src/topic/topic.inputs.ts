import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { embedded, free } from '../platform/graphql/cost-estimates.js';
import { Node } from '../platform/graphql/node.js';
import { UserErrorType } from '../platform/graphql/user-errors.js';
import { TopicType } from './topic.type.js';

@InputType('TagTopicInput', { description: 'Tags a meeting, an outcome, a best practice, a liaison or a report with a topic.' })
export class TagTopicInput {
  @Field(() => ID, { description: 'The meeting, outcome, best practice, liaison or report.' })
  subject!: string;

  @Field(() => String, { description: 'The topic, by slug or name.' })
  topic!: string;

  @Field(() => Boolean, { nullable: true, description: 'true: create the topic (with this name) if none is known by it.' })
  create?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'If given, the version of the subject the tag was decided on; a stale one is CONFLICT.' })
  version?: number | null;
}

@ObjectType('TagTopicPayload', { description: 'The tagged object and the topic, or null and userErrors.' })
export class TagTopicPayload {
  @Field(() => Node, { nullable: true })
  @Extensions({ cost: free })
  subject!: unknown;

  @Field(() => TopicType, { nullable: true })
  @Extensions({ cost: free })
  topic!: unknown;

  @Field(() => [UserErrorType])
  @Extensions({ cost: embedded(10) })
  userErrors!: UserErrorType[];
}
