import { Extensions, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { embedded, free } from '../platform/graphql/cost-estimates.js';
import { JSONObjectResolver } from 'graphql-scalars';
import { UserErrorType } from '../platform/graphql/user-errors.js';

export const FactKindEnum = { MEETING: 'meeting', OUTCOME: 'outcome', ACTION_ITEM: 'actionItem', LIAISON: 'liaison', MILESTONE: 'milestone' } as const;
registerEnumType(FactKindEnum, { name: 'FactKind', description: 'What kind of fact an ingested document proposes.' });

@ObjectType('DraftCitation', { description: 'A sentence a proposed fact was read from, verbatim, and why it was read so where the sentence does not say it outright.' })
export class DraftCitationType {
  @Field(() => String, { description: 'Verbatim text of the document.' })
  excerpt!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('DraftFact', { description: 'A fact an ingested document proposes: nothing is written until a person applies it.' })
export class DraftFactType {
  @Field(() => FactKindEnum)
  kind!: string;

  @Field(() => String, { description: 'The fact as the bundle names it ("CWG-COP#21", "CWG-COP#21/2"): equal keys are one fact.' })
  key!: string;

  @Field(() => Boolean, { description: 'The graph already holds this fact: applying it writes nothing.' })
  present!: boolean;

  @Field(() => JSONObjectResolver, { description: 'The fact as drafted (edit it, then send it back to applyFacts).' })
  values!: Record<string, unknown>;

  @Field(() => [DraftCitationType])
  @Extensions({ cost: embedded(4) })
  sources!: DraftCitationType[];
}

@ObjectType('FactDraft', { description: 'What a document states, drafted as facts for review, with the text the citations quote.' })
export class FactDraftType {
  @Field(() => String, { description: 'docx, pdf or txt: what the file was, read from its bytes.' })
  fileKind!: string;

  @Field(() => String)
  text!: string;

  @Field(() => [DraftFactType])
  @Extensions({ cost: embedded(40) }) // a draft is built in memory from the file: a report of a few pages proposes tens of facts
  facts!: DraftFactType[];
}

@ObjectType('FactDraftPayload', { description: 'The result of draftFacts: the draft, or null and userErrors.' })
export class FactDraftPayload {
  @Field(() => FactDraftType, { nullable: true })
  @Extensions({ cost: free })
  draft!: FactDraftType | null;

  @Field(() => [UserErrorType])
  @Extensions({ cost: embedded(10) })
  userErrors!: UserErrorType[];
}

@ObjectType('AppliedFacts', { description: 'What applying a reviewed draft wrote.' })
export class AppliedFactsType {
  @Field(() => Int, { description: 'Objects created (the document included when it was new).' })
  created!: number;

  @Field(() => Int, { description: 'Accepted facts the graph already held, not written again.' })
  skipped!: number;
}

@ObjectType('ApplyFactsPayload', { description: 'The result of applyFacts: what was written, or null and userErrors (then nothing was).' })
export class ApplyFactsPayload {
  @Field(() => AppliedFactsType, { nullable: true })
  @Extensions({ cost: free })
  applied!: AppliedFactsType | null;

  @Field(() => [UserErrorType])
  @Extensions({ cost: embedded(10) })
  userErrors!: UserErrorType[];
}
