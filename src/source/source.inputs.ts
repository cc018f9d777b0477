import { Field, InputType } from 'type-graphql';

@InputType('SourceInput', { description: 'Where a fact comes from: a document already in the graph and the verbatim sentence(s).' })
export class SourceInput {
  @Field(() => String, { description: 'The document, by symbol (e.g. "CWG-COP/COUNCIL-REPORT-21-22") or id: any public one; an EDITOR cites a non-public one only of its own groups.' })
  document!: string;

  @Field(() => String, { description: 'The sentence(s) the fact was taken from, verbatim.' })
  excerpt!: string;

  @Field(() => String, { nullable: true, description: 'E.g. where two sources disagree.' })
  note?: string | null;
}
