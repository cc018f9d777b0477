import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { page, read, rows, write, TOPICS } from '../platform/graphql/cost-estimates.js';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { pageConnection } from '../platform/graphql/connection.js';
import { selects } from '../platform/graphql/selection.js';
import type { IdRef, NodeRow } from '../platform/database/rows.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { MeetingConnection } from '../meeting/meeting.type.js';
import { OutcomeConnection } from '../outcome/outcome.type.js';
import { LiaisonConnection, LiaisonType } from '../liaison/liaison.type.js';
import { ReportConnection, ReportType } from '../report/report.type.js';
import { BestPracticeConnection } from '../best-practice/best-practice.type.js';
import { TopicType } from './topic.type.js';
import { findTopic, listTopics, type TaggedLoaders, type TopicQueries } from './topic.queries.js';
import { topicSlug } from './topic.service.js';
import { tagTopic } from './topic-tagging.service.js';
import { TagTopicInput, TagTopicPayload } from './topic.inputs.js';

@Resolver(() => TopicType)
export class TopicResolver {
  @Query(() => [TopicType], { description: 'Every topic, by name.' })
  @Extensions({ cost: rows(50) })
  topics(@Ctx() ctx: RequestContext) {
    return listTopics(ctx.em);
  }

  @Query(() => TopicType, { nullable: true, description: 'One topic, by slug or name ("age-verification", "Age verification"); null when none is known by it.' })
  @Extensions({ cost: read() })
  topic(@Arg('topic', () => String) topic: string, @Ctx() ctx: RequestContext) {
    const slug = topic.length <= 200 ? topicSlug(topic) : '';
    return slug === '' ? null : findTopic(ctx.em, topic, slug);
  }
}

/** A page of what a topic tags, of one kind, with its total when asked for. */
async function tagged(kind: keyof TopicQueries['tagged'], topic: IdRef, args: PageArgs, ctx: RequestContext, info: GraphQLResolveInfo) {
  const page = pageRequest(args);
  const loaders = ctx.loaders.topic.tagged[kind] as TaggedLoaders; // each kind's rows, as rows
  const [rows, total] = await Promise.all([loaders.page(page).load(topic.id), selects(info, 'totalCount') ? loaders.count.load(topic.id) : null]);
  return pageConnection<NodeRow>({ ...rows, total }, page);
}

/** Everything a topic tags, across groups: the topic page. */
@Resolver(() => TopicType)
export class TopicTaggedResolver {
  @FieldResolver(() => MeetingConnection, { description: 'Meetings tagged with the topic, in date order.' })
  @Extensions({ cost: page }) // the topic page: a page of each kind it tags
  meetings(@Root() topic: IdRef, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return tagged('meetings', topic, args, ctx, info);
  }

  @FieldResolver(() => OutcomeConnection, { description: 'Outcomes tagged with the topic, in the order they were recorded.' })
  @Extensions({ cost: page })
  outcomes(@Root() topic: IdRef, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return tagged('outcomes', topic, args, ctx, info);
  }

  @FieldResolver(() => LiaisonConnection, { description: 'Liaisons tagged with the topic, newest first.' })
  @Extensions({ cost: page })
  liaisons(@Root() topic: IdRef, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return tagged('liaisons', topic, args, ctx, info);
  }

  @FieldResolver(() => ReportConnection, { description: 'Reports tagged with the topic, in the order they were recorded.' })
  @Extensions({ cost: page })
  reports(@Root() topic: IdRef, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return tagged('reports', topic, args, ctx, info);
  }

  @FieldResolver(() => BestPracticeConnection, { description: 'Best practices tagged with the topic, in the order they were recorded.' })
  @Extensions({ cost: page })
  bestPractices(@Root() topic: IdRef, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return tagged('bestPractices', topic, args, ctx, info);
  }
}

@Resolver(() => LiaisonType)
export class LiaisonTopicsResolver {
  @FieldResolver(() => [TopicType], { description: 'Topics the liaison is about, by name.' })
  @Extensions({ cost: TOPICS })
  topics(@Root() liaison: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.topic.ofLiaison.load(liaison.id);
  }
}

@Resolver(() => ReportType)
export class ReportTopicsResolver {
  @FieldResolver(() => [TopicType], { description: 'Topics the report is about, by name.' })
  @Extensions({ cost: TOPICS })
  topics(@Root() report: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.topic.ofReport.load(report.id);
  }
}

@Resolver(() => TopicType)
export class TopicMutationResolver {
  @Mutation(() => TagTopicPayload, {
    nullable: true,
    description:
      'Tags a meeting, an outcome, a best practice, a liaison or a report with a topic (EDITOR: of its own groups; a liaison is its sender’s, a report its owner’s); tagging twice changes nothing.',
  })
  @Extensions({ cost: write })
  async tagTopic(@Arg('input', () => TagTopicInput) input: TagTopicInput, @Ctx() ctx: RequestContext) {
    const payload = await mutationPayload('tagged', () => tagTopic(ctx, input));
    return { subject: payload.tagged?.subject ?? null, topic: payload.tagged?.topic ?? null, userErrors: payload.userErrors };
  }
}
