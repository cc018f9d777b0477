import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import { page, read, rows, write, SOURCES } from '../platform/graphql/cost-estimates.js';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { pageConnection } from '../platform/graphql/connection.js';
import { selects } from '../platform/graphql/selection.js';
import type { IdRef } from '../platform/database/rows.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { GroupType } from '../group/group.type.js';
import { MeetingType } from '../meeting/meeting.type.js';
import type { DocumentExcerptRow, DocumentRow } from './document.queries.js';
import { DocumentConnection, DocumentExcerptType, DocumentType } from './document.type.js';
import { Node } from '../platform/graphql/node.js';
import { SourceType } from '../source/source.type.js';
import { CreateDocumentInput, DocumentPayload, UpdateDocumentInput } from './document.inputs.js';
import { createDocument, updateDocument } from './document.service.js';

@Resolver(() => DocumentType)
export class DocumentResolver {
  @FieldResolver(() => GroupType, { nullable: true, description: 'The group that wrote it.' })
  @Extensions({ cost: read() })
  sourceGroup(@Root() doc: DocumentRow, @Ctx() ctx: RequestContext) {
    return doc.sourceGroup ? ctx.loaders.group.byId.load(doc.sourceGroup.id) : null;
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The meeting it was submitted to.' })
  @Extensions({ cost: read() })
  meeting(@Root() doc: DocumentRow, @Ctx() ctx: RequestContext) {
    return doc.meeting ? ctx.loaders.meeting.byId.load(doc.meeting.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The full text, as recorded (null when only the URL is known, and for a document that is not public unless the request carries a valid token). Read one document at a time: lists are better without it.',
  })
  @Extensions({ cost: read() }) // one text column, read by id
  text(@Root() doc: DocumentRow, @Ctx() ctx: RequestContext) {
    // a document behind a password at its origin (TIES) is not republished to anonymous readers
    if (!doc.public && !ctx.viewer) return null;
    return ctx.loaders.document.textOf.load(doc.id);
  }

  @FieldResolver(() => [SourceType], { description: 'Where the document itself is recorded, verbatim.' })
  @Extensions({ cost: SOURCES })
  sources(@Root() doc: DocumentRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(doc);
  }

  @FieldResolver(() => [DocumentExcerptType], {
    description: 'What the knowledge base quotes from this document, with the object each excerpt supports.',
  })
  @Extensions({ cost: rows(10) })
  excerpts(@Root() doc: DocumentRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.document.excerptsOf.load(doc.id);
  }
}

@Resolver(() => DocumentExcerptType)
export class DocumentExcerptResolver {
  @FieldResolver(() => Node, { nullable: true, description: 'The object the excerpt supports (a meeting, outcome, liaison…).' })
  @Extensions({ cost: read() })
  subject(@Root() row: DocumentExcerptRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.nodeById(row.subjectType)?.load(row.subjectId) ?? null;
  }
}

@Resolver(() => MeetingType)
export class MeetingDocumentsResolver {
  @FieldResolver(() => DocumentConnection, { description: 'Documents submitted to the meeting, by symbol.' })
  @Extensions({ cost: page })
  async documents(@Root() meeting: IdRef, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const page = pageRequest(args);
    const [rows, total] = await Promise.all([
      ctx.loaders.document.ofMeeting(page).load(meeting.id),
      selects(info, 'totalCount') ? ctx.loaders.document.countOfMeeting.load(meeting.id) : null,
    ]);
    return pageConnection({ ...rows, total }, page);
  }
}

@Resolver(() => DocumentType)
export class DocumentMutationResolver {
  @Mutation(() => DocumentPayload, { nullable: true, description: 'Adds a document to the knowledge base (EDITOR: one of its groups, or for its meeting).' })
  @Extensions({ cost: write })
  createDocument(@Arg('input', () => CreateDocumentInput) input: CreateDocumentInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('document', async () => ctx.loaders.document.byId.load((await createDocument(ctx, input)).id));
  }

  @Mutation(() => DocumentPayload, {
    nullable: true,
    description: 'Changes a document (EDITOR: one of its groups\'); `version` must be current (else CONFLICT), and a new text must keep every excerpt quoted from it.',
  })
  @Extensions({ cost: write })
  updateDocument(@Arg('input', () => UpdateDocumentInput) input: UpdateDocumentInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('document', async () => ctx.loaders.document.byId.load((await updateDocument(ctx, input)).id));
  }
}
