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
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
  /** A date as precise as its source: YYYY (a year), YYYY-MM (a month: "April 2025" is 2025-04, not 1 April) or YYYY-MM-DD (a day). Something due by a month or a year is due by the end of that period. */
  PartialDate: { input: string; output: string; }
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

/** A reviewed draft: the file again, how to store it, and the facts a person accepted (as draftFacts returned them, edited where needed). */
export type ApplyFactsInput = {
  document: IngestedDocumentInput;
  /** Each accepted fact: `{ kind, key, sources, …values }` as in DraftFact.values. */
  facts: Array<Scalars['JSONObject']['input']>;
  file: IngestFileInput;
};

/** The level at which a liaison statement was approved, as the ITU template names them. */
export type ApprovalLevel =
  | 'CHAIR'
  | 'RAPPORTEUR_MEETING'
  | 'STUDY_GROUP'
  | 'WORKING_PARTY';

/** What a write did to an object: CREATE, UPDATE (fields), STATUS (a status change), TAG (a topic), REVOKE (a token). */
export type ChangeAction =
  | 'CREATE'
  | 'REVOKE'
  | 'STATUS'
  | 'TAG'
  | 'UPDATE';

/** Narrows the changes feed; every condition given must hold. */
export type ChangeFilter = {
  /** Changes to objects of this group (acronym or alias): its meetings and their outcomes, the action items it owes or raised, the liaisons it sent or was sent, its reports and their milestones, its documents and practices. Unknown: NOT_FOUND. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** Only changes to objects of these types (Liaison, ActionItem, …); null or empty means any. */
  objectTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Changes at or after this time, e.g. a week ago. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What a clause asks, in the form the graph checks: LIAISE_WITH a group, CONSULT a constituency at meetings, PUBLISH documents publicly, REPORT_TO a body; PARTICIPATION of stakeholders and OTHER are text only. */
export type ClauseAsk =
  | 'CONSULT'
  | 'LIAISE_WITH'
  | 'OTHER'
  | 'PARTICIPATION'
  | 'PUBLISH'
  | 'REPORT_TO';

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

/** What kind of fact an ingested document proposes. */
export type FactKind =
  | 'ACTION_ITEM'
  | 'LIAISON'
  | 'MEETING'
  | 'MILESTONE'
  | 'OUTCOME';

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

/** A TO addressee: a group and, if it differs from the liaison’s, its own purpose. */
export type LiaisonAddresseeInput = {
  /** The group, by acronym or alias. */
  group: Scalars['String']['input'];
  /** What the liaison asks of this group; defaults to the liaison’s purpose. */
  purpose?: InputMaybe<LiaisonPurpose>;
};

/** Who approved the liaison, at which level, and when (not after it was sent). */
export type LiaisonApprovalInput = {
  by: Scalars['String']['input'];
  level: ApprovalLevel;
  /** YYYY-MM-DD; not after sentOn. */
  on?: InputMaybe<Scalars['String']['input']>;
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

/** Why a liaison is sent; FOR_ACTION and FOR_COMMENT ask for a reply and need a deadline. */
export type LiaisonPurpose =
  | 'FOR_ACTION'
  | 'FOR_COMMENT'
  | 'FOR_CONSIDERATION'
  | 'FOR_INFORMATION'
  | 'IN_RESPONSE';

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

/** Whether a meeting is held in person, hybrid or virtually. */
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

/** The API token to revoke (ADMIN only). */
export type RevokeApiTokenInput = {
  id: Scalars['ID']['input'];
};

/** An API token's role: ADMIN (everything, manages tokens), SECRETARIAT (all groups' content), EDITOR (its groups' content). */
export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'SECRETARIAT';

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

/** Where a fact comes from: a document already in the graph and the verbatim sentence(s). */
export type SourceInput = {
  /** The document, by symbol (e.g. "CWG-COP/COUNCIL-REPORT-21-22") or id: any public one; an EDITOR cites a non-public one only of its own groups. */
  document: Scalars['String']['input'];
  /** The sentence(s) the fact was taken from, verbatim. */
  excerpt: Scalars['String']['input'];
  /** E.g. where two sources disagree. */
  note?: InputMaybe<Scalars['String']['input']>;
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

/** What a webhook is told about: a liaison or a reply recorded, a deadline coming near (14, 7, 4, 3, 2, 1, 0 days), a deadline passed. */
export type WebhookEvent =
  | 'LIAISON_RECORDED'
  | 'OVERDUE'
  | 'REMINDER'
  | 'REPLY_RECORDED';

export type SearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type SearchQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchResult', snippet: string, rank: number, node: { __typename: 'ActionItem', id: string, title: string, assignee: { __typename?: 'Group', acronym: string } } | { __typename: 'BestPractice', id: string, title: string } | { __typename: 'Document', id: string, symbol: string, title: string } | { __typename: 'Group', id: string, acronym: string, name: string } | { __typename: 'Liaison', id: string, title: string, fromGroup: { __typename?: 'Group', acronym: string } } | { __typename: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | { __typename: 'Outcome', id: string, position: number, meeting: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } } | { __typename: 'Report', id: string, title: string, ownerGroup: { __typename?: 'Group', acronym: string } } }> };

export type TopicDetailQueryVariables = Exact<{
  topic: Scalars['String']['input'];
}>;


export type TopicDetailQuery = { __typename?: 'Query', topic?: { __typename?: 'Topic', id: string, slug: string, name: string, meetings: { __typename?: 'MeetingConnection', totalCount: number, edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } }> }, outcomes: { __typename?: 'OutcomeConnection', totalCount: number, edges: Array<{ __typename?: 'OutcomeEdge', node: { __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, text: string, meeting: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } } }> }, liaisons: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, status: LiaisonStatus, sentOn?: string | null, fromGroup: { __typename?: 'Group', acronym: string } } }> }, reports: { __typename?: 'ReportConnection', totalCount: number, edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', id: string, title: string, status: ReportStatus, ownerGroup: { __typename?: 'Group', acronym: string } } }> }, bestPractices: { __typename?: 'BestPracticeConnection', totalCount: number, edges: Array<{ __typename?: 'BestPracticeEdge', node: { __typename?: 'BestPractice', id: string, title: string, sourceGroup?: { __typename?: 'Group', acronym: string } | null } }> } } | null };

export type BestPracticeDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BestPracticeDetailQuery = { __typename?: 'Query', node?: { __typename: 'ActionItem' } | { __typename: 'BestPractice', id: string, title: string, summary: string, version: number, updatedAt: string, sourceGroup?: { __typename?: 'Group', acronym: string, name: string } | null, meeting?: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | null, topics: Array<{ __typename?: 'Topic', slug: string, name: string }>, documents: Array<{ __typename?: 'Document', id: string, symbol: string, title: string }>, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', id: string, symbol: string, title: string, url?: string | null } }> } | { __typename: 'Change' } | { __typename: 'Clause' } | { __typename: 'Document' } | { __typename: 'Group' } | { __typename: 'Liaison' } | { __typename: 'Meeting' } | { __typename: 'Milestone' } | { __typename: 'Outcome' } | { __typename: 'Report' } | { __typename: 'Resolution' } | { __typename: 'Topic' } | null };

export type GroupHistoryQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GroupHistoryQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, acronym: string, name: string } | null, changes: { __typename?: 'ChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null, hasPreviousPage: boolean }, edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', id: string, at: string, action: ChangeAction, objectType: string, objectVersion?: number | null, fields: Array<string>, before?: any | null, after?: any | null, note?: string | null, by: { __typename?: 'ChangeActor', label: string, role: Role }, object?: { __typename: 'ActionItem', title: string, id: string, assignee: { __typename?: 'Group', acronym: string } } | { __typename: 'BestPractice', title: string, id: string } | { __typename: 'Change', id: string } | { __typename: 'Clause', id: string } | { __typename: 'Document', symbol: string, title: string, id: string } | { __typename: 'Group', acronym: string, id: string } | { __typename: 'Liaison', title: string, id: string } | { __typename: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | { __typename: 'Milestone', id: string, report: { __typename?: 'Report', title: string } } | { __typename: 'Outcome', position: number, id: string, meeting: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } } | { __typename: 'Report', title: string, id: string } | { __typename: 'Resolution', id: string } | { __typename: 'Topic', id: string } | null } }> } };

