import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity, EditableEntity } from '../platform/database/base.entity.js';
import { Group } from '../group/group.entity.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { Document } from '../document/document.entity.js';
import { Topic } from '../topic/topic.entity.js';
import type { DatePrecision } from '../platform/graphql/scalars.js';

export const LiaisonPurpose = {
  FOR_ACTION: 'FOR_ACTION',
  FOR_COMMENT: 'FOR_COMMENT',
  FOR_INFORMATION: 'FOR_INFORMATION',
  FOR_CONSIDERATION: 'FOR_CONSIDERATION',
  IN_RESPONSE: 'IN_RESPONSE',
} as const;
export type LiaisonPurpose = (typeof LiaisonPurpose)[keyof typeof LiaisonPurpose];

export const LiaisonStatus = {
  DRAFT: 'DRAFT',
  APPROVED: 'APPROVED',
  SENT: 'SENT',
  ACKNOWLEDGED: 'ACKNOWLEDGED',
  RESPONDED: 'RESPONDED',
  CLOSED: 'CLOSED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type LiaisonStatus = (typeof LiaisonStatus)[keyof typeof LiaisonStatus];

/** Purposes that ask the addressee to answer: they need a deadline, and make a liaison await a reply. */
export const REPLY_EXPECTED_PURPOSES: readonly LiaisonPurpose[] = ['FOR_ACTION', 'FOR_COMMENT'];

/** Statuses in which a liaison is out with its addressees and a reply can still come. */
export const AWAITING_STATUSES: readonly LiaisonStatus[] = ['SENT', 'ACKNOWLEDGED'];

/** From strongest to weakest: a liaison's purpose is the strongest of its TO addressees' purposes. */
const PURPOSE_STRENGTH: readonly LiaisonPurpose[] = [
  'FOR_ACTION',
  'FOR_COMMENT',
  'IN_RESPONSE',
  'FOR_CONSIDERATION',
  'FOR_INFORMATION',
];

export function strongestPurpose(purposes: readonly LiaisonPurpose[]): LiaisonPurpose {
  return PURPOSE_STRENGTH.find((p) => purposes.includes(p)) ?? 'FOR_INFORMATION';
}

export const AddresseeRole = { TO: 'TO', CC: 'CC' } as const;
export type AddresseeRole = (typeof AddresseeRole)[keyof typeof AddresseeRole];

/** A liaison statement between groups, sent or received, with its reply thread. */
@Entity({ tableName: 'liaisons' })
export class Liaison extends EditableEntity {
  @Property({ type: 'string', nullable: true })
  key?: string | null;

  /** the document symbol or reference the groups use, when there is one */
  @Property({ type: 'string', nullable: true })
  reference?: string | null;

  @Property({ type: 'text' })
  title!: string;

  @ManyToOne({ entity: () => Group, ref: true })
  fromGroup!: Ref<Group>;

  /** the strongest purpose among the TO addressees (stored so lists can filter on it) */
  @Property({ type: 'string' })
  purpose!: LiaisonPurpose;

  @Property({ type: 'string' })
  status: LiaisonStatus = 'DRAFT';

  @Property({ type: 'text', nullable: true })
  body?: string | null;

  @Property({ type: 'date', nullable: true })
  sentOn?: string | null;

  /** required for FOR_ACTION and FOR_COMMENT (a database check enforces it too) */
  @Property({ type: 'date', nullable: true })
  deadline?: string | null;

  /** how precisely the deadline is known: a month's or a year's deadline is its first day here (scalars.ts: Period) */
  @Property({ type: 'string', columnType: 'text' })
  deadlinePrecision: DatePrecision = 'day';

  @ManyToOne({ entity: () => Liaison, ref: true, nullable: true })
  inReplyTo?: Ref<Liaison> | null;

  /** the meeting that decided it, or where it was received */
  @ManyToOne({ entity: () => Meeting, ref: true, nullable: true })
  meeting?: Ref<Meeting> | null;

  /** the outcome that decided to send it */
  @ManyToOne({ entity: () => Outcome, ref: true, nullable: true })
  decidedBy?: Ref<Outcome> | null;

  @OneToMany({ entity: () => LiaisonAddressee, mappedBy: 'liaison', orphanRemoval: true })
  addressees = new Collection<LiaisonAddressee>(this);

  @ManyToMany({ entity: () => Document, pivotTable: 'liaison_attachments', joinColumn: 'liaison_id', inverseJoinColumn: 'document_id' })
  attachments = new Collection<Document>(this);

  @ManyToMany({ entity: () => Topic, pivotTable: 'liaison_topics', joinColumn: 'liaison_id', inverseJoinColumn: 'topic_id' })
  topics = new Collection<Topic>(this);

  /** who approved it (the ITU template's "Approval"): a body or person, as the template writes it */
  @Property({ type: 'text', nullable: true })
  approvedBy?: string | null;

  @Property({ type: 'string', nullable: true })
  approvalLevel?: ApprovalLevel | null;

  @Property({ type: 'date', nullable: true })
  approvedOn?: string | null;

  /** what the receiving side did with it (the template's "Action taken") */
  @Property({ type: 'text', nullable: true })
  actionTaken?: string | null;

  @OneToMany({ entity: () => LiaisonContact, mappedBy: 'liaison', orphanRemoval: true, orderBy: { position: 'asc' } })
  contacts = new Collection<LiaisonContact>(this);

  @OneToMany({ entity: () => LiaisonRelation, mappedBy: 'liaison', orphanRemoval: true })
  relations = new Collection<LiaisonRelation>(this);
}

/** The level at which a liaison statement was approved, as the ITU template names them. */
export const ApprovalLevel = {
  STUDY_GROUP: 'STUDY_GROUP',
  WORKING_PARTY: 'WORKING_PARTY',
  RAPPORTEUR_MEETING: 'RAPPORTEUR_MEETING',
  CHAIR: 'CHAIR',
} as const;
export type ApprovalLevel = (typeof ApprovalLevel)[keyof typeof ApprovalLevel];

/** How a liaison relates to an earlier one besides answering it (inReplyTo). */
export const LiaisonRelationKind = { SUPERSEDES: 'SUPERSEDES', REFERS_TO: 'REFERS_TO' } as const;
export type LiaisonRelationKind = (typeof LiaisonRelationKind)[keyof typeof LiaisonRelationKind];

/** One addressee of a liaison: TO with its own purpose (ITU templates allow one per group), or CC. */
@Entity({ tableName: 'liaison_addressees' })
export class LiaisonAddressee {
  [PrimaryKeyProp]?: ['liaison', 'group'];

  @ManyToOne({ entity: () => Liaison, primary: true, ref: true })
  liaison!: Ref<Liaison>;

  @ManyToOne({ entity: () => Group, primary: true, ref: true })
  group!: Ref<Group>;

  @Property({ type: 'string' })
  role!: AddresseeRole;

  /** this addressee's purpose; null for CC */
  @Property({ type: 'string', nullable: true })
  purpose?: LiaisonPurpose | null;
}

/** A contact person of a liaison (the template's "Contact"), for its sender or one of its addressees. */
@Entity({ tableName: 'liaison_contacts' })
export class LiaisonContact extends BaseEntity {
  @ManyToOne({ entity: () => Liaison, ref: true })
  liaison!: Ref<Liaison>;

  /** the sender or one of the addressees: whose contact this is */
  @ManyToOne({ entity: () => Group, ref: true })
  group!: Ref<Group>;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text', nullable: true })
  role?: string | null;

  /** order among the liaison's contacts */
  @Property({ type: 'integer' })
  position!: number;
}

/** "This liaison SUPERSEDES / REFERS_TO that one." */
@Entity({ tableName: 'liaison_relations' })
export class LiaisonRelation {
  [PrimaryKeyProp]?: ['liaison', 'related'];

  @ManyToOne({ entity: () => Liaison, primary: true, ref: true })
  liaison!: Ref<Liaison>;

  @ManyToOne({ entity: () => Liaison, primary: true, ref: true })
  related!: Ref<Liaison>;

  @Property({ type: 'string' })
  kind!: LiaisonRelationKind;
}
