import { Collection, Entity, ManyToMany, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { EditableEntity } from '../platform/database/base.entity.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { Topic } from '../topic/topic.entity.js';

export const OutcomeKind = {
  AGREED: 'AGREED',
  ENDORSED: 'ENDORSED',
  WELCOMED: 'WELCOMED',
  INVITED: 'INVITED',
  REAFFIRMED: 'REAFFIRMED',
  EXPECTED: 'EXPECTED',
  NOTED: 'NOTED',
  REQUESTED: 'REQUESTED',
  ENCOURAGED: 'ENCOURAGED',
} as const;
export type OutcomeKind = (typeof OutcomeKind)[keyof typeof OutcomeKind];

/** One decision of a meeting, in the order the meeting recorded it. */
@Entity({ tableName: 'outcomes' })
export class Outcome extends EditableEntity {
  @ManyToOne({ entity: () => Meeting, ref: true })
  meeting!: Ref<Meeting>;

  /** 1-based, unique within the meeting */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string' })
  kind!: OutcomeKind;

  @Property({ type: 'text' })
  text!: string;

  @ManyToMany({ entity: () => Topic, pivotTable: 'outcome_topics', joinColumn: 'outcome_id', inverseJoinColumn: 'topic_id' })
  topics = new Collection<Topic>(this);
}