export type DocumentDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DocumentDetailQuery = { __typename?: 'Query', node?: { __typename: 'ActionItem' } | { __typename: 'BestPractice' } | { __typename: 'Change' } | { __typename: 'Clause' } | { __typename: 'Document', id: string, symbol: string, title: string, kind: string, url?: string | null, public: boolean, publishedOn?: string | null, text?: string | null, sourceGroup?: { __typename?: 'Group', acronym: string, name: string } | null, meeting?: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | null, liaisons: Array<{ __typename?: 'Liaison', id: string, title: string, sentOn?: string | null, fromGroup: { __typename?: 'Group', acronym: string } }>, bestPractices: Array<{ __typename?: 'BestPractice', id: string, title: string }>, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', id: string, symbol: string, title: string, url?: string | null } }>, excerpts: Array<{ __typename?: 'DocumentExcerpt', excerpt: string, note?: string | null, subject?: { __typename: 'ActionItem', title: string, id: string, assignee: { __typename?: 'Group', acronym: string } } | { __typename: 'BestPractice', title: string, id: string } | { __typename: 'Change', id: string } | { __typename: 'Clause', id: string } | { __typename: 'Document', id: string } | { __typename: 'Group', acronym: string, id: string } | { __typename: 'Liaison', title: string, id: string } | { __typename: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | { __typename: 'Milestone', id: string } | { __typename: 'Outcome', position: number, id: string, meeting: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } } | { __typename: 'Report', title: string, id: string } | { __typename: 'Resolution', id: string } | { __typename: 'Topic', id: string } | null }> } | { __typename: 'Group' } | { __typename: 'Liaison' } | { __typename: 'Meeting' } | { __typename: 'Milestone' } | { __typename: 'Outcome' } | { __typename: 'Report' } | { __typename: 'Resolution' } | { __typename: 'Topic' } | null };

export type FollowUpQueryVariables = Exact<{
  filter?: InputMaybe<ActionItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FollowUpQuery = { __typename?: 'Query', actionItems: { __typename?: 'ActionItemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, isOverdue: boolean, dueOn?: string | null, dueMeeting?: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | null, assignee: { __typename?: 'Group', acronym: string, name: string }, raisedBy?: { __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, meeting: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } } | null, resolvedBy?: { __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, meeting: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } } | null, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', id: string, symbol: string, title: string, url?: string | null } }> } }> } };

export type FollowUpAssigneesQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpAssigneesQuery = { __typename?: 'Query', groups: { __typename?: 'GroupConnection', edges: Array<{ __typename?: 'GroupEdge', node: { __typename?: 'Group', acronym: string, name: string } }> } };

export type FollowUpRepliesQueryVariables = Exact<{
  filter?: InputMaybe<LiaisonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FollowUpRepliesQuery = { __typename?: 'Query', liaisons: { __typename?: 'LiaisonConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, replyOverdue: boolean, replyDueSoon: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, owesReply: boolean, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } }> } };

export type SessionViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', label: string, role: Role, groups: Array<{ __typename?: 'Group', acronym: string }> } | null };

export type FormGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type FormGroupsQuery = { __typename?: 'Query', groups: { __typename?: 'GroupConnection', edges: Array<{ __typename?: 'GroupEdge', node: { __typename?: 'Group', acronym: string, name: string, aliases: Array<string> } }> } };

export type ResolveGroupQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type ResolveGroupQuery = { __typename?: 'Query', group?: { __typename?: 'Group', acronym: string, name: string } | null };

export type FormMeetingListQueryVariables = Exact<{ [key: string]: never; }>;


export type FormMeetingListQuery = { __typename?: 'Query', meetings: { __typename?: 'MeetingConnection', edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } }> } };

export type FormMeetingsQueryVariables = Exact<{
  group?: InputMaybe<Scalars['String']['input']>;
}>;


export type FormMeetingsQuery = { __typename?: 'Query', meetings: { __typename?: 'MeetingConnection', edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string }, outcomes: Array<{ __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, text: string }> } }> } };

export type FormTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type FormTopicsQuery = { __typename?: 'Query', topics: Array<{ __typename?: 'Topic', slug: string, name: string }> };

export type FormLiaisonsQueryVariables = Exact<{
  filter?: InputMaybe<LiaisonFilter>;
}>;


