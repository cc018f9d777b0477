import { Field, InputType } from 'type-graphql';
import { ApprovalLevel, LiaisonRelationKind } from './liaison.entity.js';
import './liaison-template.type.js';

@InputType('LiaisonContactInput', { description: 'A contact person of the sender or of an addressee.' })
export class LiaisonContactInput {
  @Field(() => String, { nullable: true, description: 'Whose contact: the sender or an addressee, by acronym or alias; default the sender.' })
  group?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Required: a contact without a valid e-mail address is refused.' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'E.g. "Rapporteur for Question 3/2".' })
  role?: string | null;
}

@InputType('LiaisonApprovalInput', { description: 'Who approved the liaison, at which level, and when (not after it was sent).' })
export class LiaisonApprovalInput {
  @Field(() => String)
  by!: string;

  @Field(() => ApprovalLevel)
  level!: ApprovalLevel;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; not after sentOn.' })
  on?: string | null;
}

@InputType('LiaisonRelationInput', { description: 'Another liaison this one supersedes or refers to.' })
export class LiaisonRelationInput {
  @Field(() => String, {
    description: 'The liaison, by id or reference; not this one. An EDITOR supersedes only its own groups’ liaisons; any liaison may be referred to.',
  })
  liaison!: string;

  @Field(() => LiaisonRelationKind)
  kind!: LiaisonRelationKind;
}
