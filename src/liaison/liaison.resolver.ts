import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { page, read, rows, write, SOURCES } from '../platform/graphql/cost-estimates.js';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { pageConnection } from '../platform/graphql/connection.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { Selection, selects } from '../platform/graphql/selection.js';
import type { Loaders } from '../platform/graphql/context.js';
import type { IdRef } from '../platform/database/rows.js';
import { GROUP } from '../group/group.queries.js';
import { GroupType } from '../group/group.type.js';
import { MeetingType } from '../meeting/meeting.type.js';
import { OutcomeType } from '../outcome/outcome.type.js';
import { DocumentType } from '../document/document.type.js';
import { SourceType } from '../source/source.type.js';
import { LiaisonAddresseeType, LiaisonConnection, LiaisonDirection, LiaisonFilter, LiaisonType } from './liaison.type.js';
import { createLiaison, setLiaisonStatus, updateLiaison } from './liaison.service.js';
import { isAwaitingReply, UNSENT_STATUSES } from './liaison.rules.js';
import { REPLY_EXPECTED_PURPOSES } from './liaison.entity.js';
import { listLiaisons, type LiaisonAddresseeRow, type LiaisonRow, type RepliesAhead } from './liaison.queries.js';
import { CreateLiaisonInput, LiaisonPayload, SetLiaisonStatusInput, UpdateLiaisonInput } from './liaison.inputs.js';

@Resolver(() => LiaisonType)
export class LiaisonResolver {
  @Query(() => LiaisonConnection, {
    description: 'Liaisons across all groups, in the order they were recorded; `filter` narrows them (from, to, between, purpose, status, awaitingReply).',
  })
  @Extensions({ cost: page })
  async liaisons(
    @Arg('filter', () => LiaisonFilter, { nullable: true }) filter: LiaisonFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = pageRequest(args);
    return pageConnection(
      await listLiaisons(ctx.em, ctx.loaders.group, filter, page, selects(info, 'totalCount'), ctx.loaders.settings.dueSoonDays),
      page,
    );
  }

  @FieldResolver(() => GroupType, { description: 'The group that sent it.' })
  @Extensions({ cost: read() })
  fromGroup(@Root() liaison: LiaisonRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaison.readAhead.senderOf(liaison.id) ?? ctx.loaders.group.byId.load(liaison.fromGroup.id);
  }

  @FieldResolver(() => [GroupType], { description: 'The groups it is addressed to (TO), by acronym.' })
  @Extensions({ cost: rows(5) })
  async toGroups(@Root() liaison: LiaisonRow, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return addresseeGroups(ctx, liaison, 'TO', info);
  }

