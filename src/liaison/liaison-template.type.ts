import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../platform/graphql/scalars.js';
import { ApprovalLevel, LiaisonRelationKind } from './liaison.entity.js';

// The ITU liaison statement template's fields on Liaison (see liaison-template.resolver.ts).

registerEnumType(ApprovalLevel, {
  name: 'ApprovalLevel',
  description: 'The level at which a liaison statement was approved, as the ITU template names them.',
});
registerEnumType(LiaisonRelationKind, {
  name: 'LiaisonRelationKind',
  description: 'How a liaison relates to another besides answering it: SUPERSEDES (replaces it) or REFERS_TO (cites it).',
});

@ObjectType('LiaisonContact', { description: 'A contact person named on a liaison, for its sender or one of its addressees.' })
export class LiaisonContactType {
  @Field(() => String, { description: 'The person’s name.' })
  name!: string;

  // email: a field resolver (liaison-template.resolver.ts), shown to signed-in readers only

  @Field(() => String, { nullable: true, description: 'The person’s role, e.g. "Rapporteur for Question 3/2".' })
  role!: string | null;
}

@ObjectType('LiaisonApproval', { description: 'Who approved a liaison statement, at which level, and when.' })
export class LiaisonApprovalType {
  @Field(() => String, { description: 'The body or person that approved it, e.g. "ITU-T SG17 meeting, Geneva".' })
  by!: string;

  @Field(() => ApprovalLevel, { description: 'The level of the approval.' })
  level!: ApprovalLevel;

  @Field(() => DateScalar, { nullable: true, description: 'The date of the approval, when known; never after the liaison was sent.' })
  on!: string | null;
}

@ObjectType('LiaisonRelation', { description: 'Another liaison this one supersedes or refers to (replies are in inReplyTo/replies).' })
export class LiaisonRelationType {
  @Field(() => LiaisonRelationKind, { description: 'SUPERSEDES or REFERS_TO, read from the liaison that names the other.' })
  kind!: LiaisonRelationKind;
}
