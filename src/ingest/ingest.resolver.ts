import { Arg, Ctx, Extensions, Mutation, Resolver } from 'type-graphql';
import { write } from '../platform/graphql/cost-estimates.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { mutationPayload } from '../platform/graphql/user-errors.js';
import { ApplyFactsInput, IngestFileInput } from './ingest.inputs.js';
import { ApplyFactsPayload, FactDraftPayload } from './ingest.type.js';
import { applyReviewedFacts, draftFromFile } from './ingest.service.js';

@Resolver()
export class IngestResolver {
  @Mutation(() => FactDraftPayload, {
    nullable: true,
    description:
      'Reads a report or a liaison statement (.docx, .pdf, .txt) and drafts the facts it states, each citing its sentences verbatim, marked when the graph already holds them. Writes nothing (SECRETARIAT or ADMIN).',
  })
  @Extensions({ cost: write })
  async draftFacts(@Arg('input', () => IngestFileInput) input: IngestFileInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('draft', () => draftFromFile(ctx, input));
  }

  @Mutation(() => ApplyFactsPayload, {
    nullable: true,
    description:
      'Stores the document with its text and writes the facts a person accepted, in one transaction, with history and sources; facts the graph already holds are skipped (SECRETARIAT or ADMIN).',
  })
  @Extensions({ cost: write })
  async applyFacts(@Arg('input', () => ApplyFactsInput) input: ApplyFactsInput, @Ctx() ctx: RequestContext) {
    return mutationPayload('applied', () => applyReviewedFacts(ctx, input));
  }
}
