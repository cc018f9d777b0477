import { Extensions, Field, ID, InputType, ObjectType } from 'type-graphql';
import { embedded, free } from '../platform/graphql/cost-estimates.js';
import { UserErrorType } from '../platform/graphql/user-errors.js';
import { Role } from './api-token.entity.js';
import { ApiTokenType } from './api-token.type.js';

@InputType('CreateApiTokenInput', { description: 'A new API token (ADMIN only).' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'Who will hold it, e.g. "CG-COP co-convener".' })
  label!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => [String], { nullable: true, description: 'EDITOR only (and required): the groups it writes for, by acronym or alias.' })
  groups?: string[] | null;
}

@ObjectType('CreateApiTokenPayload', { description: 'The new token and its secret, or why it was not created.' })
export class CreateApiTokenPayload {
  @Field(() => ApiTokenType, { nullable: true })
  @Extensions({ cost: free })
  apiToken!: unknown;

  @Field(() => String, { nullable: true, description: 'The secret, shown this once and never again: only its hash is stored.' })
  token!: string | null;

  @Field(() => [UserErrorType])
  @Extensions({ cost: embedded(10) })
  userErrors!: UserErrorType[];
}

@InputType('RevokeApiTokenInput', { description: 'The API token to revoke (ADMIN only).' })
export class RevokeApiTokenInput {
  @Field(() => ID)
  id!: string;
}

@ObjectType('RevokeApiTokenPayload', { description: 'The revoked token, or why it was not revoked.' })
export class RevokeApiTokenPayload {
  @Field(() => ApiTokenType, { nullable: true })
  @Extensions({ cost: free })
  apiToken!: unknown;

  @Field(() => [UserErrorType])
  @Extensions({ cost: embedded(10) })
  userErrors!: UserErrorType[];
}
