import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  Date: { input: string; output: string; }
};

/** Narrows actionItems; every condition given must hold. */
export type ActionItemFilter = {
  /** The group or body that owes the items, by acronym or alias; an unknown name is a NOT_FOUND error. */
  assignee?: InputMaybe<Scalars['String']['input']>;
  /** The group whose meeting raised the items, by acronym or alias; an unknown name is a NOT_FOUND error. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** true: only overdue items (see ActionItem.isOverdue); false: only items that are not overdue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these statuses; null or empty means any status. */
  status?: InputMaybe<Array<ActionStatus>>;
};

/** Where a follow-up stands: OPEN → IN_PROGRESS → DONE, or CANCELLED. */
export type ActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

/** How a liaison is addressed to a group: TO (with a purpose of its own) or CC (for information). */
export type AddresseeRole =
  | 'CC'
  | 'TO';

/** What kind of body a group is. */
export type GroupKind =
  | 'BUREAU'
  | 'CORRESPONDENCE_GROUP'
  | 'COUNCIL'
  | 'COUNCIL_WORKING_GROUP'
  | 'OTHER'
  | 'QUESTION'
  | 'SECRETARIAT'
  | 'STUDY_GROUP';

/** Morning or afternoon: meetings can start or end on a half day. */
export type HalfDay =
  | 'AM'
  | 'PM';

/** Which of a group's liaisons: SENT by it, or RECEIVED by it (as a TO or CC addressee). */
export type LiaisonDirection =
  | 'RECEIVED'
  | 'SENT';

/** Narrows liaisons; every condition given must hold. Group names are acronyms or aliases. */
export type LiaisonFilter = {
  /** true: only liaisons awaiting a reply (see Liaison.awaitingReply); false: only those not awaiting one. */
  awaitingReply?: InputMaybe<Scalars['Boolean']['input']>;
  /** Exactly two different groups: liaisons from either one TO the other, in both directions. */
  between?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sent by this group; an unknown name is a NOT_FOUND error. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Any of these (strongest) purposes; null or empty means any. */
  purpose?: InputMaybe<Array<LiaisonPurpose>>;
  /** Any of these statuses; null or empty means any. */
  status?: InputMaybe<Array<LiaisonStatus>>;
  /** Addressed TO this group (CC addressees do not count); an unknown name is a NOT_FOUND error. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Why a liaison is sent; FOR_ACTION and FOR_COMMENT ask for a reply and need a deadline. */
export type LiaisonPurpose =
  | 'FOR_ACTION'
  | 'FOR_COMMENT'
  | 'FOR_CONSIDERATION'
  | 'FOR_INFORMATION'
  | 'IN_RESPONSE';

/** Where a liaison stands: DRAFT → APPROVED → SENT → ACKNOWLEDGED → RESPONDED → CLOSED, or WITHDRAWN. */
export type LiaisonStatus =
  | 'ACKNOWLEDGED'
  | 'APPROVED'
  | 'CLOSED'
  | 'DRAFT'
  | 'RESPONDED'
  | 'SENT'
  | 'WITHDRAWN';

export type MeetingFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'VIRTUAL';

/** What happens to a report at a milestone. */
export type MilestoneKind =
  | 'ADOPTION'
  | 'DISCUSSION'
  | 'PRESENTATION'
  | 'SUBMISSION';

/** PLANNED (still to come), DONE, SLIPPED (did not happen when planned) or CANCELLED. */
export type MilestoneStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'PLANNED'
  | 'SLIPPED';

/** What a meeting did with the matter, as the record words it ("The meeting agreed…", "…endorsed…"). */
export type OutcomeKind =
  | 'AGREED'
  | 'ENCOURAGED'
  | 'ENDORSED'
  | 'EXPECTED'
  | 'INVITED'
  | 'NOTED'
  | 'REAFFIRMED'
  | 'REQUESTED'
  | 'WELCOMED';

/** Narrows reports; every condition given must hold. */
export type ReportFilter = {
  /** Owned by this group (acronym or alias); an unknown name is a NOT_FOUND error. */
  ownerGroup?: InputMaybe<Scalars['String']['input']>;
  /** Any of these statuses; null or empty means any status. */
  status?: InputMaybe<Array<ReportStatus>>;
};

/** Where a report stands: IN_PREPARATION, UNDER_REVISION, UNDER_REVIEW, PRESENTED, ADOPTED, or WITHDRAWN. */
export type ReportStatus =
  | 'ADOPTED'
  | 'IN_PREPARATION'
  | 'PRESENTED'
  | 'UNDER_REVIEW'
  | 'UNDER_REVISION'
  | 'WITHDRAWN';

/** The kinds of object `search` looks in. */
export type SearchKind =
  /** Action items: their title. */
  | 'ACTION_ITEM'
  /** Best practices: title and summary. */
  | 'BEST_PRACTICE'
  /** Documents: symbol, title and, for public documents, the full text. */
  | 'DOCUMENT'
  /** Groups: acronym, name, aliases. */
  | 'GROUP'
  /** Liaisons: title, reference and body. */
  | 'LIAISON'
  /** Meetings: title and the names of their topics. */
  | 'MEETING'
  /** Outcomes: their text. */
  | 'OUTCOME'
  /** Reports: their title. */
  | 'REPORT';

/** The ITU sector a group belongs to (EXTERNAL for partners). */
export type Sector =
  | 'EXTERNAL'
  | 'GENERAL_SECRETARIAT'
  | 'ITU_D'
  | 'ITU_R'
  | 'ITU_T';

export type FollowUpQueryVariables = Exact<{
  filter?: InputMaybe<ActionItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FollowUpQuery = { __typename?: 'Query', actionItems: { __typename?: 'ActionItemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, isOverdue: boolean, dueOn?: string | null, dueMeeting?: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | null, assignee: { __typename?: 'Group', acronym: string, name: string }, raisedBy?: { __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, meeting: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } } | null, resolvedBy?: { __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, meeting: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } } | null, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', symbol: string, title: string, url?: string | null } }> } }> } };

