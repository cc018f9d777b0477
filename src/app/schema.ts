import 'reflect-metadata';
import { isAbstractType, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { buildSchema, getMetadataStorage, type PubSub } from 'type-graphql';
import { resolvers } from './modules.js';
import { printSdl } from '../platform/server/front-door.js';

let built: GraphQLSchema | undefined;

const UNUSED_PUB_SUB: PubSub = {
  publish() {},
  subscribe() {
    throw new Error('every subscription has its own subscribe function');
  },
};

/**
 * Plain fields (a property read off the row, no field resolver) resolve with graphql-js's
 * default resolver. Without `simple`, type-graphql gives every such field a resolver of its own
 * that allocates its arguments and runs the (empty) middleware chain: thousands of calls per
 * dashboard answer. We use no middlewares, auth checker or field-level roles, so the default
 * resolver reads the same value; a field renamed in the schema (`name:`) keeps type-graphql's,
 * which reads the property by its own name.
 */
function plainFieldsResolveByDefault(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple === undefined && field.name === field.schemaName) field.simple = true;
  }
}

/**
 * type-graphql wraps a declared `resolveType` in an async function: a promise for every object
 * of an interface or a union (every `node` and search hit), and graphql-jit (compiled-execution.ts)
 * needs the type name at once. Ours return the name itself, so they are called as they are.
 */
function abstractTypesResolveAtOnce(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const declared = new Map<string, (value: object) => unknown>();
  for (const type of [...storage.interfaceTypes, ...storage.unions]) if (type.resolveType) declared.set(type.name, type.resolveType as (value: object) => unknown);
  for (const type of Object.values(schema.getTypeMap())) {
    const resolveType = declared.get(type.name);
    if (!isAbstractType(type) || !resolveType) continue;
    type.resolveType = ((value: object) => {
      const name = resolveType(value);
      if (typeof name !== 'string') throw new Error(`${type.name}.resolveType must return a type name`);
      return name;
    }) satisfies GraphQLTypeResolver<object, unknown>;
  }
}

/**
 * type-graphql sorts a resolver's parameters by position on every call (`getParams`), and
 * Array.prototype.sort copies the array each time: a twentieth of the garbage a thread answer made
 * (measured with an allocation profile, 22 of 389 kB). The order never changes once the schema
 * is built, so each list is sorted here once and its `sort` answers with the list as it is.
 */
function parametersSortedOnce(): void {
  const storage = getMetadataStorage();
  const definitions = [...storage.queries, ...storage.mutations, ...storage.subscriptions, ...storage.fieldResolvers, ...storage.fields];
  for (const { params } of definitions) {
    if (!params || Object.hasOwn(params, 'sort')) continue;
    params.sort((a, b) => a.index - b.index);
    Object.defineProperty(params, 'sort', { value: () => params });
  }
}

/** The executable schema, built once from the resolvers' decorators. */
export async function getSchema(): Promise<GraphQLSchema> {
  if (built) return built;
  plainFieldsResolveByDefault();
  built = await buildSchema({
    resolvers,
    // decorators carry every type explicitly (tsx emits no decorator metadata); validation lives in services
    validate: false,
    // subscriptions bring their own subscribe functions (live/live.resolver.ts, fed by live/live.hub.ts);
    // type-graphql asks for a pub/sub all the same, which nothing uses
    pubSub: UNUSED_PUB_SUB,
  });
  abstractTypesResolveAtOnce(built);
  parametersSortedOnce();
  return built;
}

/** The SDL committed at schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printSchemaSdl(): Promise<string> {
  return printSdl(await getSchema());
}
