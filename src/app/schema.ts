import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from './modules.js';
import { printSdl } from '../platform/server/front-door.js';

let built: GraphQLSchema | undefined;

/** The executable schema, built once from the resolvers' decorators. */
export async function getSchema(): Promise<GraphQLSchema> {
  built ??= await buildSchema({
    resolvers,
    // decorators carry every type explicitly (tsx emits no decorator metadata); validation lives in services
    validate: false,
  });
  return built;
}

/** The SDL committed at schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printSchemaSdl(): Promise<string> {
  return printSdl(await getSchema());
}
