import { Field, InputType, Int } from 'type-graphql';
import { PayloadType } from '../platform/graphql/user-errors.js';
import { SourceInput } from '../source/source.inputs.js';
import { HalfDay, MeetingFormat } from './meeting.entity.js';
import { MeetingType } from './meeting.type.js';

const DATE = 'A date written YYYY-MM-DD.';

@InputType('CreateMeetingInput', { description: 'A new meeting of a group.' })
export class CreateMeetingInput {
  @Field(() => String, { description: 'The group, by acronym or alias.' })
  group!: string;

  @Field(() => Int, { nullable: true, description: 'Ordinal (22 for the twenty-second meeting), unique within the group.' })
  number?: number | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: DATE })
  startsOn!: string;

  @Field(() => HalfDay, { nullable: true, description: 'PM for a meeting that starts in the afternoon.' })
  startHalf?: HalfDay | null;

  @Field(() => String, { nullable: true, description: `${DATE} Defaults to startsOn.` })
  endsOn?: string | null;

  @Field(() => HalfDay, { nullable: true })
  endHalf?: HalfDay | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => MeetingFormat)
  format!: MeetingFormat;

  @Field(() => Int, { nullable: true })
  participantCount?: number | null;

  @Field(() => [String], { nullable: true, description: 'Topics discussed, by slug or name (existing topics; see tagTopic).' })
  topics?: string[] | null;

  @Field(() => [SourceInput], { nullable: true, description: 'Where the meeting is recorded.' })
  sources?: SourceInput[] | null;
}

@InputType('UpdateMeetingInput', { description: 'Changes to a meeting: the fields given change, null clears an optional one.' })
export class UpdateMeetingInput {
  @Field(() => String, { description: 'The meeting: its id or "ACRONYM#number" (e.g. "CWG-COP#22").' })
  meeting!: string;

  @Field(() => Int, { description: 'The version the change was made from; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => Int, { nullable: true })
  number?: number | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: DATE })
  startsOn?: string | null;

  @Field(() => HalfDay, { nullable: true })
  startHalf?: HalfDay | null;

  @Field(() => String, { nullable: true, description: DATE })
  endsOn?: string | null;

  @Field(() => HalfDay, { nullable: true })
  endHalf?: HalfDay | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => MeetingFormat, { nullable: true })
  format?: MeetingFormat | null;

  @Field(() => Int, { nullable: true })
  participantCount?: number | null;
}

export const MeetingPayload = PayloadType(MeetingType, 'meeting', 'Meeting');