export type FormLiaisonsQuery = { __typename?: 'Query', liaisons: { __typename?: 'LiaisonConnection', edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', version: number, id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, replyOverdue: boolean, replyDueSoon: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, owesReply: boolean, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } }> } };

export type FormUserErrorFragment = { __typename?: 'UserError', code: ErrorCode, field?: string | null, message: string, currentVersion?: number | null };

export type FormChangeFragment = { __typename?: 'ChangeConnection', edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', at: string, fields: Array<string>, before?: any | null, after?: any | null, objectVersion?: number | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> };

export type LiaisonForFormQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiaisonForFormQuery = { __typename?: 'Query', node?: { __typename: 'ActionItem' } | { __typename: 'BestPractice' } | { __typename: 'Change' } | { __typename: 'Clause' } | { __typename: 'Document' } | { __typename: 'Group' } | { __typename: 'Liaison', version: number, id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, replyOverdue: boolean, replyDueSoon: boolean, sentOn?: string | null, deadline?: string | null, history: { __typename?: 'ChangeConnection', edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', at: string, fields: Array<string>, before?: any | null, after?: any | null, objectVersion?: number | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> }, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, owesReply: boolean, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } | { __typename: 'Meeting' } | { __typename: 'Milestone' } | { __typename: 'Outcome' } | { __typename: 'Report' } | { __typename: 'Resolution' } | { __typename: 'Topic' } | null };

export type ActionItemForFormQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActionItemForFormQuery = { __typename?: 'Query', node?: { __typename: 'ActionItem', id: string, title: string, status: ActionStatus, version: number, isOverdue: boolean, dueOn?: string | null, assignee: { __typename?: 'Group', acronym: string }, raisedBy?: { __typename?: 'Outcome', position: number, meeting: { __typename?: 'Meeting', number?: number | null, group: { __typename?: 'Group', acronym: string } } } | null, history: { __typename?: 'ChangeConnection', edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', at: string, fields: Array<string>, before?: any | null, after?: any | null, objectVersion?: number | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> } } | { __typename: 'BestPractice' } | { __typename: 'Change' } | { __typename: 'Clause' } | { __typename: 'Document' } | { __typename: 'Group' } | { __typename: 'Liaison' } | { __typename: 'Meeting' } | { __typename: 'Milestone' } | { __typename: 'Outcome' } | { __typename: 'Report' } | { __typename: 'Resolution' } | { __typename: 'Topic' } | null };

export type ReportForFormQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportForFormQuery = { __typename?: 'Query', node?: { __typename: 'ActionItem' } | { __typename: 'BestPractice' } | { __typename: 'Change' } | { __typename: 'Clause' } | { __typename: 'Document' } | { __typename: 'Group' } | { __typename: 'Liaison' } | { __typename: 'Meeting' } | { __typename: 'Milestone' } | { __typename: 'Outcome' } | { __typename: 'Report', id: string, title: string, status: ReportStatus, ownerGroup: { __typename?: 'Group', acronym: string }, milestones: Array<{ __typename?: 'Milestone', id: string, kind: MilestoneKind, status: MilestoneStatus, version: number, plannedFor?: string | null, group: { __typename?: 'Group', acronym: string }, meeting?: { __typename?: 'Meeting', number?: number | null, group: { __typename?: 'Group', acronym: string } } | null }> } | { __typename: 'Resolution' } | { __typename: 'Topic' } | null };

export type MilestoneHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MilestoneHistoryQuery = { __typename?: 'Query', node?: { __typename: 'ActionItem' } | { __typename: 'BestPractice' } | { __typename: 'Change' } | { __typename: 'Clause' } | { __typename: 'Document' } | { __typename: 'Group' } | { __typename: 'Liaison' } | { __typename: 'Meeting' } | { __typename: 'Milestone', history: { __typename?: 'ChangeConnection', edges: Array<{ __typename?: 'ChangeEdge', node: { __typename?: 'Change', at: string, fields: Array<string>, before?: any | null, after?: any | null, objectVersion?: number | null, by: { __typename?: 'ChangeActor', label: string, role: Role } } }> } } | { __typename: 'Outcome' } | { __typename: 'Report' } | { __typename: 'Resolution' } | { __typename: 'Topic' } | null };

export type FormReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type FormReportsQuery = { __typename?: 'Query', reports: { __typename?: 'ReportConnection', edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', id: string, title: string, status: ReportStatus, ownerGroup: { __typename?: 'Group', acronym: string } } }> } };

export type FormCreateLiaisonMutationVariables = Exact<{
  input: CreateLiaisonInput;
}>;


export type FormCreateLiaisonMutation = { __typename?: 'Mutation', createLiaison?: { __typename?: 'LiaisonPayload', liaison?: { __typename?: 'Liaison', id: string, title: string, reference?: string | null, status: LiaisonStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, field?: string | null, message: string, currentVersion?: number | null }> } | null };

export type FormCreateDocumentMutationVariables = Exact<{
  input: CreateDocumentInput;
}>;


export type FormCreateDocumentMutation = { __typename?: 'Mutation', createDocument?: { __typename?: 'DocumentPayload', document?: { __typename?: 'Document', id: string, symbol: string, title: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, field?: string | null, message: string, currentVersion?: number | null }> } | null };

export type FormSetLiaisonStatusMutationVariables = Exact<{
  input: SetLiaisonStatusInput;
}>;


export type FormSetLiaisonStatusMutation = { __typename?: 'Mutation', setLiaisonStatus?: { __typename?: 'LiaisonPayload', liaison?: { __typename?: 'Liaison', id: string, status: LiaisonStatus, version: number } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, field?: string | null, message: string, currentVersion?: number | null }> } | null };

export type FormSetActionItemStatusMutationVariables = Exact<{
  input: SetActionItemStatusInput;
}>;


export type FormSetActionItemStatusMutation = { __typename?: 'Mutation', setActionItemStatus?: { __typename?: 'ActionItemPayload', actionItem?: { __typename?: 'ActionItem', id: string, status: ActionStatus, version: number } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, field?: string | null, message: string, currentVersion?: number | null }> } | null };

export type FormCreateActionItemMutationVariables = Exact<{
  input: CreateActionItemInput;
}>;


export type FormCreateActionItemMutation = { __typename?: 'Mutation', createActionItem?: { __typename?: 'ActionItemPayload', actionItem?: { __typename?: 'ActionItem', id: string, title: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, field?: string | null, message: string, currentVersion?: number | null }> } | null };

export type FormCreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type FormCreateMeetingMutation = { __typename?: 'Mutation', createMeeting?: { __typename?: 'MeetingPayload', meeting?: { __typename?: 'Meeting', id: string, number?: number | null, group: { __typename?: 'Group', acronym: string } } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, field?: string | null, message: string, currentVersion?: number | null }> } | null };

export type FormRecordOutcomeMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type FormRecordOutcomeMutation = { __typename?: 'Mutation', recordOutcome?: { __typename?: 'OutcomePayload', outcome?: { __typename?: 'Outcome', id: string, position: number } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, field?: string | null, message: string, currentVersion?: number | null }> } | null };

export type FormAddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;


export type FormAddMilestoneMutation = { __typename?: 'Mutation', addMilestone?: { __typename?: 'MilestonePayload', milestone?: { __typename?: 'Milestone', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, field?: string | null, message: string, currentVersion?: number | null }> } | null };

export type FormSetMilestoneStatusMutationVariables = Exact<{
  input: SetMilestoneStatusInput;
}>;


export type FormSetMilestoneStatusMutation = { __typename?: 'Mutation', setMilestoneStatus?: { __typename?: 'MilestonePayload', milestone?: { __typename?: 'Milestone', id: string, status: MilestoneStatus, version: number } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, field?: string | null, message: string, currentVersion?: number | null }> } | null };

export type FormTagTopicMutationVariables = Exact<{
  input: TagTopicInput;
}>;


export type FormTagTopicMutation = { __typename?: 'Mutation', tagTopic?: { __typename?: 'TagTopicPayload', topic?: { __typename?: 'Topic', slug: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, field?: string | null, message: string, currentVersion?: number | null }> } | null };

export type FormOpenWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type FormOpenWorkQuery = { __typename?: 'Query', actionItems: { __typename?: 'ActionItemConnection', edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, isOverdue: boolean, dueOn?: string | null, assignee: { __typename?: 'Group', acronym: string }, raisedBy?: { __typename?: 'Outcome', position: number, meeting: { __typename?: 'Meeting', number?: number | null, group: { __typename?: 'Group', acronym: string } } } | null } }> }, liaisons: { __typename?: 'LiaisonConnection', edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, replyOverdue: boolean, replyDueSoon: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, owesReply: boolean, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } }> } };

export type LiaisonSummaryFragment = { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, replyOverdue: boolean, replyDueSoon: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, owesReply: boolean, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> };

export type MeetingRefFragment = { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } };

export type SourceTextFragment = { __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', id: string, symbol: string, title: string, url?: string | null } };

export type GroupFollowUpPageQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
  since?: InputMaybe<Scalars['Date']['input']>;
}>;


export type GroupFollowUpPageQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, acronym: string, name: string, followUp: { __typename?: 'GroupFollowUp', since?: string | null, counts: { __typename?: 'FollowUpCounts', repliesItOwes: number, repliesItOwesOverdue: number, repliesItOwesDueSoon: number, repliesOwedToIt: number, repliesOwedToItOverdue: number, repliesOwedToItDueSoon: number, openActionItems: number, overdueActionItems: number }, repliesItOwes: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, replyOverdue: boolean, replyDueSoon: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, owesReply: boolean, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } }> }, repliesOwedToIt: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, replyOverdue: boolean, replyDueSoon: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, owesReply: boolean, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } }> }, openActionItems: { __typename?: 'ActionItemConnection', totalCount: number, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, isOverdue: boolean, dueOn?: string | null, dueMeeting?: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | null, raisedBy?: { __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, meeting: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } } | null } }> }, liaisonsReceived: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, replyOverdue: boolean, replyDueSoon: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, owesReply: boolean, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } }> }, nextMilestones: { __typename?: 'MilestoneConnection', totalCount: number, edges: Array<{ __typename?: 'MilestoneEdge', node: { __typename?: 'Milestone', id: string, kind: MilestoneKind, status: MilestoneStatus, plannedFor?: string | null, report: { __typename?: 'Report', id: string, title: string }, group: { __typename?: 'Group', acronym: string }, meeting?: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | null } }> } } } | null };

