import { VersionedInput } from '../platform/graphql/versioned-input.js';
import { Field, InputType } from 'type-graphql';
import { PayloadType } from '../platform/graphql/user-errors.js';
import { SourceInput } from '../source/source.inputs.js';
import { LiaisonApprovalInput, LiaisonContactInput, LiaisonRelationInput } from './liaison-template.inputs.js';
import { LiaisonPurpose, LiaisonStatus } from './liaison.entity.js';
import { LiaisonType } from './liaison.type.js';

@InputType('LiaisonAddresseeInput', { description: 'A TO addressee: a group and, if it differs from the liaison’s, its own purpose.' })
export class LiaisonAddresseeInput {
  @Field(() => String, { description: 'The group, by acronym or alias.' })
  group!: string;

  @Field(() => LiaisonPurpose, { nullable: true, description: 'What the liaison asks of this group; defaults to the liaison’s purpose.' })
  purpose?: LiaisonPurpose | null;
}

@InputType('CreateLiaisonInput', {
  description: 'A liaison statement, sent or received. A reply (inReplyTo) recorded SENT marks the answered liaison RESPONDED.',
})
export class CreateLiaisonInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'The sending group, by acronym or alias.' })
  from!: string;

  @Field(() => [LiaisonAddresseeInput], {
    nullable: true,
    description: 'The TO addressees, each with an optional purpose of its own. A reply defaults to the sender of what it answers.',
  })
  to?: LiaisonAddresseeInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Groups in copy, by acronym or alias.' })
  cc?: string[] | null;

  @Field(() => LiaisonPurpose, {
    nullable: true,
    description: 'The purpose for TO addressees without their own; a reply defaults to IN_RESPONSE. FOR_ACTION and FOR_COMMENT need a deadline.',
  })
  purpose?: LiaisonPurpose | null;

  @Field(() => String, { nullable: true, description: 'The reply is due by this date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source (a month or a year runs to its end); required for FOR_ACTION and FOR_COMMENT.' })
  deadline?: string | null;

  @Field(() => String, { nullable: true, description: 'The text of the statement (at most 50,000 characters).' })
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'The document symbol or reference the groups use.' })
  reference?: string | null;

  @Field(() => LiaisonStatus, { nullable: true, description: 'DRAFT (default), APPROVED, or SENT (a liaison already sent, or received).' })
  status?: LiaisonStatus | null;

  @Field(() => String, { nullable: true, description: 'When it was sent, YYYY-MM-DD; recording it SENT without one means today.' })
  sentOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The meeting that decided it, or where it was received: its id or "ACRONYM#number". An EDITOR names a meeting of its own groups or of an addressee.' })
  meeting?: string | null;

  @Field(() => String, { nullable: true, description: 'The outcome that decided to send it: its id or "ACRONYM#meeting/position". An EDITOR names its own groups\' outcomes only.' })
  decidedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'The liaison this one answers: its id or reference. An EDITOR replies only from a group it was addressed to (TO or CC) or from its sender.' })
  inReplyTo?: string | null;

  @Field(() => [String], { nullable: true, description: 'Documents sent with it, by symbol or id: any public one; a non-public one only of its own groups.' })
  attachments?: string[] | null;

  @Field(() => [SourceInput], { nullable: true })
  sources?: SourceInput[] | null;
  @Field(() => [LiaisonContactInput], { nullable: true, description: 'Contact people of the sender and of addressees, in order.' })
  contacts?: LiaisonContactInput[] | null;

  @Field(() => LiaisonApprovalInput, { nullable: true, description: 'Who approved it, at which level, and when.' })
  approval?: LiaisonApprovalInput | null;

  @Field(() => String, { nullable: true, description: 'What the receiving side did with it (at most 50,000 characters).' })
  actionTaken?: string | null;

  @Field(() => [LiaisonRelationInput], { nullable: true, description: 'Liaisons this one supersedes or refers to.' })
  related?: LiaisonRelationInput[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Action items (by id) that ask for this liaison; they become DONE when it is recorded SENT. An EDITOR names items of its own groups only.',
  })
  fulfils?: string[] | null;
}

@InputType('UpdateLiaisonInput', {
  description: 'Changes to a liaison: the fields given change, null clears an optional one; `to`/`cc` replace the addressees.',
})
export class UpdateLiaisonInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => [LiaisonAddresseeInput], { nullable: true })
  to?: LiaisonAddresseeInput[] | null;

  @Field(() => [String], { nullable: true })
  cc?: string[] | null;

  @Field(() => LiaisonPurpose, { nullable: true, description: 'The purpose for TO addressees without their own.' })
  purpose?: LiaisonPurpose | null;

  @Field(() => String, { nullable: true, description: 'A new deadline: YYYY, YYYY-MM or YYYY-MM-DD (a month or a year runs to its end).' })
  deadline?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  sentOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Its id or "ACRONYM#number". An EDITOR names a meeting of its own groups or of an addressee.' })
  meeting?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replace the attachments (documents by symbol or id).' })
  attachments?: string[] | null;
  @Field(() => [LiaisonContactInput], { nullable: true, description: 'Contact people of the sender and of addressees, in order (replaced; null or [] clears).' })
  contacts?: LiaisonContactInput[] | null;

  @Field(() => LiaisonApprovalInput, { nullable: true, description: 'Who approved it, at which level, and when (null clears).' })
  approval?: LiaisonApprovalInput | null;

  @Field(() => String, { nullable: true, description: 'What the receiving side did with it (at most 50,000 characters; null clears).' })
  actionTaken?: string | null;

  @Field(() => [LiaisonRelationInput], { nullable: true, description: 'Liaisons this one supersedes or refers to (replaced; null or [] clears).' })
  related?: LiaisonRelationInput[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Action items (by id) that ask for this liaison; they become DONE when it is recorded SENT. An EDITOR names items of its own groups only (replaced; null or [] clears).',
  })
  fulfils?: string[] | null;
}

@InputType('SetLiaisonStatusInput', {
  description:
    'DRAFT → APPROVED → SENT → ACKNOWLEDGED → RESPONDED → CLOSED; SENT → RESPONDED; SENT/ACKNOWLEDGED → CLOSED; WITHDRAWN from DRAFT, APPROVED, SENT or ACKNOWLEDGED. Anything else is INVALID_TRANSITION.',
})
export class SetLiaisonStatusInput extends VersionedInput {
  @Field(() => LiaisonStatus)
  status!: LiaisonStatus;

  @Field(() => String, { nullable: true, description: 'With SENT: when, YYYY-MM-DD (default today).' })
  sentOn?: string | null;
}

export const LiaisonPayload = PayloadType(LiaisonType, 'liaison', 'Liaison');
