import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { EditableEntity } from '../platform/database/base.entity.js';
import { Group } from '../group/group.entity.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { Outcome } from '../outcome/outcome.entity.js';
import { Document } from '../document/document.entity.js';

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
}

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
