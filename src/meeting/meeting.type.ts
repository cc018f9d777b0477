import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../platform/graphql/node.js';
import { ConnectionType } from '../platform/graphql/connection.js';
import { DateScalar } from '../platform/graphql/scalars.js';
import { HalfDay, MeetingFormat } from './meeting.entity.js';

registerEnumType(HalfDay, { name: 'HalfDay', description: 'Morning or afternoon: meetings can start or end on a half day.' });
registerEnumType(MeetingFormat, { name: 'MeetingFormat', description: 'Whether a meeting is held in person, hybrid or virtually.' });

@ObjectType('Meeting', { implements: Node, description: 'A meeting of a group, with its outcomes in recorded order.' })
export class MeetingType extends Node {
  @Field(() => Int, { nullable: true, description: 'Ordinal: 21 for the twenty-first meeting.' })
  number!: number | null;

  @Field(() => String)
  title!: string;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => HalfDay, { nullable: true, description: 'PM for "30 September (p.m.)".' })
  startHalf!: HalfDay | null;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field(() => HalfDay, { nullable: true })
  endHalf!: HalfDay | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => MeetingFormat)
  format!: MeetingFormat;

  @Field(() => Int, { nullable: true, description: 'How many people took part.' })
  participantCount!: number | null;
}

export const MeetingConnection = ConnectionType(MeetingType, 'Meeting');
