/**
 * The knowledge-base bundle: the whole graph as plain data, keyed by natural keys
 * (group acronym, meeting "GROUP#number", document symbol, topic slug, and a `key`
 * for records that have no natural key of their own). The seed data set is a bundle,
 * and import/export speak the same format, so the first start and `import` share one path.
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

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;
/** A meeting's natural key: "<group acronym>#<ordinal number>", e.g. "CWG-COP#22". */
export type MeetingKey = string;
/** An outcome's natural key: "<meeting key>/<position>", e.g. "CWG-COP#21/2". */
export type OutcomeKey = string;

/** Provenance of one fact: the document it came from and the verbatim sentence(s). */
export interface BundleSource {
  /** symbol of a document in the bundle */
  document: string;
  /** verbatim excerpt: must occur, character for character, in the document's text */
  excerpt: string;
  /** e.g. where two sources disagree, or where a value is read into the text */
  note?: string;
}

export interface BundleGroup {
  acronym: string;
  name: string;
  kind: GroupKind;
  sector: Sector;
  parent?: string;
  aliases?: string[];
  mandates?: string[];
  officers?: { role: string; name: string }[];
  sources?: BundleSource[];
}

export interface BundleTopic {
  slug: string;
  name: string;
}

export interface BundleDocument {
  symbol: string;
  title: string;
  kind: DocumentKind;
  url?: string;
  public: boolean;
  sourceGroup?: string;
  meeting?: MeetingKey;
  publishedOn?: IsoDate;
  /** full text; the seed may give `textFile` instead (a file under src/seed/sources) */
  text?: string;
  textFile?: string;
  sources?: BundleSource[];
}

export interface BundleMeeting {
  group: string;
  number?: number;
  title: string;
  startsOn: IsoDate;
  startHalf?: HalfDay;
  endsOn: IsoDate;
  endHalf?: HalfDay;
  location?: string;
  format: MeetingFormat;
  participantCount?: number;
  topics?: string[];
  sources?: BundleSource[];
}

export interface BundleOutcome {
  meeting: MeetingKey;
  /** 1-based, in the order the meeting recorded them */
  position: number;
  kind: OutcomeKind;
  text: string;
  topics?: string[];
  sources?: BundleSource[];
}

export interface BundleActionItem {
  key: string;
  title: string;
  assignee: string;
  raisedBy?: OutcomeKey;
  resolvedBy?: OutcomeKey;
  dueOn?: IsoDate;
  dueMeeting?: MeetingKey;
  status: ActionStatus;
  sources?: BundleSource[];
}

export interface BundleAddressee {
  group: string;
  /** this addressee's own purpose; the liaison's purpose is the strongest of its TO addressees */
  purpose: LiaisonPurpose;
}

export interface BundleLiaison {
  key: string;
  reference?: string;
  title: string;
  from: string;
  to: BundleAddressee[];
  cc?: string[];
  status: LiaisonStatus;
  body?: string;
  sentOn?: IsoDate;
  deadline?: IsoDate;
  inReplyTo?: string;
  meeting?: MeetingKey;
  /** the outcome that decided to send it */
  decidedBy?: OutcomeKey;
  attachments?: string[];
  sources?: BundleSource[];
}

export interface BundleMilestone {
  key: string;
  group: string;
  kind: MilestoneKind;
  /** month precision is fine: first day of the month */
  plannedFor?: IsoDate;
  meeting?: MeetingKey;
  status: MilestoneStatus;
  sources?: BundleSource[];
}

export interface BundleReport {
  key: string;
  title: string;
  kind: string;
  ownerGroup: string;
  status: ReportStatus;
  milestones: BundleMilestone[];
  sources?: BundleSource[];
}

export interface BundleBestPractice {
  key: string;
  title: string;
  summary: string;
  topics?: string[];
  sourceGroup?: string;
  meeting?: MeetingKey;
  documents?: string[];
  sources?: BundleSource[];
}

export interface Bundle {
  format: 'liaison-graph-bundle';
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
}
