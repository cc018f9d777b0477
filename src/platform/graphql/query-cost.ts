import {
  getNamedType,
  getNullableType,
  getVariableValues,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging.js';
import { CONNECTION_PLUMBING, type FieldEstimate } from './cost-estimates.js';

/**
 * The cost of an operation: the objects the server will read or build to answer it, estimated
 * before it runs, with graphql-query-complexity walking the document (fragments and inline
 * fragments included, `@skip`/`@include` honoured, the costliest member of an interface or union
 * taken) and each field's estimate, which its domain sets beside it (`@Extensions({ cost })`, the
 * vocabulary of cost-estimates.ts) and the executable schema carries in `field.extensions.cost`:
 *
 * - a connection costs 1 for its page statement, plus `first` (default 20, at most 100) times what
 *   one of its items costs (1 for its row, plus what the item's selection reads), plus 1 for
 *   `totalCount`: so nested connections multiply;
 * - a plain list costs its estimated size times what one item costs; `nodes(ids:)` its ids;
 *   `search` its statement plus `first` times a hit;
 * - a field that reads (a loader call) costs 1 plus what it nests; a scalar on a row costs 0;
 * - introspection lists cost their real mean size in this schema, so a circular introspection
 *   query (`fields { type { fields { type … } } }`) multiplies like any other nesting.
 */
export interface QueryCostRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Readonly<Record<string, unknown>> | undefined;
}

export type QueryCost =
  | { kind: 'cost'; cost: number }
  /** the variables do not fit their declarations: execution will refuse them before any read */
  | { kind: 'invalid-variables' }
  /** so many selections once fragments are expanded that counting them is itself an attack */
  | { kind: 'too-many-selections' };

/** selections evaluated (fragments expanded each time they are spread) before the count gives up */
export const MAX_EVALUATED_SELECTIONS = 10_000;

export function queryCost({ schema, document, operation, variables }: QueryCostRequest): QueryCost {
  const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], { ...variables });
  if (errors?.length) return { kind: 'invalid-variables' };
  // a document without the operation's siblings: the library counts every operation it visits
  const single: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  };
  try {
    const cost = getComplexity({
      schema,
      query: single,
      variables: { ...variables },
      estimators: [fieldEstimator(schema, single)],
      maxQueryNodes: MAX_EVALUATED_SELECTIONS,
    });
    return { kind: 'cost', cost };
  } catch (error) {
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) return { kind: 'too-many-selections' };
    throw error;
  }
}

/** what one field costs, given what its selection costs (childComplexity) */
function fieldEstimator(schema: GraphQLSchema, document: DocumentNode): ComplexityEstimator {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // what one item of a connection costs, by the `edges` selection that asked for it (costs are
  // computed bottom-up, so a connection finds its edges' cost here)
  const itemCosts = new WeakMap<FieldNode, number>();
  const introspection = introspectionSizes(schema);

  return (args: ComplexityEstimatorArgs): number => {
    const { type, field, node, childComplexity } = args;
    if (field.name === '__typename') return 0;
    if (field.name.startsWith('__') || type.name.startsWith('__')) {
      const size = introspection.get(`${type.name}.${field.name}`);
      return size === undefined ? childComplexity : size * (1 + childComplexity);
    }
    if (CONNECTION_PLUMBING.connection.test(type.name)) {
      if (field.name === CONNECTION_PLUMBING.items) {
        const item = 1 + childComplexity;
        itemCosts.set(node, item);
        return item;
      }
      if (field.name === CONNECTION_PLUMBING.count) return 1;
      return childComplexity; // pageInfo: built from the page
    }
    if (CONNECTION_PLUMBING.edge.test(type.name)) return childComplexity; // node, cursor: the item's row
    const estimate: FieldEstimate = field.extensions.cost ?? fallback(args);
    switch (estimate.kind) {
      case 'free':
        return childComplexity;
      case 'read':
        return estimate.cost + childComplexity;
      case 'list':
        return estimate.size * (estimate.each + childComplexity);
      case 'ids': {
        const ids: unknown = args.args[estimate.argument];
        const count = Array.isArray(ids) ? ids.length : ids === undefined || ids === null ? 0 : 1;
        return Math.min(count, MAX_PAGE_SIZE) * (1 + childComplexity);
      }
      case 'search':
        return estimate.statement + pageSize(args.args.first) * (1 + childComplexity);
      case 'page': {
        const items = edgesOf(node.selectionSet, fragments).reduce((sum, edges) => sum + (itemCosts.get(edges) ?? 0), 0);
        // the connection's own statement, each item times the page size, totalCount and pageInfo once
        return 1 + (pageSize(args.args.first) - 1) * items + childComplexity;
      }
    }
  };
}

/**
 * A field with no estimate (the coverage test keeps this from happening): a list counts as a full
 * page of rows, an object as one read, a scalar as free.
 */
function fallback({ field }: ComplexityEstimatorArgs): FieldEstimate {
  if (isListType(getNullableType(field.type))) return { kind: 'list', size: MAX_PAGE_SIZE, each: 1 };
  return isCompositeType(getNamedType(field.type)) ? { kind: 'read', cost: 1 } : { kind: 'free' };
}

/** a page size as the resolvers read it; out-of-range sizes (refused there) count as the most they could be */
function pageSize(first: unknown): number {
  if (typeof first !== 'number' || !Number.isInteger(first)) return DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(first, 0), MAX_PAGE_SIZE);
}

/** the `edges` selections of a connection's selection set, through fragments */
function edgesOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === CONNECTION_PLUMBING.items) found.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found.push(...edgesOf(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      found.push(...edgesOf(fragments.get(selection.name.value)?.selectionSet, fragments, seen));
    }
  }
  return found;
}

const introspectionCache = new WeakMap<GraphQLSchema, Map<string, number>>();

/**
 * The sizes of introspection's lists in this schema: the number of types and directives, and the
 * mean number of fields, arguments, values… among the types that have them (a field's type is
 * usually such a type), so that nesting `fields { type { fields … } } }` multiplies as it builds.
 */
function introspectionSizes(schema: GraphQLSchema): Map<string, number> {
  const known = introspectionCache.get(schema);
  if (known) return known;
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  const meanOf = (counts: number[]) => {
    const some = counts.filter((n) => n > 0);
    return Math.max(1, Math.ceil(some.reduce((a, b) => a + b, 0) / Math.max(1, some.length)));
  };
  const outputFields = types.flatMap((t) => (isObjectType(t) || isInterfaceType(t) ? [Object.values(t.getFields())] : []));
  const sizes = new Map<string, number>([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', meanOf(outputFields.map((f) => f.length))],
    ['__Type.inputFields', meanOf(types.map((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0)))],
    ['__Type.interfaces', meanOf(types.map((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0)))],
    ['__Type.possibleTypes', meanOf(types.map((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0)))],
    ['__Type.enumValues', meanOf(types.map((t) => (isEnumType(t) ? t.getValues().length : 0)))],
    ['__Field.args', meanOf(outputFields.flat().map((f) => f.args.length))],
    ['__Directive.args', meanOf(directives.map((d) => d.args.length))],
    ['__Directive.locations', meanOf(directives.map((d) => d.locations.length))],
  ]);
  introspectionCache.set(schema, sizes);
  return sizes;
}