export type GroupMandatesQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
}>;


export type GroupMandatesQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, acronym: string, name: string, mandates: Array<string>, clauses: Array<{ __typename?: 'Clause', id: string, position: number, text: string, ask: ClauseAsk, constituency?: string | null, target?: { __typename?: 'Group', acronym: string } | null, resolution: { __typename?: 'Resolution', number: string, revision?: string | null, adoptedBy: AdoptingBody }, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', id: string, symbol: string, title: string, url?: string | null } }>, coverage: { __typename?: 'ClauseCoverage', status: CoverageStatus, since?: string | null, rule: string, evidence: Array<{ __typename: 'ActionItem', id: string } | { __typename: 'BestPractice', id: string } | { __typename: 'Change', id: string } | { __typename: 'Clause', id: string } | { __typename: 'Document', symbol: string, title: string, id: string } | { __typename: 'Group', id: string } | { __typename: 'Liaison', title: string, id: string } | { __typename: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | { __typename: 'Milestone', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'Report', id: string } | { __typename: 'Resolution', id: string } | { __typename: 'Topic', id: string }>, missing: Array<{ __typename: 'ActionItem', id: string } | { __typename: 'BestPractice', id: string } | { __typename: 'Change', id: string } | { __typename: 'Clause', id: string } | { __typename: 'Document', symbol: string, title: string, id: string } | { __typename: 'Group', id: string } | { __typename: 'Liaison', title: string, id: string } | { __typename: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | { __typename: 'Milestone', id: string } | { __typename: 'Outcome', id: string } | { __typename: 'Report', id: string } | { __typename: 'Resolution', id: string } | { __typename: 'Topic', id: string }> } }> } | null };

type EvidenceLink_ActionItem_Fragment = { __typename: 'ActionItem', id: string };

type EvidenceLink_BestPractice_Fragment = { __typename: 'BestPractice', id: string };

type EvidenceLink_Change_Fragment = { __typename: 'Change', id: string };

type EvidenceLink_Clause_Fragment = { __typename: 'Clause', id: string };

type EvidenceLink_Document_Fragment = { __typename: 'Document', symbol: string, title: string, id: string };

type EvidenceLink_Group_Fragment = { __typename: 'Group', id: string };

type EvidenceLink_Liaison_Fragment = { __typename: 'Liaison', title: string, id: string };

type EvidenceLink_Meeting_Fragment = { __typename: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } };

type EvidenceLink_Milestone_Fragment = { __typename: 'Milestone', id: string };

type EvidenceLink_Outcome_Fragment = { __typename: 'Outcome', id: string };

type EvidenceLink_Report_Fragment = { __typename: 'Report', id: string };

type EvidenceLink_Resolution_Fragment = { __typename: 'Resolution', id: string };

type EvidenceLink_Topic_Fragment = { __typename: 'Topic', id: string };

export type EvidenceLinkFragment = EvidenceLink_ActionItem_Fragment | EvidenceLink_BestPractice_Fragment | EvidenceLink_Change_Fragment | EvidenceLink_Clause_Fragment | EvidenceLink_Document_Fragment | EvidenceLink_Group_Fragment | EvidenceLink_Liaison_Fragment | EvidenceLink_Meeting_Fragment | EvidenceLink_Milestone_Fragment | EvidenceLink_Outcome_Fragment | EvidenceLink_Report_Fragment | EvidenceLink_Resolution_Fragment | EvidenceLink_Topic_Fragment;

export type GroupPageQueryVariables = Exact<{
  acronym: Scalars['String']['input'];
}>;


export type GroupPageQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, acronym: string, name: string, kind: GroupKind, sector: Sector, aliases: Array<string>, mandates: Array<string>, officers: Array<{ __typename?: 'Officer', role: string, name: string }>, parent?: { __typename?: 'Group', acronym: string, name: string } | null, subgroups: Array<{ __typename?: 'Group', acronym: string, name: string }>, meetings: { __typename?: 'MeetingConnection', totalCount: number, edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, startHalf?: HalfDay | null, endsOn: string, endHalf?: HalfDay | null, format: MeetingFormat, location?: string | null, participantCount?: number | null, topics: Array<{ __typename?: 'Topic', slug: string, name: string }>, outcomes: Array<{ __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, text: string, topics: Array<{ __typename?: 'Topic', slug: string, name: string }>, actionItems: Array<{ __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, isOverdue: boolean, assignee: { __typename?: 'Group', acronym: string } }>, resolvedActionItems: Array<{ __typename?: 'ActionItem', id: string, title: string }>, liaisons: Array<{ __typename?: 'Liaison', id: string, title: string }> }> } }> }, sent: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, replyOverdue: boolean, replyDueSoon: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, owesReply: boolean, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } }> }, received: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, replyOverdue: boolean, replyDueSoon: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, owesReply: boolean, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } }> }, reports: { __typename?: 'ReportConnection', totalCount: number, edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', id: string, title: string, status: ReportStatus, nextMilestone?: { __typename?: 'Milestone', id: string, kind: MilestoneKind, status: MilestoneStatus, plannedFor?: string | null, group: { __typename?: 'Group', acronym: string } } | null } }> }, actionItems: { __typename?: 'ActionItemConnection', totalCount: number, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, isOverdue: boolean, dueOn?: string | null, dueMeeting?: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | null } }> } } | null };

export type DraftDocumentFactsMutationVariables = Exact<{
  input: IngestFileInput;
}>;


export type DraftDocumentFactsMutation = { __typename?: 'Mutation', draftFacts?: { __typename?: 'FactDraftPayload', draft?: { __typename?: 'FactDraft', fileKind: string, text: string, facts: Array<{ __typename?: 'DraftFact', kind: FactKind, key: string, present: boolean, values: any, sources: Array<{ __typename?: 'DraftCitation', excerpt: string, note?: string | null }> }> } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, field?: string | null, message: string, currentVersion?: number | null }> } | null };

