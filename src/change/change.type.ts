import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../platform/graphql/node.js';
import { ConnectionType } from '../platform/graphql/connection.js';
import { DateTimeScalar } from '../platform/graphql/scalars.js';
import { Role } from '../api-token/api-token.entity.js';
import { ChangeAction } from './change.entity.js';

registerEnumType(ChangeAction, {
  name: 'ChangeAction',
  description: 'What a write did to an object: CREATE, UPDATE (fields), STATUS (a status change), TAG (a topic), REVOKE (a token).',
});
registerEnumType(Role, {
  name: 'Role',
  description: "An API token's role: ADMIN (everything, manages tokens), SECRETARIAT (all groups' content), EDITOR (its groups' content).",
});

@ObjectType('ChangeActor', { description: 'Who made a change: the token’s label and role at the time.' })
export class ChangeActorType {
  @Field(() => String, { description: 'The token’s label, e.g. "CG-COP co-convener".' })
  label!: string;

  @Field(() => Role)
  role!: Role;
}

@ObjectType('Change', {
  implements: Node,
  description: 'One recorded write: who, when, which object, and its changed fields before and after.',
})
export class ChangeType extends Node {
  @Field(() => DateTimeScalar, { description: 'When the write committed (its transaction time).' })
  at!: Date;

  @Field(() => ChangeAction)
  action!: ChangeAction;

  @Field(() => String, { description: 'The type of the object changed: Liaison, Meeting, …' })
  objectType!: string;

  @Field(() => Int, { nullable: true, description: 'The object’s version after this change.' })
  objectVersion!: number | null;

  @Field(() => [String], { description: 'The fields that changed (all of them for CREATE).' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'Why, when the change follows from another write (e.g. a reply marking a liaison RESPONDED).' })
  note!: string | null;
}

export const ChangeConnection = ConnectionType(ChangeType, 'Change');

@InputType('ChangeFilter', { description: 'Narrows the changes feed; every condition given must hold.' })
export class ChangeFilter {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Changes at or after this time, e.g. a week ago.' })
  since?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Changes to objects of this group (acronym or alias): its meetings and their outcomes, the action items it owes or raised, the liaisons it sent or was sent, its reports and their milestones, its documents and practices. Unknown: NOT_FOUND.',
  })
  group?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only changes to objects of these types (Liaison, ActionItem, …); null or empty means any.' })
  objectTypes?: string[] | null;
}
