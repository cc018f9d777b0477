import { Field, InputType, Int } from 'type-graphql';
import { PayloadType } from '../platform/graphql/user-errors.js';
import { SourceInput } from '../source/source.inputs.js';
import { AdoptingBody, ClauseAsk } from './mandate.entity.js';
import { ClauseType, ResolutionType } from './mandate.type.js';

const PERIOD_START = 'The start of the period the clause is checked over: YYYY, YYYY-MM or YYYY-MM-DD (a year or a month starts on its first day); open when absent.';
const PERIOD_END = 'The end of that period: YYYY, YYYY-MM or YYYY-MM-DD (a year or a month runs to its last day); not before the start; open when absent.';

@InputType('ClauseInput', { description: 'A clause of a resolution: its verbatim text, the group it asks to act and what it asks, in the form the graph checks.' })
export class ClauseInput {
  @Field(() => String, { description: 'The clause as the source quotes it (at most 50,000 characters).' })
  text!: string;

  @Field(() => String, { description: 'The group the clause asks to act, by acronym or alias.' })
  group!: string;

  @Field(() => ClauseAsk, { description: 'What it asks: LIAISE_WITH and REPORT_TO need a target, CONSULT a topic.' })
  ask!: ClauseAsk;

  @Field(() => String, { nullable: true, description: 'LIAISE_WITH, REPORT_TO: the other group, by acronym or alias.' })
  target?: string | null;

  @Field(() => String, { nullable: true, description: 'CONSULT: who is consulted, in words ("youth").' })
  constituency?: string | null;

  @Field(() => String, { nullable: true, description: 'CONSULT: the topic a meeting carries when it recorded the consultation, by slug or name.' })
  topic?: string | null;

  @Field(() => String, { nullable: true, description: 'REPORT_TO: how often, in words ("each Council session").' })
  interval?: string | null;

  @Field(() => String, { nullable: true, description: PERIOD_START })
  periodStart?: string | null;

  @Field(() => String, { nullable: true, description: PERIOD_END })
  periodEnd?: string | null;

  @Field(() => [SourceInput], { nullable: true, description: 'Where the clause is quoted, verbatim.' })
  sources?: SourceInput[] | null;
}

@InputType('CreateResolutionInput', { description: 'A resolution groups work under, with its clauses in order (positions 1, 2, 3, … as given).' })
export class CreateResolutionInput {
  @Field(() => String, {
    nullable: true,
    description: 'Its natural key (the bundle\'s), e.g. "pp-179-bucharest-2022"; derived from the body, number and revision when absent. A key in use is CONFLICT.',
  })
  key?: string | null;

  @Field(() => String, { description: 'The number as the adopting body gives it: "179".' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'The revision or modification as cited: "Rev. Bucharest, 2022".' })
  revision?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => AdoptingBody, { description: 'The body that adopted it.' })
  adoptedBy!: AdoptingBody;

  @Field(() => [ClauseInput], { nullable: true, description: 'Its clauses, in order.' })
  clauses?: ClauseInput[] | null;

  @Field(() => [SourceInput], { nullable: true, description: 'Where the resolution is cited, verbatim.' })
  sources?: SourceInput[] | null;
}

@InputType('UpdateResolutionInput', { description: 'Changes to a resolution: the fields given change; its clauses change with addClause and updateClause.' })
export class UpdateResolutionInput {
  @Field(() => String, { description: 'The resolution: its id or its key ("pp-179-bucharest-2022").' })
  resolution!: string;

  @Field(() => Int, { description: 'The version the change was made from; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true })
  number?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  revision?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  title?: string | null;

  @Field(() => AdoptingBody, { nullable: true })
  adoptedBy?: AdoptingBody | null;
}

@InputType('AddClauseInput', { description: 'A clause appended to a resolution, after its last one.' })
export class AddClauseInput extends ClauseInput {
  @Field(() => String, { description: 'The resolution: its id or its key ("pp-179-bucharest-2022").' })
  resolution!: string;
}

@InputType('UpdateClauseInput', { description: 'Changes to a clause (a correction of the record): the fields given change, null clears an optional one. Its resolution and position stay: they are its key.' })
export class UpdateClauseInput {
  @Field(() => String, { description: 'The clause: its id or "<resolution key>/<position>" ("pp-179-bucharest-2022/3").' })
  clause!: string;

  @Field(() => Int, { description: 'The version the change was made from; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'The group the clause asks to act.' })
  group?: string | null;

  @Field(() => ClauseAsk, { nullable: true })
  ask?: ClauseAsk | null;

  @Field(() => String, { nullable: true })
  target?: string | null;

  @Field(() => String, { nullable: true })
  constituency?: string | null;

  @Field(() => String, { nullable: true })
  topic?: string | null;

  @Field(() => String, { nullable: true })
  interval?: string | null;

  @Field(() => String, { nullable: true, description: PERIOD_START })
  periodStart?: string | null;

  @Field(() => String, { nullable: true, description: PERIOD_END })
  periodEnd?: string | null;
}

export const ResolutionPayload = PayloadType(ResolutionType, 'resolution', 'Resolution');
export const ClausePayload = PayloadType(ClauseType, 'clause', 'Clause');
