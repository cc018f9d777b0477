/**
 * The knowledge-base bundle: the whole graph as plain data, keyed by natural keys
 * (group acronym, meeting "GROUP#number", document symbol, topic slug, and a `key`
 * for records that have no natural key of their own). The seed data set is a bundle,
 * and import/export speak the same format, so the first start and `import` share one path.
 *
 * schema/bundle.schema.json is generated from this file (`npm run bundle:schema`; a test fails
 * when it is stale): JSDoc comments become descriptions, and the tags @pattern, @minimum,
 * @minLength, @minItems and @format become the schema's constraints. @internal leaves a
 * property out of the file format.
 */
export const BUNDLE_FORMAT_VERSION = 1;

export type GroupKind =
  | 'COUNCIL' | 'COUNCIL_WORKING_GROUP' | 'STUDY_GROUP' | 'QUESTION'
  | 'CORRESPONDENCE_GROUP' | 'BUREAU' | 'SECRETARIAT' | 'OTHER';
export type Sector = 'GENERAL_SECRETARIAT' | 'ITU_T' | 'ITU_D' | 'ITU_R' | 'EXTERNAL';
export type HalfDay = 'AM' | 'PM';
export type MeetingFormat = 'IN_PERSON' | 'HYBRID' | 'VIRTUAL';
export type DocumentKind =
  | 'CONTRIBUTION' | 'INFORMATION_DOCUMENT' | 'LIAISON_STATEMENT' | 'REPORT'
  | 'SUMMARY_REPORT' | 'CONCEPT_NOTE' | 'RESOLUTION' | 'OTHER';
export type OutcomeKind =
  | 'AGREED' | 'ENDORSED' | 'WELCOMED' | 'INVITED' | 'REAFFIRMED'
  | 'EXPECTED' | 'NOTED' | 'REQUESTED' | 'ENCOURAGED';
export type ActionStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
export type LiaisonPurpose =
  | 'FOR_ACTION' | 'FOR_COMMENT' | 'FOR_INFORMATION' | 'FOR_CONSIDERATION' | 'IN_RESPONSE';
export type LiaisonStatus =
  | 'DRAFT' | 'APPROVED' | 'SENT' | 'ACKNOWLEDGED' | 'RESPONDED' | 'CLOSED' | 'WITHDRAWN';
export type ReportStatus =
  | 'IN_PREPARATION' | 'UNDER_REVISION' | 'UNDER_REVIEW' | 'PRESENTED' | 'ADOPTED' | 'WITHDRAWN';
export type MilestoneKind = 'SUBMISSION' | 'DISCUSSION' | 'PRESENTATION' | 'ADOPTION';
export type MilestoneStatus = 'PLANNED' | 'DONE' | 'SLIPPED' | 'CANCELLED';

/**
 * ISO calendar date, YYYY-MM-DD.
 * @pattern ^\d{4}-\d{2}-\d{2}$
 * @format date
 */
export type IsoDate = string;
/**
 * A meeting's natural key: "<group acronym>#<ordinal number>", e.g. "CWG-COP#22"; a meeting
 * without a number is "<group acronym>@<start date>", e.g. "CG-COP@2025-04-08".
 * @pattern ^.+(#[1-9][0-9]*|@\d{4}-\d{2}-\d{2})$
 */
export type MeetingKey = string;
/**
 * An outcome's natural key: "<meeting key>/<position>", e.g. "CWG-COP#21/2".
 * @pattern ^.+(#[1-9][0-9]*|@\d{4}-\d{2}-\d{2})/[1-9][0-9]*$
 */
export type OutcomeKey = string;
/**
 * A non-empty text.
 * @minLength 1
 * @pattern \S
 */
export type Text = string;
/**
 * A record's own key (action items, liaisons, reports, milestones, best practices): stable,
 * chosen by whoever first wrote the record; export derives one from the title where a record
 * has none.
 * @minLength 1
 * @pattern ^\S(.*\S)?$
 */
export type RecordKey = string;

/** Provenance of one fact: the document it came from and the verbatim sentence(s). */
export interface BundleSource {
  /** symbol of a document in the bundle or the database */
  document: Text;
  /** verbatim excerpt: must occur, character for character, in the document's text */
  excerpt: Text;
  /** e.g. where two sources disagree, or where a value is read into the text */
  note?: string;
}

export interface BundleGroup {
  /** unique (ignoring case); the group's natural key */
  acronym: Text;
  name: Text;
  kind: GroupKind;
  sector: Sector;
  /** acronym of the parent group */
  parent?: Text;
  aliases?: string[];
  mandates?: string[];
  officers?: { role: string; name: string }[];
  sources?: BundleSource[];
}

export interface BundleTopic {
  /**
   * kebab-case, the topic's natural key
   * @pattern ^[a-z0-9]+(-[a-z0-9]+)*$
   */
  slug: string;
  name: Text;
}

export interface BundleDocument {
  /** unique (ignoring case); the document's natural key */
  symbol: Text;
  title: Text;
  kind: DocumentKind;
  url?: string;
  /** accessible without a password (only public documents' text is searchable) */
  public: boolean;
  /** acronym of the group that wrote it */
  sourceGroup?: Text;
  meeting?: MeetingKey;
  publishedOn?: IsoDate;
  /** the full text */
  text?: string;
  /**
   * seed only: the full text's file under src/seed/sources (seedAsBundle reads it into `text`)
   * @internal
   */
  textFile?: string;
  sources?: BundleSource[];
}