  @FieldResolver(() => [GroupType], { description: 'The groups in copy (CC), by acronym.' })
  @Extensions({ cost: rows(3) })
  async ccGroups(@Root() liaison: LiaisonRow, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return addresseeGroups(ctx, liaison, 'CC', info);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The text of the statement, when recorded.' })
  body(@Root() liaison: LiaisonRow, @Ctx() ctx: RequestContext) {
    // a liaison read in a list comes without its body
    return liaison.body !== undefined ? liaison.body : ctx.loaders.liaison.bodyOf.load(liaison.id);
  }

  @FieldResolver(() => [LiaisonAddresseeType], {
    description: 'Every addressee with its role and, for TO, its own purpose: TO before CC, then by acronym.',
  })
  @Extensions({ cost: rows(5) })
  addressees(@Root() liaison: LiaisonRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaison.addresseesOf.load(liaison.id);
  }

  @FieldResolver(() => LiaisonType, { nullable: true, description: 'The liaison this one answers.' })
  @Extensions({ cost: read() })
  inReplyTo(@Root() liaison: LiaisonRow, @Ctx() ctx: RequestContext) {
    const read = ctx.loaders.liaison.readAhead.parentOf(liaison.id);
    if (read) return read;
    return liaison.inReplyTo ? ctx.loaders.liaison.byId.load(liaison.inReplyTo.id) : null;
  }

  @FieldResolver(() => [LiaisonType], { description: 'The liaisons that answer this one, oldest first.' })
  @Extensions({ cost: rows(3) })
  replies(@Root() liaison: LiaisonRow, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const read = ctx.loaders.liaison.readAhead.repliesOf(liaison.id);
    if (read) return read;
    const ahead = repliesAhead(Selection.of(info));
    return ahead ? ctx.loaders.liaison.repliesAhead(ahead).load(liaison.id) : ctx.loaders.liaison.repliesTo.load(liaison.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Derived, never stored: the purpose asks for a reply (FOR_ACTION, FOR_COMMENT), the liaison is SENT or ACKNOWLEDGED, and no reply has come (no liaison inReplyTo it has gone out; a draft reply does not count).',
  })
  @Extensions({ cost: read() }) // derived from the replies, which it loads
  async awaitingReply(@Root() liaison: LiaisonRow, @Ctx() ctx: RequestContext) {
    // the rule needs the replies only when purpose and status allow it
    if (!isAwaitingReply(liaison, 0)) return false;
    const replies = await ctx.loaders.liaison.repliesTo.load(liaison.id);
    return isAwaitingReply(liaison, replies.filter((r) => !UNSENT_STATUSES.includes(r.status)).length);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Derived, never stored: a reply is still awaited (awaitingReply) and the deadline has passed (UTC date). A reply that goes out ends it.',
  })
  @Extensions({ cost: read() }) // derived in SQL (replyOverdueSql), one statement for all liaisons
  async replyOverdue(@Root() liaison: LiaisonRow, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.liaison.replyStateOf.load(liaison.id)).overdue;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Derived, never stored: a reply is still awaited and the deadline is today or within the configured number of days (DUE_SOON_DAYS, 14 by default).',
  })
  @Extensions({ cost: read() }) // derived in SQL (replyDueSoonSql), one statement for all liaisons
  async replyDueSoon(@Root() liaison: LiaisonRow, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.liaison.replyStateOf.load(liaison.id)).dueSoon;
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The meeting that decided it, or where it was received.' })
  @Extensions({ cost: read() })
  meeting(@Root() liaison: LiaisonRow, @Ctx() ctx: RequestContext) {
    return liaison.meeting ? ctx.loaders.meeting.byId.load(liaison.meeting.id) : null;
  }

  @FieldResolver(() => OutcomeType, { nullable: true, description: 'The outcome that decided to send it, if recorded.' })
  @Extensions({ cost: read() })
  decidedBy(@Root() liaison: LiaisonRow, @Ctx() ctx: RequestContext) {
    return liaison.decidedBy ? ctx.loaders.outcome.byId.load(liaison.decidedBy.id) : null;
  }

  @FieldResolver(() => [DocumentType], { description: 'The documents sent with it, by symbol.' })
  @Extensions({ cost: rows(3) })
  attachments(@Root() liaison: LiaisonRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaison.readAhead.attachmentsOf(liaison.id) ?? ctx.loaders.document.attachmentsOf.load(liaison.id);
  }

  @FieldResolver(() => [SourceType], { description: 'Where the liaison is recorded, verbatim.' })
  @Extensions({ cost: SOURCES })
  sources(@Root() liaison: LiaisonRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(liaison);
  }
}

/** what a `replies` selection asks of each reply, to read in the replies' own round trip; null: nothing */
function repliesAhead(replies: Selection): RepliesAhead | null {
  const ahead = { fromGroup: replies.has('fromGroup'), attachments: replies.has('attachments'), replies: replies.has('replies') };
  return ahead.fromGroup || ahead.attachments || ahead.replies ? ahead : null;
}

/**
 * node(id:) of a liaison (NodeTypeDescriptor.readAhead): starts, with the liaison's own row, the
 * reads of the fields `selection` asks for whose loaders take the liaison's id, so a thread
 * (sender, addressees, attachments, parent, replies and what is asked of them) is one round trip.
 */
export function readLiaisonAhead(loaders: Loaders, id: number, selection: Selection): void {
  const ahead = selection.has('replies') ? repliesAhead(selection.field('replies')) : null;
  const started = loaders.liaison.readByIdAhead(id, {
    sender: selection.has('fromGroup'),
    parent: selection.has('inReplyTo'),
    addressees: [
      ...(['toGroups', 'ccGroups'] as const).filter((field) => selection.has(field)).map((field) => groupColumnsOf(selection.field(field))),
      ...(selection.has('addressees') ? [undefined] : []),
    ],
    // the replies themselves: for awaitingReply, and for a replies selection that asks nothing of them
    replies: selection.has('awaitingReply') || (selection.has('replies') && !ahead),
    repliesAhead: ahead,
    replyState: selection.has('replyOverdue') || selection.has('replyDueSoon'),
  });
  if (selection.has('attachments')) started.push(loaders.document.attachmentsOf.load(id));
  // a failed read is heard by the field that asks for it; one no field asks for (the liaison is gone) is dropped
  for (const read of started) read.catch(() => {});
}

/** the group columns a toGroups or ccGroups selection reads (all, for anything but plain group fields) */
function groupColumnsOf(groups: Selection): readonly string[] | undefined {
  return GROUP.columnsFor(groups.fieldNames());
}

async function addresseeGroups(ctx: RequestContext, liaison: LiaisonRow, role: 'TO' | 'CC', info: GraphQLResolveInfo) {
  const addressees = await ctx.loaders.liaison.addresseesWith(groupColumnsOf(Selection.of(info))).load(liaison.id);
  return addressees.filter((a) => a.role === role).map((a) => a.group);
}

