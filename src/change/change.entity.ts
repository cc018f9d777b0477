import { ArrayType, Entity, JsonType, ManyToOne, PrimaryKey, Property, helper, type Ref } from '@mikro-orm/core';
import { encodeGlobalId } from '../platform/graphql/global-id.js';
import { ApiToken, type Role } from '../api-token/api-token.entity.js';

export const ChangeAction = {
  CREATE: 'CREATE',
  UPDATE: 'UPDATE',
  /** a status change (setLiaisonStatus, setActionItemStatus, a reply marking RESPONDED, …) */
  STATUS: 'STATUS',
  /** a topic tagged */
  TAG: 'TAG',
  /** a token revoked */
  REVOKE: 'REVOKE',
} as const;
export type ChangeAction = (typeof ChangeAction)[keyof typeof ChangeAction];

/** A JSON view of an object's fields, as the history shows them (groups by acronym, references by id). */
export type Snapshot = Record<string, unknown>;

/**
 * One recorded write: who (the token's label and role, kept even if the token is revoked), when,
 * which object, what (the fields before and after). Appended in the transaction of the write
 * itself, so a write and its record commit or vanish together; the table is append-only.
 */
@Entity({ tableName: 'changes' })
export class Change {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** the write's transaction time */
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  at!: Date;

  @ManyToOne({ entity: () => ApiToken, ref: true, nullable: true })
  actorToken?: Ref<ApiToken> | null;

  @Property({ type: 'string' })
  actorLabel!: string;

  @Property({ type: 'string' })
  actorRole!: Role;

  /** GraphQL type name of the object: Liaison, Meeting, … (ApiToken for token management) */
  @Property({ type: 'string' })
  objectType!: string;

  @Property({ type: 'integer' })
  objectId!: number;

  /** the object's version after this change */
  @Property({ type: 'integer', nullable: true })
  objectVersion?: number | null;

  @Property({ type: 'string' })
  action!: ChangeAction;

  /** the fields that changed (every field for CREATE) */
  @Property({ type: ArrayType })
  fields: string[] = [];

  /** the changed fields before (null for CREATE) */
  @Property({ type: JsonType, nullable: true })
  before?: Snapshot | null;

  /** the changed fields after */
  @Property({ type: JsonType, nullable: true })
  after?: Snapshot | null;

  /** the groups the object belongs to or concerns, before and after: what changes(filter: {group}) matches */
  @Property({ type: new ArrayType<number>((i) => Number(i)), columnType: 'integer[]' })
  groupIds: number[] = [];

  /** why, when the change is a consequence of another write (e.g. "answered by …") */
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'string', nullable: true })
  requestId?: string | null;

  get nodeId(): string {
    return encodeGlobalId(helper(this).__meta.className, this.id);
  }
}

/** what a write changed, as the webhooks' outbox sees it: the object and its whole snapshot after */
export interface RecordedChange {
  objectType: string;
  objectId: number;
  action: ChangeAction;
  before: Snapshot | null;
  after: Snapshot;
  groupIds: number[];
}
