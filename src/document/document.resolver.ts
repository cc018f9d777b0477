import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import type { RequestContext } from '../app/context.js';
import { toConnection } from '../platform/graphql/connection.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { GroupType } from '../group/group.type.js';
import { MeetingType } from '../meeting/meeting.type.js';
import type { Meeting } from '../meeting/meeting.entity.js';
import { Document } from './document.entity.js';
import { DocumentConnection, DocumentType } from './document.type.js';
import { CreateDocumentInput, DocumentPayload } from './document.inputs.js';
import { createDocument } from './document.service.js';

@Resolver(() => DocumentType)
export class DocumentResolver {
  @FieldResolver(() => GroupType, { nullable: true, description: 'The group that wrote it.' })
  sourceGroup(@Root() doc: Document, @Ctx() ctx: RequestContext) {
    return doc.sourceGroup ? ctx.loaders.group.byId.load(doc.sourceGroup.id) : null;
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The meeting it was submitted to.' })
  meeting(@Root() doc: Document, @Ctx() ctx: RequestContext) {
    return doc.meeting ? ctx.loaders.meeting.byId.load(doc.meeting.id) : null;
  }
}

@Resolver(() => MeetingType)
export class MeetingDocumentsResolver {
  @FieldResolver(() => DocumentConnection, { description: 'Documents submitted to the meeting, by symbol.' })
  async documents(@Root() meeting: Meeting, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    const page = pageRequest(args);
    return toConnection(await ctx.loaders.document.ofMeeting(page).load(meeting.id), page);
  }
}

@Resolver(() => DocumentType)
export class DocumentMutationResolver {
  @Mutation(() => DocumentPayload, { nullable: true, description: 'Adds a document to the knowledge base (EDITOR: one of its groups, or for its meeting).' })
  createDocument(@Arg('input', () => CreateDocumentInput) input: CreateDocumentInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('document', () => createDocument(ctx, input));
  }
}
