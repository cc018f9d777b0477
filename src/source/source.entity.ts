import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../platform/database/base.entity.js';
import { Document } from '../document/document.entity.js';

/**
 * Provenance of one fact: which object (by type name and row id, since any kind of object
 * can carry sources), which document, and the verbatim excerpt it was taken from.
 */
@Entity({ tableName: 'sources' })
export class Source extends BaseEntity {
  /** GraphQL type name of the object the fact belongs to: Group, Meeting, Outcome, … */
  @Property({ type: 'string' })
  subjectType!: string;

  @Property({ type: 'integer' })
  subjectId!: number;

  @ManyToOne({ entity: () => Document, ref: true })
  document!: Ref<Document>;

  @Property({ type: 'text' })
  excerpt!: string;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** order among the sources of one object */
  @Property({ type: 'integer' })
  position: number = 1;
}
