import { Extensions, Field, ObjectType, registerEnumType } from 'type-graphql';
import { embedded } from '../platform/graphql/cost-estimates.js';
import { Node } from '../platform/graphql/node.js';
import { ConnectionType } from '../platform/graphql/connection.js';
import { GroupKind, Sector } from './group.entity.js';

registerEnumType(GroupKind, { name: 'GroupKind', description: 'What kind of body a group is.' });
registerEnumType(Sector, { name: 'Sector', description: 'The ITU sector a group belongs to (EXTERNAL for partners).' });

@ObjectType('Officer', { description: 'A role in a group and who holds it (no personal data beyond that).' })
export class OfficerType {
  @Field(() => String, { description: 'e.g. Chair, Vice-Chair, Co-convener' })
  role!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('Group', {
  implements: Node,
  description: 'A council, working group, study group, question, correspondence group, bureau or secretariat.',
})
export class GroupType extends Node {
  @Field(() => String, { description: 'Unique; `group(acronym:)` also accepts any alias.' })
  acronym!: string;

  @Field(() => String)
  name!: string;

  @Field(() => GroupKind)
  kind!: GroupKind;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => [String], { description: 'Other spellings people use: "SG2 Q3/2", "Q3/2", "SG17".' })
  aliases!: string[];

  @Field(() => [String], { description: 'Mandate references, e.g. "Council Resolution 1306 (Mod. 2015)".' })
  mandates!: string[];

  @Field(() => [OfficerType])
  @Extensions({ cost: embedded(10) })
  officers!: OfficerType[];
}

export const GroupConnection = ConnectionType(GroupType, 'Group');
