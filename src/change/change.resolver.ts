import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Int, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { free, page, read } from '../platform/graphql/cost-estimates.js';
import type { RequestContext } from '../platform/graphql/context.js';
import { pageConnection } from '../platform/graphql/connection.js';
import { selects } from '../platform/graphql/selection.js';
import { PageArgs, pageRequest } from '../platform/graphql/paging.js';
import { DateTimeScalar } from '../platform/graphql/scalars.js';
import { Node } from '../platform/graphql/node.js';
import { JSONObjectResolver } from 'graphql-scalars';
import type { Snapshot } from './change.entity.js';
import { ChangeActorType, ChangeConnection, ChangeFilter, ChangeType } from './change.type.js';
import { listChanges, type ChangeRow } from './change.queries.js';

@Resolver(() => ChangeType)
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description:
      'Every recorded write, oldest first: `filter: { since, group }` answers "what moved since last week, in my group". Token management (objectType ApiToken) shows to ADMIN tokens only.',
  })
  @Extensions({ cost: page })
  async changes(
    @Arg('filter', () => ChangeFilter, { nullable: true }) filter: ChangeFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = pageRequest(args);
    return pageConnection(await listChanges(ctx.em, ctx.loaders.group, ctx.viewer, filter, page, selects(info, 'totalCount')), page);
  }

  @FieldResolver(() => ChangeActorType, { description: 'Who made it: the token’s label and role.' })
  @Extensions({ cost: free }) // actor and snapshots are columns of the change row
  by(@Root() change: ChangeRow): ChangeActorType {
    return { label: change.actorLabel, role: change.actorRole };
  }

  @FieldResolver(() => JSONObjectResolver, {
    nullable: true,
    description: 'The changed fields before; null for CREATE. Groups by acronym, meetings as "ACRONYM#number", other objects by id.',
  })
  before(@Root() change: ChangeRow): Snapshot | null {
    return inFieldOrder(change.before, change.fields);
  }

  @FieldResolver(() => JSONObjectResolver, { nullable: true, description: 'The changed fields after (every field for CREATE).' })
  after(@Root() change: ChangeRow): Snapshot | null {
    return inFieldOrder(change.after, change.fields);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The object changed (null for token management, which is not public).' })
  @Extensions({ cost: read() })
  object(@Root() change: ChangeRow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.nodeById(change.objectType)?.load(change.objectId) ?? null;
  }
}

/** jsonb keeps keys in its own order; show them in the object's field order */
function inFieldOrder(snapshot: Snapshot | null | undefined, fields: readonly string[]): Snapshot | null {
  if (!snapshot) return null;
  const keys = [...fields.filter((f) => f in snapshot), ...Object.keys(snapshot).filter((k) => !fields.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, snapshot[k]]));
}

/** what the three fields read of an editable object: a row, or an entity from a write */
interface EditableRow {
  id: number;
  version: number;
  updatedAt: Date | string;
}

/** `version`, `updatedAt` and `history` on one editable type: the same three fields everywhere. */
export function editableFieldsResolver(type: ClassType, typename: string) {
  @Resolver(() => type)
  class EditableFieldsResolver {
    @FieldResolver(() => Int, {
      description: 'Optimistic-lock version, raised by every change: an update names the version it was made from, and a stale one is refused with CONFLICT.',
    })
    version(@Root() entity: EditableRow): number {
      return entity.version;
    }

    @FieldResolver(() => DateTimeScalar, { description: 'When it last changed.' })
    updatedAt(@Root() entity: EditableRow): Date {
      // a row whose shape reads updated_at as plain text (PostgreSQL's form) still shows a DateTime
      return typeof entity.updatedAt === 'string' ? new Date(entity.updatedAt) : entity.updatedAt;
    }

    @FieldResolver(() => ChangeConnection, { description: 'Its recorded changes, oldest first: who changed what, when, before and after.' })
    @Extensions({ cost: page })
    async history(@Root() entity: EditableRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
      const page = pageRequest(args);
      const [rows, total] = await Promise.all([
        ctx.loaders.change.historyOf(typename, page).load(entity.id),
        selects(info, 'totalCount') ? ctx.loaders.change.countOf(typename).load(entity.id) : null,
      ]);
      return pageConnection({ ...rows, total }, page);
    }
  }
  Object.defineProperty(EditableFieldsResolver, 'name', { value: `${typename}EditableFieldsResolver` });
  return EditableFieldsResolver;
}
