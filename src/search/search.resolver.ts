import { Arg, Ctx, Extensions, Int, Query, Resolver } from 'type-graphql';
import { search as searchCost } from '../platform/graphql/cost-estimates.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { SearchResultType } from './search.type.js';
import { DEFAULT_SEARCH_RESULTS, MAX_QUERY_LENGTH, search, searchResults, SearchKind } from './search.service.js';
import { MAX_PAGE_SIZE } from '../platform/graphql/paging.js';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchResultType], {
    description:
      'Full-text search over groups, meetings, outcomes, action items, liaisons, reports, best practices and documents (their full text), best first. ' +
      'Type it as in a web search engine: words (all must match, in any form: "helpline" finds "helplines"), "a quoted phrase", -word to exclude, or. ' +
      'A query of stop words or punctuation only finds nothing.',
  })
  @Extensions({ cost: searchCost(10) })
  async search(
    @Arg('query', () => String, { description: `The words to look for (${MAX_QUERY_LENGTH} characters at most).` }) query: string,
    @Arg('first', () => Int, { nullable: true, description: `How many results (1 to ${MAX_PAGE_SIZE}; default ${DEFAULT_SEARCH_RESULTS}).` })
    first: number | null,
    @Arg('kinds', () => [SearchKind], { nullable: true, description: 'Only these kinds of object; all kinds when absent or empty.' })
    kinds: SearchKind[] | null,
    @Ctx() ctx: RequestContext,
  ) {
    return searchResults(ctx.loaders, await search(ctx.em, { query, first, kinds }));
  }
}