export interface BundleMeeting {
  /** acronym of the group that held it */
  group: Text;
  /**
   * ordinal: 21 for the twenty-first meeting; with the group, the meeting's natural key
   * @minimum 1
   */
  number?: number;
  title: Text;
  startsOn: IsoDate;
  startHalf?: HalfDay;
  endsOn: IsoDate;
  endHalf?: HalfDay;
  location?: string;
  format: MeetingFormat;
  /** @minimum 0 */
  participantCount?: number;
  /** topic slugs */
  topics?: string[];
  sources?: BundleSource[];
}

export interface BundleOutcome {
  meeting: MeetingKey;
  /**
   * 1-based, in the order the meeting recorded them
   * @minimum 1
   */
  position: number;
  kind: OutcomeKind;
  text: Text;
  /** topic slugs */
  topics?: string[];
  sources?: BundleSource[];
}

export interface BundleActionItem {
  key: RecordKey;
  title: Text;
  /** acronym of the group or body that owes it */
  assignee: Text;
  raisedBy?: OutcomeKey;
  resolvedBy?: OutcomeKey;
  dueOn?: IsoDate;
  dueMeeting?: MeetingKey;
  status: ActionStatus;
  sources?: BundleSource[];
}

export interface BundleAddressee {
  /** acronym */
  group: Text;
  /** this addressee's own purpose; the liaison's purpose is the strongest of its TO addressees */
  purpose: LiaisonPurpose;
}

export interface BundleLiaison {
  key: RecordKey;
  reference?: string;
  title: Text;
  /** acronym of the sending group */
  from: Text;
  /**
   * the addressees; the liaison's purpose is the strongest of theirs
   * @minItems 1
   */
  to: BundleAddressee[];
  /** acronyms of groups in copy */
  cc?: string[];
  status: LiaisonStatus;
  body?: string;
  sentOn?: IsoDate;
  /** required when an addressee's purpose is FOR_ACTION or FOR_COMMENT */
  deadline?: IsoDate;
  /** key of the liaison this one answers */
  inReplyTo?: RecordKey;
  meeting?: MeetingKey;
  /** the outcome that decided to send it */
  decidedBy?: OutcomeKey;
  /** document symbols */
  attachments?: string[];
  sources?: BundleSource[];
}

export interface BundleMilestone {
  /** unique within its report */
  key: RecordKey;
  /** acronym of the group where it happens */
  group: Text;
  kind: MilestoneKind;
  /** month precision is fine: first day of the month */
  plannedFor?: IsoDate;
  meeting?: MeetingKey;
  status: MilestoneStatus;
  sources?: BundleSource[];
}

export interface BundleReport {
  key: RecordKey;
  title: Text;
  /**
   * e.g. GAP_ANALYSIS
   * @pattern ^[A-Z][A-Z0-9_]*$
   */
  kind: string;
  /** acronym of the owning group */
  ownerGroup: Text;
  status: ReportStatus;
  /** in date order */
  milestones: BundleMilestone[];
  sources?: BundleSource[];
}

export interface BundleBestPractice {
  key: RecordKey;
  title: Text;
  summary: Text;
  /** topic slugs */
  topics?: string[];
  /** acronym */
  sourceGroup?: Text;
  meeting?: MeetingKey;
  /** document symbols */
  documents?: string[];
  sources?: BundleSource[];
}

/**
 * One entry of an object's history (who changed what, when), exported when the database keeps
 * history (a `changes` table; see bundle.changes.ts).
 */
export interface BundleChange {
  /**
   * when, an ISO 8601 timestamp with zone
   * @format date-time
   */
  at: string;
  /** the object's type: Group, Meeting, Outcome, ActionItem, Liaison, Report, Milestone, BestPractice, Document, Topic */
  subjectType: Text;
  /** the object's natural key, as the bundle writes it (acronym, meeting key, symbol, key; "<report key>/<milestone key>") */
  subject: Text;
  /** e.g. CREATE, UPDATE, STATUS */
  action?: string;
  /** who: the token's label */
  actor?: string;
  /** the token's role */
  actorRole?: string;
  /** the changed fields before the change */
  before?: Record<string, unknown>;
  /** the changed fields after the change */
  after?: Record<string, unknown>;
}

/** A whole knowledge base, or a part of it to merge into one. */
export interface Bundle {
  format: 'liaison-graph-bundle';
  /** the format's version; this server reads version 1 */
  version: typeof BUNDLE_FORMAT_VERSION;
  groups: BundleGroup[];
  topics: BundleTopic[];
  documents: BundleDocument[];
  meetings: BundleMeeting[];
  outcomes: BundleOutcome[];
  actionItems: BundleActionItem[];
  liaisons: BundleLiaison[];
  reports: BundleReport[];
  bestPractices: BundleBestPractice[];
  /** history, when the database keeps it; absent otherwise */
  changes?: BundleChange[];
}