export type FollowUpAssigneesQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpAssigneesQuery = { __typename?: 'Query', groups: { __typename?: 'GroupConnection', edges: Array<{ __typename?: 'GroupEdge', node: { __typename?: 'Group', acronym: string, name: string } }> } };

export type LiaisonSummaryFragment = { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> };

export type MeetingRefFragment = { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } };

export type SourceTextFragment = { __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', symbol: string, title: string, url?: string | null } };

export type GroupPageQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
}>;


export type GroupPageQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, acronym: string, name: string, kind: GroupKind, sector: Sector, aliases: Array<string>, mandates: Array<string>, officers: Array<{ __typename?: 'Officer', role: string, name: string }>, parent?: { __typename?: 'Group', acronym: string, name: string } | null, subgroups: Array<{ __typename?: 'Group', acronym: string, name: string }>, meetings: { __typename?: 'MeetingConnection', totalCount: number, edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, startHalf?: HalfDay | null, endsOn: string, endHalf?: HalfDay | null, format: MeetingFormat, location?: string | null, participantCount?: number | null, topics: Array<{ __typename?: 'Topic', name: string }>, outcomes: Array<{ __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, text: string, topics: Array<{ __typename?: 'Topic', name: string }>, actionItems: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, isOverdue: boolean, assignee: { __typename?: 'Group', acronym: string } }>, resolvedActionItems: Array<{ __typename?: 'ActionItem', id: string, title: string }>, liaisons: Array<{ __typename?: 'Liaison', id: string, title: string }> }> } }> }, sent: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } }> }, received: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } }> }, reports: { __typename?: 'ReportConnection', totalCount: number, edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', id: string, title: string, status: ReportStatus, nextMilestone?: { __typename?: 'Milestone', id: string, kind: MilestoneKind, status: MilestoneStatus, plannedFor?: string | null, group: { __typename?: 'Group', acronym: string } } | null } }> }, actionItems: { __typename?: 'ActionItemConnection', totalCount: number, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, isOverdue: boolean, dueOn?: string | null, dueMeeting?: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | null } }> } } | null };

export type LiaisonMapQueryVariables = Exact<{ [key: string]: never; }>;


export type LiaisonMapQuery = { __typename?: 'Query', groups: { __typename?: 'GroupConnection', totalCount: number, edges: Array<{ __typename?: 'GroupEdge', node: { __typename?: 'Group', id: string, acronym: string, name: string, kind: GroupKind, sector: Sector, parent?: { __typename?: 'Group', acronym: string } | null } }> }, liaisons: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } }> } };