/** OWES_REPLY_SQL for one addressee (a TO addressee without a purpose has the liaison's, which `awaiting` already checks) */
function owesReply(addressee: LiaisonAddresseeRow): boolean {
  return addressee.role === 'TO' && (addressee.purpose == null || REPLY_EXPECTED_PURPOSES.includes(addressee.purpose));
}

@Resolver(() => LiaisonAddresseeType)
export class LiaisonAddresseeResolver {
  @FieldResolver(() => GroupType, { description: 'The addressed group.' })
  @Extensions({ cost: read() })
  group(@Root() addressee: LiaisonAddresseeRow) {
    return addressee.group;
  }

  @FieldResolver(() => Boolean, {
    description:
      'This group owes the reply: a TO addressee whose own purpose asks for one (FOR_ACTION, FOR_COMMENT) while the liaison awaits a reply.',
  })
  @Extensions({ cost: read() }) // the liaison's follow-up state, one statement for all
  async owesReply(@Root() addressee: LiaisonAddresseeRow, @Ctx() ctx: RequestContext) {
    return owesReply(addressee) && (await ctx.loaders.liaison.replyStateOf.load(addressee.liaison.id)).awaiting;
  }

  @FieldResolver(() => Boolean, { description: 'This group owes the reply (owesReply) and the deadline has passed.' })
  @Extensions({ cost: read() }) // the liaison's follow-up state, one statement for all
  async replyOverdue(@Root() addressee: LiaisonAddresseeRow, @Ctx() ctx: RequestContext) {
    return owesReply(addressee) && (await ctx.loaders.liaison.replyStateOf.load(addressee.liaison.id)).overdue;
  }
}

@Resolver(() => OutcomeType)
export class OutcomeLiaisonsResolver {
  @FieldResolver(() => [LiaisonType], { description: 'The liaisons this outcome decided to send.' })
  @Extensions({ cost: rows(3) })
  liaisons(@Root() outcome: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaison.decidedBy.load(outcome.id);
  }
}

@Resolver(() => DocumentType)
export class DocumentLiaisonsResolver {
  @FieldResolver(() => [LiaisonType], { description: 'The liaisons this document was sent with (as an attachment), oldest first.' })
  @Extensions({ cost: rows(2) })
  liaisons(@Root() document: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaison.attachingDocument.load(document.id);
  }
}

@Resolver(() => MeetingType)
export class MeetingLiaisonsResolver {
  @FieldResolver(() => [LiaisonType], { description: 'The liaisons this meeting decided to send or received.' })
  @Extensions({ cost: rows(10) })
  liaisons(@Root() meeting: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaison.ofMeeting.load(meeting.id);
  }
}

@Resolver(() => GroupType)
export class GroupLiaisonsResolver {
  @FieldResolver(() => LiaisonConnection, {
    description: 'The liaisons this group sent or received (as a TO or CC addressee), in the order they were recorded.',
  })
  @Extensions({ cost: page })
  async liaisons(
    @Root() group: IdRef,
    @Arg('direction', () => LiaisonDirection, { nullable: true, description: 'SENT or RECEIVED; null for both.' })
    direction: LiaisonDirection | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = pageRequest(args);
    const [rows, total] = await Promise.all([
      ctx.loaders.liaison.ofGroup(page, direction ?? null).load(group.id),
      selects(info, 'totalCount') ? ctx.loaders.liaison.countOfGroup(direction ?? null).load(group.id) : null,
    ]);
    return pageConnection({ ...rows, total }, page);
  }
}

@Resolver(() => LiaisonType)
export class LiaisonMutationResolver {
  @Mutation(() => LiaisonPayload, {
    nullable: true,
    description:
      'Records a liaison (EDITOR: one its group sends). A reply (inReplyTo) recorded SENT marks the answered liaison RESPONDED in the same transaction.',
  })
  @Extensions({ cost: write })
  createLiaison(@Arg('input', () => CreateLiaisonInput) input: CreateLiaisonInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('liaison', async () => ctx.loaders.liaison.byId.load((await createLiaison(ctx, input)).id));
  }

  @Mutation(() => LiaisonPayload, { nullable: true, description: 'Changes a liaison (not its status); `version` must be current.' })
  @Extensions({ cost: write })
  updateLiaison(@Arg('input', () => UpdateLiaisonInput) input: UpdateLiaisonInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('liaison', async () => ctx.loaders.liaison.byId.load((await updateLiaison(ctx, input)).id));
  }

  @Mutation(() => LiaisonPayload, {
    nullable: true,
    description: 'Moves a liaison along its lifecycle (see SetLiaisonStatusInput); sending a reply marks the answered liaison RESPONDED.',
  })
  @Extensions({ cost: write })
  setLiaisonStatus(@Arg('input', () => SetLiaisonStatusInput) input: SetLiaisonStatusInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('liaison', async () => ctx.loaders.liaison.byId.load((await setLiaisonStatus(ctx, input)).id));
  }
}
