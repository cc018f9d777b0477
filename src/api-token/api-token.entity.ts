import { Collection, Entity, ManyToMany, Property } from '@mikro-orm/core';
import { BaseEntity } from '../platform/database/base.entity.js';
import { Group } from '../group/group.entity.js';

export const Role = {
  /** everything, including issuing and revoking tokens */
  ADMIN: 'ADMIN',
  /** every group's content */
  SECRETARIAT: 'SECRETARIAT',
  /** the content of the token's groups only */
  EDITOR: 'EDITOR',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

/**
 * An API token. The secret is shown once, when the token is created; only its SHA-256 hash is
 * stored, so a leaked database does not leak working tokens. Revoked tokens stay (soft deletion):
 * the history still names who wrote what.
 */
@Entity({ tableName: 'api_tokens' })
export class ApiToken extends BaseEntity {
  /** who holds it, e.g. "CG-COP co-convener"; shown in the history of every write made with it */
  @Property({ type: 'string' })
  label!: string;

  @Property({ type: 'string' })
  role!: Role;

  /** hex SHA-256 of the secret */
  @Property({ type: 'string', hidden: true })
  tokenHash!: string;

  /** for EDITOR tokens: the groups whose content it may write */
  @ManyToMany({ entity: () => Group, pivotTable: 'api_token_groups', joinColumn: 'token_id', inverseJoinColumn: 'group_id' })
  groups = new Collection<Group>(this);

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  /** when it was last presented (updated at most once a minute) */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;
}
