import { Field, ObjectType } from 'type-graphql';

@ObjectType('Source', { description: 'Where a fact comes from: a document and the verbatim sentence(s).' })
export class SourceType {
  @Field(() => String, { description: 'The sentence(s) the fact was taken from, verbatim.' })
  excerpt!: string;

  @Field(() => String, { nullable: true, description: 'E.g. where two sources disagree, or what was read into the text.' })
  note!: string | null;
}
