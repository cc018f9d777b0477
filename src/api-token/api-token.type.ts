import { Extensions, Field, ID, ObjectType } from 'type-graphql';
import { rows } from '../platform/graphql/cost-estimates.js';
import { ConnectionType } from '../platform/graphql/connection.js';
import { DateTimeScalar } from '../platform/graphql/scalars.js';
import { Role } from './api-token.entity.js';
import { GroupType } from '../group/group.type.js';

/** Not a Node: tokens are not public, so node(id:) never finds one. */
@ObjectType('ApiToken', { description: 'An API token as ADMINs see it: label, role, groups and use; never its secret or hash.' })
export class ApiTokenType {
  @Field(() => ID, { name: 'id', description: 'Pass it to revokeApiToken (or its number to `npm run token -- revoke`).' })
  nodeId!: string;

  @Field(() => String, { description: 'Who holds it; shown in the history of every write made with it.' })
  label!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was revoked; a revoked token no longer works.' })
  revokedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last presented (to the minute).' })
  lastUsedAt!: Date | null;
}

export const ApiTokenConnection = ConnectionType(ApiTokenType, 'ApiToken');

@ObjectType('Viewer', { description: 'Who the request’s token says you are.' })
export class ViewerType {
  @Field(() => String)
  label!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => [GroupType], { description: 'For an EDITOR: the groups it writes for; empty for the other roles, which cover every group.' })
  @Extensions({ cost: rows(5) })
  groups!: unknown[];
}
