import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { EditableEntity } from '../platform/database/base.entity.js';
import { Group } from '../group/group.entity.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { Topic } from '../topic/topic.entity.js';
import type { DatePrecision } from '../platform/graphql/scalars.js';

export const ReportStatus = {
  IN_PREPARATION: 'IN_PREPARATION',
  UNDER_REVISION: 'UNDER_REVISION',
  UNDER_REVIEW: 'UNDER_REVIEW',
  PRESENTED: 'PRESENTED',
  ADOPTED: 'ADOPTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type ReportStatus = (typeof ReportStatus)[keyof typeof ReportStatus];

export const MilestoneKind = {
  SUBMISSION: 'SUBMISSION',
  DISCUSSION: 'DISCUSSION',
  PRESENTATION: 'PRESENTATION',
  ADOPTION: 'ADOPTION',
} as const;
export type MilestoneKind = (typeof MilestoneKind)[keyof typeof MilestoneKind];

export const MilestoneStatus = { PLANNED: 'PLANNED', DONE: 'DONE', SLIPPED: 'SLIPPED', CANCELLED: 'CANCELLED' } as const;
export type MilestoneStatus = (typeof MilestoneStatus)[keyof typeof MilestoneStatus];

/** A work item that travels between groups, e.g. the CG-COP gap-analysis report. */
@Entity({ tableName: 'reports' })
export class Report extends EditableEntity {
  @Property({ type: 'string', nullable: true })
  key?: string | null;

  @Property({ type: 'text' })
  title!: string;

  /** e.g. GAP_ANALYSIS */
  @Property({ type: 'string' })
  kind!: string;

  @ManyToOne({ entity: () => Group, ref: true })
  ownerGroup!: Ref<Group>;

  @Property({ type: 'string' })
  status!: ReportStatus;

  @OneToMany({ entity: () => Milestone, mappedBy: 'report' })
  milestones = new Collection<Milestone>(this);

  @ManyToMany({ entity: () => Topic, pivotTable: 'report_topics', joinColumn: 'report_id', inverseJoinColumn: 'topic_id' })
  topics = new Collection<Topic>(this);

  /** the meeting outcomes that concern it (e.g. an expectation about when it is discussed) */
  @ManyToMany({ entity: () => Outcome, pivotTable: 'report_outcomes', joinColumn: 'report_id', inverseJoinColumn: 'outcome_id' })
  outcomes = new Collection<Outcome>(this);
}

/** A stop on a report's journey: a group, a date or meeting, and what happens there. */
@Entity({ tableName: 'milestones' })
export class Milestone extends EditableEntity {
  @Property({ type: 'string', nullable: true })
  key?: string | null;

  @ManyToOne({ entity: () => Report, ref: true })
  report!: Ref<Report>;

  @ManyToOne({ entity: () => Group, ref: true })
  group!: Ref<Group>;

  @Property({ type: 'string' })
  kind!: MilestoneKind;

  /** the first day of the planned period; plannedForPrecision says whether it is a year, a month or a day */
  @Property({ type: 'date', nullable: true })
  plannedFor?: string | null;

  @Property({ type: 'string', columnType: 'text' })
  plannedForPrecision: DatePrecision = 'day';

  @ManyToOne({ entity: () => Meeting, ref: true, nullable: true })
  meeting?: Ref<Meeting> | null;

  @Property({ type: 'string' })
  status: MilestoneStatus = 'PLANNED';
}
