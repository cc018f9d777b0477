import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { free, read, rows } from '../platform/graphql/cost-estimates.js';
import type { RequestContext } from '../platform/graphql/context.js';
import type { IdRef } from '../platform/database/rows.js';
import { GroupType } from '../group/group.type.js';
import { ActionItemType } from '../action-item/action-item.type.js';
import { LiaisonType } from './liaison.type.js';
import { LiaisonApprovalType, LiaisonContactType, LiaisonRelationType } from './liaison-template.type.js';
import type { LiaisonContactRow, LiaisonRelationRow } from './liaison.queries.js';

/** The ITU liaison statement template's fields on Liaison, read through ctx.loaders.liaisonTemplate. */
@Resolver(() => LiaisonType)
export class LiaisonTemplateResolver {
  @FieldResolver(() => [LiaisonContactType], { description: 'Contact people of the sender and of addressees, in the order given.' })
  @Extensions({ cost: rows(4) }) // a sender's and an addressee's or two
  contacts(@Root() liaison: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaisonTemplate.contactsOf.load(liaison.id);
  }

  @FieldResolver(() => LiaisonApprovalType, { nullable: true, description: 'Who approved it, at which level, and when; null when not recorded.' })
  @Extensions({ cost: read() })
  async approval(@Root() liaison: IdRef, @Ctx() ctx: RequestContext) {
    const row = await ctx.loaders.liaisonTemplate.templateOf.load(liaison.id);
    return row?.approvedBy ? { by: row.approvedBy, level: row.approvalLevel, on: row.approvedOn } : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the receiving side did with it (the template’s "Action taken").' })
  async actionTaken(@Root() liaison: IdRef, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.liaisonTemplate.templateOf.load(liaison.id))?.actionTaken ?? null;
  }

  @FieldResolver(() => [LiaisonRelationType], { description: 'The liaisons this one supersedes or refers to: SUPERSEDES first, then oldest first.' })
  @Extensions({ cost: rows(2) }) // relations are rare, counted generously
  related(@Root() liaison: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaisonTemplate.relatedOf.load(liaison.id);
  }

  @FieldResolver(() => [LiaisonRelationType], {
    description: 'The liaisons that supersede or refer to this one (`kind` as they say it): SUPERSEDES first, then oldest first.',
  })
  @Extensions({ cost: rows(2) }) // relations are rare, counted generously
  relatedBy(@Root() liaison: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaisonTemplate.relatedBy.load(liaison.id);
  }

  @FieldResolver(() => [ActionItemType], {
    description: 'The action items that ask for this liaison (e.g. "send a liaison to SG17"): recording it SENT gets them DONE.',
  })
  @Extensions({ cost: rows(2) }) // the items a liaison carries out are rare, counted generously
  fulfils(@Root() liaison: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaisonTemplate.fulfils.load(liaison.id);
  }
}

@Resolver(() => LiaisonContactType)
export class LiaisonContactResolver {
  // A person's address is personal data (DOMAIN.md keeps officers to a role and a name): anonymous
  // reads, the response cache and partner pages without a token never see it.
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The person’s e-mail address, as the liaison statement gives it; null unless the request carries a valid token.',
  })
  email(@Root() contact: LiaisonContactRow, @Ctx() ctx: RequestContext): string | null {
    return ctx.viewer ? contact.email : null;
  }

  @FieldResolver(() => GroupType, { description: 'Whose contact: the sender or one of the addressees.' })
  @Extensions({ cost: read() })
  group(@Root() contact: LiaisonContactRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.group.byId.load(contact.group.id);
  }
}

@Resolver(() => LiaisonRelationType)
export class LiaisonRelationResolver {
  @FieldResolver(() => LiaisonType, { description: 'The other liaison.' })
  @Extensions({ cost: free }) // the other liaison comes with the relation's row
  liaison(@Root() relation: LiaisonRelationRow) {
    return relation.liaison;
  }
}

@Resolver(() => ActionItemType)
export class ActionItemLiaisonResolver {
  @FieldResolver(() => LiaisonType, { nullable: true, description: 'The liaison this item asks for, if linked: recorded SENT, it gets the item DONE.' })
  @Extensions({ cost: read() })
  liaison(@Root() item: IdRef, @Ctx() ctx: RequestContext) {
    return ctx.loaders.liaisonTemplate.liaisonOfItem.load(item.id);
  }
}
