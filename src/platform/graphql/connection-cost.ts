import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type ArgumentNode,
  type FieldNode,
  type GraphQLField,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging.js';
import { queryTooComplex } from './errors.js';

/**
 * The cost of an operation in the nodes it may return, as GitHub's node limit counts it: each
 * connection field costs its page size (`first`, default 20) times the page sizes of the
 * connections it sits in, so nested connections multiply. `nodes(ids:)` counts its ids.
 * Plain lists (topics, subgroups) are small and unpaged, so they count nothing.
 *
 * A ValidationRule run once the operation and its variables are known (a page size is often
 * a variable); it walks the document with graphql's visitor and the context's TypeInfo, and
 * expands fragment spreads by multiplying each fragment's own cost, computed once.
 */
export interface ConnectionCostOptions {
  /** the operation that will run (a document may hold several) */
  operation: OperationDefinitionNode;
  /** the request's variables, raw: a size that is not a whole number counts as the default */
  variables: Readonly<Record<string, unknown>> | undefined;
  maxCost: number;
  /** told the cost, whether or not it is over the limit */
  onCost?(cost: number): void;
}

/** what one operation or fragment costs on its own, and the fragments it spreads at which multiplier */
interface Tally {
  direct: number;
  spreads: { fragment: string; multiplier: number }[];
}

export function connectionCostRule(options: ConnectionCostOptions): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, Tally>();
    let operationTally: Tally | undefined;
    let current: Tally | undefined;
    /** the product of the page sizes of the connections around the field being visited */
    let multipliers: number[] = [];

    const begin = (): Tally => {
      multipliers = [1];
      current = { direct: 0, spreads: [] };
      return current;
    };

    return {
      OperationDefinition: {
        enter(node) {
          if (node !== options.operation) return false; // another operation of the document: it will not run
          operationTally = begin();
          return undefined;
        },
        leave() {
          current = undefined;
        },
      },
      FragmentDefinition: {
        enter(node) {
          fragments.set(node.name.value, begin());
        },
        leave() {
          current = undefined;
        },
      },
      Field: {
        enter(node) {
          if (!current) return;
          const outer = multipliers[multipliers.length - 1];
          const size = listSize(context.getFieldDef(), node, options);
          if (size === undefined) {
            multipliers.push(outer);
          } else {
            current.direct += outer * size;
            multipliers.push(outer * size);
          }
        },
        leave() {
          if (current) multipliers.pop();
        },
      },
      FragmentSpread(node) {
        current?.spreads.push({ fragment: node.name.value, multiplier: multipliers[multipliers.length - 1] });
      },
      Document: {
        leave() {
          if (!operationTally) return;
          const cost = totalCost(operationTally, fragments);
          options.onCost?.(cost);
          if (cost > options.maxCost) {
            context.reportError(
              queryTooComplex(
                `This query may return ${cost} nodes, over the limit of ${options.maxCost}: ask for smaller pages (first) or fewer nested connections.`,
                { limit: 'cost', max: options.maxCost, cost },
                [options.operation],
              ),
            );
          }
        },
      },
    };
  };
}

/** the operation's cost with every fragment spread expanded (each fragment's unit cost computed once) */
function totalCost(operation: Tally, fragments: Map<string, Tally>): number {
  const unitCost = new Map<string, number>();
  const inProgress = new Set<string>();
  const costOf = (tally: Tally): number =>
    tally.spreads.reduce((sum, spread) => sum + spread.multiplier * fragmentCost(spread.fragment), tally.direct);
  const fragmentCost = (name: string): number => {
    const known = unitCost.get(name);
    if (known !== undefined) return known;
    const tally = fragments.get(name);
    // an unknown fragment or a cycle is refused by graphql's own rules; it adds nothing here
    if (!tally || inProgress.has(name)) return 0;
    inProgress.add(name);
    const cost = costOf(tally);
    inProgress.delete(name);
    unitCost.set(name, cost);
    return cost;
  };
  return costOf(operation);
}

/** how many items a field may return: a connection's page size, the number of ids; undefined for other fields */
function listSize(field: GraphQLField<unknown, unknown> | null | undefined, node: FieldNode, options: ConnectionCostOptions): number | undefined {
  if (!field) return undefined;
  const returned = getNamedType(field.type);
  if (isObjectType(returned) && 'edges' in returned.getFields() && field.args.some((a) => a.name === 'first')) {
    const first = wholeNumber(argumentValue(node, 'first', options));
    // out-of-range sizes are refused by the resolver (BAD_USER_INPUT); here they count as the most it could be
    return first === undefined ? DEFAULT_PAGE_SIZE : Math.min(Math.max(first, 0), MAX_PAGE_SIZE);
  }
  const ids = field.args.find((a) => a.name === 'ids');
  if (ids && isListType(getNullableType(ids.type))) {
    const value = argumentValue(node, 'ids', options);
    if (Array.isArray(value)) return value.length;
    return value === undefined || value === null ? 0 : 1; // a single value is coerced to a list of one
  }
  return undefined;
}

function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** an argument's value as far as sizes go: literal ints and lists, variables, variable defaults */
function argumentValue(node: FieldNode, name: string, options: ConnectionCostOptions): unknown {
  const argument = node.arguments?.find((a: ArgumentNode) => a.name.value === name);
  return argument ? literal(argument.value, options) : undefined;
}

function literal(value: ValueNode, options: ConnectionCostOptions): unknown {
  switch (value.kind) {
    case Kind.INT:
      return Number(value.value);
    case Kind.LIST:
      return value.values.map((v) => literal(v, options));
    case Kind.NULL:
      return null;
    case Kind.VARIABLE: {
      const name = value.name.value;
      if (options.variables && Object.prototype.hasOwnProperty.call(options.variables, name)) return options.variables[name];
      const definition = options.operation.variableDefinitions?.find((d) => d.variable.name.value === name);
      return definition?.defaultValue ? literal(definition.defaultValue, options) : undefined;
    }
    default:
      return value.kind; // a string, float, enum or object: not a size
  }
}
