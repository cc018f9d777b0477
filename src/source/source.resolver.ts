import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { read } from '../platform/graphql/cost-estimates.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { DocumentType } from '../document/document.type.js';
import type { SourceRow } from './source.queries.js';
import { SourceType } from './source.type.js';

@Resolver(() => SourceType)
export class SourceResolver {
  @FieldResolver(() => DocumentType, { description: 'The document the excerpt is taken from.' })
  @Extensions({ cost: read() })
  document(@Root() source: SourceRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.document.byId.load(source.document.id);
  }
}
