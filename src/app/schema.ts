import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { resolvers } from './modules.js';
import { printSdl } from '../platform/server/front-door.js';

let built: GraphQLSchema | undefined;

const UNUSED_PUB_SUB: PubSub = {
  publish() {},
  subscribe() {
    throw new Error('every subscription has its own subscribe function');
  },
};

/** The executable schema, built once from the resolvers' decorators. */
export async function getSchema(): Promise<GraphQLSchema> {
  built ??= await buildSchema({
    resolvers,
    // decorators carry every type explicitly (tsx emits no decorator metadata); validation lives in services
    validate: false,
    // subscriptions bring their own subscribe functions (live/live.resolver.ts, fed by live/live.hub.ts);
    // type-graphql asks for a pub/sub all the same, which nothing uses
    pubSub: UNUSED_PUB_SUB,
  });
  return built;
}

/** The SDL committed at schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printSchemaSdl(): Promise<string> {
  return printSdl(await getSchema());
}
