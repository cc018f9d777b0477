import { Arg, Ctx, Extensions, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { read, rows, write, SOURCES } from '../platform/graphql/cost-estimates.js';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { Node } from '../platform/graphql/node.js';
import { GroupType } from '../group/group.type.js';
import { TopicType } from '../topic/topic.type.js';
import { SourceType } from '../source/source.type.js';
import type { GroupRow } from '../group/group.queries.js';
import { AdoptingBody } from './mandate.entity.js';
import { ClauseCoverageType, ClauseType, ResolutionType } from './mandate.type.js';
import { type ClauseRow, type CoverageRow, type ResolutionRow } from './mandate.queries.js';
import { addClause, coverageNodes, createResolution, findResolution, findResolutions, updateClause, updateResolution } from './mandate.service.js';
import { AddClauseInput, ClausePayload, CreateResolutionInput, ResolutionPayload, UpdateClauseInput, UpdateResolutionInput } from './mandate.inputs.js';
import { COVERAGE_RULE } from './mandate.rules.js';

/** a clause's coverage with the ask it was read for (the rule's words) */
type CoverageOf = CoverageRow & { ask: ClauseRow['ask'] };

@Resolver(() => ResolutionType)
export class ResolutionResolver {
  @Query(() => [ResolutionType], { description: 'The resolutions groups work under, by adopting body and number.' })
  @Extensions({ cost: rows(10) })
  resolutions(
    @Arg('adoptedBy', () => AdoptingBody, { nullable: true, description: 'Only those of this body.' }) adoptedBy: AdoptingBody | null,
    @Ctx() ctx: RequestContext,
  ) {
    return findResolutions(ctx.em, { adoptedBy });
  }

  @Query(() => ResolutionType, {
    nullable: true,
    description: 'One resolution by number ("179"), null when there is none; a number two bodies share needs `adoptedBy` (else BAD_USER_INPUT).',
  })
  @Extensions({ cost: read() })
  resolution(
    @Arg('number', () => String, { description: 'As the body numbers it: "179".' }) number: string,
    @Arg('adoptedBy', () => AdoptingBody, { nullable: true, description: 'The adopting body, where the number alone is ambiguous.' }) adoptedBy: AdoptingBody | null,
    @Ctx() ctx: RequestContext,
  ) {
    return findResolution(ctx.em, number, adoptedBy);
  }

  @FieldResolver(() => [ClauseType], { description: 'Its clauses, in order.' })
  @Extensions({ cost: rows(10) })
  clauses(@Root() resolution: ResolutionRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.mandate.clausesOf.load(resolution.id);
  }

  @FieldResolver(() => [SourceType], { description: 'Where the resolution is cited, verbatim.' })
  @Extensions({ cost: SOURCES })
  sources(@Root() resolution: ResolutionRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(resolution);
  }
}

@Resolver(() => ClauseType)
export class ClauseResolver {
  @FieldResolver(() => ResolutionType, { description: 'The resolution it belongs to.' })
  @Extensions({ cost: read() })
  resolution(@Root() clause: ClauseRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.mandate.resolutionById.load(clause.resolution.id);
  }

  @FieldResolver(() => GroupType, { description: 'The group the clause asks to act.' })
  @Extensions({ cost: read() })
  group(@Root() clause: ClauseRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.group.byId.load(clause.group.id);
  }

  @FieldResolver(() => GroupType, { nullable: true, description: 'LIAISE_WITH, REPORT_TO: the other group (its subgroups count too).' })
  @Extensions({ cost: read() })
  target(@Root() clause: ClauseRow, @Ctx() ctx: RequestContext) {
    return clause.target ? ctx.loaders.group.byId.load(clause.target.id) : null;
  }

  @FieldResolver(() => TopicType, { nullable: true, description: 'CONSULT: the topic a meeting carries when it recorded the consultation.' })
  @Extensions({ cost: read() })
  topic(@Root() clause: ClauseRow, @Ctx() ctx: RequestContext) {
    return clause.topic ? ctx.loaders.topic.byId.load(clause.topic.id) : null;
  }

  @FieldResolver(() => ClauseCoverageType, { description: 'What the graph shows of the clause being carried out, derived from the graph.' })
  @Extensions({ cost: read(2) }) // two statements per batch, then its evidence by id
  async coverage(@Root() clause: ClauseRow, @Ctx() ctx: RequestContext): Promise<CoverageOf> {
    return { ...(await ctx.loaders.mandate.coverage.load(clause)), ask: clause.ask };
  }

  @FieldResolver(() => [SourceType], { description: 'Where the clause is quoted, verbatim.' })
  @Extensions({ cost: SOURCES })
  sources(@Root() clause: ClauseRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.source.of(clause);
  }
}

@Resolver(() => ClauseCoverageType)
export class ClauseCoverageResolver {
  @FieldResolver(() => String, { description: 'What was checked, in words.' })
  rule(@Root() coverage: CoverageOf) {
    return COVERAGE_RULE[coverage.ask];
  }

  @FieldResolver(() => [Node], { description: 'The objects that show it carried out (liaisons, meetings, documents), by date; for a liaison ask, also those the other side sent.' })
  @Extensions({ cost: rows(6) })
  evidence(@Root() coverage: CoverageOf, @Ctx() ctx: RequestContext) {
    return coverageNodes(ctx, coverage.evidence);
  }

  @FieldResolver(() => [Node], { description: 'The objects of the period that do not carry it out: meetings without the mark, documents behind a password.' })
  @Extensions({ cost: rows(6) })
  missing(@Root() coverage: CoverageOf, @Ctx() ctx: RequestContext) {
    return coverageNodes(ctx, coverage.missing);
  }
}

@Resolver(() => GroupType)
export class GroupClausesResolver {
  @FieldResolver(() => [ClauseType], { description: 'The resolution clauses that ask this group to act, by resolution and position, each with its coverage.' })
  @Extensions({ cost: rows(10) })
  clauses(@Root() group: GroupRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.mandate.clausesOfGroup.load(group.id);
  }
}

@Resolver(() => ResolutionType)
export class MandateMutationResolver {
  @Mutation(() => ResolutionPayload, {
    nullable: true,
    description:
      'Records a resolution with its clauses in order (EDITOR: only when every clause asks one of its groups to act; one without clauses: SECRETARIAT). A clause naming an unknown group is NOT_FOUND, a period ending before it begins or a bound that is not YYYY, YYYY-MM or YYYY-MM-DD is BAD_USER_INPUT, naming the field.',
  })
  @Extensions({ cost: write })
  createResolution(@Arg('input', () => CreateResolutionInput) input: CreateResolutionInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('resolution', async () => ctx.loaders.mandate.resolutionById.load((await createResolution(ctx, input)).id));
  }

  @Mutation(() => ResolutionPayload, {
    nullable: true,
    description: 'Corrects a resolution\'s number, revision, title or adopting body (EDITOR: only when every clause asks one of its groups to act); `version` must be current (else CONFLICT).',
  })
  @Extensions({ cost: write })
  updateResolution(@Arg('input', () => UpdateResolutionInput) input: UpdateResolutionInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('resolution', async () => ctx.loaders.mandate.resolutionById.load((await updateResolution(ctx, input)).id));
  }

  @Mutation(() => ClausePayload, {
    nullable: true,
    description: 'Appends a clause to a resolution, at the next position (EDITOR: a clause asking one of its groups to act).',
  })
  @Extensions({ cost: write })
  addClause(@Arg('input', () => AddClauseInput) input: AddClauseInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('clause', async () => ctx.loaders.mandate.clauseById.load((await addClause(ctx, input)).id));
  }

  @Mutation(() => ClausePayload, {
    nullable: true,
    description: 'Corrects a clause (EDITOR: of the group it asks to act, before and after); `version` must be current (else CONFLICT). Its resolution and position stay.',
  })
  @Extensions({ cost: write })
  updateClause(@Arg('input', () => UpdateClauseInput) input: UpdateClauseInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('clause', async () => ctx.loaders.mandate.clauseById.load((await updateClause(ctx, input)).id));
  }
}
