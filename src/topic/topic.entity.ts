import { Entity, Property } from '@mikro-orm/core';
import { BaseEntity } from '../platform/database/base.entity.js';

/** A cross-cutting tag: youth participation, helplines, age verification, … */
@Entity({ tableName: 'topics' })
export class Topic extends BaseEntity {
  @Property({ type: 'string' })
  slug!: string;

  @Property({ type: 'string' })
  name!: string;
}
