import { Collection, Entity, ManyToMany, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { EditableEntity } from '../platform/database/base.entity.js';
import { Group } from '../group/group.entity.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { Document } from '../document/document.entity.js';

/** A practice or initiative a group shared: youth consultations, helplines feedback, roundtables, toolkits. */
@Entity({ tableName: 'best_practices' })
export class BestPractice extends EditableEntity {
  @Property({ type: 'string', nullable: true })
  key?: string | null;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  summary!: string;

  @ManyToOne({ entity: () => Group, ref: true, nullable: true })
  sourceGroup?: Ref<Group> | null;

  /** the meeting where it was shared */
  @ManyToOne({ entity: () => Meeting, ref: true, nullable: true })
  meeting?: Ref<Meeting> | null;

  @ManyToMany({ entity: () => Topic, pivotTable: 'best_practice_topics', joinColumn: 'best_practice_id', inverseJoinColumn: 'topic_id' })
  topics = new Collection<Topic>(this);

  @ManyToMany({ entity: () => Document, pivotTable: 'best_practice_documents', joinColumn: 'best_practice_id', inverseJoinColumn: 'document_id' })
  documents = new Collection<Document>(this);
}
