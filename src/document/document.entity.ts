import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { EditableEntity } from '../platform/database/base.entity.js';
import { Group } from '../group/group.entity.js';
import { Meeting } from '../meeting/meeting.entity.js';

export const DocumentKind = {
  CONTRIBUTION: 'CONTRIBUTION',
  INFORMATION_DOCUMENT: 'INFORMATION_DOCUMENT',
  LIAISON_STATEMENT: 'LIAISON_STATEMENT',
  REPORT: 'REPORT',
  SUMMARY_REPORT: 'SUMMARY_REPORT',
  CONCEPT_NOTE: 'CONCEPT_NOTE',
  RESOLUTION: 'RESOLUTION',
  OTHER: 'OTHER',
} as const;
export type DocumentKind = (typeof DocumentKind)[keyof typeof DocumentKind];

/** A document of the knowledge base: contributions, reports, liaison statements; its text is searchable. */
@Entity({ tableName: 'documents' })
export class Document extends EditableEntity {
  @Property({ type: 'string' })
  symbol!: string;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'string' })
  kind!: DocumentKind;

  @Property({ type: 'string', nullable: true })
  url?: string | null;

  @Property({ type: 'boolean' })
  public: boolean = true;

  @Property({ type: 'date', nullable: true })
  publishedOn?: string | null;

  /** the full text; lazy, so lists of documents do not carry it */
  @Property({ type: 'text', nullable: true, lazy: true })
  text?: string | null;

  @ManyToOne({ entity: () => Group, ref: true, nullable: true })
  sourceGroup?: Ref<Group> | null;

  @ManyToOne({ entity: () => Meeting, ref: true, nullable: true })
  meeting?: Ref<Meeting> | null;
}
