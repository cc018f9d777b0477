import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { page, read, rows, write, SOURCES, TOPICS } from '../platform/graphql/cost-estimates.js';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { pageConnection } from '../platform/graphql/connection.js';
import { selects } from '../platform/graphql/selection.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { GroupType } from '../group/group.type.js';
import { MeetingType } from '../meeting/meeting.type.js';
import { TopicType } from '../topic/topic.type.js';
import { requireTopicRow } from '../topic/topic.service.js';
import { DocumentType } from '../document/document.type.js';
import { SourceType } from '../source/source.type.js';
import type { IdRef } from '../platform/database/rows.js';
import { BestPracticeConnection, BestPracticeType } from './best-practice.type.js';
import { createBestPractice, updateBestPractice } from './best-practice.service.js';
import { listBestPractices, type BestPracticeRow } from './best-practice.queries.js';
import { BestPracticePayload, CreateBestPracticeInput, UpdateBestPracticeInput } from './best-practice.inputs.js';

@Resolver(() => BestPracticeType)
export class BestPracticeResolver {
  @Query(() => BestPracticeConnection, {
    description: 'Best practices in the order they were recorded: all of them, or those tagged with one topic.',
  })
  @Extensions({ cost: page })
  async bestPractices(
    @Arg('topic', () => String, {
      nullable: true,
      description: 'A topic by slug or name ("age-verification", "Age verification"); an unknown topic is a NOT_FOUND error.',
    })
    topic: string | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = pageRequest(args);
    // an unknown topic is a NOT_FOUND error naming the argument
    const topicId = topic != null ? (await requireTopicRow(ctx.em, topic, 'topic')).id : null;
    return pageConnection(await listBestPractices(ctx.em, topicId, page, selects(info, 'totalCount')), page);
  }

  @FieldResolver(() => [TopicType], { description: 'Topics the practice is about, by name.' })
  @Extensions({ cost: TOPICS })
  topics(@Root() practice: BestPracticeRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.topic.ofBestPractice.load(practice.id);
  }

  @FieldResolver(() => GroupType, { nullable: true, description: 'The group or body that shared it, when the sources name one.' })
  @Extensions({ cost: read() })
  sourceGroup(@Root() practice: BestPracticeRow, @Ctx() ctx: RequestContext) {
    return practice.sourceGroup ? ctx.loaders.group.byId.load(practice.sourceGroup.id) : null;
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The meeting where it was shared.' })
  @Extensions({ cost: read() })
  meeting(@Root() practice: BestPracticeRow, @Ctx() ctx: RequestContext) {
    return practice.meeting ? ctx.loaders.meeting.byId.load(practice.meeting.id) : null;
  }

  @FieldResolver(() => [DocumentType], { description: 'Documents that describe it, by symbol.' })
  @Extensions({ cost: rows(3) })
  documents(@Root() practice: BestPracticeRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.document.ofBestPractice.load(practice.id);
  }

  @FieldResolver(() => [SourceType], { description: 'Where the practice is recorded, verbatim.' })
  @Extensions({ cost: SOURCES })
  sources(@Root() practice: BestPracticeRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(practice);
  }
}

@Resolver(() => BestPracticeType)
export class BestPracticeMutationResolver {
  @Mutation(() => BestPracticePayload, { nullable: true, description: 'Records a practice a group shared (EDITOR: of its own groups).' })
  @Extensions({ cost: write })
  createBestPractice(@Arg('input', () => CreateBestPracticeInput) input: CreateBestPracticeInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('bestPractice', async () => {
      const { id } = await createBestPractice(ctx, input);
      return ctx.loaders.bestPractice.byId.load(id);
    });
  }

  @Mutation(() => BestPracticePayload, { nullable: true, description: 'Changes a best practice (EDITOR: of its own groups); `version` must be current (else CONFLICT).' })
  @Extensions({ cost: write })
  updateBestPractice(@Arg('input', () => UpdateBestPracticeInput) input: UpdateBestPracticeInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('bestPractice', async () => ctx.loaders.bestPractice.byId.load((await updateBestPractice(ctx, input)).id));
  }
}

@Resolver(() => DocumentType)
export class DocumentBestPracticesResolver {
  @FieldResolver(() => [BestPracticeType], { description: 'The best practices this document belongs to, by title.' })
  @Extensions({ cost: rows(2) })
  bestPractices(@Root() document: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.bestPractice.ofDocument.load(document.id);
  }
}