export type ApplyDocumentFactsMutationVariables = Exact<{
  input: ApplyFactsInput;
}>;


export type ApplyDocumentFactsMutation = { __typename?: 'Mutation', applyFacts?: { __typename?: 'ApplyFactsPayload', applied?: { __typename?: 'AppliedFacts', created: number, skipped: number } | null, userErrors: Array<{ __typename?: 'UserError', code: ErrorCode, field?: string | null, message: string, currentVersion?: number | null }> } | null };

export type LiaisonMapQueryVariables = Exact<{ [key: string]: never; }>;


export type LiaisonMapQuery = { __typename?: 'Query', groups: { __typename?: 'GroupConnection', totalCount: number, edges: Array<{ __typename?: 'GroupEdge', node: { __typename?: 'Group', id: string, acronym: string, name: string, kind: GroupKind, sector: Sector, parent?: { __typename?: 'Group', acronym: string } | null } }> }, liaisons: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, replyOverdue: boolean, replyDueSoon: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, owesReply: boolean, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } }> } };

export type LiaisonDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiaisonDetailQuery = { __typename?: 'Query', node?: { __typename: 'ActionItem' } | { __typename: 'BestPractice' } | { __typename: 'Change' } | { __typename: 'Clause' } | { __typename: 'Document' } | { __typename: 'Group' } | { __typename: 'Liaison', body?: string | null, id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, replyOverdue: boolean, replyDueSoon: boolean, sentOn?: string | null, deadline?: string | null, meeting?: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | null, decidedBy?: { __typename?: 'Outcome', id: string, position: number, kind: OutcomeKind, text: string, meeting: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } } | null, inReplyTo?: { __typename?: 'Liaison', id: string, title: string, fromGroup: { __typename?: 'Group', acronym: string } } | null, replies: Array<{ __typename?: 'Liaison', id: string, title: string, sentOn?: string | null, status: LiaisonStatus, fromGroup: { __typename?: 'Group', acronym: string } }>, attachments: Array<{ __typename?: 'Document', id: string, symbol: string, title: string, url?: string | null }>, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', id: string, symbol: string, title: string, url?: string | null } }>, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, owesReply: boolean, group: { __typename?: 'Group', acronym: string } }> } | { __typename: 'Meeting' } | { __typename: 'Milestone' } | { __typename: 'Outcome' } | { __typename: 'Report' } | { __typename: 'Resolution' } | { __typename: 'Topic' } | null };

export type DashboardChangesSubscriptionVariables = Exact<{
  group?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardChangesSubscription = { __typename?: 'Subscription', changeRecorded: { __typename?: 'Change', id: string, objectType: string } };

export type DashboardOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOverviewQuery = { __typename?: 'Query', openTotal: { __typename?: 'ActionItemConnection', totalCount: number }, overdue: { __typename?: 'ActionItemConnection', totalCount: number, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string, assignee: { __typename?: 'Group', acronym: string } } }> }, awaitingReply: { __typename?: 'LiaisonConnection', totalCount: number, edges: Array<{ __typename?: 'LiaisonEdge', node: { __typename?: 'Liaison', id: string, title: string, reference?: string | null, purpose: LiaisonPurpose, status: LiaisonStatus, awaitingReply: boolean, replyOverdue: boolean, replyDueSoon: boolean, sentOn?: string | null, deadline?: string | null, fromGroup: { __typename?: 'Group', acronym: string }, addressees: Array<{ __typename?: 'LiaisonAddressee', role: AddresseeRole, purpose?: LiaisonPurpose | null, owesReply: boolean, group: { __typename?: 'Group', acronym: string } }>, replies: Array<{ __typename?: 'Liaison', id: string }> } }> }, repliesOverdue: { __typename?: 'LiaisonConnection', totalCount: number }, repliesDueSoon: { __typename?: 'LiaisonConnection', totalCount: number }, reports: { __typename?: 'ReportConnection', totalCount: number }, groups: { __typename?: 'GroupConnection', totalCount: number, edges: Array<{ __typename?: 'GroupEdge', node: { __typename?: 'Group', id: string, acronym: string, name: string, followUp: { __typename?: 'GroupFollowUp', counts: { __typename?: 'FollowUpCounts', repliesItOwes: number, repliesItOwesOverdue: number, repliesItOwesDueSoon: number, repliesOwedToIt: number, repliesOwedToItOverdue: number, repliesOwedToItDueSoon: number } }, openItems: { __typename?: 'ActionItemConnection', totalCount: number, edges: Array<{ __typename?: 'ActionItemEdge', node: { __typename?: 'ActionItem', id: string, title: string, status: ActionStatus, isOverdue: boolean, dueOn?: string | null, dueMeeting?: { __typename?: 'Meeting', id: string, title: string, startsOn: string } | null, raisedBy?: { __typename?: 'Outcome', position: number, meeting: { __typename?: 'Meeting', title: string } } | null } }> }, reports: { __typename?: 'ReportConnection', totalCount: number, edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', id: string, title: string, status: ReportStatus, nextMilestone?: { __typename?: 'Milestone', id: string, kind: MilestoneKind, status: MilestoneStatus, plannedFor?: string | null, group: { __typename?: 'Group', acronym: string }, meeting?: { __typename?: 'Meeting', id: string, title: string, startsOn: string } | null } | null } }> } } }> } };

export type ReportTimelineQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportTimelineQuery = { __typename?: 'Query', reports: { __typename?: 'ReportConnection', totalCount: number, edges: Array<{ __typename?: 'ReportEdge', node: { __typename?: 'Report', id: string, title: string, kind: string, status: ReportStatus, ownerGroup: { __typename?: 'Group', acronym: string, name: string }, nextMilestone?: { __typename?: 'Milestone', id: string } | null, milestones: Array<{ __typename?: 'Milestone', id: string, kind: MilestoneKind, status: MilestoneStatus, plannedFor?: string | null, group: { __typename?: 'Group', acronym: string, name: string }, meeting?: { __typename?: 'Meeting', id: string, number?: number | null, title: string, startsOn: string, group: { __typename?: 'Group', acronym: string } } | null, sources: Array<{ __typename?: 'Source', excerpt: string, note?: string | null, document: { __typename?: 'Document', id: string, symbol: string, title: string, url?: string | null } }> }> } }> } };

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
export const FormUserErrorFragmentDoc = new TypedDocumentString(`
    fragment FormUserError on UserError {
  code
  field
  message
  currentVersion
}
    `, {"fragmentName":"FormUserError"}) as unknown as TypedDocumentString<FormUserErrorFragment, unknown>;
export const FormChangeFragmentDoc = new TypedDocumentString(`
    fragment FormChange on ChangeConnection {
  edges {
    node {
      at
      fields
      before
      after
      objectVersion
      by {
        label
        role
      }
    }
  }
}
    `, {"fragmentName":"FormChange"}) as unknown as TypedDocumentString<FormChangeFragment, unknown>;
export const LiaisonSummaryFragmentDoc = new TypedDocumentString(`
    fragment LiaisonSummary on Liaison {
  id
  title
  reference
  purpose
  status
  awaitingReply
  replyOverdue
  replyDueSoon
  sentOn
  deadline: deadlinePeriod
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    owesReply
    group {
      acronym
    }
  }
  replies {
    id
  }
}
    `, {"fragmentName":"LiaisonSummary"}) as unknown as TypedDocumentString<LiaisonSummaryFragment, unknown>;
export const SourceTextFragmentDoc = new TypedDocumentString(`
    fragment SourceText on Source {
  excerpt
  note
  document {
    id
    symbol
    title
    url
  }
}
    `, {"fragmentName":"SourceText"}) as unknown as TypedDocumentString<SourceTextFragment, unknown>;
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
export const EvidenceLinkFragmentDoc = new TypedDocumentString(`
    fragment EvidenceLink on Node {
  __typename
  id
  ... on Liaison {
    title
  }
  ... on Meeting {
    ...MeetingRef
  }
  ... on Document {
    symbol
    title
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
}`, {"fragmentName":"EvidenceLink"}) as unknown as TypedDocumentString<EvidenceLinkFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!) {
  search(query: $query, first: 50) {
    snippet
    rank
    node {
      __typename
      ... on Group {
        id
        acronym
        name
      }
      ... on Meeting {
        ...MeetingRef
      }
      ... on Outcome {
        id
        position
        meeting {
          ...MeetingRef
        }
      }
      ... on ActionItem {
        id
        title
        assignee {
          acronym
        }
      }
      ... on Liaison {
        id
        title
        fromGroup {
          acronym
        }
      }
      ... on Report {
        id
        title
        ownerGroup {
          acronym
        }
      }
      ... on BestPractice {
        id
        title
      }
      ... on Document {
        id
        symbol
        title
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
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const TopicDetailDocument = new TypedDocumentString(`
    query TopicDetail($topic: String!) {
  topic(topic: $topic) {
    id
    slug
    name
    meetings(first: 50) {
      totalCount
      edges {
        node {
          ...MeetingRef
        }
      }
    }
    outcomes(first: 50) {
      totalCount
      edges {
        node {
          id
          position
          kind
          text
          meeting {
            ...MeetingRef
          }
        }
      }
    }
    liaisons(first: 50) {
      totalCount
      edges {
        node {
          id
          title
          status
          sentOn
          fromGroup {
            acronym
          }
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
          ownerGroup {
            acronym
          }
        }
      }
    }
    bestPractices(first: 50) {
      totalCount
      edges {
        node {
          id
          title
          sourceGroup {
            acronym
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
}`) as unknown as TypedDocumentString<TopicDetailQuery, TopicDetailQueryVariables>;
export const BestPracticeDetailDocument = new TypedDocumentString(`
    query BestPracticeDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on BestPractice {
      id
      title
      summary
      version
      updatedAt
      sourceGroup {
        acronym
        name
      }
      meeting {
        ...MeetingRef
      }
      topics {
        slug
        name
      }
      documents {
        id
        symbol
        title
      }
      sources {
        ...SourceText
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
    id
    symbol
    title
    url
  }
}`) as unknown as TypedDocumentString<BestPracticeDetailQuery, BestPracticeDetailQueryVariables>;
export const GroupHistoryDocument = new TypedDocumentString(`
    query GroupHistory($acronym: String!, $after: String) {
  group(acronym: $acronym) {
    id
    acronym
    name
  }
  changes(filter: {group: $acronym}, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
    }
    edges {
      node {
        id
        at
        action
        objectType
        objectVersion
        fields
        before
        after
        note
        by {
          label
          role
        }
        object {
          __typename
          id
          ... on Meeting {
            ...MeetingRef
          }
          ... on Outcome {
            position
            meeting {
              ...MeetingRef
            }
          }
          ... on Liaison {
            title
          }
          ... on ActionItem {
            title
            assignee {
              acronym
            }
          }
          ... on Report {
            title
          }
          ... on Milestone {
            report {
              title
            }
          }
          ... on BestPractice {
            title
          }
          ... on Document {
            symbol
            title
          }
          ... on Group {
            acronym
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
}`) as unknown as TypedDocumentString<GroupHistoryQuery, GroupHistoryQueryVariables>;
export const DocumentDetailDocument = new TypedDocumentString(`
    query DocumentDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Document {
      id
      symbol
      title
      kind
      url
      public
      publishedOn
      text
      sourceGroup {
        acronym
        name
      }
      meeting {
        ...MeetingRef
      }
      liaisons {
        id
        title
        fromGroup {
          acronym
        }
        sentOn
      }
      bestPractices {
        id
        title
      }
      sources {
        ...SourceText
      }
      excerpts {
        excerpt
        note
        subject {
          __typename
          id
          ... on Meeting {
            ...MeetingRef
          }
          ... on Outcome {
            position
            meeting {
              ...MeetingRef
            }
          }
          ... on Liaison {
            title
          }
          ... on BestPractice {
            title
          }
          ... on ActionItem {
            title
            assignee {
              acronym
            }
          }
          ... on Group {
            acronym
          }
          ... on Report {
            title
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
    id
    symbol
    title
    url
  }
}`) as unknown as TypedDocumentString<DocumentDetailQuery, DocumentDetailQueryVariables>;
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
        dueOn: duePeriod
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
    id
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
export const FollowUpRepliesDocument = new TypedDocumentString(`
    query FollowUpReplies($filter: LiaisonFilter, $first: Int, $after: String) {
  liaisons(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
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
  replyOverdue
  replyDueSoon
  sentOn
  deadline: deadlinePeriod
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    owesReply
    group {
      acronym
    }
  }
  replies {
    id
  }
}`) as unknown as TypedDocumentString<FollowUpRepliesQuery, FollowUpRepliesQueryVariables>;
export const SessionViewerDocument = new TypedDocumentString(`
    query SessionViewer {
  viewer {
    label
    role
    groups {
      acronym
    }
  }
}
    `) as unknown as TypedDocumentString<SessionViewerQuery, SessionViewerQueryVariables>;
export const FormGroupsDocument = new TypedDocumentString(`
    query FormGroups {
  groups(first: 100) {
    edges {
      node {
        acronym
        name
        aliases
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FormGroupsQuery, FormGroupsQueryVariables>;
export const ResolveGroupDocument = new TypedDocumentString(`
    query ResolveGroup($name: String!) {
  group(acronym: $name) {
    acronym
    name
  }
}
    `) as unknown as TypedDocumentString<ResolveGroupQuery, ResolveGroupQueryVariables>;
export const FormMeetingListDocument = new TypedDocumentString(`
    query FormMeetingList {
  meetings(first: 100) {
    edges {
      node {
        number
        title
        startsOn
        group {
          acronym
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FormMeetingListQuery, FormMeetingListQueryVariables>;
export const FormMeetingsDocument = new TypedDocumentString(`
    query FormMeetings($group: String) {
  meetings(groupAcronym: $group, first: 50) {
    edges {
      node {
        id
        number
        title
        startsOn
        group {
          acronym
        }
        outcomes {
          id
          position
          kind
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FormMeetingsQuery, FormMeetingsQueryVariables>;
export const FormTopicsDocument = new TypedDocumentString(`
    query FormTopics {
  topics {
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<FormTopicsQuery, FormTopicsQueryVariables>;
export const FormLiaisonsDocument = new TypedDocumentString(`
    query FormLiaisons($filter: LiaisonFilter) {
  liaisons(filter: $filter, first: 100) {
    edges {
      node {
        ...LiaisonSummary
        version
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
  replyOverdue
  replyDueSoon
  sentOn
  deadline: deadlinePeriod
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    owesReply
    group {
      acronym
    }
  }
  replies {
    id
  }
}`) as unknown as TypedDocumentString<FormLiaisonsQuery, FormLiaisonsQueryVariables>;
export const LiaisonForFormDocument = new TypedDocumentString(`
    query LiaisonForForm($id: ID!) {
  node(id: $id) {
    __typename
    ... on Liaison {
      ...LiaisonSummary
      version
      history(first: 100) {
        ...FormChange
      }
    }
  }
}
    fragment FormChange on ChangeConnection {
  edges {
    node {
      at
      fields
      before
      after
      objectVersion
      by {
        label
        role
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
  replyOverdue
  replyDueSoon
  sentOn
  deadline: deadlinePeriod
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    owesReply
    group {
      acronym
    }
  }
  replies {
    id
  }
}`) as unknown as TypedDocumentString<LiaisonForFormQuery, LiaisonForFormQueryVariables>;
export const ActionItemForFormDocument = new TypedDocumentString(`
    query ActionItemForForm($id: ID!) {
  node(id: $id) {
    __typename
    ... on ActionItem {
      id
      title
      status
      version
      dueOn: duePeriod
      isOverdue
      assignee {
        acronym
      }
      raisedBy {
        position
        meeting {
          number
          group {
            acronym
          }
        }
      }
      history(first: 100) {
        ...FormChange
      }
    }
  }
}
    fragment FormChange on ChangeConnection {
  edges {
    node {
      at
      fields
      before
      after
      objectVersion
      by {
        label
        role
      }
    }
  }
}`) as unknown as TypedDocumentString<ActionItemForFormQuery, ActionItemForFormQueryVariables>;
export const ReportForFormDocument = new TypedDocumentString(`
    query ReportForForm($id: ID!) {
  node(id: $id) {
    __typename
    ... on Report {
      id
      title
      status
      ownerGroup {
        acronym
      }
      milestones {
        id
        kind
        status
        plannedFor: plannedPeriod
        version
        group {
          acronym
        }
        meeting {
          number
          group {
            acronym
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportForFormQuery, ReportForFormQueryVariables>;
export const MilestoneHistoryDocument = new TypedDocumentString(`
    query MilestoneHistory($id: ID!) {
  node(id: $id) {
    __typename
    ... on Milestone {
      history(first: 100) {
        ...FormChange
      }
    }
  }
}
    fragment FormChange on ChangeConnection {
  edges {
    node {
      at
      fields
      before
      after
      objectVersion
      by {
        label
        role
      }
    }
  }
}`) as unknown as TypedDocumentString<MilestoneHistoryQuery, MilestoneHistoryQueryVariables>;
export const FormReportsDocument = new TypedDocumentString(`
    query FormReports {
  reports(first: 100) {
    edges {
      node {
        id
        title
        status
        ownerGroup {
          acronym
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FormReportsQuery, FormReportsQueryVariables>;
export const FormCreateLiaisonDocument = new TypedDocumentString(`
    mutation FormCreateLiaison($input: CreateLiaisonInput!) {
  createLiaison(input: $input) {
    liaison {
      id
      title
      reference
      status
    }
    userErrors {
      ...FormUserError
    }
  }
}
    fragment FormUserError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<FormCreateLiaisonMutation, FormCreateLiaisonMutationVariables>;
export const FormCreateDocumentDocument = new TypedDocumentString(`
    mutation FormCreateDocument($input: CreateDocumentInput!) {
  createDocument(input: $input) {
    document {
      id
      symbol
      title
    }
    userErrors {
      ...FormUserError
    }
  }
}
    fragment FormUserError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<FormCreateDocumentMutation, FormCreateDocumentMutationVariables>;
export const FormSetLiaisonStatusDocument = new TypedDocumentString(`
    mutation FormSetLiaisonStatus($input: SetLiaisonStatusInput!) {
  setLiaisonStatus(input: $input) {
    liaison {
      id
      status
      version
    }
    userErrors {
      ...FormUserError
    }
  }
}
    fragment FormUserError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<FormSetLiaisonStatusMutation, FormSetLiaisonStatusMutationVariables>;
export const FormSetActionItemStatusDocument = new TypedDocumentString(`
    mutation FormSetActionItemStatus($input: SetActionItemStatusInput!) {
  setActionItemStatus(input: $input) {
    actionItem {
      id
      status
      version
    }
    userErrors {
      ...FormUserError
    }
  }
}
    fragment FormUserError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<FormSetActionItemStatusMutation, FormSetActionItemStatusMutationVariables>;
export const FormCreateActionItemDocument = new TypedDocumentString(`
    mutation FormCreateActionItem($input: CreateActionItemInput!) {
  createActionItem(input: $input) {
    actionItem {
      id
      title
    }
    userErrors {
      ...FormUserError
    }
  }
}
    fragment FormUserError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<FormCreateActionItemMutation, FormCreateActionItemMutationVariables>;
export const FormCreateMeetingDocument = new TypedDocumentString(`
    mutation FormCreateMeeting($input: CreateMeetingInput!) {
  createMeeting(input: $input) {
    meeting {
      id
      number
      group {
        acronym
      }
    }
    userErrors {
      ...FormUserError
    }
  }
}
    fragment FormUserError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<FormCreateMeetingMutation, FormCreateMeetingMutationVariables>;
export const FormRecordOutcomeDocument = new TypedDocumentString(`
    mutation FormRecordOutcome($input: RecordOutcomeInput!) {
  recordOutcome(input: $input) {
    outcome {
      id
      position
    }
    userErrors {
      ...FormUserError
    }
  }
}
    fragment FormUserError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<FormRecordOutcomeMutation, FormRecordOutcomeMutationVariables>;
export const FormAddMilestoneDocument = new TypedDocumentString(`
    mutation FormAddMilestone($input: AddMilestoneInput!) {
  addMilestone(input: $input) {
    milestone {
      id
    }
    userErrors {
      ...FormUserError
    }
  }
}
    fragment FormUserError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<FormAddMilestoneMutation, FormAddMilestoneMutationVariables>;
export const FormSetMilestoneStatusDocument = new TypedDocumentString(`
    mutation FormSetMilestoneStatus($input: SetMilestoneStatusInput!) {
  setMilestoneStatus(input: $input) {
    milestone {
      id
      status
      version
    }
    userErrors {
      ...FormUserError
    }
  }
}
    fragment FormUserError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<FormSetMilestoneStatusMutation, FormSetMilestoneStatusMutationVariables>;
export const FormTagTopicDocument = new TypedDocumentString(`
    mutation FormTagTopic($input: TagTopicInput!) {
  tagTopic(input: $input) {
    topic {
      slug
      name
    }
    userErrors {
      ...FormUserError
    }
  }
}
    fragment FormUserError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<FormTagTopicMutation, FormTagTopicMutationVariables>;
export const FormOpenWorkDocument = new TypedDocumentString(`
    query FormOpenWork {
  actionItems(filter: {status: [OPEN, IN_PROGRESS]}, first: 100) {
    edges {
      node {
        id
        title
        status
        isOverdue
        dueOn: duePeriod
        assignee {
          acronym
        }
        raisedBy {
          position
          meeting {
            number
            group {
              acronym
            }
          }
        }
      }
    }
  }
  liaisons(filter: {status: [DRAFT, APPROVED, SENT, ACKNOWLEDGED]}, first: 100) {
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
  replyOverdue
  replyDueSoon
  sentOn
  deadline: deadlinePeriod
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    owesReply
    group {
      acronym
    }
  }
  replies {
    id
  }
}`) as unknown as TypedDocumentString<FormOpenWorkQuery, FormOpenWorkQueryVariables>;
export const GroupFollowUpPageDocument = new TypedDocumentString(`
    query GroupFollowUpPage($acronym: String!, $since: Date) {
  group(acronym: $acronym) {
    id
    acronym
    name
    followUp(since: $since) {
      since
      counts {
        repliesItOwes
        repliesItOwesOverdue
        repliesItOwesDueSoon
        repliesOwedToIt
        repliesOwedToItOverdue
        repliesOwedToItDueSoon
        openActionItems
        overdueActionItems
      }
      repliesItOwes(first: 100) {
        totalCount
        edges {
          node {
            ...LiaisonSummary
          }
        }
      }
      repliesOwedToIt(first: 100) {
        totalCount
        edges {
          node {
            ...LiaisonSummary
          }
        }
      }
      openActionItems(first: 100) {
        totalCount
        edges {
          node {
            id
            title
            status
            isOverdue
            dueOn: duePeriod
            dueMeeting {
              ...MeetingRef
            }
            raisedBy {
              id
              position
              kind
              meeting {
                ...MeetingRef
              }
            }
          }
        }
      }
      liaisonsReceived(first: 100) {
        totalCount
        edges {
          node {
            ...LiaisonSummary
          }
        }
      }
      nextMilestones(first: 50) {
        totalCount
        edges {
          node {
            id
            kind
            status
            plannedFor: plannedPeriod
            report {
              id
              title
            }
            group {
              acronym
            }
            meeting {
              ...MeetingRef
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
  replyOverdue
  replyDueSoon
  sentOn
  deadline: deadlinePeriod
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    owesReply
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
}`) as unknown as TypedDocumentString<GroupFollowUpPageQuery, GroupFollowUpPageQueryVariables>;
export const GroupMandatesDocument = new TypedDocumentString(`
    query GroupMandates($acronym: String!) {
  group(acronym: $acronym) {
    id
    acronym
    name
    mandates
    clauses {
      id
      position
      text
      ask
      constituency
      target {
        acronym
      }
      resolution {
        number
        revision
        adoptedBy
      }
      sources {
        ...SourceText
      }
      coverage {
        status
        since
        rule
        evidence {
          ...EvidenceLink
        }
        missing {
          ...EvidenceLink
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
    id
    symbol
    title
    url
  }
}
fragment EvidenceLink on Node {
  __typename
  id
  ... on Liaison {
    title
  }
  ... on Meeting {
    ...MeetingRef
  }
  ... on Document {
    symbol
    title
  }
}`) as unknown as TypedDocumentString<GroupMandatesQuery, GroupMandatesQueryVariables>;
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
            slug
            name
          }
          outcomes {
            id
            position
            kind
            text
            topics {
              slug
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
            plannedFor: plannedPeriod
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
          dueOn: duePeriod
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
  replyOverdue
  replyDueSoon
  sentOn
  deadline: deadlinePeriod
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    owesReply
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
export const DraftDocumentFactsDocument = new TypedDocumentString(`
    mutation DraftDocumentFacts($input: IngestFileInput!) {
  draftFacts(input: $input) {
    draft {
      fileKind
      text
      facts {
        kind
        key
        present
        values
        sources {
          excerpt
          note
        }
      }
    }
    userErrors {
      ...FormUserError
    }
  }
}
    fragment FormUserError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<DraftDocumentFactsMutation, DraftDocumentFactsMutationVariables>;
export const ApplyDocumentFactsDocument = new TypedDocumentString(`
    mutation ApplyDocumentFacts($input: ApplyFactsInput!) {
  applyFacts(input: $input) {
    applied {
      created
      skipped
    }
    userErrors {
      ...FormUserError
    }
  }
}
    fragment FormUserError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<ApplyDocumentFactsMutation, ApplyDocumentFactsMutationVariables>;
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
  replyOverdue
  replyDueSoon
  sentOn
  deadline: deadlinePeriod
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    owesReply
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
        id
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
  replyOverdue
  replyDueSoon
  sentOn
  deadline: deadlinePeriod
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    owesReply
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
    id
    symbol
    title
    url
  }
}`) as unknown as TypedDocumentString<LiaisonDetailQuery, LiaisonDetailQueryVariables>;
export const DashboardChangesDocument = new TypedDocumentString(`
    subscription DashboardChanges($group: String) {
  changeRecorded(group: $group) {
    id
    objectType
  }
}
    `) as unknown as TypedDocumentString<DashboardChangesSubscription, DashboardChangesSubscriptionVariables>;
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
  repliesOverdue: liaisons(filter: {replyOverdue: true}, first: 1) {
    totalCount
  }
  repliesDueSoon: liaisons(filter: {replyDueSoon: true}, first: 1) {
    totalCount
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
        followUp {
          counts {
            repliesItOwes
            repliesItOwesOverdue
            repliesItOwesDueSoon
            repliesOwedToIt
            repliesOwedToItOverdue
            repliesOwedToItDueSoon
          }
        }
        openItems: actionItems(status: [OPEN, IN_PROGRESS], first: 20) {
          totalCount
          edges {
            node {
              id
              title
              status
              isOverdue
              dueOn: duePeriod
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
                plannedFor: plannedPeriod
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
  replyOverdue
  replyDueSoon
  sentOn
  deadline: deadlinePeriod
  fromGroup {
    acronym
  }
  addressees {
    role
    purpose
    owesReply
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
          plannedFor: plannedPeriod
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
    id
    symbol
    title
    url
  }
}`) as unknown as TypedDocumentString<ReportTimelineQuery, ReportTimelineQueryVariables>;