export type LiaisonDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiaisonDetailQuery = { __typename?: 'Query', node?: { __typename: 'ActionItem' } | { __typename: 'BestPractice' } | { __typename: 'Document' } | { __typename: 'Group' } | { __typename: 'Liaison', body?: string | null, id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, sentOn?: string | null, deadline?: string | null, meeting?: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | null, decidedBy?: { __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, text: string, meeting: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } } | null, inReplyTo?: { __typename?: 'Liaison', id: string, title: string, fromGroup: { __typename?: 'Group', acronym: string } } | null, replies: Array<{ __typename?: 'Liaison', id: string, title: string, sentOn?: string | null, status: LiaisonStatus, fromGroup: { __typename?: 'Group', acronym: string } }>, attachments: Array<{ __typename?: 'Document', symbol: string, title: string, url?: string | null }>, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', symbol: string, title: string, url?: string | null } }>, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, group: { __typename?: 'Group', acronym: string } }> } | { __typename: 'Meeting' } | { __typename: 'Milestone' } | { __typename: 'Outcome' } | { __typename: 'Report' } | { __typename: 'Topic' } | null };

export type DashboardOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOverviewQuery = { __typename?: 'Query', openTotal: { __typename?: 'ActionItemConnection', totalCount: number }, overdue: { __typename?: 'ActionItemConnection', totalCount: number, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string, assignee: { __typename?: 'Group', acronym: string } } }> }, awaitingReply: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } }> }, reports: { __typename?: 'ReportConnection', totalCount: number }, groups: { __typename?: 'GroupConnection', totalCount: number, edges: Array<{ __typename?: 'GroupEdge', node: { __typename?: 'Group', id: string, acronym: string, name: string, openItems: { __typename?: 'ActionItemConnection', totalCount: number, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, isOverdue: boolean, dueOn?: string | null, dueMeeting?: { __typename?: 'Meeting', id: string, title: string, startsOn: string } | null, raisedBy?: { __typename?: 'Outcome', position: number, meeting: { __typename?: 'Meeting', title: string } } | null } }> }, reports: { __typename?: 'ReportConnection', totalCount: number, edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', id: string, title: string, status: ReportStatus, nextMilestone?: { __typename?: 'Milestone', id: string, kind: MilestoneKind, status: MilestoneStatus, plannedFor?: string | null, group: { __typename?: 'Group', acronym: string }, meeting?: { __typename?: 'Meeting', id: string, title: string, startsOn: string } | null } | null } }> } } }> } };

export type ReportTimelineQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportTimelineQuery = { __typename?: 'Query', reports: { __typename?: 'ReportConnection', totalCount: number, edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', id: string, title: string, kind: string, status: ReportStatus, ownerGroup: { __typename?: 'Group', acronym: string, name: string }, nextMilestone?: { __typename?: 'Milestone', id: string } | null, milestones: Array<{ __typename?: 'Milestone', id: string, kind: MilestoneKind, status: MilestoneStatus, plannedFor?: string | null, group: { __typename?: 'Group', acronym: string, name: string }, meeting?: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | null, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', symbol: string, title: string, url?: string | null } }> }> } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const LiaisonSummaryFragmentDoc = new TypedDocumentString(`
    fragment LiaisonSummary on Liaison {
  id
  title
  reference
  purpose
  status
  awaitingReply
  sentOn
  deadline
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    group {
      acronym
    }
  }
  replies {
    id
  }
}
    `, {"fragmentName":"LiaisonSummary"}) as unknown as TypedDocumentString<LiaisonSummaryFragment, unknown>;
