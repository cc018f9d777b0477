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
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A date as precise as its source: YYYY (a year), YYYY-MM (a month: "April 2025" is 2025-04, not 1 April) or YYYY-MM-DD (a day). Something due by a month or a year is due by the end of that period. */
  PartialDate: { input: string; output: string; }
};

/** Follow-up that an outcome raised: owed by a group or body, due by a date or at a meeting. */
export type ActionItem = Node & {
  __typename?: 'ActionItem';
  /** The group or body that owes it (e.g. Secretariat, BDT). */
  assignee: Group;
  /** The meeting it is due at ("at the next meeting"), if any. */
  dueMeeting?: Maybe<Meeting>;
  /**
   * The first day of the due period (1 April for "April 2025").
   * @deprecated A due date known to the month or the year is not a day: read duePeriod.
   */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** The date it is due by, when one was set, as precise as it was given (2025-04: by the end of April 2025). */
  duePeriod?: Maybe<Scalars['PartialDate']['output']>;
  /** Its recorded changes, oldest first: who changed what, when, before and after. */
  history: ChangeConnection;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Derived, never stored: OPEN or IN_PROGRESS, and the due date has passed or the due meeting has been held (UTC dates). DONE and CANCELLED items are never overdue. */
  isOverdue: Scalars['Boolean']['output'];
  /** The liaison this item asks for, if linked: recorded SENT, it gets the item DONE. */
  liaison?: Maybe<Liaison>;
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
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version, raised by every change: an update names the version it was made from, and a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** Follow-up that an outcome raised: owed by a group or body, due by a date or at a meeting. */
export type ActionItemHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of ActionItem items (Relay connection). */
export type ActionItemConnection = {
  __typename?: 'ActionItemConnection';
  edges: Array<ActionItemEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ActionItem in a page, with its cursor (Relay edge). */
export type ActionItemEdge = {
  __typename?: 'ActionItemEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: ActionItem;
};

/** An action item was added or changed (status, assignee, due date, …): the recorded change, and the item as it is now. */
export type ActionItemEvent = {
  __typename?: 'ActionItemEvent';
  /** The action item as it is now (null if it can no longer be read). */
  actionItem?: Maybe<ActionItem>;
  /** What happened: the action, the changed fields before and after, who and when. */
  change: Change;
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

/** The result of a mutation on a ActionItem: the ActionItem after the write, or null and userErrors. */
export type ActionItemPayload = {
  __typename?: 'ActionItemPayload';
  /** The ActionItem as it is after the write; null when userErrors is not empty. */
  actionItem?: Maybe<ActionItem>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Where a follow-up stands: OPEN → IN_PROGRESS → DONE, or CANCELLED. */
export type ActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

/** A clause appended to a resolution, after its last one. */
export type AddClauseInput = {
  /** What it asks: LIAISE_WITH and REPORT_TO need a target, CONSULT a topic. */
  ask: ClauseAsk;
  /** CONSULT: who is consulted, in words ("youth"). */
  constituency?: InputMaybe<Scalars['String']['input']>;
  /** The group the clause asks to act, by acronym or alias. */
  group: Scalars['String']['input'];
  /** REPORT_TO: how often, in words ("each Council session"). */
  interval?: InputMaybe<Scalars['String']['input']>;
  /** The end of that period: YYYY, YYYY-MM or YYYY-MM-DD (a year or a month runs to its last day); not before the start; open when absent. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** The start of the period the clause is checked over: YYYY, YYYY-MM or YYYY-MM-DD (a year or a month starts on its first day); open when absent. */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** The resolution: its id or its key ("pp-179-bucharest-2022"). */
  resolution: Scalars['String']['input'];
  /** Where the clause is quoted, verbatim. */
  sources?: InputMaybe<Array<SourceInput>>;
  /** LIAISE_WITH, REPORT_TO: the other group, by acronym or alias. */
  target?: InputMaybe<Scalars['String']['input']>;
  /** The clause as the source quotes it (at most 50,000 characters). */
  text: Scalars['String']['input'];
  /** CONSULT: the topic a meeting carries when it recorded the consultation, by slug or name. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** A stop on a report’s journey. */
export type AddMilestoneInput = {
  /** Where it happens: a group, by acronym or alias. */
  group: Scalars['String']['input'];
  kind: MilestoneKind;
  /** A meeting of that group: its id or "ACRONYM#number". An EDITOR names its own groups' meetings only. */
  meeting?: InputMaybe<Scalars['String']['input']>;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source: 2025-04 for "in April 2025". */
  plannedFor?: InputMaybe<Scalars['String']['input']>;
  /** The report. */
  report: Scalars['ID']['input'];
  sources?: InputMaybe<Array<SourceInput>>;
  /** PLANNED (default), or DONE to record one that happened. */
  status?: InputMaybe<MilestoneStatus>;
};

/** How a liaison is addressed to a group: TO (with a purpose of its own) or CC (for information). */
export type AddresseeRole =
  | 'CC'
  | 'TO';

/** The body that adopted a resolution: the Plenipotentiary Conference, the Council, a sector's conference or assembly, or another. */
export type AdoptingBody =
  | 'COUNCIL'
  | 'OTHER'
  | 'PLENIPOTENTIARY_CONFERENCE'
  | 'WORLD_TELECOMMUNICATION_DEVELOPMENT_CONFERENCE'
  | 'WORLD_TELECOMMUNICATION_STANDARDIZATION_ASSEMBLY';

/** An API token as ADMINs see it: label, role, groups and use; never its secret or hash. */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  /** For an EDITOR token: the groups it writes for. */
  groups: Array<Group>;
  /** Pass it to revokeApiToken (or its number to `npm run token -- revoke`). */
  id: Scalars['ID']['output'];
  /** Who holds it; shown in the history of every write made with it. */
  label: Scalars['String']['output'];
  /** When it was last presented (to the minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was revoked; a revoked token no longer works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: Role;
};

/** A page of ApiToken items (Relay connection). */
export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  edges: Array<ApiTokenEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ApiToken in a page, with its cursor (Relay edge). */
export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: ApiToken;
};

/** What applying a reviewed draft wrote. */
export type AppliedFacts = {
  __typename?: 'AppliedFacts';
  /** Objects created (the document included when it was new). */
  created: Scalars['Int']['output'];
  /** Accepted facts the graph already held, not written again. */
  skipped: Scalars['Int']['output'];
};

/** A reviewed draft: the file again, how to store it, and the facts a person accepted (as draftFacts returned them, edited where needed). */
export type ApplyFactsInput = {
  document: IngestedDocumentInput;
  /** Each accepted fact: `{ kind, key, sources, …values }` as in DraftFact.values. */
  facts: Array<Scalars['JSONObject']['input']>;
  file: IngestFileInput;
};

/** The result of applyFacts: what was written, or null and userErrors (then nothing was). */
export type ApplyFactsPayload = {
  __typename?: 'ApplyFactsPayload';
  applied?: Maybe<AppliedFacts>;
  userErrors: Array<UserError>;
};

/** The level at which a liaison statement was approved, as the ITU template names them. */
export type ApprovalLevel =
  | 'CHAIR'
  | 'RAPPORTEUR_MEETING'
  | 'STUDY_GROUP'
  | 'WORKING_PARTY';

/** A practice or initiative a group shared: youth consultations, helplines feedback, industry roundtables, toolkits. */
export type BestPractice = Node & {
  __typename?: 'BestPractice';
  /** Documents that describe it, by symbol. */
  documents: Array<Document>;
  /** Its recorded changes, oldest first: who changed what, when, before and after. */
  history: ChangeConnection;
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
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version, raised by every change: an update names the version it was made from, and a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A practice or initiative a group shared: youth consultations, helplines feedback, industry roundtables, toolkits. */
export type BestPracticeHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of BestPractice items (Relay connection). */
export type BestPracticeConnection = {
  __typename?: 'BestPracticeConnection';
  edges: Array<BestPracticeEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One BestPractice in a page, with its cursor (Relay edge). */
export type BestPracticeEdge = {
  __typename?: 'BestPracticeEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: BestPractice;
};

/** The result of a mutation on a BestPractice: the BestPractice after the write, or null and userErrors. */
export type BestPracticePayload = {
  __typename?: 'BestPracticePayload';
  /** The BestPractice as it is after the write; null when userErrors is not empty. */
  bestPractice?: Maybe<BestPractice>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** One recorded write: who, when, which object, and its changed fields before and after. */
export type Change = Node & {
  __typename?: 'Change';
  action: ChangeAction;
  /** The changed fields after (every field for CREATE). */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** When the write committed (its transaction time). */
  at: Scalars['DateTime']['output'];
  /** The changed fields before; null for CREATE. Groups by acronym, meetings as "ACRONYM#number", other objects by id. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** Who made it: the token’s label and role. */
  by: ChangeActor;
  /** The fields that changed (all of them for CREATE). */
  fields: Array<Scalars['String']['output']>;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Why, when the change follows from another write (e.g. a reply marking a liaison RESPONDED). */
  note?: Maybe<Scalars['String']['output']>;
  /** The object changed (null for token management, which is not public). */
  object?: Maybe<Node>;
  /** The type of the object changed: Liaison, Meeting, … */
  objectType: Scalars['String']['output'];
  /** The object’s version after this change. */
  objectVersion?: Maybe<Scalars['Int']['output']>;
};

/** What a write did to an object: CREATE, UPDATE (fields), STATUS (a status change), TAG (a topic), REVOKE (a token). */
export type ChangeAction =
  | 'CREATE'
  | 'REVOKE'
  | 'STATUS'
  | 'TAG'
  | 'UPDATE';

/** Who made a change: the token’s label and role at the time. */
export type ChangeActor = {
  __typename?: 'ChangeActor';
  /** The token’s label, e.g. "CG-COP co-convener". */
  label: Scalars['String']['output'];
  role: Role;
};

/** A page of Change items (Relay connection). */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Change in a page, with its cursor (Relay edge). */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: Change;
};

/** Narrows the changes feed; every condition given must hold. */
export type ChangeFilter = {
  /** Changes to objects of this group (acronym or alias): its meetings and their outcomes, the action items it owes or raised, the liaisons it sent or was sent, its reports and their milestones, its documents and practices. Unknown: NOT_FOUND. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** Only changes to objects of these types (Liaison, ActionItem, …); null or empty means any. */
  objectTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Changes at or after this time, e.g. a week ago. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One clause of a resolution: its verbatim text, the group it asks to act and what it asks, with the coverage the graph shows. */
export type Clause = Node & {
  __typename?: 'Clause';
  /** What it asks, in the form the graph checks. */
  ask: ClauseAsk;
  /** CONSULT: who is consulted, in words ("youth"). */
  constituency?: Maybe<Scalars['String']['output']>;
  /** What the graph shows of the clause being carried out, derived from the graph. */
  coverage: ClauseCoverage;
  /** The group the clause asks to act. */
  group: Group;
  /** Its recorded changes, oldest first: who changed what, when, before and after. */
  history: ChangeConnection;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** REPORT_TO: how often, in words. */
  interval?: Maybe<Scalars['String']['output']>;
  /** The end of the period the clause is checked over (open when absent). */
  periodEnd?: Maybe<Scalars['Date']['output']>;
  /** The start of the period the clause is checked over (open when absent). */
  periodStart?: Maybe<Scalars['Date']['output']>;
  /** 1-based, in the resolution's order. */
  position: Scalars['Int']['output'];
  /** The resolution it belongs to. */
  resolution: Resolution;
  /** Where the clause is quoted, verbatim. */
  sources: Array<Source>;
  /** LIAISE_WITH, REPORT_TO: the other group (its subgroups count too). */
  target?: Maybe<Group>;
  /** The clause as the source quotes it. */
  text: Scalars['String']['output'];
  /** CONSULT: the topic a meeting carries when it recorded the consultation. */
  topic?: Maybe<Topic>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version, raised by every change: an update names the version it was made from, and a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** One clause of a resolution: its verbatim text, the group it asks to act and what it asks, with the coverage the graph shows. */
export type ClauseHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a clause asks, in the form the graph checks: LIAISE_WITH a group, CONSULT a constituency at meetings, PUBLISH documents publicly, REPORT_TO a body; PARTICIPATION of stakeholders and OTHER are text only. */
export type ClauseAsk =
  | 'CONSULT'
  | 'LIAISE_WITH'
  | 'OTHER'
  | 'PARTICIPATION'
  | 'PUBLISH'
  | 'REPORT_TO';

/** What the graph shows of a clause being carried out: derived from the graph, never typed (see the rule in the API docs of CoverageStatus). */
export type ClauseCoverage = {
  __typename?: 'ClauseCoverage';
  /** The objects that show it carried out (liaisons, meetings, documents), by date; for a liaison ask, also those the other side sent. */
  evidence: Array<Node>;
  /** The objects of the period that do not carry it out: meetings without the mark, documents behind a password. */
  missing: Array<Node>;
  /** What was checked, in words. */
  rule: Scalars['String']['output'];
  /** NO_EVIDENCE: the graph holds nothing since this date (the period's start, else the group's first recorded meeting). */
  since?: Maybe<Scalars['Date']['output']>;
  /** MET, PARTLY, NO_EVIDENCE or NOT_CHECKABLE. */
  status: CoverageStatus;
};

/** A clause of a resolution: its verbatim text, the group it asks to act and what it asks, in the form the graph checks. */
export type ClauseInput = {
  /** What it asks: LIAISE_WITH and REPORT_TO need a target, CONSULT a topic. */
  ask: ClauseAsk;
  /** CONSULT: who is consulted, in words ("youth"). */
  constituency?: InputMaybe<Scalars['String']['input']>;
  /** The group the clause asks to act, by acronym or alias. */
  group: Scalars['String']['input'];
  /** REPORT_TO: how often, in words ("each Council session"). */
  interval?: InputMaybe<Scalars['String']['input']>;
  /** The end of that period: YYYY, YYYY-MM or YYYY-MM-DD (a year or a month runs to its last day); not before the start; open when absent. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** The start of the period the clause is checked over: YYYY, YYYY-MM or YYYY-MM-DD (a year or a month starts on its first day); open when absent. */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** Where the clause is quoted, verbatim. */
  sources?: InputMaybe<Array<SourceInput>>;
  /** LIAISE_WITH, REPORT_TO: the other group, by acronym or alias. */
  target?: InputMaybe<Scalars['String']['input']>;
  /** The clause as the source quotes it (at most 50,000 characters). */
  text: Scalars['String']['input'];
  /** CONSULT: the topic a meeting carries when it recorded the consultation, by slug or name. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** The result of a mutation on a Clause: the Clause after the write, or null and userErrors. */
export type ClausePayload = {
  __typename?: 'ClausePayload';
  /** The Clause as it is after the write; null when userErrors is not empty. */
  clause?: Maybe<Clause>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** What the graph shows of a clause being carried out: MET, PARTLY, NO_EVIDENCE (nothing since a date), NOT_CHECKABLE (the clause asks nothing the graph records). */
export type CoverageStatus =
  | 'MET'
  | 'NOT_CHECKABLE'
  | 'NO_EVIDENCE'
  | 'PARTLY';

/** A follow-up, owed by a group or body; it starts OPEN. */
export type CreateActionItemInput = {
  /** The group or body that owes it, by acronym or alias. */
  assignee: Scalars['String']['input'];
  /** Due at this meeting ("at the next meeting"). A meeting: its id or "ACRONYM#number" (e.g. "CWG-COP#23"). An EDITOR names its own groups' meetings only. */
  dueMeeting?: InputMaybe<Scalars['String']['input']>;
  /** Due by this date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source (a month or a year runs to its end). */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** The outcome that raised it. An outcome: its id or "ACRONYM#meeting/position" (e.g. "CWG-COP#21/2"). An EDITOR names its own groups' outcomes only. */
  raisedBy?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<SourceInput>>;
  /** What is to be done. */
  title: Scalars['String']['input'];
};

/** A new API token (ADMIN only). */
export type CreateApiTokenInput = {
  /** EDITOR only (and required): the groups it writes for, by acronym or alias. */
  groups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Who will hold it, e.g. "CG-COP co-convener". */
  label: Scalars['String']['input'];
  role: Role;
};

/** The new token and its secret, or why it was not created. */
export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  apiToken?: Maybe<ApiToken>;
  /** The secret, shown this once and never again: only its hash is stored. */
  token?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

/** A practice or initiative a group shared. */
export type CreateBestPracticeInput = {
  /** Documents that describe it, by symbol or id. */
  documents?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where it was shared: a meeting id or "ACRONYM#number". An EDITOR names its own groups' meetings only. */
  meeting?: InputMaybe<Scalars['String']['input']>;
  /** The group that shared it, by acronym or alias. */
  sourceGroup?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<SourceInput>>;
  /** What the practice is (at most 50,000 characters). */
  summary: Scalars['String']['input'];
  title: Scalars['String']['input'];
  /** Topics, by slug or name. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A document for the knowledge base; its symbol must be new. */
export type CreateDocumentInput = {
  /** CONTRIBUTION, INFORMATION_DOCUMENT, LIAISON_STATEMENT, REPORT, SUMMARY_REPORT, CONCEPT_NOTE, RESOLUTION or OTHER. */
  kind: Scalars['String']['input'];
  /** The meeting it went to: its id or "ACRONYM#number". An EDITOR names its own groups' meetings only. */
  meeting?: InputMaybe<Scalars['String']['input']>;
  /** Accessible without a password (default true). */
  public?: InputMaybe<Scalars['Boolean']['input']>;
  /** YYYY-MM-DD. */
  publishedOn?: InputMaybe<Scalars['String']['input']>;
  /** The group that wrote it, by acronym or alias. */
  sourceGroup?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<SourceInput>>;
  /** The document symbol, unique (any case). */
  symbol: Scalars['String']['input'];
  /** The full text (at most 50,000 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** An http(s) address. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A liaison statement, sent or received. A reply (inReplyTo) recorded SENT marks the answered liaison RESPONDED. */
export type CreateLiaisonInput = {
  /** What the receiving side did with it (at most 50,000 characters). */
  actionTaken?: InputMaybe<Scalars['String']['input']>;
  /** Who approved it, at which level, and when. */
  approval?: InputMaybe<LiaisonApprovalInput>;
  /** Documents sent with it, by symbol or id: any public one; a non-public one only of its own groups. */
  attachments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The text of the statement (at most 50,000 characters). */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Groups in copy, by acronym or alias. */
  cc?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Contact people of the sender and of addressees, in order. */
  contacts?: InputMaybe<Array<LiaisonContactInput>>;
  /** The reply is due by this date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source (a month or a year runs to its end); required for FOR_ACTION and FOR_COMMENT. */
  deadline?: InputMaybe<Scalars['String']['input']>;
  /** The outcome that decided to send it: its id or "ACRONYM#meeting/position". An EDITOR names its own groups' outcomes only. */
  decidedBy?: InputMaybe<Scalars['String']['input']>;
  /** The sending group, by acronym or alias. */
  from: Scalars['String']['input'];
  /** Action items (by id) that ask for this liaison; they become DONE when it is recorded SENT. An EDITOR names items of its own groups only. */
  fulfils?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The liaison this one answers: its id or reference. An EDITOR replies only from a group it was addressed to (TO or CC) or from its sender. */
  inReplyTo?: InputMaybe<Scalars['String']['input']>;
  /** The meeting that decided it, or where it was received: its id or "ACRONYM#number". An EDITOR names a meeting of its own groups or of an addressee. */
  meeting?: InputMaybe<Scalars['String']['input']>;
  /** The purpose for TO addressees without their own; a reply defaults to IN_RESPONSE. FOR_ACTION and FOR_COMMENT need a deadline. */
  purpose?: InputMaybe<LiaisonPurpose>;
  /** The document symbol or reference the groups use. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Liaisons this one supersedes or refers to. */
  related?: InputMaybe<Array<LiaisonRelationInput>>;
  /** When it was sent, YYYY-MM-DD; recording it SENT without one means today. */
  sentOn?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<SourceInput>>;
  /** DRAFT (default), APPROVED, or SENT (a liaison already sent, or received). */
  status?: InputMaybe<LiaisonStatus>;
  title: Scalars['String']['input'];
  /** The TO addressees, each with an optional purpose of its own. A reply defaults to the sender of what it answers. */
  to?: InputMaybe<Array<LiaisonAddresseeInput>>;
};

/** A new meeting of a group. */
export type CreateMeetingInput = {
  endHalf?: InputMaybe<HalfDay>;
  /** A date written YYYY-MM-DD. Defaults to startsOn. */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  format: MeetingFormat;
  /** The group, by acronym or alias. */
  group: Scalars['String']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  /** Ordinal (22 for the twenty-second meeting), unique within the group. */
  number?: InputMaybe<Scalars['Int']['input']>;
  participantCount?: InputMaybe<Scalars['Int']['input']>;
  /** Where the meeting is recorded. */
  sources?: InputMaybe<Array<SourceInput>>;
  /** PM for a meeting that starts in the afternoon. */
  startHalf?: InputMaybe<HalfDay>;
  /** A date written YYYY-MM-DD. */
  startsOn: Scalars['String']['input'];
  title: Scalars['String']['input'];
  /** Topics discussed, by slug or name (existing topics; see tagTopic). */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A report that travels between groups. */
export type CreateReportInput = {
  /** SCREAMING_CASE, e.g. GAP_ANALYSIS. */
  kind: Scalars['String']['input'];
  /** The meeting outcomes that concern it (e.g. one that expects it at a meeting), by id or "ACRONYM#meeting/position" ("CWG-COP#22/4"). An EDITOR names outcomes of its own groups' meetings. */
  outcomes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The group that owns (prepares) it, by acronym or alias. */
  ownerGroup: Scalars['String']['input'];
  sources?: InputMaybe<Array<SourceInput>>;
  /** Default IN_PREPARATION. */
  status?: InputMaybe<ReportStatus>;
  title: Scalars['String']['input'];
};

/** A resolution groups work under, with its clauses in order (positions 1, 2, 3, … as given). */
export type CreateResolutionInput = {
  /** The body that adopted it. */
  adoptedBy: AdoptingBody;
  /** Its clauses, in order. */
  clauses?: InputMaybe<Array<ClauseInput>>;
  /** Its natural key (the bundle's), e.g. "pp-179-bucharest-2022"; derived from the body, number and revision when absent. A key in use is CONFLICT. */
  key?: InputMaybe<Scalars['String']['input']>;
  /** The number as the adopting body gives it: "179". */
  number: Scalars['String']['input'];
  /** The revision or modification as cited: "Rev. Bucharest, 2022". */
  revision?: InputMaybe<Scalars['String']['input']>;
  /** Where the resolution is cited, verbatim. */
  sources?: InputMaybe<Array<SourceInput>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A new webhook (ADMIN only). */
export type CreateWebhookInput = {
  /** At least one event. */
  events: Array<WebhookEvent>;
  /** The group whose events it is told about (acronym or alias). */
  group: Scalars['String']['input'];
  /** An https:// URL whose host resolves to public addresses only. */
  url: Scalars['String']['input'];
};

/** The webhook created, with its secret shown this once, or why not. */
export type CreateWebhookPayload = {
  __typename?: 'CreateWebhookPayload';
  /** The signing secret, shown this once. Each delivery carries `X-Liaison-Graph-Signature: sha256=<hex HMAC-SHA256 of the body with this secret>`. */
  secret?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
  webhook?: Maybe<Webhook>;
};

/** A contribution, report, liaison statement or other document; its text is searchable. */
export type Document = Node & {
  __typename?: 'Document';
  /** The best practices this document belongs to, by title. */
  bestPractices: Array<BestPractice>;
  /** What the knowledge base quotes from this document, with the object each excerpt supports. */
  excerpts: Array<DocumentExcerpt>;
  /** Its recorded changes, oldest first: who changed what, when, before and after. */
  history: ChangeConnection;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** CONTRIBUTION, INFORMATION_DOCUMENT, LIAISON_STATEMENT, REPORT, SUMMARY_REPORT, CONCEPT_NOTE, RESOLUTION or OTHER. */
  kind: Scalars['String']['output'];
  /** The liaisons this document was sent with (as an attachment), oldest first. */
  liaisons: Array<Liaison>;
  /** The meeting it was submitted to. */
  meeting?: Maybe<Meeting>;
  /** Accessible without a password. */
  public: Scalars['Boolean']['output'];
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** The group that wrote it. */
  sourceGroup?: Maybe<Group>;
  /** Where the document itself is recorded, verbatim. */
  sources: Array<Source>;
  /** The document symbol, unique. */
  symbol: Scalars['String']['output'];
  /** The full text, as recorded (null when only the URL is known, and for a document that is not public unless the request carries a valid token). Read one document at a time: lists are better without it. */
  text?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  url?: Maybe<Scalars['String']['output']>;
  /** Optimistic-lock version, raised by every change: an update names the version it was made from, and a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A contribution, report, liaison statement or other document; its text is searchable. */
export type DocumentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Document items (Relay connection). */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Document in a page, with its cursor (Relay edge). */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: Document;
};

/** A passage of a document the knowledge base quotes, and the object it supports. */
export type DocumentExcerpt = {
  __typename?: 'DocumentExcerpt';
  /** The sentence(s) quoted, verbatim. */
  excerpt: Scalars['String']['output'];
  /** E.g. where two sources disagree, or what was read into the text. */
  note?: Maybe<Scalars['String']['output']>;
  /** The object the excerpt supports (a meeting, outcome, liaison…). */
  subject?: Maybe<Node>;
};

/** The result of a mutation on a Document: the Document after the write, or null and userErrors. */
export type DocumentPayload = {
  __typename?: 'DocumentPayload';
  /** The Document as it is after the write; null when userErrors is not empty. */
  document?: Maybe<Document>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A sentence a proposed fact was read from, verbatim, and why it was read so where the sentence does not say it outright. */
export type DraftCitation = {
  __typename?: 'DraftCitation';
  /** Verbatim text of the document. */
  excerpt: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
};

/** A fact an ingested document proposes: nothing is written until a person applies it. */
export type DraftFact = {
  __typename?: 'DraftFact';
  /** The fact as the bundle names it ("CWG-COP#21", "CWG-COP#21/2"): equal keys are one fact. */
  key: Scalars['String']['output'];
  kind: FactKind;
  /** The graph already holds this fact: applying it writes nothing. */
  present: Scalars['Boolean']['output'];
  sources: Array<DraftCitation>;
  /** The fact as drafted (edit it, then send it back to applyFacts). */
  values: Scalars['JSONObject']['output'];
};

/** The closed list of error codes, in `extensions.code` of errors and in `userErrors`. */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'INTERNAL_SERVER_ERROR'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'QUERY_TIMEOUT'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'UNAUTHENTICATED';

/** What a document states, drafted as facts for review, with the text the citations quote. */
export type FactDraft = {
  __typename?: 'FactDraft';
  facts: Array<DraftFact>;
  /** docx, pdf or txt: what the file was, read from its bytes. */
  fileKind: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** The result of draftFacts: the draft, or null and userErrors. */
export type FactDraftPayload = {
  __typename?: 'FactDraftPayload';
  draft?: Maybe<FactDraft>;
  userErrors: Array<UserError>;
};

/** What kind of fact an ingested document proposes. */
export type FactKind =
  | 'ACTION_ITEM'
  | 'LIAISON'
  | 'MEETING'
  | 'MILESTONE'
  | 'OUTCOME';

/** How much is waiting on a group and for it: the figures of the dashboard’s group card. */
export type FollowUpCounts = {
  __typename?: 'FollowUpCounts';
  /** Action items assigned to the group, OPEN or IN_PROGRESS. */
  openActionItems: Scalars['Int']['output'];
  /** Of those, the overdue ones (see ActionItem.isOverdue). */
  overdueActionItems: Scalars['Int']['output'];
  /** Liaisons that await a reply from the group (it is a TO addressee asked for action or comment). */
  repliesItOwes: Scalars['Int']['output'];
  /** Of those, the ones due soon (see Liaison.replyDueSoon). */
  repliesItOwesDueSoon: Scalars['Int']['output'];
  /** Of those, the ones past their deadline. */
  repliesItOwesOverdue: Scalars['Int']['output'];
  /** Liaisons the group sent that still await a reply. */
  repliesOwedToIt: Scalars['Int']['output'];
  /** Of those, the ones due soon. */
  repliesOwedToItDueSoon: Scalars['Int']['output'];
  /** Of those, the ones past their deadline. */
  repliesOwedToItOverdue: Scalars['Int']['output'];
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
  /** The resolution clauses that ask this group to act, by resolution and position, each with its coverage. */
  clauses: Array<Clause>;
  /** What concerns this group: replies it owes and is owed (late first), open action items, liaisons received since `since`, next milestones. */
  followUp: GroupFollowUp;
  /** Its recorded changes, oldest first: who changed what, when, before and after. */
  history: ChangeConnection;
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
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version, raised by every change: an update names the version it was made from, and a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A council, working group, study group, question, correspondence group, bureau or secretariat. */
export type GroupActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ActionStatus>>;
};


/** A council, working group, study group, question, correspondence group, bureau or secretariat. */
export type GroupFollowUpArgs = {
  since?: InputMaybe<Scalars['Date']['input']>;
};


/** A council, working group, study group, question, correspondence group, bureau or secretariat. */
export type GroupHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** One Group in a page, with its cursor (Relay edge). */
export type GroupEdge = {
  __typename?: 'GroupEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: Group;
};

/** What concerns a group: the replies it owes and is owed (late first), its open action items, the liaisons it received since a date, and the next milestones of the reports passing through it. */
export type GroupFollowUp = {
  __typename?: 'GroupFollowUp';
  /** The figures: replies owed each way (overdue, due soon), open and overdue action items. */
  counts: FollowUpCounts;
  /** Liaisons this group received (TO or CC) sent on or after `since` (or recorded then, when the sending date is unknown), newest first. */
  liaisonsReceived: LiaisonConnection;
  /** The next milestone (see Report.nextMilestone) of each report passing through this group (it owns the report or a milestone is at it), soonest first. */
  nextMilestones: MilestoneConnection;
  /** Action items assigned to this group that are OPEN or IN_PROGRESS: overdue first, then by due date. */
  openActionItems: ActionItemConnection;
  /** Liaisons that await a reply from this group (a TO addressee asked for action or comment), late first: by deadline, the earliest first. */
  repliesItOwes: LiaisonConnection;
  /** Liaisons this group sent that still await a reply, late first. */
  repliesOwedToIt: LiaisonConnection;
  /** The date `liaisonsReceived` counts from, as asked (null: ever). */
  since?: Maybe<Scalars['Date']['output']>;
};


/** What concerns a group: the replies it owes and is owed (late first), its open action items, the liaisons it received since a date, and the next milestones of the reports passing through it. */
export type GroupFollowUpLiaisonsReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What concerns a group: the replies it owes and is owed (late first), its open action items, the liaisons it received since a date, and the next milestones of the reports passing through it. */
export type GroupFollowUpNextMilestonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What concerns a group: the replies it owes and is owed (late first), its open action items, the liaisons it received since a date, and the next milestones of the reports passing through it. */
export type GroupFollowUpOpenActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What concerns a group: the replies it owes and is owed (late first), its open action items, the liaisons it received since a date, and the next milestones of the reports passing through it. */
export type GroupFollowUpRepliesItOwesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What concerns a group: the replies it owes and is owed (late first), its open action items, the liaisons it received since a date, and the next milestones of the reports passing through it. */
export type GroupFollowUpRepliesOwedToItArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A .docx, .pdf or .txt file, its bytes in base64. Send draftFacts and applyFacts to POST /graphql/ingest, which takes files up to 10 MB (/graphql takes bodies up to 100 kB). */
export type IngestFileInput = {
  /** The file’s bytes, base64. */
  content: Scalars['String']['input'];
  /** The file name; its extension must agree with its content. */
  fileName: Scalars['String']['input'];
};

/** How the ingested document is stored, with its text. */
export type IngestedDocumentInput = {
  /** REPORT, LIAISON_STATEMENT, SUMMARY_REPORT, … (as for createDocument). */
  kind: Scalars['String']['input'];
  /** Accessible without a password (default true). */
  public?: InputMaybe<Scalars['Boolean']['input']>;
  /** The group that wrote it, by acronym or alias. */
  sourceGroup?: InputMaybe<Scalars['String']['input']>;
  /** The document symbol; a document already stored under it is cited, not stored again. */
  symbol: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** A liaison statement between groups, sent or received, with its reply thread. */
export type Liaison = Node & {
  __typename?: 'Liaison';
  /** What the receiving side did with it (the template’s "Action taken"). */
  actionTaken?: Maybe<Scalars['String']['output']>;
  /** Every addressee with its role and, for TO, its own purpose: TO before CC, then by acronym. */
  addressees: Array<LiaisonAddressee>;
  /** Who approved it, at which level, and when; null when not recorded. */
  approval?: Maybe<LiaisonApproval>;
  /** The documents sent with it, by symbol. */
  attachments: Array<Document>;
  /** Derived, never stored: the purpose asks for a reply (FOR_ACTION, FOR_COMMENT), the liaison is SENT or ACKNOWLEDGED, and no reply has come (no liaison inReplyTo it has gone out; a draft reply does not count). */
  awaitingReply: Scalars['Boolean']['output'];
  /** The text of the statement, when recorded. */
  body?: Maybe<Scalars['String']['output']>;
  /** The groups in copy (CC), by acronym. */
  ccGroups: Array<Group>;
  /** Contact people of the sender and of addressees, in the order given. */
  contacts: Array<LiaisonContact>;
  /**
   * The first day of the deadline period (1 April for "April 2025").
   * @deprecated A deadline known to the month or the year is not a day: read deadlinePeriod.
   */
  deadline?: Maybe<Scalars['Date']['output']>;
  /** The reply is due by this date, as precise as it was given (2025-04: by the end of April 2025); required for FOR_ACTION and FOR_COMMENT. */
  deadlinePeriod?: Maybe<Scalars['PartialDate']['output']>;
  /** The outcome that decided to send it, if recorded. */
  decidedBy?: Maybe<Outcome>;
  /** The group that sent it. */
  fromGroup: Group;
  /** The action items that ask for this liaison (e.g. "send a liaison to SG17"): recording it SENT gets them DONE. */
  fulfils: Array<ActionItem>;
  /** Its recorded changes, oldest first: who changed what, when, before and after. */
  history: ChangeConnection;
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
  /** The liaisons this one supersedes or refers to: SUPERSEDES first, then oldest first. */
  related: Array<LiaisonRelation>;
  /** The liaisons that supersede or refer to this one (`kind` as they say it): SUPERSEDES first, then oldest first. */
  relatedBy: Array<LiaisonRelation>;
  /** The liaisons that answer this one, oldest first. */
  replies: Array<Liaison>;
  /** Derived, never stored: a reply is still awaited and the deadline is today or within the configured number of days (DUE_SOON_DAYS, 14 by default). */
  replyDueSoon: Scalars['Boolean']['output'];
  /** Derived, never stored: a reply is still awaited (awaitingReply) and the deadline has passed (UTC date). A reply that goes out ends it. */
  replyOverdue: Scalars['Boolean']['output'];
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
  /** Topics the liaison is about, by name. */
  topics: Array<Topic>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version, raised by every change: an update names the version it was made from, and a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A liaison statement between groups, sent or received, with its reply thread. */
export type LiaisonHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One addressee of a liaison: a group, TO or CC, and for TO its own purpose. */
export type LiaisonAddressee = {
  __typename?: 'LiaisonAddressee';
  /** The addressed group. */
  group: Group;
  /** This group owes the reply: a TO addressee whose own purpose asks for one (FOR_ACTION, FOR_COMMENT) while the liaison awaits a reply. */
  owesReply: Scalars['Boolean']['output'];
  /** What the liaison asks of this addressee; null for CC. */
  purpose?: Maybe<LiaisonPurpose>;
  /** This group owes the reply (owesReply) and the deadline has passed. */
  replyOverdue: Scalars['Boolean']['output'];
  /** TO or CC. */
  role: AddresseeRole;
};

/** A TO addressee: a group and, if it differs from the liaison’s, its own purpose. */
export type LiaisonAddresseeInput = {
  /** The group, by acronym or alias. */
  group: Scalars['String']['input'];
  /** What the liaison asks of this group; defaults to the liaison’s purpose. */
  purpose?: InputMaybe<LiaisonPurpose>;
};

/** Who approved a liaison statement, at which level, and when. */
export type LiaisonApproval = {
  __typename?: 'LiaisonApproval';
  /** The body or person that approved it, e.g. "ITU-T SG17 meeting, Geneva". */
  by: Scalars['String']['output'];
  /** The level of the approval. */
  level: ApprovalLevel;
  /** The date of the approval, when known; never after the liaison was sent. */
  on?: Maybe<Scalars['Date']['output']>;
};

/** Who approved the liaison, at which level, and when (not after it was sent). */
export type LiaisonApprovalInput = {
  by: Scalars['String']['input'];
  level: ApprovalLevel;
  /** YYYY-MM-DD; not after sentOn. */
  on?: InputMaybe<Scalars['String']['input']>;
};

/** A page of Liaison items (Relay connection). */
export type LiaisonConnection = {
  __typename?: 'LiaisonConnection';
  edges: Array<LiaisonEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A contact person named on a liaison, for its sender or one of its addressees. */
export type LiaisonContact = {
  __typename?: 'LiaisonContact';
  /** The person’s e-mail address, as the liaison statement gives it; null unless the request carries a valid token. */
  email?: Maybe<Scalars['String']['output']>;
  /** Whose contact: the sender or one of the addressees. */
  group: Group;
  /** The person’s name. */
  name: Scalars['String']['output'];
  /** The person’s role, e.g. "Rapporteur for Question 3/2". */
  role?: Maybe<Scalars['String']['output']>;
};

/** A contact person of the sender or of an addressee. */
export type LiaisonContactInput = {
  /** Required: a contact without a valid e-mail address is refused. */
  email: Scalars['String']['input'];
  /** Whose contact: the sender or an addressee, by acronym or alias; default the sender. */
  group?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** E.g. "Rapporteur for Question 3/2". */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** Which of a group's liaisons: SENT by it, or RECEIVED by it (as a TO or CC addressee). */
export type LiaisonDirection =
  | 'RECEIVED'
  | 'SENT';

/** One Liaison in a page, with its cursor (Relay edge). */
export type LiaisonEdge = {
  __typename?: 'LiaisonEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: Liaison;
};

/** A liaison was recorded or changed: the recorded change, and the liaison as it is now. */
export type LiaisonEvent = {
  __typename?: 'LiaisonEvent';
  /** What happened: the action (CREATE, UPDATE, STATUS, TAG), the changed fields before and after, who and when. */
  change: Change;
  /** The liaison as it is now (null if it can no longer be read). */
  liaison?: Maybe<Liaison>;
};

/** Narrows liaisons; every condition given must hold. Group names are acronyms or aliases. */
export type LiaisonFilter = {
  /** true: only liaisons awaiting a reply (see Liaison.awaitingReply); false: only those not awaiting one. */
  awaitingReply?: InputMaybe<Scalars['Boolean']['input']>;
  /** Awaiting a reply from this group: it is a TO addressee whose own purpose asks for a reply (FOR_ACTION, FOR_COMMENT) and no reply has gone out. An unknown name is a NOT_FOUND error. */
  awaitingReplyFrom?: InputMaybe<Scalars['String']['input']>;
  /** Exactly two different groups: liaisons from either one TO the other, in both directions. */
  between?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Deadline on or after this date (liaisons without a deadline never match). */
  deadlineFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Deadline on or before this date; before deadlineFrom is a BAD_USER_INPUT error. */
  deadlineTo?: InputMaybe<Scalars['Date']['input']>;
  /** Sent by this group; an unknown name is a NOT_FOUND error. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Any of these (strongest) purposes; null or empty means any. */
  purpose?: InputMaybe<Array<LiaisonPurpose>>;
  /** true: only liaisons whose reply is due soon (see Liaison.replyDueSoon); false: only those whose reply is not. */
  replyDueSoon?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: only liaisons whose reply is overdue (see Liaison.replyOverdue); false: only those whose reply is not. */
  replyOverdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these statuses; null or empty means any. */
  status?: InputMaybe<Array<LiaisonStatus>>;
  /** Addressed TO this group (CC addressees do not count); an unknown name is a NOT_FOUND error. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** The result of a mutation on a Liaison: the Liaison after the write, or null and userErrors. */
export type LiaisonPayload = {
  __typename?: 'LiaisonPayload';
  /** The Liaison as it is after the write; null when userErrors is not empty. */
  liaison?: Maybe<Liaison>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Why a liaison is sent; FOR_ACTION and FOR_COMMENT ask for a reply and need a deadline. */
export type LiaisonPurpose =
  | 'FOR_ACTION'
  | 'FOR_COMMENT'
  | 'FOR_CONSIDERATION'
  | 'FOR_INFORMATION'
  | 'IN_RESPONSE';

/** Another liaison this one supersedes or refers to (replies are in inReplyTo/replies). */
export type LiaisonRelation = {
  __typename?: 'LiaisonRelation';
  /** SUPERSEDES or REFERS_TO, read from the liaison that names the other. */
  kind: LiaisonRelationKind;
  /** The other liaison. */
  liaison: Liaison;
};

/** Another liaison this one supersedes or refers to. */
export type LiaisonRelationInput = {
  kind: LiaisonRelationKind;
  /** The liaison, by id or reference; not this one. An EDITOR supersedes only its own groups’ liaisons; any liaison may be referred to. */
  liaison: Scalars['String']['input'];
};

/** How a liaison relates to another besides answering it: SUPERSEDES (replaces it) or REFERS_TO (cites it). */
export type LiaisonRelationKind =
  | 'REFERS_TO'
  | 'SUPERSEDES';

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
  /** Its recorded changes, oldest first: who changed what, when, before and after. */
  history: ChangeConnection;
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
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version, raised by every change: an update names the version it was made from, and a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A meeting of a group, with its outcomes in recorded order. */
export type MeetingDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting of a group, with its outcomes in recorded order. */
export type MeetingHistoryArgs = {
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

/** One Meeting in a page, with its cursor (Relay edge). */
export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: Meeting;
};

/** Whether a meeting is held in person, hybrid or virtually. */
export type MeetingFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'VIRTUAL';

/** The result of a mutation on a Meeting: the Meeting after the write, or null and userErrors. */
export type MeetingPayload = {
  __typename?: 'MeetingPayload';
  /** The Meeting as it is after the write; null when userErrors is not empty. */
  meeting?: Maybe<Meeting>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** A stop on a report’s journey: a group, a date or meeting, and what happens there. */
export type Milestone = Node & {
  __typename?: 'Milestone';
  /** The group where it happens. */
  group: Group;
  /** Its recorded changes, oldest first: who changed what, when, before and after. */
  history: ChangeConnection;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** What happens there: SUBMISSION, DISCUSSION, PRESENTATION or ADOPTION. */
  kind: MilestoneKind;
  /** The meeting where it happens, when known. */
  meeting?: Maybe<Meeting>;
  /**
   * The first day of the planned period (1 April for "April 2025").
   * @deprecated A plan known to the month or the year is not a day: read plannedPeriod.
   */
  plannedFor?: Maybe<Scalars['Date']['output']>;
  /** When it is planned, as precise as the source says: 2025-04 for "in April 2025". */
  plannedPeriod?: Maybe<Scalars['PartialDate']['output']>;
  /** The report the milestone belongs to. */
  report: Report;
  /** Where the milestone is recorded, verbatim. */
  sources: Array<Source>;
  /** Whether it is still to come, happened, slipped or was cancelled. */
  status: MilestoneStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version, raised by every change: an update names the version it was made from, and a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A stop on a report’s journey: a group, a date or meeting, and what happens there. */
export type MilestoneHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Milestone items (Relay connection). */
export type MilestoneConnection = {
  __typename?: 'MilestoneConnection';
  edges: Array<MilestoneEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Milestone in a page, with its cursor (Relay edge). */
export type MilestoneEdge = {
  __typename?: 'MilestoneEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: Milestone;
};

/** What happens to a report at a milestone. */
export type MilestoneKind =
  | 'ADOPTION'
  | 'DISCUSSION'
  | 'PRESENTATION'
  | 'SUBMISSION';

/** The result of a mutation on a Milestone: the Milestone after the write, or null and userErrors. */
export type MilestonePayload = {
  __typename?: 'MilestonePayload';
  /** The Milestone as it is after the write; null when userErrors is not empty. */
  milestone?: Maybe<Milestone>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** PLANNED (still to come), DONE, SLIPPED (did not happen when planned) or CANCELLED. */
export type MilestoneStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'PLANNED'
  | 'SLIPPED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Appends a clause to a resolution, at the next position (EDITOR: a clause asking one of its groups to act). */
  addClause?: Maybe<ClausePayload>;
  /** Adds a milestone to a report (EDITOR: of a report its group owns, or held at its group). */
  addMilestone?: Maybe<MilestonePayload>;
  /** Stores the document with its text and writes the facts a person accepted, in one transaction, with history and sources; facts the graph already holds are skipped (SECRETARIAT or ADMIN). */
  applyFacts?: Maybe<ApplyFactsPayload>;
  /** Raises a follow-up, OPEN (EDITOR: one its group owes, or one its group’s meeting raised). */
  createActionItem?: Maybe<ActionItemPayload>;
  /** Issues an API token (ADMIN only). The secret is in `token`, shown this once. */
  createApiToken?: Maybe<CreateApiTokenPayload>;
  /** Records a practice a group shared (EDITOR: of its own groups). */
  createBestPractice?: Maybe<BestPracticePayload>;
  /** Adds a document to the knowledge base (EDITOR: one of its groups, or for its meeting). */
  createDocument?: Maybe<DocumentPayload>;
  /** Records a liaison (EDITOR: one its group sends). A reply (inReplyTo) recorded SENT marks the answered liaison RESPONDED in the same transaction. */
  createLiaison?: Maybe<LiaisonPayload>;
  /** Records a meeting of a group (EDITOR: of its own groups). */
  createMeeting?: Maybe<MeetingPayload>;
  /** Records a report (EDITOR: one its group owns). */
  createReport?: Maybe<ReportPayload>;
  /** Records a resolution with its clauses in order (EDITOR: only when every clause asks one of its groups to act; one without clauses: SECRETARIAT). A clause naming an unknown group is NOT_FOUND, a period ending before it begins or a bound that is not YYYY, YYYY-MM or YYYY-MM-DD is BAD_USER_INPUT, naming the field. */
  createResolution?: Maybe<ResolutionPayload>;
  /** Registers a webhook (ADMIN only): an https:// endpoint told about a group’s events. The signing secret is in `secret`, shown this once. */
  createWebhook?: Maybe<CreateWebhookPayload>;
  /** Reads a report or a liaison statement (.docx, .pdf, .txt) and drafts the facts it states, each citing its sentences verbatim, marked when the graph already holds them. Writes nothing (SECRETARIAT or ADMIN). */
  draftFacts?: Maybe<FactDraftPayload>;
  /** Appends a decision to a meeting, at the next position (EDITOR: a meeting of its own groups). */
  recordOutcome?: Maybe<OutcomePayload>;
  /** Removes a webhook (ADMIN only), with its deliveries and their log. */
  removeWebhook?: Maybe<RemoveWebhookPayload>;
  /** Revokes an API token (ADMIN only); it stays listed, and stops working at once. */
  revokeApiToken?: Maybe<RevokeApiTokenPayload>;
  /** Moves an action item along OPEN → IN_PROGRESS → DONE, or CANCELLED; reopening needs reopen: true. */
  setActionItemStatus?: Maybe<ActionItemPayload>;
  /** Moves a liaison along its lifecycle (see SetLiaisonStatusInput); sending a reply marks the answered liaison RESPONDED. */
  setLiaisonStatus?: Maybe<LiaisonPayload>;
  /** Moves a milestone along PLANNED → DONE/SLIPPED/CANCELLED; `version` must be current. */
  setMilestoneStatus?: Maybe<MilestonePayload>;
  /** Tags a meeting, an outcome, a best practice, a liaison or a report with a topic (EDITOR: of its own groups; a liaison is its sender’s, a report its owner’s); tagging twice changes nothing. */
  tagTopic?: Maybe<TagTopicPayload>;
  /** Changes an action item (not its status); `version` must be current. */
  updateActionItem?: Maybe<ActionItemPayload>;
  /** Changes a best practice (EDITOR: of its own groups); `version` must be current (else CONFLICT). */
  updateBestPractice?: Maybe<BestPracticePayload>;
  /** Corrects a clause (EDITOR: of the group it asks to act, before and after); `version` must be current (else CONFLICT). Its resolution and position stay. */
  updateClause?: Maybe<ClausePayload>;
  /** Changes a document (EDITOR: one of its groups'); `version` must be current (else CONFLICT), and a new text must keep every excerpt quoted from it. */
  updateDocument?: Maybe<DocumentPayload>;
  /** Changes a liaison (not its status); `version` must be current. */
  updateLiaison?: Maybe<LiaisonPayload>;
  /** Changes a meeting; `version` must be current (else CONFLICT). */
  updateMeeting?: Maybe<MeetingPayload>;
  /** Corrects an outcome's verb or text (EDITOR: of its own groups' meetings); `version` must be current (else CONFLICT). */
  updateOutcome?: Maybe<OutcomePayload>;
  /** Changes a report, status included; `version` must be current. */
  updateReport?: Maybe<ReportPayload>;
  /** Corrects a resolution's number, revision, title or adopting body (EDITOR: only when every clause asks one of its groups to act); `version` must be current (else CONFLICT). */
  updateResolution?: Maybe<ResolutionPayload>;
};


export type MutationAddClauseArgs = {
  input: AddClauseInput;
};


export type MutationAddMilestoneArgs = {
  input: AddMilestoneInput;
};


export type MutationApplyFactsArgs = {
  input: ApplyFactsInput;
};


export type MutationCreateActionItemArgs = {
  input: CreateActionItemInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateBestPracticeArgs = {
  input: CreateBestPracticeInput;
};


export type MutationCreateDocumentArgs = {
  input: CreateDocumentInput;
};


export type MutationCreateLiaisonArgs = {
  input: CreateLiaisonInput;
};


export type MutationCreateMeetingArgs = {
  input: CreateMeetingInput;
};


export type MutationCreateReportArgs = {
  input: CreateReportInput;
};


export type MutationCreateResolutionArgs = {
  input: CreateResolutionInput;
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


export type MutationDraftFactsArgs = {
  input: IngestFileInput;
};


export type MutationRecordOutcomeArgs = {
  input: RecordOutcomeInput;
};


export type MutationRemoveWebhookArgs = {
  input: RemoveWebhookInput;
};


export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


export type MutationSetActionItemStatusArgs = {
  input: SetActionItemStatusInput;
};


export type MutationSetLiaisonStatusArgs = {
  input: SetLiaisonStatusInput;
};


export type MutationSetMilestoneStatusArgs = {
  input: SetMilestoneStatusInput;
};


export type MutationTagTopicArgs = {
  input: TagTopicInput;
};


export type MutationUpdateActionItemArgs = {
  input: UpdateActionItemInput;
};


export type MutationUpdateBestPracticeArgs = {
  input: UpdateBestPracticeInput;
};


export type MutationUpdateClauseArgs = {
  input: UpdateClauseInput;
};


export type MutationUpdateDocumentArgs = {
  input: UpdateDocumentInput;
};


export type MutationUpdateLiaisonArgs = {
  input: UpdateLiaisonInput;
};


export type MutationUpdateMeetingArgs = {
  input: UpdateMeetingInput;
};


export type MutationUpdateOutcomeArgs = {
  input: UpdateOutcomeInput;
};


export type MutationUpdateReportArgs = {
  input: UpdateReportInput;
};


export type MutationUpdateResolutionArgs = {
  input: UpdateResolutionInput;
};

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
  /** Its recorded changes, oldest first: who changed what, when, before and after. */
  history: ChangeConnection;
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
  /** The reports this outcome concerns (e.g. one it expects to be discussed), in the order they were recorded. */
  reports: Array<Report>;
  /** Earlier action items this outcome closed (their `resolvedBy`). */
  resolvedActionItems: Array<ActionItem>;
  /** Where the decision is recorded, verbatim. */
  sources: Array<Source>;
  /** The decision, verbatim as recorded. */
  text: Scalars['String']['output'];
  /** Topics the decision is about, by name. */
  topics: Array<Topic>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version, raised by every change: an update names the version it was made from, and a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** One decision of a meeting, in the order the meeting recorded it; it may raise action items and send liaisons. */
export type OutcomeHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Outcome items (Relay connection). */
export type OutcomeConnection = {
  __typename?: 'OutcomeConnection';
  edges: Array<OutcomeEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Outcome in a page, with its cursor (Relay edge). */
export type OutcomeEdge = {
  __typename?: 'OutcomeEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: Outcome;
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

/** The result of a mutation on a Outcome: the Outcome after the write, or null and userErrors. */
export type OutcomePayload = {
  __typename?: 'OutcomePayload';
  /** The Outcome as it is after the write; null when userErrors is not empty. */
  outcome?: Maybe<Outcome>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

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
  /** API tokens, newest first (ADMIN only). */
  apiTokens: ApiTokenConnection;
  /** Best practices in the order they were recorded: all of them, or those tagged with one topic. */
  bestPractices: BestPracticeConnection;
  /** Every recorded write, oldest first: `filter: { since, group }` answers "what moved since last week, in my group". Token management (objectType ApiToken) shows to ADMIN tokens only. */
  changes: ChangeConnection;
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
  /** One resolution by number ("179"), null when there is none; a number two bodies share needs `adoptedBy` (else BAD_USER_INPUT). */
  resolution?: Maybe<Resolution>;
  /** The resolutions groups work under, by adopting body and number. */
  resolutions: Array<Resolution>;
  /** Full-text search over groups, meetings, outcomes, action items, liaisons, reports, best practices and documents (their full text), best first. Type it as in a web search engine: words (all must match, in any form: "helpline" finds "helplines"), "a quoted phrase", -word to exclude, or. A query of stop words or punctuation only finds nothing. */
  search: Array<SearchResult>;
  /** One topic, by slug or name ("age-verification", "Age verification"); null when none is known by it. */
  topic?: Maybe<Topic>;
  /** Every topic, by name. */
  topics: Array<Topic>;
  /** Who the request’s token says you are; null without a valid token. */
  viewer?: Maybe<Viewer>;
  /** Webhook deliveries, newest first, each with its status and every attempt (ADMIN only): what was sent, when, and what the receiver answered. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** Webhooks, newest first, of one group (acronym or alias) or of all (ADMIN only). */
  webhooks: WebhookConnection;
};


export type QueryActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApiTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBestPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryResolutionArgs = {
  adoptedBy?: InputMaybe<AdoptingBody>;
  number: Scalars['String']['input'];
};


export type QueryResolutionsArgs = {
  adoptedBy?: InputMaybe<AdoptingBody>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  query: Scalars['String']['input'];
};


export type QueryTopicArgs = {
  topic: Scalars['String']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
};

/** A decision of a meeting, appended after its last recorded one. */
export type RecordOutcomeInput = {
  /** The verb of the decision: AGREED, ENDORSED, … */
  kind: OutcomeKind;
  /** The meeting: its id or "ACRONYM#number" (e.g. "CWG-COP#22"). */
  meeting: Scalars['String']['input'];
  sources?: InputMaybe<Array<SourceInput>>;
  /** The decision, verbatim as recorded (at most 50,000 characters). */
  text: Scalars['String']['input'];
  /** Topics, by slug or name. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The webhook to remove (ADMIN only). */
export type RemoveWebhookInput = {
  id: Scalars['ID']['input'];
};

/** The id of the webhook removed, or why not. */
export type RemoveWebhookPayload = {
  __typename?: 'RemoveWebhookPayload';
  /** The id of the webhook removed (with its deliveries and their log). */
  removedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

/** A work item that travels between groups (e.g. the CG-COP gap-analysis report), with its milestones. */
export type Report = Node & {
  __typename?: 'Report';
  /** Its recorded changes, oldest first: who changed what, when, before and after. */
  history: ChangeConnection;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** What kind of report, in SCREAMING_CASE, e.g. GAP_ANALYSIS. */
  kind: Scalars['String']['output'];
  /** Its milestones in date order (the planned date, else the meeting’s start date; undated ones last). */
  milestones: Array<Milestone>;
  /** Derived: the first PLANNED milestone in date order, i.e. what comes next and where; null if none is planned. */
  nextMilestone?: Maybe<Milestone>;
  /** The meeting outcomes that concern the report (e.g. an expectation about when it is discussed), by meeting date, then in recorded order. */
  outcomes: Array<Outcome>;
  /** The group that owns (prepares) the report. */
  ownerGroup: Group;
  /** Where the report and its status are recorded, verbatim. */
  sources: Array<Source>;
  /** Where it stands. */
  status: ReportStatus;
  /** The report’s title. */
  title: Scalars['String']['output'];
  /** Topics the report is about, by name. */
  topics: Array<Topic>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version, raised by every change: an update names the version it was made from, and a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A work item that travels between groups (e.g. the CG-COP gap-analysis report), with its milestones. */
export type ReportHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Report items (Relay connection). */
export type ReportConnection = {
  __typename?: 'ReportConnection';
  edges: Array<ReportEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Report in a page, with its cursor (Relay edge). */
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

/** The result of a mutation on a Report: the Report after the write, or null and userErrors. */
export type ReportPayload = {
  __typename?: 'ReportPayload';
  /** The Report as it is after the write; null when userErrors is not empty. */
  report?: Maybe<Report>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** Where a report stands: IN_PREPARATION, UNDER_REVISION, UNDER_REVIEW, PRESENTED, ADOPTED, or WITHDRAWN. */
export type ReportStatus =
  | 'ADOPTED'
  | 'IN_PREPARATION'
  | 'PRESENTED'
  | 'UNDER_REVIEW'
  | 'UNDER_REVISION'
  | 'WITHDRAWN';

/** A resolution groups work under, e.g. Resolution 179 (Rev. Bucharest, 2022) of the Plenipotentiary Conference, with its clauses in order. */
export type Resolution = Node & {
  __typename?: 'Resolution';
  /** The body that adopted it. */
  adoptedBy: AdoptingBody;
  /** Its clauses, in order. */
  clauses: Array<Clause>;
  /** Its recorded changes, oldest first: who changed what, when, before and after. */
  history: ChangeConnection;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The bundle's natural key, e.g. "pp-179-bucharest-2022". */
  key: Scalars['String']['output'];
  /** The number as the adopting body gives it: "179", "1306". */
  number: Scalars['String']['output'];
  /** The revision or modification as cited: "Rev. Bucharest, 2022", "Mod. 2015". */
  revision?: Maybe<Scalars['String']['output']>;
  /** Where the resolution is cited, verbatim. */
  sources: Array<Source>;
  /** Its title, when the sources give one. */
  title?: Maybe<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version, raised by every change: an update names the version it was made from, and a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A resolution groups work under, e.g. Resolution 179 (Rev. Bucharest, 2022) of the Plenipotentiary Conference, with its clauses in order. */
export type ResolutionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of a mutation on a Resolution: the Resolution after the write, or null and userErrors. */
export type ResolutionPayload = {
  __typename?: 'ResolutionPayload';
  /** The Resolution as it is after the write; null when userErrors is not empty. */
  resolution?: Maybe<Resolution>;
  /** Why nothing was written; empty on success. */
  userErrors: Array<UserError>;
};

/** The API token to revoke (ADMIN only). */
export type RevokeApiTokenInput = {
  id: Scalars['ID']['input'];
};

/** The revoked token, or why it was not revoked. */
export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  apiToken?: Maybe<ApiToken>;
  userErrors: Array<UserError>;
};

/** An API token's role: ADMIN (everything, manages tokens), SECRETARIAT (all groups' content), EDITOR (its groups' content). */
export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'SECRETARIAT';

/** Anything `search` can find. */
export type SearchHit = ActionItem | BestPractice | Document | Group | Liaison | Meeting | Outcome | Report;

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

/** One hit of a full-text search: the object, where the words matched, and how well. */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** The object found. */
  node: SearchHit;
  /** Relevance (PostgreSQL ts_rank; higher is better; names and titles weigh most). Results come in descending rank. */
  rank: Scalars['Float']['output'];
  /** The words around the match, as HTML: matched words in <mark>…</mark>, all other text escaped. Short texts (names, titles) are shown whole; long ones as up to two fragments joined by " … ". */
  snippet: Scalars['String']['output'];
};

/** The ITU sector a group belongs to (EXTERNAL for partners). */
export type Sector =
  | 'EXTERNAL'
  | 'GENERAL_SECRETARIAT'
  | 'ITU_D'
  | 'ITU_R'
  | 'ITU_T';

/** OPEN → IN_PROGRESS → DONE, or CANCELLED while owed. Taking a DONE or CANCELLED item back needs reopen: true. */
export type SetActionItemStatusInput = {
  id: Scalars['ID']['input'];
  /** true to take a DONE or CANCELLED item back to OPEN or IN_PROGRESS. */
  reopen?: InputMaybe<Scalars['Boolean']['input']>;
  /** With DONE: the later outcome that resolved it. An outcome: its id or "ACRONYM#meeting/position" (e.g. "CWG-COP#21/2"). An EDITOR names its own groups' outcomes only. */
  resolvedBy?: InputMaybe<Scalars['String']['input']>;
  status: ActionStatus;
  /** The version the change was made from; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** DRAFT → APPROVED → SENT → ACKNOWLEDGED → RESPONDED → CLOSED; SENT → RESPONDED; SENT/ACKNOWLEDGED → CLOSED; WITHDRAWN from DRAFT, APPROVED, SENT or ACKNOWLEDGED. Anything else is INVALID_TRANSITION. */
export type SetLiaisonStatusInput = {
  id: Scalars['ID']['input'];
  /** With SENT: when, YYYY-MM-DD (default today). */
  sentOn?: InputMaybe<Scalars['String']['input']>;
  status: LiaisonStatus;
  /** The version the change was made from; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** PLANNED → DONE, SLIPPED or CANCELLED; SLIPPED → PLANNED (replanned), DONE or CANCELLED. DONE and CANCELLED are final. */
export type SetMilestoneStatusInput = {
  id: Scalars['ID']['input'];
  /** A new planned date, YYYY, YYYY-MM or YYYY-MM-DD (e.g. when replanning a slipped milestone). */
  plannedFor?: InputMaybe<Scalars['String']['input']>;
  status: MilestoneStatus;
  /** The version the change was made from; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

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

/** Where a fact comes from: a document already in the graph and the verbatim sentence(s). */
export type SourceInput = {
  /** The document, by symbol (e.g. "CWG-COP/COUNCIL-REPORT-21-22") or id: any public one; an EDITOR cites a non-public one only of its own groups. */
  document: Scalars['String']['input'];
  /** The sentence(s) the fact was taken from, verbatim. */
  excerpt: Scalars['String']['input'];
  /** E.g. where two sources disagree. */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Live: each time an action item is added or changed (status, assignee, due date, …), from now on. Over WebSocket (graphql-ws) on /graphql. */
  actionItemChanged: ActionItemEvent;
  /** Live: each change recorded from now on (any object: meetings, outcomes, liaisons, reports, …), as the `changes` feed would list it. Over WebSocket (graphql-ws) on /graphql. */
  changeRecorded: Change;
  /** Live: each time a liaison is recorded (sent, received, replied to) or changed (fields, status, addressees, topics), from now on. Over WebSocket (graphql-ws) on /graphql. */
  liaisonChanged: LiaisonEvent;
};


export type SubscriptionActionItemChangedArgs = {
  group?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionChangeRecordedArgs = {
  group?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionLiaisonChangedArgs = {
  group?: InputMaybe<Scalars['String']['input']>;
};

/** Tags a meeting, an outcome, a best practice, a liaison or a report with a topic. */
export type TagTopicInput = {
  /** true: create the topic (with this name) if none is known by it. */
  create?: InputMaybe<Scalars['Boolean']['input']>;
  /** The meeting, outcome, best practice, liaison or report. */
  subject: Scalars['ID']['input'];
  /** The topic, by slug or name. */
  topic: Scalars['String']['input'];
  /** If given, the version of the subject the tag was decided on; a stale one is CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The tagged object and the topic, or null and userErrors. */
export type TagTopicPayload = {
  __typename?: 'TagTopicPayload';
  subject?: Maybe<Node>;
  topic?: Maybe<Topic>;
  userErrors: Array<UserError>;
};

/** A cross-cutting tag: youth participation, helplines, age verification, … */
export type Topic = Node & {
  __typename?: 'Topic';
  /** Best practices tagged with the topic, in the order they were recorded. */
  bestPractices: BestPracticeConnection;
  /** Opaque global id; pass it to `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Liaisons tagged with the topic, newest first. */
  liaisons: LiaisonConnection;
  /** Meetings tagged with the topic, in date order. */
  meetings: MeetingConnection;
  name: Scalars['String']['output'];
  /** Outcomes tagged with the topic, in the order they were recorded. */
  outcomes: OutcomeConnection;
  /** Reports tagged with the topic, in the order they were recorded. */
  reports: ReportConnection;
  /** Stable kebab-case key, e.g. "age-verification". */
  slug: Scalars['String']['output'];
};


/** A cross-cutting tag: youth participation, helplines, age verification, … */
export type TopicBestPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A cross-cutting tag: youth participation, helplines, age verification, … */
export type TopicLiaisonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A cross-cutting tag: youth participation, helplines, age verification, … */
export type TopicMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A cross-cutting tag: youth participation, helplines, age verification, … */
export type TopicOutcomesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A cross-cutting tag: youth participation, helplines, age verification, … */
export type TopicReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to an action item: the fields given change, null clears an optional one. */
export type UpdateActionItemInput = {
  /** Hand it on to another group or body (acronym or alias). */
  assignee?: InputMaybe<Scalars['String']['input']>;
  /** A meeting: its id or "ACRONYM#number" (e.g. "CWG-COP#23"). An EDITOR names its own groups' meetings only. */
  dueMeeting?: InputMaybe<Scalars['String']['input']>;
  /** A new due date: YYYY, YYYY-MM or YYYY-MM-DD (a month or a year runs to its end). */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** An outcome: its id or "ACRONYM#meeting/position" (e.g. "CWG-COP#21/2"). An EDITOR names its own groups' outcomes only. */
  raisedBy?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made from; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a best practice: the fields given change, null clears an optional one. */
export type UpdateBestPracticeInput = {
  /** Replaces the documents that describe it (by symbol or id); null or [] clears. */
  documents?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  /** Where it was shared: a meeting id or "ACRONYM#number". An EDITOR names its own groups' meetings only. */
  meeting?: InputMaybe<Scalars['String']['input']>;
  /** The group that shared it, by acronym or alias. */
  sourceGroup?: InputMaybe<Scalars['String']['input']>;
  /** What the practice is (at most 50,000 characters). */
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made from; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a clause (a correction of the record): the fields given change, null clears an optional one. Its resolution and position stay: they are its key. */
export type UpdateClauseInput = {
  ask?: InputMaybe<ClauseAsk>;
  /** The clause: its id or "<resolution key>/<position>" ("pp-179-bucharest-2022/3"). */
  clause: Scalars['String']['input'];
  constituency?: InputMaybe<Scalars['String']['input']>;
  /** The group the clause asks to act. */
  group?: InputMaybe<Scalars['String']['input']>;
  interval?: InputMaybe<Scalars['String']['input']>;
  /** The end of that period: YYYY, YYYY-MM or YYYY-MM-DD (a year or a month runs to its last day); not before the start; open when absent. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** The start of the period the clause is checked over: YYYY, YYYY-MM or YYYY-MM-DD (a year or a month starts on its first day); open when absent. */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  target?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made from; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a document: the fields given change, null clears an optional one. The symbol stays. */
export type UpdateDocumentInput = {
  /** The document, by symbol (any case) or id. */
  document: Scalars['String']['input'];
  /** CONTRIBUTION, INFORMATION_DOCUMENT, LIAISON_STATEMENT, REPORT, SUMMARY_REPORT, CONCEPT_NOTE, RESOLUTION or OTHER. */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** The meeting it went to: its id or "ACRONYM#number". An EDITOR names its own groups' meetings only. */
  meeting?: InputMaybe<Scalars['String']['input']>;
  /** Accessible without a password. */
  public?: InputMaybe<Scalars['Boolean']['input']>;
  /** YYYY-MM-DD. */
  publishedOn?: InputMaybe<Scalars['String']['input']>;
  /** The group that wrote it, by acronym or alias. */
  sourceGroup?: InputMaybe<Scalars['String']['input']>;
  /** The full text (at most 50,000 characters). Every excerpt the knowledge base quotes from the document must still occur in it verbatim. */
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** An http(s) address. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made from; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a liaison: the fields given change, null clears an optional one; `to`/`cc` replace the addressees. */
export type UpdateLiaisonInput = {
  /** What the receiving side did with it (at most 50,000 characters; null clears). */
  actionTaken?: InputMaybe<Scalars['String']['input']>;
  /** Who approved it, at which level, and when (null clears). */
  approval?: InputMaybe<LiaisonApprovalInput>;
  /** Replace the attachments (documents by symbol or id). */
  attachments?: InputMaybe<Array<Scalars['String']['input']>>;
  body?: InputMaybe<Scalars['String']['input']>;
  cc?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Contact people of the sender and of addressees, in order (replaced; null or [] clears). */
  contacts?: InputMaybe<Array<LiaisonContactInput>>;
  /** A new deadline: YYYY, YYYY-MM or YYYY-MM-DD (a month or a year runs to its end). */
  deadline?: InputMaybe<Scalars['String']['input']>;
  /** Action items (by id) that ask for this liaison; they become DONE when it is recorded SENT. An EDITOR names items of its own groups only (replaced; null or [] clears). */
  fulfils?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  /** Its id or "ACRONYM#number". An EDITOR names a meeting of its own groups or of an addressee. */
  meeting?: InputMaybe<Scalars['String']['input']>;
  /** The purpose for TO addressees without their own. */
  purpose?: InputMaybe<LiaisonPurpose>;
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Liaisons this one supersedes or refers to (replaced; null or [] clears). */
  related?: InputMaybe<Array<LiaisonRelationInput>>;
  /** YYYY-MM-DD. */
  sentOn?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Array<LiaisonAddresseeInput>>;
  /** The version the change was made from; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a meeting: the fields given change, null clears an optional one. */
export type UpdateMeetingInput = {
  endHalf?: InputMaybe<HalfDay>;
  /** A date written YYYY-MM-DD. */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  format?: InputMaybe<MeetingFormat>;
  location?: InputMaybe<Scalars['String']['input']>;
  /** The meeting: its id or "ACRONYM#number" (e.g. "CWG-COP#22"). */
  meeting: Scalars['String']['input'];
  number?: InputMaybe<Scalars['Int']['input']>;
  participantCount?: InputMaybe<Scalars['Int']['input']>;
  startHalf?: InputMaybe<HalfDay>;
  /** A date written YYYY-MM-DD. */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made from; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to an outcome: the fields given change (a correction of the record). */
export type UpdateOutcomeInput = {
  /** The verb of the decision. */
  kind?: InputMaybe<OutcomeKind>;
  /** The outcome: its id or "ACRONYM#meeting/position" (e.g. "CWG-COP#21/2"). */
  outcome: Scalars['String']['input'];
  /** The decision, verbatim as recorded (at most 50,000 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made from; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a report, its status included (ADOPTED and WITHDRAWN are final). */
export type UpdateReportInput = {
  id: Scalars['ID']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
  /** The meeting outcomes that concern it (e.g. one that expects it at a meeting), by id or "ACRONYM#meeting/position" ("CWG-COP#22/4"); the list given replaces the report's, null clears it. An EDITOR names outcomes of its own groups' meetings. */
  outcomes?: InputMaybe<Array<Scalars['String']['input']>>;
  ownerGroup?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ReportStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made from; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a resolution: the fields given change; its clauses change with addClause and updateClause. */
export type UpdateResolutionInput = {
  adoptedBy?: InputMaybe<AdoptingBody>;
  number?: InputMaybe<Scalars['String']['input']>;
  /** The resolution: its id or its key ("pp-179-bucharest-2022"). */
  resolution: Scalars['String']['input'];
  /** null clears it. */
  revision?: InputMaybe<Scalars['String']['input']>;
  /** null clears it. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made from; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Why a mutation changed nothing: the input field at fault, a message, and a code. */
export type UserError = {
  __typename?: 'UserError';
  /** BAD_USER_INPUT, NOT_FOUND, CONFLICT or INVALID_TRANSITION. */
  code: ErrorCode;
  /** For CONFLICT: the version the object has now (reload it, then retry with this version). */
  currentVersion?: Maybe<Scalars['Int']['output']>;
  /** The input field at fault, e.g. "deadline" or "to[1].group"; null when no one field is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words a person can act on. */
  message: Scalars['String']['output'];
};

/** Who the request’s token says you are. */
export type Viewer = {
  __typename?: 'Viewer';
  /** For an EDITOR: the groups it writes for; empty for the other roles, which cover every group. */
  groups: Array<Group>;
  label: Scalars['String']['output'];
  role: Role;
};

/** An HTTPS endpoint told about one group’s events (ADMIN only); never its secret. */
export type Webhook = {
  __typename?: 'Webhook';
  createdAt: Scalars['DateTime']['output'];
  /** The ADMIN token that registered it. */
  createdBy: Scalars['String']['output'];
  events: Array<WebhookEvent>;
  /** The group whose events it is told about. */
  group: Group;
  /** Pass it to removeWebhook, or to webhookDeliveries(webhook:). */
  id: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};

/** One attempt to deliver: when, and what the receiver answered (or why there was no answer). */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  at: Scalars['DateTime']['output'];
  /** How long the attempt took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why the attempt failed; null when it succeeded. */
  error?: Maybe<Scalars['String']['output']>;
  /** 1 for the first attempt. */
  number: Scalars['Int']['output'];
  /** The HTTP status the receiver answered; null when none came (refused, timed out). */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** A page of Webhook items (Relay connection). */
export type WebhookConnection = {
  __typename?: 'WebhookConnection';
  edges: Array<WebhookEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One event sent (or to be sent) to one webhook, with its log. `deliveryId` is also sent in the X-Liaison-Graph-Delivery header: the same on every retry, so the receiver can drop duplicates. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** The JSON body as sent (and signed). */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The id the receiver de-duplicates on (X-Liaison-Graph-Delivery). */
  deliveryId: Scalars['ID']['output'];
  event: WebhookEvent;
  /** Why the last attempt failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt; null when none came. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** Every attempt, the first first. */
  log: Array<WebhookAttempt>;
  /** When the next attempt is due; null once DELIVERED or FAILED. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  status: WebhookDeliveryStatus;
  /** The webhook it goes to. */
  webhookId: Scalars['ID']['output'];
};

/** A page of WebhookDelivery items (Relay connection). */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One WebhookDelivery in a page, with its cursor (Relay edge). */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

/** Which deliveries to list: by webhook, by status. */
export type WebhookDeliveryFilter = {
  /** Only deliveries in one of these statuses. */
  status?: InputMaybe<Array<WebhookDeliveryStatus>>;
  /** Only the deliveries of this webhook. */
  webhook?: InputMaybe<Scalars['ID']['input']>;
};

/** PENDING (waiting for an attempt or a retry), DELIVERED (the receiver answered 2xx), FAILED (every attempt failed). */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** One Webhook in a page, with its cursor (Relay edge). */
export type WebhookEdge = {
  __typename?: 'WebhookEdge';
  /** Pass as `after` to get the items that follow this one. */
  cursor: Scalars['String']['output'];
  node: Webhook;
};

/** What a webhook is told about: a liaison or a reply recorded, a deadline coming near (14, 7, 4, 3, 2, 1, 0 days), a deadline passed. */
export type WebhookEvent =
  | 'LIAISON_RECORDED'
  | 'OVERDUE'
  | 'REMINDER'
  | 'REPLY_RECORDED';

export type CreatePeriodActionItemMutationVariables = Exact<{
  input: CreateActionItemInput;
}>;


export type CreatePeriodActionItemMutation = { __typename?: 'Mutation', createActionItem?: { __typename?: 'ActionItemPayload', actionItem?: { __typename?: 'ActionItem', id: string, dueOn?: string | null, duePeriod?: string | null, isOverdue: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode }> } | null };

export type WrittenActionItemFragment = { __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, version: number, isOverdue: boolean, dueOn?: string | null, assignee: { __typename?: 'Group', acronym: string }, raisedBy?: { __typename?: 'Outcome', id: string, position: number } | null, resolvedBy?: { __typename?: 'Outcome', id: string, position: number } | null, dueMeeting?: { __typename?: 'Meeting', number?: number | null } | null, sources: Array<{ __typename?: 'Source', excerpt: string }> };

export type CreateActionItemMutationVariables = Exact<{
  input: CreateActionItemInput;
}>;


export type CreateActionItemMutation = { __typename?: 'Mutation', createActionItem?: { __typename?: 'ActionItemPayload', actionItem?: { __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, version: number, isOverdue: boolean, dueOn?: string | null, assignee: { __typename?: 'Group', acronym: string }, raisedBy?: { __typename?: 'Outcome', id: string, position: number } | null, resolvedBy?: { __typename?: 'Outcome', id: string, position: number } | null, dueMeeting?: { __typename?: 'Meeting', number?: number | null } | null, sources: Array<{ __typename?: 'Source', excerpt: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type UpdateActionItemMutationVariables = Exact<{
  input: UpdateActionItemInput;
}>;


export type UpdateActionItemMutation = { __typename?: 'Mutation', updateActionItem?: { __typename?: 'ActionItemPayload', actionItem?: { __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, version: number, isOverdue: boolean, dueOn?: string | null, assignee: { __typename?: 'Group', acronym: string }, raisedBy?: { __typename?: 'Outcome', id: string, position: number } | null, resolvedBy?: { __typename?: 'Outcome', id: string, position: number } | null, dueMeeting?: { __typename?: 'Meeting', number?: number | null } | null, sources: Array<{ __typename?: 'Source', excerpt: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type SetActionItemStatusMutationVariables = Exact<{
  input: SetActionItemStatusInput;
}>;


export type SetActionItemStatusMutation = { __typename?: 'Mutation', setActionItemStatus?: { __typename?: 'ActionItemPayload', actionItem?: { __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, version: number, isOverdue: boolean, dueOn?: string | null, assignee: { __typename?: 'Group', acronym: string }, raisedBy?: { __typename?: 'Outcome', id: string, position: number } | null, resolvedBy?: { __typename?: 'Outcome', id: string, position: number } | null, dueMeeting?: { __typename?: 'Meeting', number?: number | null } | null, sources: Array<{ __typename?: 'Source', excerpt: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type ActionItemsQueryVariables = Exact<{
  filter?: InputMaybe<ActionItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ActionItemsQuery = { __typename?: 'Query', actionItems: { __typename?: 'ActionItemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, isOverdue: boolean, dueOn?: string | null, dueMeeting?: { __typename?: 'Meeting', number?: number | null, endsOn: string } | null, assignee: { __typename?: 'Group', acronym: string }, raisedBy?: { __typename?: 'Outcome', position: number, kind: OutcomeKind, meeting: { __typename?: 'Meeting', number?: number | null, group: { __typename?: 'Group', acronym: string } } } | null, resolvedBy?: { __typename?: 'Outcome', position: number, kind: OutcomeKind, meeting: { __typename?: 'Meeting', number?: number | null } } | null, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', symbol: string } }> } }> } };

export type GroupActionItemsQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
  status?: InputMaybe<Array<ActionStatus> | ActionStatus>;
}>;


export type GroupActionItemsQuery = { __typename?: 'Query', group?: { __typename?: 'Group', actionItems: { __typename?: 'ActionItemConnection', totalCount: number, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', title: string, status: ActionStatus } }> } } | null };

export type MeetingOutcomesQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
}>;


export type MeetingOutcomesQuery = { __typename?: 'Query', group?: { __typename?: 'Group', meetings: { __typename?: 'MeetingConnection', edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', number?: number | null, outcomes: Array<{ __typename?: 'Outcome', position: number, kind: OutcomeKind, text: string, meeting: { __typename?: 'Meeting', number?: number | null }, actionItems: Array<{ __typename?: 'ActionItem', title: string, status: ActionStatus }>, liaisons: Array<{ __typename?: 'Liaison', title: string, purpose: LiaisonPurpose }>, sources: Array<{ __typename?: 'Source', note?: string | null, document: { __typename?: 'Document', symbol: string } }> }> } }> } } | null };

export type DashboardShapeQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type DashboardShapeQuery = { __typename?: 'Query', meetings: { __typename?: 'MeetingConnection', edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', title: string, liaisons: Array<{ __typename?: 'Liaison', title: string, toGroups: Array<{ __typename?: 'Group', acronym: string }> }>, outcomes: Array<{ __typename?: 'Outcome', position: number, actionItems: Array<{ __typename?: 'ActionItem', title: string, isOverdue: boolean, assignee: { __typename?: 'Group', acronym: string } }> }> } }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', label: string, role: Role, groups: Array<{ __typename?: 'Group', acronym: string }> } | null };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken?: { __typename?: 'CreateApiTokenPayload', token?: string | null, apiToken?: { __typename?: 'ApiToken', id: string, label: string, role: Role, revokedAt?: string | null, groups: Array<{ __typename?: 'Group', acronym: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken?: { __typename?: 'RevokeApiTokenPayload', apiToken?: { __typename?: 'ApiToken', id: string, label: string, revokedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { __typename?: 'Query', apiTokens: { __typename?: 'ApiTokenConnection', totalCount: number, edges: Array<{ __typename?: 'ApiTokenEdge', node: { __typename?: 'ApiToken', id: string, label: string, role: Role, createdAt: string, revokedAt?: string | null, lastUsedAt?: string | null, groups: Array<{ __typename?: 'Group', acronym: string }> } }> } };

export type NestedDashboardQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type NestedDashboardQuery = { __typename?: 'Query', meetings: { __typename?: 'MeetingConnection', edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', number?: number | null, liaisons: Array<{ __typename?: 'Liaison', id: string, toGroups: Array<{ __typename?: 'Group', acronym: string }> }>, outcomes: Array<{ __typename?: 'Outcome', position: number, actionItems: Array<{ __typename?: 'ActionItem', title: string, assignee: { __typename?: 'Group', acronym: string } }> }> } }> } };

export type UpdateBestPracticeMutationVariables = Exact<{
  input: UpdateBestPracticeInput;
}>;


export type UpdateBestPracticeMutation = { __typename?: 'Mutation', updateBestPractice?: { __typename?: 'BestPracticePayload', bestPractice?: { __typename?: 'BestPractice', id: string, title: string, summary: string, version: number, sourceGroup?: { __typename?: 'Group', acronym: string } | null, meeting?: { __typename?: 'Meeting', number?: number | null } | null, documents: Array<{ __typename?: 'Document', symbol: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type CreateBestPracticeMutationVariables = Exact<{
  input: CreateBestPracticeInput;
}>;


export type CreateBestPracticeMutation = { __typename?: 'Mutation', createBestPractice?: { __typename?: 'BestPracticePayload', bestPractice?: { __typename?: 'BestPractice', id: string, title: string, summary: string, version: number, sourceGroup?: { __typename?: 'Group', acronym: string } | null, meeting?: { __typename?: 'Meeting', number?: number | null } | null, topics: Array<{ __typename?: 'Topic', slug: string }>, documents: Array<{ __typename?: 'Document', symbol: string }>, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', symbol: string } }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type BestPracticesQueryVariables = Exact<{
  topic?: InputMaybe<Scalars['String']['input']>;
}>;


export type BestPracticesQuery = { __typename?: 'Query', bestPractices: { __typename?: 'BestPracticeConnection', totalCount: number, edges: Array<{ __typename?: 'BestPracticeEdge', node: { __typename?: 'BestPractice', title: string, summary: string, topics: Array<{ __typename?: 'Topic', slug: string }>, sourceGroup?: { __typename?: 'Group', acronym: string } | null, meeting?: { __typename?: 'Meeting', number?: number | null } | null, documents: Array<{ __typename?: 'Document', symbol: string }>, sources: Array<{ __typename?: 'Source', excerpt: string }> } }> } };

export type HistoryOfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type HistoryOfQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem', version: number, id: string, history: { __typename?: 'ChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, note?: string | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> } } | { __typename?: 'BestPractice', version: number, id: string, history: { __typename?: 'ChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, note?: string | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> } } | { __typename?: 'Change', id: string } | { __typename?: 'Clause', version: number, id: string, history: { __typename?: 'ChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, note?: string | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> } } | { __typename?: 'Document', version: number, id: string, history: { __typename?: 'ChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, note?: string | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> } } | { __typename?: 'Group', version: number, id: string, history: { __typename?: 'ChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, note?: string | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> } } | { __typename?: 'Liaison', version: number, id: string, history: { __typename?: 'ChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, note?: string | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> } } | { __typename?: 'Meeting', version: number, id: string, history: { __typename?: 'ChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, note?: string | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> } } | { __typename?: 'Milestone', version: number, id: string, history: { __typename?: 'ChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, note?: string | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> } } | { __typename?: 'Outcome', version: number, id: string, history: { __typename?: 'ChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, note?: string | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> } } | { __typename?: 'Report', version: number, id: string, history: { __typename?: 'ChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, note?: string | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> } } | { __typename?: 'Resolution', version: number, id: string, history: { __typename?: 'ChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, note?: string | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> } } | { __typename?: 'Topic', id: string } | null };

export type HistoryPageFragment = { __typename?: 'ChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, note?: string | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> };

export type ChangesQueryVariables = Exact<{
  filter?: InputMaybe<ChangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChangesQuery = { __typename?: 'Query', changes: { __typename?: 'ChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, note?: string | null, object?: { __typename: 'ActionItem', id: string } | { __typename: 'BestPractice', id: string } | { __typename: 'Change', id: string } | { __typename: 'Clause', id: string } | { __typename: 'Document', id: string } | { __typename: 'Group', id: string } | { __typename: 'Liaison', id: string } | { __typename: 'Meeting', id: string } | { __typename: 'Milestone', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'Report', id: string } | { __typename: 'Resolution', id: string } | { __typename: 'Topic', id: string } | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> } };

export type BrowseFixturesQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowseFixturesQuery = { __typename?: 'Query', group?: { __typename?: 'Group', liaisons: { __typename?: 'LiaisonConnection', edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, version: number, fromGroup: { __typename?: 'Group', acronym: string } } }> }, meetings: { __typename?: 'MeetingConnection', edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', outcomes: Array<{ __typename?: 'Outcome', id: string, position: number, version: number }> } }> } } | null };

export type UpdateDocumentMutationVariables = Exact<{
  input: UpdateDocumentInput;
}>;


export type UpdateDocumentMutation = { __typename?: 'Mutation', updateDocument?: { __typename?: 'DocumentPayload', document?: { __typename?: 'Document', id: string, symbol: string, title: string, kind: string, url?: string | null, public: boolean, publishedOn?: string | null, text?: string | null, version: number, sourceGroup?: { __typename?: 'Group', acronym: string } | null, meeting?: { __typename?: 'Meeting', number?: number | null } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type CreateDocumentMutationVariables = Exact<{
  input: CreateDocumentInput;
}>;


export type CreateDocumentMutation = { __typename?: 'Mutation', createDocument?: { __typename?: 'DocumentPayload', document?: { __typename?: 'Document', id: string, symbol: string, title: string, kind: string, url?: string | null, public: boolean, publishedOn?: string | null, version: number, sourceGroup?: { __typename?: 'Group', acronym: string } | null, meeting?: { __typename?: 'Meeting', number?: number | null } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type FollowUpLiaisonsQueryVariables = Exact<{
  filter?: InputMaybe<LiaisonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FollowUpLiaisonsQuery = { __typename?: 'Query', liaisons: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, awaitingReply: boolean, replyOverdue: boolean, replyDueSoon: boolean, deadline?: string | null, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, owesReply: boolean, replyOverdue: boolean, group: { __typename?: 'Group', acronym: string } }> } }> } };

export type GroupFollowUpQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
  since?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type GroupFollowUpQuery = { __typename?: 'Query', group?: { __typename?: 'Group', acronym: string, followUp: { __typename?: 'GroupFollowUp', since?: string | null, counts: { __typename?: 'FollowUpCounts', repliesItOwes: number, repliesItOwesOverdue: number, repliesItOwesDueSoon: number, repliesOwedToIt: number, repliesOwedToItOverdue: number, repliesOwedToItDueSoon: number, openActionItems: number, overdueActionItems: number }, repliesItOwes: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', title: string, replyOverdue: boolean, deadline?: string | null } }> }, repliesOwedToIt: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', title: string, replyOverdue: boolean } }> }, openActionItems: { __typename?: 'ActionItemConnection', totalCount: number, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', title: string, isOverdue: boolean } }> }, liaisonsReceived: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', title: string } }> }, nextMilestones: { __typename?: 'MilestoneConnection', totalCount: number, edges: Array<{ __typename?: 'MilestoneEdge', node: { __typename?: 'Milestone', status: MilestoneStatus, plannedFor?: string | null, report: { __typename?: 'Report', title: string }, group: { __typename?: 'Group', acronym: string } } }> } } } | null };

export type GroupsFollowUpCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupsFollowUpCountsQuery = { __typename?: 'Query', groups: { __typename?: 'GroupConnection', edges: Array<{ __typename?: 'GroupEdge', node: { __typename?: 'Group', acronym: string, followUp: { __typename?: 'GroupFollowUp', counts: { __typename?: 'FollowUpCounts', repliesItOwesOverdue: number, repliesOwedToItOverdue: number } } } }> } };

export type DocumentPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DocumentPageQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem' } | { __typename?: 'BestPractice' } | { __typename?: 'Change' } | { __typename?: 'Clause' } | { __typename?: 'Document', symbol: string, title: string, url?: string | null, text?: string | null, meeting?: { __typename?: 'Meeting', number?: number | null } | null, sources: Array<{ __typename?: 'Source', excerpt: string }>, excerpts: Array<{ __typename?: 'DocumentExcerpt', excerpt: string, subject?: { __typename: 'ActionItem', id: string } | { __typename: 'BestPractice', id: string } | { __typename: 'Change', id: string } | { __typename: 'Clause', id: string } | { __typename: 'Document', id: string } | { __typename: 'Group', id: string } | { __typename: 'Liaison', id: string } | { __typename: 'Meeting', id: string } | { __typename: 'Milestone', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'Report', id: string } | { __typename: 'Resolution', id: string } | { __typename: 'Topic', id: string } | null }>, liaisons: Array<{ __typename?: 'Liaison', title: string }>, bestPractices: Array<{ __typename?: 'BestPractice', title: string }> } | { __typename?: 'Group' } | { __typename?: 'Liaison' } | { __typename?: 'Meeting' } | { __typename?: 'Milestone' } | { __typename?: 'Outcome' } | { __typename?: 'Report' } | { __typename?: 'Resolution' } | { __typename?: 'Topic' } | null };

export type LiaisonAttachmentIdsQueryVariables = Exact<{
  filter?: InputMaybe<LiaisonFilter>;
}>;


export type LiaisonAttachmentIdsQuery = { __typename?: 'Query', liaisons: { __typename?: 'LiaisonConnection', edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', title: string, attachments: Array<{ __typename?: 'Document', id: string, symbol: string }> } }> } };

export type UserErrorFieldsFragment = { __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null };

export type ChangeFieldsFragment = { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, note?: string | null, by: { __typename?: 'ChangeActor', label: string, role: Role } };

export type GroupByNameQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
}>;


export type GroupByNameQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, acronym: string, name: string, kind: GroupKind, sector: Sector, aliases: Array<string>, mandates: Array<string>, parent?: { __typename?: 'Group', acronym: string } | null, subgroups: Array<{ __typename?: 'Group', acronym: string }>, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', symbol: string } }> } | null };

export type GroupsPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GroupsPageQuery = { __typename?: 'Query', groups: { __typename?: 'GroupConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'GroupEdge', cursor: string, node: { __typename?: 'Group', acronym: string, kind: GroupKind } }> } };

export type CreatePeriodLiaisonMutationVariables = Exact<{
  input: CreateLiaisonInput;
}>;


export type CreatePeriodLiaisonMutation = { __typename?: 'Mutation', createLiaison?: { __typename?: 'LiaisonPayload', liaison?: { __typename?: 'Liaison', id: string, version: number, deadline?: string | null, deadlinePeriod?: string | null, replyOverdue: boolean, awaitingReply: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode }> } | null };

export type UpdatePeriodLiaisonMutationVariables = Exact<{
  input: UpdateLiaisonInput;
}>;


export type UpdatePeriodLiaisonMutation = { __typename?: 'Mutation', updateLiaison?: { __typename?: 'LiaisonPayload', liaison?: { __typename?: 'Liaison', id: string, version: number, deadline?: string | null, deadlinePeriod?: string | null, replyOverdue: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode }> } | null };

export type OverdueLiaisonTitlesQueryVariables = Exact<{ [key: string]: never; }>;


export type OverdueLiaisonTitlesQuery = { __typename?: 'Query', liaisons: { __typename?: 'LiaisonConnection', edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', title: string, deadlinePeriod?: string | null } }> } };

export type TemplateLiaisonFragment = { __typename?: 'Liaison', id: string, title: string, status: LiaisonStatus, version: number, sentOn?: string | null, actionTaken?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, contacts: Array<{ __typename?: 'LiaisonContact', name: string, email?: string | null, role?: string | null, group: { __typename?: 'Group', acronym: string } }>, approval?: { __typename?: 'LiaisonApproval', by: string, level: ApprovalLevel, on?: string | null } | null, related: Array<{ __typename?: 'LiaisonRelation', kind: LiaisonRelationKind, liaison: { __typename?: 'Liaison', id: string, title: string } }>, relatedBy: Array<{ __typename?: 'LiaisonRelation', kind: LiaisonRelationKind, liaison: { __typename?: 'Liaison', id: string, title: string } }>, fulfils: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionStatus }> };

export type CreateTemplateLiaisonMutationVariables = Exact<{
  input: CreateLiaisonInput;
}>;


export type CreateTemplateLiaisonMutation = { __typename?: 'Mutation', createLiaison?: { __typename?: 'LiaisonPayload', liaison?: { __typename?: 'Liaison', id: string, title: string, status: LiaisonStatus, version: number, sentOn?: string | null, actionTaken?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, contacts: Array<{ __typename?: 'LiaisonContact', name: string, email?: string | null, role?: string | null, group: { __typename?: 'Group', acronym: string } }>, approval?: { __typename?: 'LiaisonApproval', by: string, level: ApprovalLevel, on?: string | null } | null, related: Array<{ __typename?: 'LiaisonRelation', kind: LiaisonRelationKind, liaison: { __typename?: 'Liaison', id: string, title: string } }>, relatedBy: Array<{ __typename?: 'LiaisonRelation', kind: LiaisonRelationKind, liaison: { __typename?: 'Liaison', id: string, title: string } }>, fulfils: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionStatus }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type UpdateTemplateLiaisonMutationVariables = Exact<{
  input: UpdateLiaisonInput;
}>;


export type UpdateTemplateLiaisonMutation = { __typename?: 'Mutation', updateLiaison?: { __typename?: 'LiaisonPayload', liaison?: { __typename?: 'Liaison', id: string, title: string, status: LiaisonStatus, version: number, sentOn?: string | null, actionTaken?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, contacts: Array<{ __typename?: 'LiaisonContact', name: string, email?: string | null, role?: string | null, group: { __typename?: 'Group', acronym: string } }>, approval?: { __typename?: 'LiaisonApproval', by: string, level: ApprovalLevel, on?: string | null } | null, related: Array<{ __typename?: 'LiaisonRelation', kind: LiaisonRelationKind, liaison: { __typename?: 'Liaison', id: string, title: string } }>, relatedBy: Array<{ __typename?: 'LiaisonRelation', kind: LiaisonRelationKind, liaison: { __typename?: 'Liaison', id: string, title: string } }>, fulfils: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionStatus }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type SendTemplateLiaisonMutationVariables = Exact<{
  input: SetLiaisonStatusInput;
}>;


export type SendTemplateLiaisonMutation = { __typename?: 'Mutation', setLiaisonStatus?: { __typename?: 'LiaisonPayload', liaison?: { __typename?: 'Liaison', id: string, title: string, status: LiaisonStatus, version: number, sentOn?: string | null, actionTaken?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, contacts: Array<{ __typename?: 'LiaisonContact', name: string, email?: string | null, role?: string | null, group: { __typename?: 'Group', acronym: string } }>, approval?: { __typename?: 'LiaisonApproval', by: string, level: ApprovalLevel, on?: string | null } | null, related: Array<{ __typename?: 'LiaisonRelation', kind: LiaisonRelationKind, liaison: { __typename?: 'Liaison', id: string, title: string } }>, relatedBy: Array<{ __typename?: 'LiaisonRelation', kind: LiaisonRelationKind, liaison: { __typename?: 'Liaison', id: string, title: string } }>, fulfils: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionStatus }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type TemplateLiaisonByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TemplateLiaisonByIdQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem' } | { __typename?: 'BestPractice' } | { __typename?: 'Change' } | { __typename?: 'Clause' } | { __typename?: 'Document' } | { __typename?: 'Group' } | { __typename?: 'Liaison', id: string, title: string, status: LiaisonStatus, version: number, sentOn?: string | null, actionTaken?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, contacts: Array<{ __typename?: 'LiaisonContact', name: string, email?: string | null, role?: string | null, group: { __typename?: 'Group', acronym: string } }>, approval?: { __typename?: 'LiaisonApproval', by: string, level: ApprovalLevel, on?: string | null } | null, related: Array<{ __typename?: 'LiaisonRelation', kind: LiaisonRelationKind, liaison: { __typename?: 'Liaison', id: string, title: string } }>, relatedBy: Array<{ __typename?: 'LiaisonRelation', kind: LiaisonRelationKind, liaison: { __typename?: 'Liaison', id: string, title: string } }>, fulfils: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionStatus }> } | { __typename?: 'Meeting' } | { __typename?: 'Milestone' } | { __typename?: 'Outcome' } | { __typename?: 'Report' } | { __typename?: 'Resolution' } | { __typename?: 'Topic' } | null };

export type ActionItemWithLiaisonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActionItemWithLiaisonQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem', id: string, status: ActionStatus, version: number, liaison?: { __typename?: 'Liaison', id: string, title: string } | null, history: { __typename?: 'ChangeConnection', edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', action: ChangeAction, note?: string | null, fields: Array<string>, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null } }> } } | { __typename?: 'BestPractice' } | { __typename?: 'Change' } | { __typename?: 'Clause' } | { __typename?: 'Document' } | { __typename?: 'Group' } | { __typename?: 'Liaison' } | { __typename?: 'Meeting' } | { __typename?: 'Milestone' } | { __typename?: 'Outcome' } | { __typename?: 'Report' } | { __typename?: 'Resolution' } | { __typename?: 'Topic' } | null };

export type TemplateLiaisonListQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplateLiaisonListQuery = { __typename?: 'Query', liaisons: { __typename?: 'LiaisonConnection', edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, status: LiaisonStatus, version: number, sentOn?: string | null, actionTaken?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, contacts: Array<{ __typename?: 'LiaisonContact', name: string, email?: string | null, role?: string | null, group: { __typename?: 'Group', acronym: string } }>, approval?: { __typename?: 'LiaisonApproval', by: string, level: ApprovalLevel, on?: string | null } | null, related: Array<{ __typename?: 'LiaisonRelation', kind: LiaisonRelationKind, liaison: { __typename?: 'Liaison', id: string, title: string } }>, relatedBy: Array<{ __typename?: 'LiaisonRelation', kind: LiaisonRelationKind, liaison: { __typename?: 'Liaison', id: string, title: string } }>, fulfils: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionStatus }> } }> } };

export type WrittenLiaisonFragment = { __typename?: 'Liaison', id: string, reference?: string | null, title: string, purpose: LiaisonPurpose, status: LiaisonStatus, body?: string | null, sentOn?: string | null, version: number, awaitingReply: boolean, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, toGroups: Array<{ __typename?: 'Group', acronym: string }>, ccGroups: Array<{ __typename?: 'Group', acronym: string }>, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, group: { __typename?: 'Group', acronym: string } }>, inReplyTo?: { __typename?: 'Liaison', id: string, status: LiaisonStatus, version: number, awaitingReply: boolean } | null, replies: Array<{ __typename?: 'Liaison', id: string, title: string }>, meeting?: { __typename?: 'Meeting', number?: number | null } | null, attachments: Array<{ __typename?: 'Document', symbol: string }>, sources: Array<{ __typename?: 'Source', excerpt: string }> };

export type CreateLiaisonMutationVariables = Exact<{
  input: CreateLiaisonInput;
}>;


export type CreateLiaisonMutation = { __typename?: 'Mutation', createLiaison?: { __typename?: 'LiaisonPayload', liaison?: { __typename?: 'Liaison', id: string, reference?: string | null, title: string, purpose: LiaisonPurpose, status: LiaisonStatus, body?: string | null, sentOn?: string | null, version: number, awaitingReply: boolean, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, toGroups: Array<{ __typename?: 'Group', acronym: string }>, ccGroups: Array<{ __typename?: 'Group', acronym: string }>, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, group: { __typename?: 'Group', acronym: string } }>, inReplyTo?: { __typename?: 'Liaison', id: string, status: LiaisonStatus, version: number, awaitingReply: boolean } | null, replies: Array<{ __typename?: 'Liaison', id: string, title: string }>, meeting?: { __typename?: 'Meeting', number?: number | null } | null, attachments: Array<{ __typename?: 'Document', symbol: string }>, sources: Array<{ __typename?: 'Source', excerpt: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type UpdateLiaisonMutationVariables = Exact<{
  input: UpdateLiaisonInput;
}>;


export type UpdateLiaisonMutation = { __typename?: 'Mutation', updateLiaison?: { __typename?: 'LiaisonPayload', liaison?: { __typename?: 'Liaison', id: string, reference?: string | null, title: string, purpose: LiaisonPurpose, status: LiaisonStatus, body?: string | null, sentOn?: string | null, version: number, awaitingReply: boolean, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, toGroups: Array<{ __typename?: 'Group', acronym: string }>, ccGroups: Array<{ __typename?: 'Group', acronym: string }>, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, group: { __typename?: 'Group', acronym: string } }>, inReplyTo?: { __typename?: 'Liaison', id: string, status: LiaisonStatus, version: number, awaitingReply: boolean } | null, replies: Array<{ __typename?: 'Liaison', id: string, title: string }>, meeting?: { __typename?: 'Meeting', number?: number | null } | null, attachments: Array<{ __typename?: 'Document', symbol: string }>, sources: Array<{ __typename?: 'Source', excerpt: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type SetLiaisonStatusMutationVariables = Exact<{
  input: SetLiaisonStatusInput;
}>;


export type SetLiaisonStatusMutation = { __typename?: 'Mutation', setLiaisonStatus?: { __typename?: 'LiaisonPayload', liaison?: { __typename?: 'Liaison', id: string, reference?: string | null, title: string, purpose: LiaisonPurpose, status: LiaisonStatus, body?: string | null, sentOn?: string | null, version: number, awaitingReply: boolean, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, toGroups: Array<{ __typename?: 'Group', acronym: string }>, ccGroups: Array<{ __typename?: 'Group', acronym: string }>, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, group: { __typename?: 'Group', acronym: string } }>, inReplyTo?: { __typename?: 'Liaison', id: string, status: LiaisonStatus, version: number, awaitingReply: boolean } | null, replies: Array<{ __typename?: 'Liaison', id: string, title: string }>, meeting?: { __typename?: 'Meeting', number?: number | null } | null, attachments: Array<{ __typename?: 'Document', symbol: string }>, sources: Array<{ __typename?: 'Source', excerpt: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type LiaisonByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiaisonByIdQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem' } | { __typename?: 'BestPractice' } | { __typename?: 'Change' } | { __typename?: 'Clause' } | { __typename?: 'Document' } | { __typename?: 'Group' } | { __typename?: 'Liaison', id: string, reference?: string | null, title: string, purpose: LiaisonPurpose, status: LiaisonStatus, body?: string | null, sentOn?: string | null, version: number, awaitingReply: boolean, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, toGroups: Array<{ __typename?: 'Group', acronym: string }>, ccGroups: Array<{ __typename?: 'Group', acronym: string }>, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, group: { __typename?: 'Group', acronym: string } }>, inReplyTo?: { __typename?: 'Liaison', id: string, status: LiaisonStatus, version: number, awaitingReply: boolean } | null, replies: Array<{ __typename?: 'Liaison', id: string, title: string }>, meeting?: { __typename?: 'Meeting', number?: number | null } | null, attachments: Array<{ __typename?: 'Document', symbol: string }>, sources: Array<{ __typename?: 'Source', excerpt: string }> } | { __typename?: 'Meeting' } | { __typename?: 'Milestone' } | { __typename?: 'Outcome' } | { __typename?: 'Report' } | { __typename?: 'Resolution' } | { __typename?: 'Topic' } | null };

export type LiaisonCountQueryVariables = Exact<{ [key: string]: never; }>;


export type LiaisonCountQuery = { __typename?: 'Query', liaisons: { __typename?: 'LiaisonConnection', totalCount: number } };

export type LiaisonFieldsFragment = { __typename?: 'Liaison', id: string, title: string, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, toGroups: Array<{ __typename?: 'Group', acronym: string }>, ccGroups: Array<{ __typename?: 'Group', acronym: string }>, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, group: { __typename?: 'Group', acronym: string } }>, inReplyTo?: { __typename?: 'Liaison', title: string } | null, replies: Array<{ __typename?: 'Liaison', title: string, status: LiaisonStatus }>, meeting?: { __typename?: 'Meeting', number?: number | null } | null, attachments: Array<{ __typename?: 'Document', symbol: string }>, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', symbol: string } }> };

export type LiaisonsQueryVariables = Exact<{
  filter?: InputMaybe<LiaisonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LiaisonsQuery = { __typename?: 'Query', liaisons: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, toGroups: Array<{ __typename?: 'Group', acronym: string }>, ccGroups: Array<{ __typename?: 'Group', acronym: string }>, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, group: { __typename?: 'Group', acronym: string } }>, inReplyTo?: { __typename?: 'Liaison', title: string } | null, replies: Array<{ __typename?: 'Liaison', title: string, status: LiaisonStatus }>, meeting?: { __typename?: 'Meeting', number?: number | null } | null, attachments: Array<{ __typename?: 'Document', symbol: string }>, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', symbol: string } }> } }> } };

export type GroupLiaisonsQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
  direction?: InputMaybe<LiaisonDirection>;
}>;


export type GroupLiaisonsQuery = { __typename?: 'Query', group?: { __typename?: 'Group', liaisons: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', title: string, fromGroup: { __typename?: 'Group', acronym: string } } }> } } | null };

export type LiaisonNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiaisonNodeQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem' } | { __typename?: 'BestPractice' } | { __typename?: 'Change' } | { __typename?: 'Clause' } | { __typename?: 'Document' } | { __typename?: 'Group' } | { __typename?: 'Liaison', id: string, title: string, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, toGroups: Array<{ __typename?: 'Group', acronym: string }>, ccGroups: Array<{ __typename?: 'Group', acronym: string }>, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, group: { __typename?: 'Group', acronym: string } }>, inReplyTo?: { __typename?: 'Liaison', title: string } | null, replies: Array<{ __typename?: 'Liaison', title: string, status: LiaisonStatus }>, meeting?: { __typename?: 'Meeting', number?: number | null } | null, attachments: Array<{ __typename?: 'Document', symbol: string }>, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', symbol: string } }> } | { __typename?: 'Meeting' } | { __typename?: 'Milestone' } | { __typename?: 'Outcome' } | { __typename?: 'Report' } | { __typename?: 'Resolution' } | { __typename?: 'Topic' } | null };

export type LiveActionItemsSubscriptionVariables = Exact<{
  group?: InputMaybe<Scalars['String']['input']>;
}>;


export type LiveActionItemsSubscription = { __typename?: 'Subscription', actionItemChanged: { __typename?: 'ActionItemEvent', change: { __typename?: 'Change', action: ChangeAction, objectType: string, fields: Array<string>, by: { __typename?: 'ChangeActor', label: string } }, actionItem?: { __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, assignee: { __typename?: 'Group', acronym: string } } | null } };

export type LiveLiaisonsSubscriptionVariables = Exact<{
  group?: InputMaybe<Scalars['String']['input']>;
}>;


export type LiveLiaisonsSubscription = { __typename?: 'Subscription', liaisonChanged: { __typename?: 'LiaisonEvent', change: { __typename?: 'Change', action: ChangeAction }, liaison?: { __typename?: 'Liaison', id: string, title: string, status: LiaisonStatus } | null } };

export type LiveChangesSubscriptionVariables = Exact<{
  group?: InputMaybe<Scalars['String']['input']>;
}>;


export type LiveChangesSubscription = { __typename?: 'Subscription', changeRecorded: { __typename?: 'Change', id: string, action: ChangeAction, objectType: string, after?: Record<string, unknown> | null } };

export type LiveCreateItemMutationVariables = Exact<{
  input: CreateActionItemInput;
}>;


export type LiveCreateItemMutation = { __typename?: 'Mutation', createActionItem?: { __typename?: 'ActionItemPayload', actionItem?: { __typename?: 'ActionItem', id: string, title: string, version: number } | null, userErrors: Array<{ __typename?: 'UserError', message: string }> } | null };

export type LiveSetItemStatusMutationVariables = Exact<{
  input: SetActionItemStatusInput;
}>;


export type LiveSetItemStatusMutation = { __typename?: 'Mutation', setActionItemStatus?: { __typename?: 'ActionItemPayload', actionItem?: { __typename?: 'ActionItem', id: string, status: ActionStatus, version: number } | null, userErrors: Array<{ __typename?: 'UserError', message: string }> } | null };

export type ResolutionWrittenFragment = { __typename?: 'Resolution', id: string, key: string, number: string, revision?: string | null, title?: string | null, adoptedBy: AdoptingBody, version: number, clauses: Array<{ __typename?: 'Clause', id: string, position: number, text: string, ask: ClauseAsk, constituency?: string | null, interval?: string | null, periodStart?: string | null, periodEnd?: string | null, version: number, group: { __typename?: 'Group', acronym: string }, target?: { __typename?: 'Group', acronym: string } | null, topic?: { __typename?: 'Topic', slug: string } | null, coverage: { __typename?: 'ClauseCoverage', status: CoverageStatus } }>, sources: Array<{ __typename?: 'Source', excerpt: string }> };

export type ClauseWrittenFragment = { __typename?: 'Clause', id: string, position: number, text: string, ask: ClauseAsk, constituency?: string | null, interval?: string | null, periodStart?: string | null, periodEnd?: string | null, version: number, group: { __typename?: 'Group', acronym: string }, target?: { __typename?: 'Group', acronym: string } | null, topic?: { __typename?: 'Topic', slug: string } | null, coverage: { __typename?: 'ClauseCoverage', status: CoverageStatus } };

export type CreateResolutionMutationVariables = Exact<{
  input: CreateResolutionInput;
}>;


export type CreateResolutionMutation = { __typename?: 'Mutation', createResolution?: { __typename?: 'ResolutionPayload', resolution?: { __typename?: 'Resolution', id: string, key: string, number: string, revision?: string | null, title?: string | null, adoptedBy: AdoptingBody, version: number, clauses: Array<{ __typename?: 'Clause', id: string, position: number, text: string, ask: ClauseAsk, constituency?: string | null, interval?: string | null, periodStart?: string | null, periodEnd?: string | null, version: number, group: { __typename?: 'Group', acronym: string }, target?: { __typename?: 'Group', acronym: string } | null, topic?: { __typename?: 'Topic', slug: string } | null, coverage: { __typename?: 'ClauseCoverage', status: CoverageStatus } }>, sources: Array<{ __typename?: 'Source', excerpt: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type UpdateResolutionMutationVariables = Exact<{
  input: UpdateResolutionInput;
}>;


export type UpdateResolutionMutation = { __typename?: 'Mutation', updateResolution?: { __typename?: 'ResolutionPayload', resolution?: { __typename?: 'Resolution', id: string, key: string, number: string, revision?: string | null, title?: string | null, adoptedBy: AdoptingBody, version: number, clauses: Array<{ __typename?: 'Clause', id: string, position: number, text: string, ask: ClauseAsk, constituency?: string | null, interval?: string | null, periodStart?: string | null, periodEnd?: string | null, version: number, group: { __typename?: 'Group', acronym: string }, target?: { __typename?: 'Group', acronym: string } | null, topic?: { __typename?: 'Topic', slug: string } | null, coverage: { __typename?: 'ClauseCoverage', status: CoverageStatus } }>, sources: Array<{ __typename?: 'Source', excerpt: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type AddClauseMutationVariables = Exact<{
  input: AddClauseInput;
}>;


export type AddClauseMutation = { __typename?: 'Mutation', addClause?: { __typename?: 'ClausePayload', clause?: { __typename?: 'Clause', id: string, position: number, text: string, ask: ClauseAsk, constituency?: string | null, interval?: string | null, periodStart?: string | null, periodEnd?: string | null, version: number, resolution: { __typename?: 'Resolution', key: string }, group: { __typename?: 'Group', acronym: string }, target?: { __typename?: 'Group', acronym: string } | null, topic?: { __typename?: 'Topic', slug: string } | null, coverage: { __typename?: 'ClauseCoverage', status: CoverageStatus } } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type UpdateClauseMutationVariables = Exact<{
  input: UpdateClauseInput;
}>;


export type UpdateClauseMutation = { __typename?: 'Mutation', updateClause?: { __typename?: 'ClausePayload', clause?: { __typename?: 'Clause', id: string, position: number, text: string, ask: ClauseAsk, constituency?: string | null, interval?: string | null, periodStart?: string | null, periodEnd?: string | null, version: number, resolution: { __typename?: 'Resolution', key: string }, group: { __typename?: 'Group', acronym: string }, target?: { __typename?: 'Group', acronym: string } | null, topic?: { __typename?: 'Topic', slug: string } | null, coverage: { __typename?: 'ClauseCoverage', status: CoverageStatus } } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type ResolutionsQueryVariables = Exact<{
  adoptedBy?: InputMaybe<AdoptingBody>;
}>;


export type ResolutionsQuery = { __typename?: 'Query', resolutions: Array<{ __typename?: 'Resolution', id: string, key: string, number: string, revision?: string | null, adoptedBy: AdoptingBody, sources: Array<{ __typename?: 'Source', excerpt: string }>, clauses: Array<{ __typename?: 'Clause', id: string, position: number, text: string, ask: ClauseAsk, constituency?: string | null, group: { __typename?: 'Group', acronym: string }, target?: { __typename?: 'Group', acronym: string } | null, topic?: { __typename?: 'Topic', slug: string } | null, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', symbol: string } }>, coverage: { __typename?: 'ClauseCoverage', status: CoverageStatus, since?: string | null, rule: string, evidence: Array<{ __typename: 'ActionItem', id: string } | { __typename: 'BestPractice', id: string } | { __typename: 'Change', id: string } | { __typename: 'Clause', id: string } | { __typename: 'Document', symbol: string, id: string } | { __typename: 'Group', id: string } | { __typename: 'Liaison', title: string, id: string } | { __typename: 'Meeting', number?: number | null, id: string } | { __typename: 'Milestone', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'Report', id: string } | { __typename: 'Resolution', id: string } | { __typename: 'Topic', id: string }>, missing: Array<{ __typename: 'ActionItem', id: string } | { __typename: 'BestPractice', id: string } | { __typename: 'Change', id: string } | { __typename: 'Clause', id: string } | { __typename: 'Document', id: string } | { __typename: 'Group', id: string } | { __typename: 'Liaison', id: string } | { __typename: 'Meeting', id: string } | { __typename: 'Milestone', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'Report', id: string } | { __typename: 'Resolution', id: string } | { __typename: 'Topic', id: string }> } }> }> };

export type ResolutionByNumberQueryVariables = Exact<{
  number: Scalars['String']['input'];
  adoptedBy?: InputMaybe<AdoptingBody>;
}>;


export type ResolutionByNumberQuery = { __typename?: 'Query', resolution?: { __typename?: 'Resolution', key: string, clauses: Array<{ __typename?: 'Clause', position: number, ask: ClauseAsk, coverage: { __typename?: 'ClauseCoverage', status: CoverageStatus } }> } | null };

export type GroupClausesQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
}>;


export type GroupClausesQuery = { __typename?: 'Query', group?: { __typename?: 'Group', acronym: string, mandates: Array<string>, clauses: Array<{ __typename?: 'Clause', position: number, ask: ClauseAsk, resolution: { __typename?: 'Resolution', number: string, revision?: string | null }, coverage: { __typename?: 'ClauseCoverage', status: CoverageStatus, since?: string | null, evidence: Array<{ __typename: 'ActionItem', id: string } | { __typename: 'BestPractice', id: string } | { __typename: 'Change', id: string } | { __typename: 'Clause', id: string } | { __typename: 'Document', id: string } | { __typename: 'Group', id: string } | { __typename: 'Liaison', id: string } | { __typename: 'Meeting', id: string } | { __typename: 'Milestone', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'Report', id: string } | { __typename: 'Resolution', id: string } | { __typename: 'Topic', id: string }> } }> } | null };

export type WrittenMeetingFragment = { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, startHalf?: HalfDay | null, endsOn: string, endHalf?: HalfDay | null, location?: string | null, format: MeetingFormat, participantCount?: number | null, version: number, group: { __typename?: 'Group', acronym: string }, topics: Array<{ __typename?: 'Topic', slug: string }>, sources: Array<{ __typename?: 'Source', excerpt: string, document: { __typename?: 'Document', symbol: string } }>, outcomes: Array<{ __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, text: string, version: number }> };

export type CreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type CreateMeetingMutation = { __typename?: 'Mutation', createMeeting?: { __typename?: 'MeetingPayload', meeting?: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, startHalf?: HalfDay | null, endsOn: string, endHalf?: HalfDay | null, location?: string | null, format: MeetingFormat, participantCount?: number | null, version: number, group: { __typename?: 'Group', acronym: string }, topics: Array<{ __typename?: 'Topic', slug: string }>, sources: Array<{ __typename?: 'Source', excerpt: string, document: { __typename?: 'Document', symbol: string } }>, outcomes: Array<{ __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, text: string, version: number }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { __typename?: 'Mutation', updateMeeting?: { __typename?: 'MeetingPayload', meeting?: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, startHalf?: HalfDay | null, endsOn: string, endHalf?: HalfDay | null, location?: string | null, format: MeetingFormat, participantCount?: number | null, version: number, group: { __typename?: 'Group', acronym: string }, topics: Array<{ __typename?: 'Topic', slug: string }>, sources: Array<{ __typename?: 'Source', excerpt: string, document: { __typename?: 'Document', symbol: string } }>, outcomes: Array<{ __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, text: string, version: number }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type RecordOutcomeMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type RecordOutcomeMutation = { __typename?: 'Mutation', recordOutcome?: { __typename?: 'OutcomePayload', outcome?: { __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, text: string, version: number, meeting: { __typename?: 'Meeting', number?: number | null }, topics: Array<{ __typename?: 'Topic', slug: string }>, sources: Array<{ __typename?: 'Source', excerpt: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type TagTopicMutationVariables = Exact<{
  input: TagTopicInput;
}>;


export type TagTopicMutation = { __typename?: 'Mutation', tagTopic?: { __typename?: 'TagTopicPayload', subject?: { __typename?: 'ActionItem', id: string } | { __typename?: 'BestPractice', version: number, id: string, topics: Array<{ __typename?: 'Topic', slug: string }> } | { __typename?: 'Change', id: string } | { __typename?: 'Clause', id: string } | { __typename?: 'Document', id: string } | { __typename?: 'Group', id: string } | { __typename?: 'Liaison', id: string } | { __typename?: 'Meeting', version: number, id: string, topics: Array<{ __typename?: 'Topic', slug: string }> } | { __typename?: 'Milestone', id: string } | { __typename?: 'Outcome', version: number, id: string, topics: Array<{ __typename?: 'Topic', slug: string }> } | { __typename?: 'Report', id: string } | { __typename?: 'Resolution', id: string } | { __typename?: 'Topic', id: string } | null, topic?: { __typename?: 'Topic', slug: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type MeetingByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingByIdQuery = { __typename?: 'Query', node?: { __typename?: 'ActionItem' } | { __typename?: 'BestPractice' } | { __typename?: 'Change' } | { __typename?: 'Clause' } | { __typename?: 'Document' } | { __typename?: 'Group' } | { __typename?: 'Liaison' } | { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, startHalf?: HalfDay | null, endsOn: string, endHalf?: HalfDay | null, location?: string | null, format: MeetingFormat, participantCount?: number | null, version: number, group: { __typename?: 'Group', acronym: string }, topics: Array<{ __typename?: 'Topic', slug: string }>, sources: Array<{ __typename?: 'Source', excerpt: string, document: { __typename?: 'Document', symbol: string } }>, outcomes: Array<{ __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, text: string, version: number }> } | { __typename?: 'Milestone' } | { __typename?: 'Outcome' } | { __typename?: 'Report' } | { __typename?: 'Resolution' } | { __typename?: 'Topic' } | null };

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


export type NodeByIdQuery = { __typename?: 'Query', node?: { __typename: 'ActionItem', id: string } | { __typename: 'BestPractice', id: string } | { __typename: 'Change', id: string } | { __typename: 'Clause', id: string } | { __typename: 'Document', id: string } | { __typename: 'Group', acronym: string, id: string } | { __typename: 'Liaison', id: string } | { __typename: 'Meeting', number?: number | null, title: string, id: string } | { __typename: 'Milestone', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'Report', id: string } | { __typename: 'Resolution', id: string } | { __typename: 'Topic', id: string } | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesByIdsQuery = { __typename?: 'Query', nodes: Array<{ __typename: 'ActionItem', id: string } | { __typename: 'BestPractice', id: string } | { __typename: 'Change', id: string } | { __typename: 'Clause', id: string } | { __typename: 'Document', id: string } | { __typename: 'Group', id: string } | { __typename: 'Liaison', id: string } | { __typename: 'Meeting', id: string } | { __typename: 'Milestone', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'Report', id: string } | { __typename: 'Resolution', id: string } | { __typename: 'Topic', id: string } | null> };

export type TopicListQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicListQuery = { __typename?: 'Query', topics: Array<{ __typename?: 'Topic', id: string, slug: string, name: string }> };

export type UpdateOutcomeMutationVariables = Exact<{
  input: UpdateOutcomeInput;
}>;


export type UpdateOutcomeMutation = { __typename?: 'Mutation', updateOutcome?: { __typename?: 'OutcomePayload', outcome?: { __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, text: string, version: number, meeting: { __typename?: 'Meeting', number?: number | null } } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

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

export type CachedActionItemsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CachedActionItemsQuery = { __typename?: 'Query', actionItems: { __typename?: 'ActionItemConnection', totalCount: number, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', title: string } }> } };

export type CreateReportMutationVariables = Exact<{
  input: CreateReportInput;
}>;


export type CreateReportMutation = { __typename?: 'Mutation', createReport?: { __typename?: 'ReportPayload', report?: { __typename?: 'Report', id: string, title: string, kind: string, status: ReportStatus, version: number, ownerGroup: { __typename?: 'Group', acronym: string }, milestones: Array<{ __typename?: 'Milestone', id: string }>, nextMilestone?: { __typename?: 'Milestone', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type UpdateReportMutationVariables = Exact<{
  input: UpdateReportInput;
}>;


export type UpdateReportMutation = { __typename?: 'Mutation', updateReport?: { __typename?: 'ReportPayload', report?: { __typename?: 'Report', id: string, title: string, kind: string, status: ReportStatus, version: number, ownerGroup: { __typename?: 'Group', acronym: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type AddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;


export type AddMilestoneMutation = { __typename?: 'Mutation', addMilestone?: { __typename?: 'MilestonePayload', milestone?: { __typename?: 'Milestone', id: string, kind: MilestoneKind, status: MilestoneStatus, version: number, plannedFor?: string | null, group: { __typename?: 'Group', acronym: string }, meeting?: { __typename?: 'Meeting', number?: number | null } | null, report: { __typename?: 'Report', id: string, nextMilestone?: { __typename?: 'Milestone', id: string } | null } } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type SetMilestoneStatusMutationVariables = Exact<{
  input: SetMilestoneStatusInput;
}>;


export type SetMilestoneStatusMutation = { __typename?: 'Mutation', setMilestoneStatus?: { __typename?: 'MilestonePayload', milestone?: { __typename?: 'Milestone', id: string, status: MilestoneStatus, version: number, plannedFor?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type UpdateReportOutcomesMutationVariables = Exact<{
  input: UpdateReportInput;
}>;


export type UpdateReportOutcomesMutation = { __typename?: 'Mutation', updateReport?: { __typename?: 'ReportPayload', report?: { __typename?: 'Report', id: string, version: number, outcomes: Array<{ __typename?: 'Outcome', position: number, meeting: { __typename?: 'Meeting', number?: number | null } }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type CreateReportWithOutcomesMutationVariables = Exact<{
  input: CreateReportInput;
}>;


export type CreateReportWithOutcomesMutation = { __typename?: 'Mutation', createReport?: { __typename?: 'ReportPayload', report?: { __typename?: 'Report', id: string, outcomes: Array<{ __typename?: 'Outcome', position: number, meeting: { __typename?: 'Meeting', number?: number | null }, reports: Array<{ __typename?: 'Report', title: string }> }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type ReportsQueryVariables = Exact<{
  filter?: InputMaybe<ReportFilter>;
}>;


export type ReportsQuery = { __typename?: 'Query', reports: { __typename?: 'ReportConnection', totalCount: number, edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', id: string, title: string, kind: string, status: ReportStatus, ownerGroup: { __typename?: 'Group', acronym: string }, nextMilestone?: { __typename?: 'Milestone', kind: MilestoneKind, status: MilestoneStatus, plannedFor?: string | null, group: { __typename?: 'Group', acronym: string } } | null, milestones: Array<{ __typename?: 'Milestone', kind: MilestoneKind, plannedPeriod?: string | null, status: MilestoneStatus, plannedFor?: string | null, group: { __typename?: 'Group', acronym: string }, report: { __typename?: 'Report', title: string }, sources: Array<{ __typename?: 'Source', excerpt: string }> }>, sources: Array<{ __typename?: 'Source', excerpt: string, document: { __typename?: 'Document', symbol: string } }> } }> } };

export type GroupReportsQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
}>;


export type GroupReportsQuery = { __typename?: 'Query', group?: { __typename?: 'Group', reports: { __typename?: 'ReportConnection', totalCount: number, edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', title: string } }> } } | null };

export type ReportOutcomesQueryVariables = Exact<{
  filter?: InputMaybe<ReportFilter>;
}>;


export type ReportOutcomesQuery = { __typename?: 'Query', reports: { __typename?: 'ReportConnection', edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', title: string, outcomes: Array<{ __typename?: 'Outcome', position: number, kind: OutcomeKind, text: string, meeting: { __typename?: 'Meeting', number?: number | null, group: { __typename?: 'Group', acronym: string } }, reports: Array<{ __typename?: 'Report', title: string }> }> } }> } };

export type SearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchKind> | SearchKind>;
}>;


export type SearchQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchResult', rank: number, snippet: string, node: { __typename: 'ActionItem', title: string } | { __typename: 'BestPractice', title: string } | { __typename: 'Document', symbol: string, title: string, public: boolean } | { __typename: 'Group', acronym: string } | { __typename: 'Liaison', title: string } | { __typename: 'Meeting', number?: number | null, title: string } | { __typename: 'Outcome', position: number, text: string, meeting: { __typename?: 'Meeting', number?: number | null } } | { __typename: 'Report', title: string } }> };

export type TagAnythingMutationVariables = Exact<{
  input: TagTopicInput;
}>;


export type TagAnythingMutation = { __typename?: 'Mutation', tagTopic?: { __typename?: 'TagTopicPayload', subject?: { __typename?: 'ActionItem', id: string } | { __typename?: 'BestPractice', id: string } | { __typename?: 'Change', id: string } | { __typename?: 'Clause', id: string } | { __typename?: 'Document', id: string } | { __typename?: 'Group', id: string } | { __typename?: 'Liaison', version: number, id: string, topics: Array<{ __typename?: 'Topic', slug: string }> } | { __typename?: 'Meeting', id: string } | { __typename?: 'Milestone', id: string } | { __typename?: 'Outcome', id: string } | { __typename?: 'Report', version: number, id: string, topics: Array<{ __typename?: 'Topic', slug: string }> } | { __typename?: 'Resolution', id: string } | { __typename?: 'Topic', id: string } | null, topic?: { __typename?: 'Topic', slug: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode, currentVersion?: number | null }> } | null };

export type TopicPageQueryVariables = Exact<{
  topic: Scalars['String']['input'];
}>;


export type TopicPageQuery = { __typename?: 'Query', topic?: { __typename?: 'Topic', slug: string, name: string, meetings: { __typename?: 'MeetingConnection', totalCount: number, edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', id: string, number?: number | null } }> }, outcomes: { __typename?: 'OutcomeConnection', totalCount: number, edges: Array<{ __typename?: 'OutcomeEdge', node: { __typename?: 'Outcome', id: string, position: number } }> }, liaisons: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string } }> }, reports: { __typename?: 'ReportConnection', totalCount: number, edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', id: string, title: string } }> }, bestPractices: { __typename?: 'BestPracticeConnection', totalCount: number, edges: Array<{ __typename?: 'BestPracticeEdge', node: { __typename?: 'BestPractice', id: string, title: string } }> } } | null };

export type TopicsPerPageQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicsPerPageQuery = { __typename?: 'Query', topics: Array<{ __typename?: 'Topic', slug: string, liaisons: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string } }> } }> };

export type LiaisonsOfGroupWithTopicsQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
}>;


export type LiaisonsOfGroupWithTopicsQuery = { __typename?: 'Query', group?: { __typename?: 'Group', liaisons: { __typename?: 'LiaisonConnection', edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, version: number, fromGroup: { __typename?: 'Group', acronym: string }, topics: Array<{ __typename?: 'Topic', slug: string }> } }> } } | null };

export type ReportsWithTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsWithTopicsQuery = { __typename?: 'Query', reports: { __typename?: 'ReportConnection', edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', id: string, title: string, version: number, ownerGroup: { __typename?: 'Group', acronym: string }, topics: Array<{ __typename?: 'Topic', slug: string }> } }> } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { __typename?: 'Mutation', createWebhook?: { __typename?: 'CreateWebhookPayload', secret?: string | null, webhook?: { __typename?: 'Webhook', id: string, url: string, events: Array<WebhookEvent>, createdBy: string, createdAt: string, group: { __typename?: 'Group', acronym: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode }> } | null };

export type RemoveWebhookMutationVariables = Exact<{
  input: RemoveWebhookInput;
}>;


export type RemoveWebhookMutation = { __typename?: 'Mutation', removeWebhook?: { __typename?: 'RemoveWebhookPayload', removedId?: string | null, userErrors: Array<{ __typename?: 'UserError', field?: string | null, message: string, code: ErrorCode }> } | null };

export type WebhooksQueryVariables = Exact<{
  group?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WebhooksQuery = { __typename?: 'Query', webhooks: { __typename?: 'WebhookConnection', totalCount: number, edges: Array<{ __typename?: 'WebhookEdge', node: { __typename?: 'Webhook', id: string, url: string, events: Array<WebhookEvent>, group: { __typename?: 'Group', acronym: string } } }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', deliveryId: string, webhookId: string, event: WebhookEvent, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt?: string | null, lastStatusCode?: number | null, lastError?: string | null, body: string, createdAt: string, deliveredAt?: string | null, log: Array<{ __typename?: 'WebhookAttempt', number: number, at: string, statusCode?: number | null, error?: string | null, durationMs: number }> } }> } };

export const WrittenActionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","alias":{"kind":"Name","value":"dueOn"},"name":{"kind":"Name","value":"duePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]} as unknown as DocumentNode<WrittenActionItemFragment, unknown>;
export const ChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectVersion"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ChangeFieldsFragment, unknown>;
export const HistoryPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectVersion"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<HistoryPageFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const TemplateLiaisonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateLiaison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fulfils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TemplateLiaisonFragment, unknown>;
export const WrittenLiaisonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenLiaison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ccGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inReplyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]} as unknown as DocumentNode<WrittenLiaisonFragment, unknown>;
export const LiaisonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiaisonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ccGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inReplyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}}]}}]} as unknown as DocumentNode<LiaisonFieldsFragment, unknown>;
export const ClauseWrittenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClauseWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Clause"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ClauseWrittenFragment, unknown>;
export const ResolutionWrittenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClauseWritten"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClauseWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Clause"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResolutionWrittenFragment, unknown>;
export const WrittenMeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenMeeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startHalf"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endHalf"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WrittenMeetingFragment, unknown>;
export const CreatePeriodActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePeriodActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"duePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePeriodActionItemMutation, CreatePeriodActionItemMutationVariables>;
export const CreateActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenActionItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","alias":{"kind":"Name","value":"dueOn"},"name":{"kind":"Name","value":"duePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<CreateActionItemMutation, CreateActionItemMutationVariables>;
export const UpdateActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenActionItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","alias":{"kind":"Name","value":"dueOn"},"name":{"kind":"Name","value":"duePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<UpdateActionItemMutation, UpdateActionItemMutationVariables>;
export const SetActionItemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetActionItemStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetActionItemStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setActionItemStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenActionItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","alias":{"kind":"Name","value":"dueOn"},"name":{"kind":"Name","value":"duePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<SetActionItemStatusMutation, SetActionItemStatusMutationVariables>;
export const ActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","alias":{"kind":"Name","value":"dueOn"},"name":{"kind":"Name","value":"duePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"dueMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionItemsQuery, ActionItemsQueryVariables>;
export const GroupActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupActionItemsQuery, GroupActionItemsQueryVariables>;
export const MeetingOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingOutcomesQuery, MeetingOutcomesQueryVariables>;
export const DashboardShapeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardShape"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"toGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardShapeQuery, DashboardShapeQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const NestedDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedDashboardQuery, NestedDashboardQueryVariables>;
export const UpdateBestPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBestPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBestPracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBestPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bestPractice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sourceGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<UpdateBestPracticeMutation, UpdateBestPracticeMutationVariables>;
export const CreateBestPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBestPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBestPracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBestPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bestPractice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sourceGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<CreateBestPracticeMutation, CreateBestPracticeMutationVariables>;
export const BestPracticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BestPractices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bestPractices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BestPracticesQuery, BestPracticesQueryVariables>;
export const HistoryOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryPage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryPage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryPage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryPage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryPage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryPage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BestPractice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryPage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryPage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryPage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryPage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Clause"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectVersion"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}}]}}]}}]}}]} as unknown as DocumentNode<HistoryOfQuery, HistoryOfQueryVariables>;
export const ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFields"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectVersion"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const BrowseFixturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseFixtures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acronym"},"value":{"kind":"StringValue","value":"CWG-COP","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BrowseFixturesQuery, BrowseFixturesQueryVariables>;
export const UpdateDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sourceGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<UpdateDocumentMutation, UpdateDocumentMutationVariables>;
export const CreateDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sourceGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<CreateDocumentMutation, CreateDocumentMutationVariables>;
export const FollowUpLiaisonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpLiaisons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiaisonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}},{"kind":"Field","name":{"kind":"Name","value":"replyOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"owesReply"}},{"kind":"Field","name":{"kind":"Name","value":"replyOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpLiaisonsQuery, FollowUpLiaisonsQueryVariables>;
export const GroupFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repliesItOwes"}},{"kind":"Field","name":{"kind":"Name","value":"repliesItOwesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"repliesItOwesDueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"repliesOwedToIt"}},{"kind":"Field","name":{"kind":"Name","value":"repliesOwedToItOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"repliesOwedToItDueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"openActionItems"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActionItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repliesItOwes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"replyOverdue"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"repliesOwedToIt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"replyOverdue"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openActionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaisonsReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"plannedFor"},"name":{"kind":"Name","value":"plannedPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupFollowUpQuery, GroupFollowUpQueryVariables>;
export const GroupsFollowUpCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupsFollowUpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repliesItOwesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"repliesOwedToItOverdue"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupsFollowUpCountsQuery, GroupsFollowUpCountsQueryVariables>;
export const DocumentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excerpts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestPractices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentPageQuery, DocumentPageQueryVariables>;
export const LiaisonAttachmentIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiaisonAttachmentIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiaisonFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiaisonAttachmentIdsQuery, LiaisonAttachmentIdsQueryVariables>;
export const GroupByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"mandates"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subgroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupByNameQuery, GroupByNameQueryVariables>;
export const GroupsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupsPageQuery, GroupsPageQueryVariables>;
export const CreatePeriodLiaisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePeriodLiaison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLiaisonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLiaison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"replyOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePeriodLiaisonMutation, CreatePeriodLiaisonMutationVariables>;
export const UpdatePeriodLiaisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePeriodLiaison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLiaisonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLiaison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"replyOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePeriodLiaisonMutation, UpdatePeriodLiaisonMutationVariables>;
export const OverdueLiaisonTitlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueLiaisonTitles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"replyOverdue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinePeriod"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueLiaisonTitlesQuery, OverdueLiaisonTitlesQueryVariables>;
export const CreateTemplateLiaisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTemplateLiaison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLiaisonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLiaison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateLiaison"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateLiaison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fulfils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<CreateTemplateLiaisonMutation, CreateTemplateLiaisonMutationVariables>;
export const UpdateTemplateLiaisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTemplateLiaison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLiaisonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLiaison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateLiaison"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateLiaison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fulfils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<UpdateTemplateLiaisonMutation, UpdateTemplateLiaisonMutationVariables>;
export const SendTemplateLiaisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTemplateLiaison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLiaisonStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLiaisonStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateLiaison"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateLiaison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fulfils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<SendTemplateLiaisonMutation, SendTemplateLiaisonMutationVariables>;
export const TemplateLiaisonByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateLiaisonById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateLiaison"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateLiaison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fulfils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TemplateLiaisonByIdQuery, TemplateLiaisonByIdQueryVariables>;
export const ActionItemWithLiaisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionItemWithLiaison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionItemWithLiaisonQuery, ActionItemWithLiaisonQueryVariables>;
export const TemplateLiaisonListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TemplateLiaisonList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TemplateLiaison"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TemplateLiaison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fulfils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TemplateLiaisonListQuery, TemplateLiaisonListQueryVariables>;
export const CreateLiaisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLiaison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLiaisonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLiaison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenLiaison"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenLiaison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ccGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inReplyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<CreateLiaisonMutation, CreateLiaisonMutationVariables>;
export const UpdateLiaisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLiaison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLiaisonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLiaison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenLiaison"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenLiaison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ccGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inReplyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<UpdateLiaisonMutation, UpdateLiaisonMutationVariables>;
export const SetLiaisonStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLiaisonStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLiaisonStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLiaisonStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenLiaison"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenLiaison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ccGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inReplyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<SetLiaisonStatusMutation, SetLiaisonStatusMutationVariables>;
export const LiaisonByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiaisonById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenLiaison"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenLiaison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ccGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inReplyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]} as unknown as DocumentNode<LiaisonByIdQuery, LiaisonByIdQueryVariables>;
export const LiaisonCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiaisonCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LiaisonCountQuery, LiaisonCountQueryVariables>;
export const LiaisonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Liaisons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiaisonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiaisonFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiaisonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ccGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inReplyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}}]}}]} as unknown as DocumentNode<LiaisonsQuery, LiaisonsQueryVariables>;
export const GroupLiaisonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupLiaisons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiaisonDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupLiaisonsQuery, GroupLiaisonsQueryVariables>;
export const LiaisonNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiaisonNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiaisonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiaisonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","alias":{"kind":"Name","value":"deadline"},"name":{"kind":"Name","value":"deadlinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReply"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ccGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inReplyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}}]}}]} as unknown as DocumentNode<LiaisonNodeQuery, LiaisonNodeQueryVariables>;
export const LiveActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"group"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItemChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"Variable","name":{"kind":"Name","value":"group"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveActionItemsSubscription, LiveActionItemsSubscriptionVariables>;
export const LiveLiaisonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveLiaisons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"group"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisonChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"Variable","name":{"kind":"Name","value":"group"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<LiveLiaisonsSubscription, LiveLiaisonsSubscriptionVariables>;
export const LiveChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"group"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRecorded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"Variable","name":{"kind":"Name","value":"group"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<LiveChangesSubscription, LiveChangesSubscriptionVariables>;
export const LiveCreateItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveCreateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LiveCreateItemMutation, LiveCreateItemMutationVariables>;
export const LiveSetItemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveSetItemStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetActionItemStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setActionItemStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LiveSetItemStatusMutation, LiveSetItemStatusMutationVariables>;
export const CreateResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResolutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionWritten"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClauseWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Clause"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClauseWritten"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<CreateResolutionMutation, CreateResolutionMutationVariables>;
export const UpdateResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateResolutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResolutionWritten"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClauseWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Clause"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResolutionWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClauseWritten"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<UpdateResolutionMutation, UpdateResolutionMutationVariables>;
export const AddClauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddClause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddClauseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addClause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClauseWritten"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClauseWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Clause"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<AddClauseMutation, AddClauseMutationVariables>;
export const UpdateClauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClauseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClauseWritten"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClauseWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Clause"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<UpdateClauseMutation, UpdateClauseMutationVariables>;
export const ResolutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resolutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adoptedBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptingBody"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"adoptedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adoptedBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResolutionsQuery, ResolutionsQueryVariables>;
export const ResolutionByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResolutionByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adoptedBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptingBody"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"adoptedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adoptedBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResolutionByNumberQuery, ResolutionByNumberQueryVariables>;
export const GroupClausesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupClauses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"mandates"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"ask"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupClausesQuery, GroupClausesQueryVariables>;
export const CreateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenMeeting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenMeeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startHalf"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endHalf"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenMeeting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenMeeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startHalf"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endHalf"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const RecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<RecordOutcomeMutation, RecordOutcomeMutationVariables>;
export const TagTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BestPractice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<TagTopicMutation, TagTopicMutationVariables>;
export const MeetingByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenMeeting"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenMeeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startHalf"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endHalf"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MeetingByIdQuery, MeetingByIdQueryVariables>;
export const GroupMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startHalf"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endHalf"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupMeetingsQuery, GroupMeetingsQueryVariables>;
export const MeetingsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupAcronym"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupAcronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupAcronym"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsOfQuery, MeetingsOfQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const TopicListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopicList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TopicListQuery, TopicListQueryVariables>;
export const UpdateOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<UpdateOutcomeMutation, UpdateOutcomeMutationVariables>;
export const GroupListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiaisonDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupListsQuery, GroupListsQueryVariables>;
export const RootActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RootActionItemsQuery, RootActionItemsQueryVariables>;
export const CachedGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CachedGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CachedGroupsQuery, CachedGroupsQueryVariables>;
export const CachedActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CachedActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CachedActionItemsQuery, CachedActionItemsQueryVariables>;
export const CreateReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ownerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<CreateReportMutation, CreateReportMutationVariables>;
export const UpdateReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ownerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<UpdateReportMutation, UpdateReportMutationVariables>;
export const AddMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","alias":{"kind":"Name","value":"plannedFor"},"name":{"kind":"Name","value":"plannedPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<AddMilestoneMutation, AddMilestoneMutationVariables>;
export const SetMilestoneStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMilestoneStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMilestoneStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMilestoneStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","alias":{"kind":"Name","value":"plannedFor"},"name":{"kind":"Name","value":"plannedPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<SetMilestoneStatusMutation, SetMilestoneStatusMutationVariables>;
export const UpdateReportOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReportOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<UpdateReportOutcomesMutation, UpdateReportOutcomesMutationVariables>;
export const CreateReportWithOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReportWithOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<CreateReportWithOutcomesMutation, CreateReportWithOutcomesMutationVariables>;
export const ReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"plannedFor"},"name":{"kind":"Name","value":"plannedPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"plannedFor"},"name":{"kind":"Name","value":"plannedPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"plannedPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsQuery, ReportsQueryVariables>;
export const GroupReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupReportsQuery, GroupReportsQueryVariables>;
export const ReportOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportOutcomesQuery, ReportOutcomesQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BestPractice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const TagAnythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagAnything"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Liaison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<TagAnythingMutation, TagAnythingMutationVariables>;
export const TopicPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopicPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestPractices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TopicPageQuery, TopicPageQueryVariables>;
export const TopicsPerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopicsPerPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TopicsPerPageQuery, TopicsPerPageQueryVariables>;
export const LiaisonsOfGroupWithTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiaisonsOfGroupWithTopics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acronym"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acronym"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiaisonsOfGroupWithTopicsQuery, LiaisonsOfGroupWithTopicsQueryVariables>;
export const ReportsWithTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsWithTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ownerGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsWithTopicsQuery, ReportsWithTopicsQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const RemoveWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveWebhookMutation, RemoveWebhookMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"group"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"Variable","name":{"kind":"Name","value":"group"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryId"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"log"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;