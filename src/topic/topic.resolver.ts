import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../app/context.js';
import { TopicType } from './topic.type.js';
import { listTopics } from './topic.service.js';

@Resolver(() => TopicType)
export class TopicResolver {
  @Query(() => [TopicType], { description: 'Every topic, by name.' })
  topics(@Ctx() ctx: RequestContext) {
    return listTopics(ctx.em);
  }
}