export const MeetingRefFragmentDoc = new TypedDocumentString(`
    fragment MeetingRef on Meeting {
  id
  number
  title
  startsOn
  group {
    acronym
  }
}
    `, {"fragmentName":"MeetingRef"}) as unknown as TypedDocumentString<MeetingRefFragment, unknown>;
export const SourceTextFragmentDoc = new TypedDocumentString(`
    fragment SourceText on Source {
  excerpt
  note
  document {
    symbol
    title
    url
  }
}
    `, {"fragmentName":"SourceText"}) as unknown as TypedDocumentString<SourceTextFragment, unknown>;
export const FollowUpDocument = new TypedDocumentString(`
    query FollowUp($filter: ActionItemFilter, $first: Int, $after: String) {
  actionItems(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
        isOverdue
        dueOn
        dueMeeting {
          ...MeetingRef
        }
        assignee {
          acronym
          name
        }
        raisedBy {
          id
          position
          kind
          meeting {
            ...MeetingRef
          }
        }
        resolvedBy {
          id
          position
          kind
          meeting {
            ...MeetingRef
          }
        }
        sources {
          ...SourceText
        }
      }
    }
  }
}
    fragment MeetingRef on Meeting {
  id
  number
  title
  startsOn
  group {
    acronym
  }
}
fragment SourceText on Source {
  excerpt
  note
  document {
    symbol
    title
    url
  }
}`) as unknown as TypedDocumentString<FollowUpQuery, FollowUpQueryVariables>;
export const FollowUpAssigneesDocument = new TypedDocumentString(`
    query FollowUpAssignees {
  groups(first: 100) {
    edges {
      node {
        acronym
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpAssigneesQuery, FollowUpAssigneesQueryVariables>;
export const GroupPageDocument = new TypedDocumentString(`
    query GroupPage($acronym: String!) {
  group(acronym: $acronym) {
    id
    acronym
    name
    kind
    sector
    aliases
    mandates
    officers {
      role
      name
    }
    parent {
      acronym
      name
    }
    subgroups {
      acronym
      name
    }
    meetings(first: 100) {
      totalCount
      edges {
        node {
          id
          number
          title
          startsOn
          startHalf
          endsOn
          endHalf
          format
          location
          participantCount
          topics {
            name
          }
          outcomes {
            id
            position
            kind
            text
            topics {
              name
            }
            actionItems {
              id
              title
              status
              isOverdue
              assignee {
                acronym
              }
            }
            resolvedActionItems {
              id
              title
            }
            liaisons {
              id
              title
            }
          }
        }
      }
    }
    sent: liaisons(direction: SENT, first: 100) {
      totalCount
      edges {
        node {
          ...LiaisonSummary
        }
      }
    }
    received: liaisons(direction: RECEIVED, first: 100) {
      totalCount
      edges {
        node {
          ...LiaisonSummary
        }
      }
    }
    reports(first: 50) {
      totalCount
      edges {
        node {
          id
          title
          status
          nextMilestone {
            id
            kind
            status
            plannedFor
            group {
              acronym
            }
          }
        }
      }
    }
    actionItems(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          status
          isOverdue
          dueOn
          dueMeeting {
            ...MeetingRef
          }
        }
      }
    }
  }
}
    fragment LiaisonSummary on Liaison {
  id
  title
  reference
  purpose
  status
  awaitingReply
  sentOn
  deadline
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    group {
      acronym
    }
  }
  replies {
    id
  }
}
fragment MeetingRef on Meeting {
  id
  number
  title
  startsOn
  group {
    acronym
  }
}`) as unknown as TypedDocumentString<GroupPageQuery, GroupPageQueryVariables>;
export const LiaisonMapDocument = new TypedDocumentString(`
    query LiaisonMap {
  groups(first: 100) {
    totalCount
    edges {
      node {
        id
        acronym
        name
        kind
        sector
        parent {
          acronym
        }
      }
    }
  }
  liaisons(first: 100) {
    totalCount
    edges {
      node {
        ...LiaisonSummary
      }
    }
  }
}
    fragment LiaisonSummary on Liaison {
  id
  title
  reference
  purpose
  status
  awaitingReply
  sentOn
  deadline
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    group {
      acronym
    }
  }
  replies {
    id
  }
}`) as unknown as TypedDocumentString<LiaisonMapQuery, LiaisonMapQueryVariables>;
export const LiaisonDetailDocument = new TypedDocumentString(`
    query LiaisonDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Liaison {
      ...LiaisonSummary
      body
      meeting {
        ...MeetingRef
      }
      decidedBy {
        id
        position
        kind
        text
        meeting {
          ...MeetingRef
        }
      }
      inReplyTo {
        id
        title
        fromGroup {
          acronym
        }
      }
      replies {
        id
        title
        sentOn
        status
        fromGroup {
          acronym
        }
      }
      attachments {
        symbol
        title
        url
      }
      sources {
        ...SourceText
      }
    }
  }
}
    fragment LiaisonSummary on Liaison {
  id
  title
  reference
  purpose
  status
  awaitingReply
  sentOn
  deadline
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    group {
      acronym
    }
  }
  replies {
    id
  }
}
fragment MeetingRef on Meeting {
  id
  number
  title
  startsOn
  group {
    acronym
  }
}
fragment SourceText on Source {
  excerpt
  note
  document {
    symbol
    title
    url
  }
}`) as unknown as TypedDocumentString<LiaisonDetailQuery, LiaisonDetailQueryVariables>;
export const DashboardOverviewDocument = new TypedDocumentString(`
    query DashboardOverview {
  openTotal: actionItems(filter: {status: [OPEN, IN_PROGRESS]}, first: 1) {
    totalCount
  }
  overdue: actionItems(filter: {overdue: true}, first: 100) {
    totalCount
    edges {
      node {
        id
        assignee {
          acronym
        }
      }
    }
  }
  awaitingReply: liaisons(filter: {awaitingReply: true}, first: 100) {
    totalCount
    edges {
      node {
        ...LiaisonSummary
      }
    }
  }
  reports(first: 1) {
    totalCount
  }
  groups(first: 100) {
    totalCount
    edges {
      node {
        id
        acronym
        name
        openItems: actionItems(status: [OPEN, IN_PROGRESS], first: 20) {
          totalCount
          edges {
            node {
              id
              title
              status
              isOverdue
              dueOn
              dueMeeting {
                id
                title
                startsOn
              }
              raisedBy {
                position
                meeting {
                  title
                }
              }
            }
          }
        }
        reports(first: 10) {
          totalCount
          edges {
            node {
              id
              title
              status
              nextMilestone {
                id
                kind
                status
                plannedFor
                group {
                  acronym
                }
                meeting {
                  id
                  title
                  startsOn
                }
              }
            }
          }
        }
      }
    }
  }
}
    fragment LiaisonSummary on Liaison {
  id
  title
  reference
  purpose
  status
  awaitingReply
  sentOn
  deadline
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    group {
      acronym
    }
  }
  replies {
    id
  }
}`) as unknown as TypedDocumentString<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const ReportTimelineDocument = new TypedDocumentString(`
    query ReportTimeline {
  reports(first: 100) {
    totalCount
    edges {
      node {
        id
        title
        kind
        status
        ownerGroup {
          acronym
          name
        }
        nextMilestone {
          id
        }
        milestones {
          id
          kind
          status
          plannedFor
          group {
            acronym
            name
          }
          meeting {
            ...MeetingRef
          }
          sources {
            ...SourceText
          }
        }
      }
    }
  }
}
    fragment MeetingRef on Meeting {
  id
  number
  title
  startsOn
  group {
    acronym
  }
}
fragment SourceText on Source {
  excerpt
  note
  document {
    symbol
    title
    url
  }
}`) as unknown as TypedDocumentString<ReportTimelineQuery, ReportTimelineQueryVariables>;