import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { TopicType } from './topic.type.js';
import { listTopics } from './topic.queries.js';
import { tagTopic } from './topic-tagging.service.js';
import { TagTopicInput, TagTopicPayload } from './topic.inputs.js';

@Resolver(() => TopicType)
export class TopicResolver {
  @Query(() => [TopicType], { description: 'Every topic, by name.' })
  topics(@Ctx() ctx: RequestContext) {
    return listTopics(ctx.em);
  }
}

@Resolver(() => TopicType)
export class TopicMutationResolver {
  @Mutation(() => TagTopicPayload, {
    nullable: true,
    description: 'Tags a meeting, an outcome or a best practice with a topic (EDITOR: of its own groups); tagging twice changes nothing.',
  })
  async tagTopic(@Arg('input', () => TagTopicInput) input: TagTopicInput, @Ctx() ctx: RequestContext) {
    const payload = await mutationPayload('tagged', () => tagTopic(ctx, input));
    return { subject: payload.tagged?.subject ?? null, topic: payload.tagged?.topic ?? null, userErrors: payload.userErrors };
  }
}
