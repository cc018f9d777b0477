import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Follow-up that an outcome raised: owed by a group or body, due by a date or at a meeting. */
export type ActionItem = Node & {
  __typename?: 'ActionItem';
  /** The group or body that owes it (e.g. Secretariat, BDT). */
  assignee: Group;
  /** The meeting it is due at ("at the next meeting"), if any. */
  dueMeeting?: Maybe<Meeting>;
  /** The date it is due by, when one was set. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Derived, never stored: OPEN or IN_PROGRESS, and the due date has passed or the due meeting has been held (UTC dates). DONE and CANCELLED items are never overdue. */
  isOverdue: Scalars['Boolean']['output'];
  /** The outcome that raised it. */
  raisedBy?: Maybe<Outcome>;
  /** The later outcome that closed it, if any. */
  resolvedBy?: Maybe<Outcome>;
  /** Where the follow-up is recorded, verbatim. */
  sources: Array<Source>;
  /** Where it stands. */
  status: ActionStatus;
  /** What is to be done. */
  title: Scalars['String']['output'];
};

/** A page of ActionItem items (Relay connection). */
export type ActionItemConnection = {
  __typename?: 'ActionItemConnection';
  edges: Array<ActionItemEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ActionItemEdge = {
  __typename?: 'ActionItemEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: ActionItem;
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

/** A practice or initiative a group shared: youth consultations, helplines feedback, industry roundtables, toolkits. */
export type BestPractice = Node & {
  __typename?: 'BestPractice';
  /** Documents that describe it, by symbol. */
  documents: Array<Document>;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The meeting where it was shared. */
  meeting?: Maybe<Meeting>;
  /** The group or body that shared it, when the sources name one. */
  sourceGroup?: Maybe<Group>;
  /** Where the practice is recorded, verbatim. */
  sources: Array<Source>;
  /** What the practice is, in a few sentences drawn from the sources. */
  summary: Scalars['String']['output'];
  /** A short name for the practice. */
  title: Scalars['String']['output'];
  /** Topics the practice is about, by name. */
  topics: Array<Topic>;
};

/** A page of BestPractice items (Relay connection). */
export type BestPracticeConnection = {
  __typename?: 'BestPracticeConnection';
  edges: Array<BestPracticeEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type BestPracticeEdge = {
  __typename?: 'BestPracticeEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: BestPractice;
};

/** A contribution, report, liaison statement or other document; its text is searchable. */
export type Document = Node & {
  __typename?: 'Document';
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** CONTRIBUTION, INFORMATION_DOCUMENT, LIAISON_STATEMENT, REPORT, SUMMARY_REPORT, CONCEPT_NOTE, RESOLUTION or OTHER. */
  kind: Scalars['String']['output'];
  /** The meeting it was submitted to. */
  meeting?: Maybe<Meeting>;
  /** Accessible without a password. */
  public: Scalars['Boolean']['output'];
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** The group that wrote it. */
  sourceGroup?: Maybe<Group>;
  /** The document symbol, unique. */
  symbol: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of Document items (Relay connection). */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: Document;
};

/** A council, working group, study group, question, correspondence group, bureau or secretariat. */
export type Group = Node & {
  __typename?: 'Group';
  /** Unique; `group(acronym:)` also accepts any alias. */
  acronym: Scalars['String']['output'];
  /** The action items this group owes, oldest first. */
  actionItems: ActionItemConnection;
  /** Other spellings people use: "SG2 Q3/2", "Q3/2", "SG17". */
  aliases: Array<Scalars['String']['output']>;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  kind: GroupKind;
  /** The liaisons this group sent or received (as a TO or CC addressee), in the order they were recorded. */
  liaisons: LiaisonConnection;
  /** Mandate references, e.g. "Council Resolution 1306 (Mod. 2015)". */
  mandates: Array<Scalars['String']['output']>;
  /** The group's meetings, in date order. */
  meetings: MeetingConnection;
  name: Scalars['String']['output'];
  officers: Array<Officer>;
  parent?: Maybe<Group>;
  /** The reports this group owns, in the order they were recorded. */
  reports: ReportConnection;
  sector: Sector;
  sources: Array<Source>;
  subgroups: Array<Group>;
};


/** A council, working group, study group, question, correspondence group, bureau or secretariat. */
export type GroupActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ActionStatus>>;
};


/** A council, working group, study group, question, correspondence group, bureau or secretariat. */
export type GroupLiaisonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<LiaisonDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A council, working group, study group, question, correspondence group, bureau or secretariat. */
export type GroupMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A council, working group, study group, question, correspondence group, bureau or secretariat. */
export type GroupReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Group items (Relay connection). */
export type GroupConnection = {
  __typename?: 'GroupConnection';
  edges: Array<GroupEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type GroupEdge = {
  __typename?: 'GroupEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: Group;
};

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

/** A liaison statement between groups, sent or received, with its reply thread. */
export type Liaison = Node & {
  __typename?: 'Liaison';
  /** Every addressee with its role and, for TO, its own purpose: TO before CC, then by acronym. */
  addressees: Array<LiaisonAddressee>;
  /** The documents sent with it, by symbol. */
  attachments: Array<Document>;
  /** Derived, never stored: the purpose asks for a reply (FOR_ACTION, FOR_COMMENT), the liaison is SENT or ACKNOWLEDGED, and no reply has come (no liaison is inReplyTo it). */
  awaitingReply: Scalars['Boolean']['output'];
  /** The text of the statement, when recorded. */
  body?: Maybe<Scalars['String']['output']>;
  /** The groups in copy (CC), by acronym. */
  ccGroups: Array<Group>;
  /** The reply is due by this date; required for FOR_ACTION and FOR_COMMENT. */
  deadline?: Maybe<Scalars['Date']['output']>;
  /** The outcome that decided to send it, if recorded. */
  decidedBy?: Maybe<Outcome>;
  /** The group that sent it. */
  fromGroup: Group;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The liaison this one answers. */
  inReplyTo?: Maybe<Liaison>;
  /** The meeting that decided it, or where it was received. */
  meeting?: Maybe<Meeting>;
  /** The strongest purpose among the TO addressees (each addressee’s own purpose is in `addressees`). */
  purpose: LiaisonPurpose;
  /** The document symbol or reference the groups use, when there is one. */
  reference?: Maybe<Scalars['String']['output']>;
  /** The liaisons that answer this one, oldest first. */
  replies: Array<Liaison>;
  /** The date it was sent, when known. */
  sentOn?: Maybe<Scalars['Date']['output']>;
  /** Where the liaison is recorded, verbatim. */
  sources: Array<Source>;
  /** Where it stands. */
  status: LiaisonStatus;
  /** The subject of the statement. */
  title: Scalars['String']['output'];
  /** The groups it is addressed to (TO), by acronym. */
  toGroups: Array<Group>;
};

/** One addressee of a liaison: a group, TO or CC, and for TO its own purpose. */
export type LiaisonAddressee = {
  __typename?: 'LiaisonAddressee';
  /** The addressed group. */
  group: Group;
  /** What the liaison asks of this addressee; null for CC. */
  purpose?: Maybe<LiaisonPurpose>;
  /** TO or CC. */
  role: AddresseeRole;
};

/** A page of Liaison items (Relay connection). */
export type LiaisonConnection = {
  __typename?: 'LiaisonConnection';
  edges: Array<LiaisonEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Which of a group's liaisons: SENT by it, or RECEIVED by it (as a TO or CC addressee). */
export type LiaisonDirection =
  | 'RECEIVED'
  | 'SENT';

export type LiaisonEdge = {
  __typename?: 'LiaisonEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: Liaison;
};

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

/** A meeting of a group, with its outcomes in recorded order. */
export type Meeting = Node & {
  __typename?: 'Meeting';
  /** Documents submitted to the meeting, by symbol. */
  documents: DocumentConnection;
  endHalf?: Maybe<HalfDay>;
  endsOn: Scalars['Date']['output'];
  format: MeetingFormat;
  group: Group;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The liaisons this meeting decided to send or received. */
  liaisons: Array<Liaison>;
  location?: Maybe<Scalars['String']['output']>;
  /** Ordinal: 21 for the twenty-first meeting. */
  number?: Maybe<Scalars['Int']['output']>;
  /** What the meeting decided, in the order the meeting recorded it. */
  outcomes: Array<Outcome>;
  /** How many people took part. */
  participantCount?: Maybe<Scalars['Int']['output']>;
  sources: Array<Source>;
  /** PM for "30 September (p.m.)". */
  startHalf?: Maybe<HalfDay>;
  startsOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  /** Topics discussed. */
  topics: Array<Topic>;
};


/** A meeting of a group, with its outcomes in recorded order. */
export type MeetingDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Meeting items (Relay connection). */
export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  edges: Array<MeetingEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: Meeting;
};

export type MeetingFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'VIRTUAL';

/** A stop on a report’s journey: a group, a date or meeting, and what happens there. */
export type Milestone = Node & {
  __typename?: 'Milestone';
  /** The group where it happens. */
  group: Group;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** What happens there: SUBMISSION, DISCUSSION, PRESENTATION or ADOPTION. */
  kind: MilestoneKind;
  /** The meeting where it happens, when known. */
  meeting?: Maybe<Meeting>;
  /** When it is planned; month precision is the first day of the month. */
  plannedFor?: Maybe<Scalars['Date']['output']>;
  /** The report the milestone belongs to. */
  report: Report;
  /** Where the milestone is recorded, verbatim. */
  sources: Array<Source>;
  /** Whether it is still to come, happened, slipped or was cancelled. */
  status: MilestoneStatus;
};

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

/** Any object with a global id: `node(id:)` finds it again. */
export type Node = {
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
};

/** A role in a group and who holds it (no personal data beyond that). */
export type Officer = {
  __typename?: 'Officer';
  name: Scalars['String']['output'];
  /** e.g. Chair, Vice-Chair, Co-convener */
  role: Scalars['String']['output'];
};

/** One decision of a meeting, in the order the meeting recorded it; it may raise action items and send liaisons. */
export type Outcome = Node & {
  __typename?: 'Outcome';
  /** The action items this outcome raised, oldest first. */
  actionItems: Array<ActionItem>;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The verb of the decision: AGREED, ENDORSED, WELCOMED, … */
  kind: OutcomeKind;
  /** The liaisons this outcome decided to send. */
  liaisons: Array<Liaison>;
  /** The meeting that decided it. */
  meeting: Meeting;
  /** 1-based order within the meeting. */
  position: Scalars['Int']['output'];
  /** Earlier action items this outcome closed (their `resolvedBy`). */
  resolvedActionItems: Array<ActionItem>;
  /** Where the decision is recorded, verbatim. */
  sources: Array<Source>;
  /** The decision, verbatim as recorded. */
  text: Scalars['String']['output'];
  /** Topics the decision is about, by name. */
  topics: Array<Topic>;
};

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

/** Where a page sits in its list (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Action items across all groups, oldest first; `filter` narrows them (by assignee, raising group, status, overdue). */
  actionItems: ActionItemConnection;
  /** Best practices in the order they were recorded: all of them, or those tagged with one topic. */
  bestPractices: BestPracticeConnection;
  /** A group by acronym or any alias, case- and space-insensitive ("cwg-cop", "SG2 Q3/2"); null if none. */
  group?: Maybe<Group>;
  /** All groups, in acronym order. */
  groups: GroupConnection;
  /** Liaisons across all groups, in the order they were recorded; `filter` narrows them (from, to, between, purpose, status, awaitingReply). */
  liaisons: LiaisonConnection;
  /** Meetings in date order, of one group (acronym or alias) or of all groups. */
  meetings: MeetingConnection;
  /** Any object by its global id; null if it does not exist. */
  node?: Maybe<Node>;
  /** Objects by global id, in the order asked; null where one does not exist. */
  nodes: Array<Maybe<Node>>;
  /** Reports across all groups, in the order they were recorded; `filter` narrows them (owner group, status). */
  reports: ReportConnection;
  /** Every topic, by name. */
  topics: Array<Topic>;
};


export type QueryActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBestPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
};


export type QueryGroupArgs = {
  acronym: Scalars['String']['input'];
};


export type QueryGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLiaisonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LiaisonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupAcronym?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A work item that travels between groups (e.g. the CG-COP gap-analysis report), with its milestones. */
export type Report = Node & {
  __typename?: 'Report';
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** What kind of report, in SCREAMING_CASE, e.g. GAP_ANALYSIS. */
  kind: Scalars['String']['output'];
  /** Its milestones in date order (the planned date, else the meeting’s start date; undated ones last). */
  milestones: Array<Milestone>;
  /** Derived: the first PLANNED milestone in date order, i.e. what comes next and where; null if none is planned. */
  nextMilestone?: Maybe<Milestone>;
  /** The group that owns (prepares) the report. */
  ownerGroup: Group;
  /** Where the report and its status are recorded, verbatim. */
  sources: Array<Source>;
  /** Where it stands. */
  status: ReportStatus;
  /** The report’s title. */
  title: Scalars['String']['output'];
};

/** A page of Report items (Relay connection). */
export type ReportConnection = {
  __typename?: 'ReportConnection';
  edges: Array<ReportEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ReportEdge = {
  __typename?: 'ReportEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: Report;
};

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

/** The ITU sector a group belongs to (EXTERNAL for partners). */
export type Sector =
  | 'EXTERNAL'
  | 'GENERAL_SECRETARIAT'
  | 'ITU_D'
  | 'ITU_R'
  | 'ITU_T';

/** Where a fact comes from: a document and the verbatim sentence(s). */
export type Source = {
  __typename?: 'Source';
  /** The document the excerpt is taken from. */
  document: Document;
  /** The sentence(s) the fact was taken from, verbatim. */
  excerpt: Scalars['String']['output'];
  /** E.g. where two sources disagree, or what was read into the text. */
  note?: Maybe<Scalars['String']['output']>;
};

/** A cross-cutting tag: youth participation, helplines, age verification, … */
export type Topic = Node & {
  __typename?: 'Topic';
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Stable kebab-case key, e.g. "age-verification". */
  slug: Scalars['String']['output'];
};

export type NestedDashboardQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type NestedDashboardQuery = { __typename?: 'Query', groups: { __typename?: 'GroupConnection', edges: Array<{ __typename?: 'GroupEdge', node: { __typename?: 'Group', acronym: string, liaisons: { __typename?: 'LiaisonConnection', edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, toGroups: Array<{ __typename?: 'Group', acronym: string }> } }> }, meetings: { __typename?: 'MeetingConnection', edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', number?: number | null, outcomes: Array<{ __typename?: 'Outcome', position: number, actionItems: Array<{ __typename?: 'ActionItem', title: string, assignee: { __typename?: 'Group', acronym: string } }> }> } }> } } }> } };

export type GroupByNameQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
}>;


export type GroupByNameQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, acronym: string, name: string, kind: GroupKind, sector: Sector, aliases: Array<string>, mandates: Array<string>, parent?: { __typename?: 'Group', acronym: string } | null, subgroups: Array<{ __typename?: 'Group', acronym: string }>, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', symbol: string } }> } | null };

export type GroupsPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GroupsPageQuery = { __typename?: 'Query', groups: { __typename?: 'GroupConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'GroupEdge', cursor: string, node: { __typename?: 'Group', acronym: string, kind: GroupKind } }> } };

export type GroupMeetingsQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
}>;


export type GroupMeetingsQuery = { __typename?: 'Query', group?: { __typename?: 'Group', acronym: string, meetings: { __typename?: 'MeetingConnection', totalCount: number, edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, startHalf?: HalfDay | null, endsOn: string, endHalf?: HalfDay | null, location?: string | null, format: MeetingFormat, participantCount?: number | null, topics: Array<{ __typename?: 'Topic', slug: string, name: string }>, group: { __typename?: 'Group', acronym: string }, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', symbol: string, title: string, kind: string } }> } }> } } | null };

export type MeetingsOfQueryVariables = Exact<{
  groupAcronym?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MeetingsOfQuery = { __typename?: 'Query', meetings: { __typename?: 'MeetingConnection', totalCount: number, edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', number?: number | null, title: string, participantCount?: number | null } }> } };

export type NodeByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeByIdQuery = { __typename?: 'Query', node?: { __typename: 'ActionItem', id: string } | { __typename: 'BestPractice', id: string } | { __typename: 'Document', id: string } | { __typename: 'Group', acronym: string, id: string } | { __typename: 'Liaison', id: string } | { __typename: 'Meeting', number?: number | null, title: string, id: string } | { __typename: 'Milestone', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'Report', id: string } | { __typename: 'Topic', id: string } | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesByIdsQuery = { __typename?: 'Query', nodes: Array<{ __typename: 'ActionItem', id: string } | { __typename: 'BestPractice', id: string } | { __typename: 'Document', id: string } | { __typename: 'Group', id: string } | { __typename: 'Liaison', id: string } | { __typename: 'Meeting', id: string } | { __typename: 'Milestone', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'Report', id: string } | { __typename: 'Topic', id: string } | null> };

export type TopicListQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicListQuery = { __typename?: 'Query', topics: Array<{ __typename?: 'Topic', id: string, slug: string, name: string }> };

export type GroupListsQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<LiaisonDirection>;
  status?: InputMaybe<Array<ActionStatus> | ActionStatus>;
}>;


export type GroupListsQuery = { __typename?: 'Query', group?: { __typename?: 'Group', liaisons: { __typename?: 'LiaisonConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string } }> }, actionItems: { __typename?: 'ActionItemConnection', totalCount: number, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string } }> }, meetings: { __typename?: 'MeetingConnection', totalCount: number, edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', id: string, documents: { __typename?: 'DocumentConnection', totalCount: number, edges: Array<{ __typename?: 'DocumentEdge', node: { __typename?: 'Document', id: string } }> } } }> }, reports: { __typename?: 'ReportConnection', totalCount: number, edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', id: string } }> } } | null };

export type RootActionItemsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ActionStatus> | ActionStatus>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RootActionItemsQuery = { __typename?: 'Query', actionItems: { __typename?: 'ActionItemConnection', totalCount: number, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string } }> } };

export type CachedGroupsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CachedGroupsQuery = { __typename?: 'Query', groups: { __typename?: 'GroupConnection', totalCount: number, edges: Array<{ __typename?: 'GroupEdge', node: { __typename?: 'Group', acronym: string } }> } };


export const NestedDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedDashboardQuery, NestedDashboardQueryVariables>;
export const GroupByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"mandates"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subgroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupByNameQuery, GroupByNameQueryVariables>;
export const GroupsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupsPageQuery, GroupsPageQueryVariables>;
export const GroupMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startHalf"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endHalf"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupMeetingsQuery, GroupMeetingsQueryVariables>;
export const MeetingsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupAcronym"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupAcronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupAcronym"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsOfQuery, MeetingsOfQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const TopicListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopicList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TopicListQuery, TopicListQueryVariables>;
export const GroupListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiaisonDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupListsQuery, GroupListsQueryVariables>;
export const RootActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RootActionItemsQuery, RootActionItemsQueryVariables>;
export const CachedGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CachedGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CachedGroupsQuery, CachedGroupsQueryVariables>;