import { Collection, Entity, ManyToMany, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { EditableEntity } from '../platform/database/base.entity.js';
import { Group } from '../group/group.entity.js';
import { Topic } from '../topic/topic.entity.js';

export const HalfDay = { AM: 'AM', PM: 'PM' } as const;
export type HalfDay = (typeof HalfDay)[keyof typeof HalfDay];

export const MeetingFormat = { IN_PERSON: 'IN_PERSON', HYBRID: 'HYBRID', VIRTUAL: 'VIRTUAL' } as const;
export type MeetingFormat = (typeof MeetingFormat)[keyof typeof MeetingFormat];

/** A meeting of a group; dates are calendar dates with an optional half day ("30 September (p.m.)"). */
@Entity({ tableName: 'meetings' })
export class Meeting extends EditableEntity {
  @ManyToOne({ entity: () => Group, ref: true })
  group!: Ref<Group>;

  /** ordinal: 21 for the twenty-first meeting; unique within the group */
  @Property({ type: 'integer', nullable: true })
  number?: number | null;

  @Property({ type: 'string' })
  title!: string;

  /** ISO date, YYYY-MM-DD */
  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'string', nullable: true })
  startHalf?: HalfDay | null;

  @Property({ type: 'date' })
  endsOn!: string;

  @Property({ type: 'string', nullable: true })
  endHalf?: HalfDay | null;

  @Property({ type: 'string', nullable: true })
  location?: string | null;

  @Property({ type: 'string' })
  format!: MeetingFormat;

  @Property({ type: 'integer', nullable: true })
  participantCount?: number | null;

  @ManyToMany({ entity: () => Topic, pivotTable: 'meeting_topics', joinColumn: 'meeting_id', inverseJoinColumn: 'topic_id' })
  topics = new Collection<Topic>(this);
}
