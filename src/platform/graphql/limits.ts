import { GraphQLError, Lexer, Source, TokenKind, type DocumentNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { MAX_EVALUATED_SELECTIONS, queryCost, type QueryCost, type QueryCostRequest } from './query-cost.js';
import { queryTooComplex } from './errors.js';

/**
 * The limits every query meets before it runs, so a hostile or careless query is refused
 * without a single SQL statement. Documented in the README ("Limits").
 */
export const QUERY_LIMITS = {
  /** characters of query text (the body itself is capped at 100 kB) */
  length: 20_000,
  /** lexical tokens (names, punctuation, values); GraphiQL's introspection query has under 200 */
  tokens: 1_000,
  /** nested selections; introspection (__schema) is not counted, fragments count as if inlined */
  depth: 10,
  /** every alias counts, `__typename` too */
  aliases: 15,
  directives: 50,
  /** objects a query may read or build, as estimated by query-cost.ts; set from `npm run bench:cost` */
  cost: 30_000,
  /** validation errors reported for one document: the rest are not worth computing */
  validationErrors: 5,
} as const;

/**
 * The query text limits, checked on the raw text before it is parsed: its length, and its
 * tokens counted with graphql's own lexer (stopping at the limit, so a huge query costs little).
 * Syntax errors are left to the parser, which reports them properly.
 */
export function checkQueryText(query: string): AppError | undefined {
  if (query.length > QUERY_LIMITS.length) {
    return tooComplex(`The query text is ${query.length} characters long, over the limit of ${QUERY_LIMITS.length}.`, {
      limit: 'length',
      max: QUERY_LIMITS.length,
    });
  }
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++tokens > QUERY_LIMITS.tokens) {
        return tooComplex(`The query has more than ${QUERY_LIMITS.tokens} tokens.`, { limit: 'tokens', max: QUERY_LIMITS.tokens });
      }
    }
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error; // a syntax error: the parser will report it
  }
  return undefined;
}

function tooComplex(message: string, details: Record<string, unknown>): AppError {
  return new AppError(ErrorCode.QUERY_TOO_COMPLEX, message, undefined, details);
}

/** graphql-armor's messages start with "Syntax Error: ", which these are not */
function armorRejection(limit: string, max: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(queryTooComplex(message, { limit, max }));
  };
}

/**
 * Depth, alias and directive limits as validation rules (graphql-armor), reporting
 * QUERY_TOO_COMPLEX as validation errors instead of throwing out of graphql's validate().
 */
export function queryLimitRules(): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxDepthRule({
      ...common,
      n: QUERY_LIMITS.depth,
      ignoreIntrospection: true,
      // a fragment spread is not a level of its own
      flattenFragments: true,
      onReject: [armorRejection('depth', QUERY_LIMITS.depth)],
    }),
    // graphql-armor lets `__typename` aliases through by default: 101 of them are as many answers
    maxAliasesRule({ ...common, n: QUERY_LIMITS.aliases, allowList: [], onReject: [armorRejection('aliases', QUERY_LIMITS.aliases)] }),
    maxDirectivesRule({ ...common, n: QUERY_LIMITS.directives, onReject: [armorRejection('directives', QUERY_LIMITS.directives)] }),
  ];
}

/** variable sets remembered per document (the first ones asked: a page size, an id per view) */
const COSTS_PER_DOCUMENT = 32;
const costs = new WeakMap<DocumentNode, Map<string, QueryCost>>();

/**
 * The cost of an operation with these variables, computed once: Apollo keeps each parsed and
 * validated document (its document store hands back the same object for the same text), and
 * walking it with graphql-query-complexity again for every request was several percent of a
 * small query's server time. The cost depends on the document, the operation and the variables
 * only, so the cache cannot answer differently from the count.
 */
function cachedQueryCost(request: QueryCostRequest): QueryCost {
  let byVariables = costs.get(request.document);
  if (!byVariables) {
    byVariables = new Map();
    costs.set(request.document, byVariables);
  }
  const key = `${request.operation.name?.value ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
  const known = byVariables.get(key);
  if (known) return known;
  const counted = queryCost(request);
  if (byVariables.size < COSTS_PER_DOCUMENT) byVariables.set(key, counted);
  return counted;
}

/**
 * The cost limit, once the operation and its variables are known (page sizes and ids are often
 * variables, and Apollo caches validated documents without them): refused before execution, and
 * reported as `extensions.cost` on every response that got that far.
 */
export function queryCostPlugin<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // Apollo reports the unknown operationName itself
          const counted = cachedQueryCost({ schema, document, operation, variables: request.variables });
          // variables that do not fit their declarations are refused by execution, before any read
          if (counted.kind === 'invalid-variables') return;
          if (counted.kind === 'too-many-selections') {
            throw queryTooComplex(
              `This query has more than ${MAX_EVALUATED_SELECTIONS} selections once its fragments are expanded.`,
              { limit: 'cost', max: QUERY_LIMITS.cost },
              [operation],
            );
          }
          cost = counted.cost;
          if (cost > QUERY_LIMITS.cost) {
            throw queryTooComplex(
              `This query may read or build ${cost} objects, over the limit of ${QUERY_LIMITS.cost}: ask for smaller pages (first), fewer nested lists or fewer aliases.`,
              { limit: 'cost', max: QUERY_LIMITS.cost, cost },
              [operation],
            );
          }
        },
        async willSendResponse({ response }) {
          if (cost === undefined || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
        },
      };
    },
  };
}
