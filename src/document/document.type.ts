import { Field, ObjectType } from 'type-graphql';
import { Node } from '../platform/graphql/node.js';
import { ConnectionType } from '../platform/graphql/connection.js';
import { DateScalar } from '../platform/graphql/scalars.js';

@ObjectType('Document', { implements: Node, description: 'A contribution, report, liaison statement or other document; its text is searchable.' })
export class DocumentType extends Node {
  @Field(() => String, { description: 'The document symbol, unique.' })
  symbol!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, {
    description: 'CONTRIBUTION, INFORMATION_DOCUMENT, LIAISON_STATEMENT, REPORT, SUMMARY_REPORT, CONCEPT_NOTE, RESOLUTION or OTHER.',
  })
  kind!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => Boolean, { description: 'Accessible without a password.' })
  public!: boolean;

  @Field(() => DateScalar, { nullable: true })
  publishedOn!: string | null;
}

export const DocumentConnection = ConnectionType(DocumentType, 'Document');

@ObjectType('DocumentExcerpt', { description: 'A passage of a document the knowledge base quotes, and the object it supports.' })
export class DocumentExcerptType {
  @Field(() => String, { description: 'The sentence(s) quoted, verbatim.' })
  excerpt!: string;

  @Field(() => String, { nullable: true, description: 'E.g. where two sources disagree, or what was read into the text.' })
  note!: string | null;
}
