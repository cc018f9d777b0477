import { defineModule } from '../platform/graphql/module.js';
import { Topic } from './topic.entity.js';
import { createTopicQueries, type TopicQueries } from './topic.queries.js';
import { LiaisonTopicsResolver, ReportTopicsResolver, TopicMutationResolver, TopicResolver, TopicTaggedResolver } from './topic.resolver.js';
import { topicBundle } from './topic.bundle.js';

declare module '../platform/graphql/context.js' {
  interface Loaders {
    topic: TopicQueries;
  }
}

export const topicModule = defineModule({
  name: 'topic',
  bundle: topicBundle,
  entities: [Topic],
  resolvers: [TopicResolver, TopicTaggedResolver, LiaisonTopicsResolver, ReportTopicsResolver, TopicMutationResolver],
  loaders: (em) => ({ topic: createTopicQueries(em) }),
  // topics are shared tags, not edited with a version
  nodes: [{ typename: 'Topic', label: 'Topic', byId: (l) => l.topic.byId }],
});
