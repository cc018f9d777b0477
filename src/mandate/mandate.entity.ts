import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { EditableEntity } from '../platform/database/base.entity.js';
import { Group } from '../group/group.entity.js';
import { Topic } from '../topic/topic.entity.js';

/** The bodies that adopt the resolutions groups work under (not groups of the graph: they only adopt texts). */
export const AdoptingBody = {
  PLENIPOTENTIARY_CONFERENCE: 'PLENIPOTENTIARY_CONFERENCE',
  COUNCIL: 'COUNCIL',
  WORLD_TELECOMMUNICATION_DEVELOPMENT_CONFERENCE: 'WORLD_TELECOMMUNICATION_DEVELOPMENT_CONFERENCE',
  WORLD_TELECOMMUNICATION_STANDARDIZATION_ASSEMBLY: 'WORLD_TELECOMMUNICATION_STANDARDIZATION_ASSEMBLY',
  OTHER: 'OTHER',
} as const;
export type AdoptingBody = (typeof AdoptingBody)[keyof typeof AdoptingBody];

/**
 * What a clause asks, in the form the graph can check (mandate.rules.ts):
 * LIAISE_WITH a target group, CONSULT a constituency at meetings (the topic a meeting carries
 * when it did), PUBLISH documents publicly, REPORT_TO a target body at an interval;
 * PARTICIPATION of stakeholders and OTHER are kept as text, not checked.
 */
export const ClauseAsk = {
  LIAISE_WITH: 'LIAISE_WITH',
  CONSULT: 'CONSULT',
  PUBLISH: 'PUBLISH',
  REPORT_TO: 'REPORT_TO',
  PARTICIPATION: 'PARTICIPATION',
  OTHER: 'OTHER',
} as const;
export type ClauseAsk = (typeof ClauseAsk)[keyof typeof ClauseAsk];

/** the asks that name a target group */
export const ASKS_WITH_TARGET: readonly ClauseAsk[] = [ClauseAsk.LIAISE_WITH, ClauseAsk.REPORT_TO];

/**
 * A resolution a group works under: "Resolution 179 (Rev. Bucharest, 2022)" of the
 * Plenipotentiary Conference. Its clauses are what it asks; its key is the bundle's natural key.
 */
@Entity({ tableName: 'resolutions' })
export class Resolution extends EditableEntity {
  @Property({ type: 'text', unique: true })
  key!: string;

  /** as the body numbers it: "179", "1306" */
  @Property({ type: 'text' })
  number!: string;

  /** the revision or modification as cited: "Rev. Bucharest, 2022", "Mod. 2015" */
  @Property({ type: 'text', nullable: true })
  revision?: string | null;

  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Property({ type: 'text' })
  adoptedBy!: AdoptingBody;
}

/**
 * One clause of a resolution, in order: its verbatim text, the group it addresses and what it
 * asks. The class is named as its GraphQL type (Clause): global ids and the history use the name.
 */
@Entity({ tableName: 'mandate_clauses' })
export class Clause extends EditableEntity {
  @ManyToOne({ entity: () => Resolution, ref: true, deleteRule: 'cascade' })
  resolution!: Ref<Resolution>;

  /** 1-based, in the resolution's order */
  @Property({ type: 'integer' })
  position!: number;

  /** the clause as the source quotes it */
  @Property({ type: 'text' })
  text!: string;

  /** the group asked to act */
  @ManyToOne({ entity: () => Group, ref: true })
  group!: Ref<Group>;

  @Property({ type: 'text' })
  ask!: ClauseAsk;

  /** LIAISE_WITH, REPORT_TO: the other group (its subgroups count too) */
  @ManyToOne({ entity: () => Group, ref: true, nullable: true })
  target?: Ref<Group> | null;

  /** CONSULT: who is consulted, in words ("youth") */
  @Property({ type: 'text', nullable: true })
  constituency?: string | null;

  /** CONSULT: the topic a meeting carries when it recorded the consultation */
  @ManyToOne({ entity: () => Topic, ref: true, nullable: true })
  topic?: Ref<Topic> | null;

  /** REPORT_TO: how often, in words ("each Council session") */
  @Property({ type: 'text', nullable: true })
  interval?: string | null;

  /** the period the clause is checked over; open at either end when not given */
  @Property({ type: 'date', nullable: true })
  periodStart?: string | null;

  @Property({ type: 'date', nullable: true })
  periodEnd?: string | null;
}
