import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../platform/graphql/context.js';
import { Node } from '../platform/graphql/node.js';
import { decodeGlobalId } from '../platform/graphql/global-id.js';
import { badInput } from '../platform/errors/app-error.js';

export const MAX_NODES = 100;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null if it does not exist.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return loadNode(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Objects by global id, in the order asked; null where one does not exist.' })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext) {
    if (ids.length > MAX_NODES) throw badInput('ids', `at most ${MAX_NODES} ids at once, got ${ids.length}`);
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}

async function loadNode(ctx: RequestContext, globalId: string) {
  const decoded = decodeGlobalId(globalId);
  if (!decoded) throw badInput('id', `"${globalId.slice(0, 100)}" is not an id this API returned`);
  const loader = ctx.loaders.nodeById(decoded.typename);
  return loader ? loader.load(decoded.id) : null;
}
