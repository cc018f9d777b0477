import { Field, InputType, Int } from 'type-graphql';
import { PayloadType } from '../platform/graphql/user-errors.js';
import { SourceInput } from '../source/source.inputs.js';
import { DocumentType } from './document.type.js';

@InputType('CreateDocumentInput', { description: 'A document for the knowledge base; its symbol must be new.' })
export class CreateDocumentInput {
  @Field(() => String, { description: 'The document symbol, unique (any case).' })
  symbol!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, {
    description: 'CONTRIBUTION, INFORMATION_DOCUMENT, LIAISON_STATEMENT, REPORT, SUMMARY_REPORT, CONCEPT_NOTE, RESOLUTION or OTHER.',
  })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) address.' })
  url?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Accessible without a password (default true).' })
  public?: boolean | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The full text (at most 50,000 characters).' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'The group that wrote it, by acronym or alias.' })
  sourceGroup?: string | null;

  @Field(() => String, { nullable: true, description: 'The meeting it went to: its id or "ACRONYM#number". An EDITOR names its own groups\' meetings only.' })
  meeting?: string | null;

  @Field(() => [SourceInput], { nullable: true })
  sources?: SourceInput[] | null;
}

export const DocumentPayload = PayloadType(DocumentType, 'document', 'Document');

@InputType('UpdateDocumentInput', { description: 'Changes to a document: the fields given change, null clears an optional one. The symbol stays.' })
export class UpdateDocumentInput {
  @Field(() => String, { description: 'The document, by symbol (any case) or id.' })
  document!: string;

  @Field(() => Int, { description: 'The version the change was made from; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'CONTRIBUTION, INFORMATION_DOCUMENT, LIAISON_STATEMENT, REPORT, SUMMARY_REPORT, CONCEPT_NOTE, RESOLUTION or OTHER.' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) address.' })
  url?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Accessible without a password.' })
  public?: boolean | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  publishedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The full text (at most 50,000 characters). Every excerpt the knowledge base quotes from the document must still occur in it verbatim.',
  })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'The group that wrote it, by acronym or alias.' })
  sourceGroup?: string | null;

  @Field(() => String, { nullable: true, description: 'The meeting it went to: its id or "ACRONYM#number". An EDITOR names its own groups\' meetings only.' })
  meeting?: string | null;
}
