import { Arg, Ctx, Extensions, Resolver, Root, Subscription, type ResolverData } from 'type-graphql';
import { read } from '../platform/graphql/cost-estimates.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { requireGroup } from '../group/group.service.js';
import { ChangeType } from '../change/change.type.js';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import type { ChangeRow } from '../change/change.queries.js';
import type { LiveChange, LiveFilter, LiveHub } from './live.hub.js';
import { ActionItemEventType, LiaisonEventType } from './live.type.js';

/** a subscription's context: a request's, plus this process's live hub (platform/server/subscriptions.ts builds it) */
export interface LiveContext extends RequestContext {
  live?: LiveHub;
}

const GROUP_ARG = {
  nullable: true,
  description: 'Only what concerns this group (acronym or alias, as `group(acronym:)` resolves it), as `changes(filter: { group })` picks. Unknown: NOT_FOUND.',
} as const;

/**
 * The changes of objects of `objectType` (any type: null) concerning `group` (any: null), from
 * now on. The group is resolved when the client subscribes, so an unknown one is refused then.
 */
async function changesOf(objectType: string | null, { args, context }: Pick<ResolverData<LiveContext>, 'args' | 'context'>) {
  const hub = context.live;
  if (!hub) throw new AppError(ErrorCode.BAD_REQUEST, 'Subscriptions are served over WebSocket (graphql-ws) on /graphql.');
  const name = (args as { group?: string | null }).group;
  const groupId = name == null ? null : (await requireGroup(context.loaders.group, name, 'group')).id;
  // token management is not public (ADMINs read it in the changes feed): it is not streamed
  const accepts: LiveFilter = (c: LiveChange) =>
    c.objectType !== 'ApiToken' && (objectType === null || c.objectType === objectType) && (groupId === null || c.groupIds.includes(groupId));
  return hub.subscribe(accepts);
}

/** a recorded change's row, read for this event */
async function changeRow(event: LiveChange, ctx: RequestContext): Promise<ChangeRow> {
  const row = await ctx.loaders.change.byId.load(event.id);
  if (!row) throw new AppError(ErrorCode.NOT_FOUND, `Change ${event.id} can no longer be read.`);
  return row;
}

@Resolver()
export class LiveResolver {
  @Subscription(() => LiaisonEventType, {
    description:
      'Live: each time a liaison is recorded (sent, received, replied to) or changed (fields, status, addressees, topics), from now on. Over WebSocket (graphql-ws) on /graphql.',
    subscribe: (data) => changesOf('Liaison', data),
  })
  @Extensions({ cost: read() }) // live updates: each event is one read of what changed (its Change, and the liaison or item)
  async liaisonChanged(@Root() event: LiveChange, @Ctx() ctx: RequestContext, @Arg('group', () => String, GROUP_ARG) _group: string | null) {
    const [change, liaison] = await Promise.all([changeRow(event, ctx), ctx.loaders.liaison.byId.load(event.objectId)]);
    return { change, liaison };
  }

  @Subscription(() => ActionItemEventType, {
    description: 'Live: each time an action item is added or changed (status, assignee, due date, …), from now on. Over WebSocket (graphql-ws) on /graphql.',
    subscribe: (data) => changesOf('ActionItem', data),
  })
  @Extensions({ cost: read() })
  async actionItemChanged(@Root() event: LiveChange, @Ctx() ctx: RequestContext, @Arg('group', () => String, GROUP_ARG) _group: string | null) {
    const [change, actionItem] = await Promise.all([changeRow(event, ctx), ctx.loaders.actionItem.byId.load(event.objectId)]);
    return { change, actionItem };
  }

  @Subscription(() => ChangeType, {
    description:
      'Live: each change recorded from now on (any object: meetings, outcomes, liaisons, reports, …), as the `changes` feed would list it. Over WebSocket (graphql-ws) on /graphql.',
    subscribe: (data) => changesOf(null, data),
  })
  @Extensions({ cost: read() })
  changeRecorded(@Root() event: LiveChange, @Ctx() ctx: RequestContext, @Arg('group', () => String, GROUP_ARG) _group: string | null) {
    return changeRow(event, ctx);
  }
}
