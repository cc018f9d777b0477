import { Field, InputType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';

@InputType('IngestFileInput', { description: 'A .docx, .pdf or .txt file, its bytes in base64. Send draftFacts and applyFacts to POST /graphql/ingest, which takes files up to 10 MB (/graphql takes bodies up to 100 kB).' })
export class IngestFileInput {
  @Field(() => String, { description: 'The file name; its extension must agree with its content.' })
  fileName!: string;

  @Field(() => String, { description: 'The file’s bytes, base64.' })
  content!: string;
}

@InputType('IngestedDocumentInput', { description: 'How the ingested document is stored, with its text.' })
export class IngestedDocumentInput {
  @Field(() => String, { description: 'The document symbol; a document already stored under it is cited, not stored again.' })
  symbol!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'REPORT, LIAISON_STATEMENT, SUMMARY_REPORT, … (as for createDocument).' })
  kind!: string;

  @Field(() => Boolean, { nullable: true, description: 'Accessible without a password (default true).' })
  public?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The group that wrote it, by acronym or alias.' })
  sourceGroup?: string | null;
}

@InputType('ApplyFactsInput', { description: 'A reviewed draft: the file again, how to store it, and the facts a person accepted (as draftFacts returned them, edited where needed).' })
export class ApplyFactsInput {
  @Field(() => IngestFileInput)
  file!: IngestFileInput;

  @Field(() => IngestedDocumentInput)
  document!: IngestedDocumentInput;

  @Field(() => [JSONObjectResolver], { description: 'Each accepted fact: `{ kind, key, sources, …values }` as in DraftFact.values.' })
  facts!: Record<string, unknown>[];
}
