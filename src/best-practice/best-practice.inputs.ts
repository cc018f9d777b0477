import { Field, InputType } from 'type-graphql';
import { VersionedInput } from '../platform/graphql/versioned-input.js';
import { PayloadType } from '../platform/graphql/user-errors.js';
import { SourceInput } from '../source/source.inputs.js';
import { BestPracticeType } from './best-practice.type.js';

@InputType('CreateBestPracticeInput', { description: 'A practice or initiative a group shared.' })
export class CreateBestPracticeInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'What the practice is (at most 50,000 characters).' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'The group that shared it, by acronym or alias.' })
  sourceGroup?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was shared: a meeting id or "ACRONYM#number". An EDITOR names its own groups\' meetings only.' })
  meeting?: string | null;

  @Field(() => [String], { nullable: true, description: 'Topics, by slug or name.' })
  topics?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Documents that describe it, by symbol or id.' })
  documents?: string[] | null;

  @Field(() => [SourceInput], { nullable: true })
  sources?: SourceInput[] | null;
}

export const BestPracticePayload = PayloadType(BestPracticeType, 'bestPractice', 'BestPractice');

@InputType('UpdateBestPracticeInput', { description: 'Changes to a best practice: the fields given change, null clears an optional one.' })
export class UpdateBestPracticeInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'What the practice is (at most 50,000 characters).' })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'The group that shared it, by acronym or alias.' })
  sourceGroup?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was shared: a meeting id or "ACRONYM#number". An EDITOR names its own groups\' meetings only.' })
  meeting?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the documents that describe it (by symbol or id); null or [] clears.' })
  documents?: string[] | null;
}
