import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Extensions, ID, Info, Query, Resolver } from 'type-graphql';
import { ids, read } from '../platform/graphql/cost-estimates.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { Node } from '../platform/graphql/node.js';
import { decodeGlobalId } from '../platform/graphql/global-id.js';
import { Selection } from '../platform/graphql/selection.js';
import { badInput } from '../platform/errors/app-error.js';

export const MAX_NODES = 100;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null if it does not exist.' })
  @Extensions({ cost: read() })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadNode(ctx, id, Selection.of(info));
  }

  @Query(() => [Node], { nullable: 'items', description: 'Objects by global id, in the order asked; null where one does not exist.' })
  @Extensions({ cost: ids('ids') })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    if (ids.length > MAX_NODES) throw badInput('ids', `at most ${MAX_NODES} ids at once, got ${ids.length}`);
    const selection = Selection.of(info);
    return Promise.all(ids.map((id) => loadNode(ctx, id, selection)));
  }
}

async function loadNode(ctx: RequestContext, globalId: string, selection: Selection) {
  const decoded = decodeGlobalId(globalId);
  if (!decoded) throw badInput('id', `"${globalId.slice(0, 100)}" is not an id this API returned`);
  const loader = ctx.loaders.nodeById(decoded.typename);
  if (!loader) return null;
  const row = loader.load(decoded.id);
  // the id names the object before its row is read: what the query asks of it can be read alongside
  ctx.loaders.readNodeAhead(decoded.typename, decoded.id, selection);
  return row;
}
