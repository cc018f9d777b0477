import { helper, PrimaryKey, Property } from '@mikro-orm/core';
import { encodeGlobalId } from '../graphql/global-id.js';

/** Every stored object: a row id, its global id, and when it was created and last changed. */
export abstract class BaseEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** The opaque id the API shows (Node.id); the entity's class name is its GraphQL type name. */
  get nodeId(): string {
    return encodeGlobalId(helper(this).__meta.className, this.id);
  }
}

/** An object secretariats edit: optimistic locking through `version` (stale updates are refused). */
export abstract class EditableEntity extends BaseEntity {
  @Property({ type: 'integer', version: true, default: 1 })
  version!: number;
}
