import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../platform/graphql/node.js';
import { ConnectionType } from '../platform/graphql/connection.js';
import { DateScalar, PartialDateScalar } from '../platform/graphql/scalars.js';
import { AddresseeRole, LiaisonPurpose, LiaisonStatus } from './liaison.entity.js';

/** Which of a group's liaisons: those it sent, or those it received (as a TO or CC addressee). */
export const LiaisonDirection = { SENT: 'SENT', RECEIVED: 'RECEIVED' } as const;
export type LiaisonDirection = (typeof LiaisonDirection)[keyof typeof LiaisonDirection];

registerEnumType(LiaisonPurpose, {
  name: 'LiaisonPurpose',
  description: 'Why a liaison is sent; FOR_ACTION and FOR_COMMENT ask for a reply and need a deadline.',
});
registerEnumType(LiaisonStatus, {
  name: 'LiaisonStatus',
  description: 'Where a liaison stands: DRAFT → APPROVED → SENT → ACKNOWLEDGED → RESPONDED → CLOSED, or WITHDRAWN.',
});
registerEnumType(LiaisonDirection, {
  name: 'LiaisonDirection',
  description: "Which of a group's liaisons: SENT by it, or RECEIVED by it (as a TO or CC addressee).",
});
registerEnumType(AddresseeRole, {
  name: 'AddresseeRole',
  description: 'How a liaison is addressed to a group: TO (with a purpose of its own) or CC (for information).',
});

@ObjectType('Liaison', {
  implements: Node,
  description: 'A liaison statement between groups, sent or received, with its reply thread.',
})
export class LiaisonType extends Node {
  @Field(() => String, { nullable: true, description: 'The document symbol or reference the groups use, when there is one.' })
  reference!: string | null;

  @Field(() => String, { description: 'The subject of the statement.' })
  title!: string;

  @Field(() => LiaisonPurpose, {
    description: 'The strongest purpose among the TO addressees (each addressee’s own purpose is in `addressees`).',
  })
  purpose!: LiaisonPurpose;

  @Field(() => LiaisonStatus, { description: 'Where it stands.' })
  status!: LiaisonStatus;

  @Field(() => String, { nullable: true, description: 'The text of the statement, when recorded.' })
  body!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date it was sent, when known.' })
  sentOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The first day of the deadline period (1 April for "April 2025").',
    deprecationReason: 'A deadline known to the month or the year is not a day: read deadlinePeriod.',
  })
  deadline!: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'The reply is due by this date, as precise as it was given (2025-04: by the end of April 2025); required for FOR_ACTION and FOR_COMMENT.',
  })
  deadlinePeriod!: string | null;
}

@ObjectType('LiaisonAddressee', { description: 'One addressee of a liaison: a group, TO or CC, and for TO its own purpose.' })
export class LiaisonAddresseeType {
  @Field(() => AddresseeRole, { description: 'TO or CC.' })
  role!: AddresseeRole;

  @Field(() => LiaisonPurpose, { nullable: true, description: 'What the liaison asks of this addressee; null for CC.' })
  purpose!: LiaisonPurpose | null;
}

export const LiaisonConnection = ConnectionType(LiaisonType, 'Liaison');

@InputType('LiaisonFilter', { description: 'Narrows liaisons; every condition given must hold. Group names are acronyms or aliases.' })
export class LiaisonFilter {
  @Field(() => String, { nullable: true, description: 'Sent by this group; an unknown name is a NOT_FOUND error.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Addressed TO this group (CC addressees do not count); an unknown name is a NOT_FOUND error.' })
  to?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Exactly two different groups: liaisons from either one TO the other, in both directions.',
  })
  between?: string[] | null;

  @Field(() => [LiaisonPurpose], { nullable: true, description: 'Any of these (strongest) purposes; null or empty means any.' })
  purpose?: LiaisonPurpose[] | null;

  @Field(() => [LiaisonStatus], { nullable: true, description: 'Any of these statuses; null or empty means any.' })
  status?: LiaisonStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only liaisons awaiting a reply (see Liaison.awaitingReply); false: only those not awaiting one.',
  })
  awaitingReply?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only liaisons whose reply is overdue (see Liaison.replyOverdue); false: only those whose reply is not.',
  })
  replyOverdue?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only liaisons whose reply is due soon (see Liaison.replyDueSoon); false: only those whose reply is not.',
  })
  replyDueSoon?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Deadline on or after this date (liaisons without a deadline never match).' })
  deadlineFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Deadline on or before this date; before deadlineFrom is a BAD_USER_INPUT error.',
  })
  deadlineTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Awaiting a reply from this group: it is a TO addressee whose own purpose asks for a reply (FOR_ACTION, FOR_COMMENT) and no reply has gone out. An unknown name is a NOT_FOUND error.',
  })
  awaitingReplyFrom?: string | null;
}
