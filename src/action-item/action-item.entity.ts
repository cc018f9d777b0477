import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { EditableEntity } from '../platform/database/base.entity.js';
import { Group } from '../group/group.entity.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { Liaison } from '../liaison/liaison.entity.js';
import type { DatePrecision } from '../platform/graphql/scalars.js';

export const ActionStatus = {
  OPEN: 'OPEN',
  IN_PROGRESS: 'IN_PROGRESS',
  DONE: 'DONE',
  CANCELLED: 'CANCELLED',
} as const;
export type ActionStatus = (typeof ActionStatus)[keyof typeof ActionStatus];

/** Statuses in which an item is still owed (and so can be overdue). */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['OPEN', 'IN_PROGRESS'];

/** Follow-up that an outcome raised, owed by a group or body, due by a date or at a meeting. */
@Entity({ tableName: 'action_items' })
export class ActionItem extends EditableEntity {
  /** stable key for import/export matching */
  @Property({ type: 'string', nullable: true })
  key?: string | null;

  @Property({ type: 'text' })
  title!: string;

  @ManyToOne({ entity: () => Group, ref: true })
  assignee!: Ref<Group>;

  @ManyToOne({ entity: () => Outcome, ref: true, nullable: true })
  raisedBy?: Ref<Outcome> | null;

  @ManyToOne({ entity: () => Outcome, ref: true, nullable: true })
  resolvedBy?: Ref<Outcome> | null;

  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  /** how precisely the due date is known: a month's or a year's is its first day here (scalars.ts: Period) */
  @Property({ type: 'string', columnType: 'text' })
  dueOnPrecision: DatePrecision = 'day';

  @ManyToOne({ entity: () => Meeting, ref: true, nullable: true })
  dueMeeting?: Ref<Meeting> | null;

  @Property({ type: 'string' })
  status: ActionStatus = 'OPEN';

  /** the liaison this item asks for ("send a liaison to SG17"): recorded SENT, it gets the item DONE */
  @ManyToOne({ entity: () => Liaison, ref: true, nullable: true })
  liaison?: Ref<Liaison> | null;
}
