import { typenameOf } from '../platform/database/rows.js';
import { createUnionType, Extensions, Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { read } from '../platform/graphql/cost-estimates.js';
import { GroupType } from '../group/group.type.js';
import { MeetingType } from '../meeting/meeting.type.js';
import { OutcomeType } from '../outcome/outcome.type.js';
import { ActionItemType } from '../action-item/action-item.type.js';
import { LiaisonType } from '../liaison/liaison.type.js';
import { ReportType } from '../report/report.type.js';
import { BestPracticeType } from '../best-practice/best-practice.type.js';
import { DocumentType } from '../document/document.type.js';
import { SearchKind } from './search.service.js';

registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'The kinds of object `search` looks in.',
  valuesConfig: {
    GROUP: { description: 'Groups: acronym, name, aliases.' },
    MEETING: { description: 'Meetings: title and the names of their topics.' },
    OUTCOME: { description: 'Outcomes: their text.' },
    ACTION_ITEM: { description: 'Action items: their title.' },
    LIAISON: { description: 'Liaisons: title, reference and body.' },
    REPORT: { description: 'Reports: their title.' },
    BEST_PRACTICE: { description: 'Best practices: title and summary.' },
    DOCUMENT: { description: 'Documents: symbol, title and, for public documents, the full text.' },
  },
});

export const SearchHit = createUnionType({
  name: 'SearchHit',
  description: 'Anything `search` can find.',
  types: () => [GroupType, MeetingType, OutcomeType, ActionItemType, LiaisonType, ReportType, BestPracticeType, DocumentType] as const,
  // resolvers hand over entities; an entity's class name is its GraphQL type name
  resolveType: (value: object) => typenameOf(value),
});

@ObjectType('SearchResult', { description: 'One hit of a full-text search: the object, where the words matched, and how well.' })
export class SearchResultType {
  @Field(() => SearchHit, { description: 'The object found.' })
  @Extensions({ cost: read() }) // the hit is loaded by its id
  node!: typeof SearchHit;

  @Field(() => String, {
    description:
      'The words around the match, as HTML: matched words in <mark>…</mark>, all other text escaped. Short texts (names, titles) are shown whole; long ones as up to two fragments joined by " … ".',
  })
  snippet!: string;

  @Field(() => Float, { description: 'Relevance (PostgreSQL ts_rank; higher is better; names and titles weigh most). Results come in descending rank.' })
  rank!: number;
}
