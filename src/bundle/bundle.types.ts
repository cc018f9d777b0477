/**
 * The knowledge-base bundle: the whole graph as plain data, keyed by natural keys
 * (group acronym, meeting "GROUP#number", document symbol, topic slug, and a `key`
 * for records that have no natural key of their own). The seed data set is a bundle,
 * and import/export speak the same format, so the first start and `import` share one path.
 *
 * schema/bundle.schema.json is generated from this file (`npm run bundle:schema`; a test fails
 * when it is stale): JSDoc comments become descriptions, and the tags @pattern, @minimum,
 * @minLength, @minItems and @format become the schema's constraints; @limit names one of the API's
 * size limits (LIMITS in src/platform/errors/input-check.ts), which becomes maxLength (of each
 * item, on a list of texts), and @format http-url an address the API would take (http or https).
 * A text without a limit of its own may hold LIMITS.long characters, the most any input takes.
 * @internal leaves a property out of the file format.
 */
export const BUNDLE_FORMAT_VERSION = 1;

// the closed value sets are the entities' own (one list each, which the GraphQL enums and the
// migrations' CHECK constraints also follow): the schema generator reads their values from there
import type { GroupKind, Sector } from '../group/group.entity.js';
import type { HalfDay, MeetingFormat } from '../meeting/meeting.entity.js';
import type { DocumentKind } from '../document/document.entity.js';
import type { OutcomeKind } from '../outcome/outcome.entity.js';
import type { ActionStatus } from '../action-item/action-item.entity.js';
import type { ApprovalLevel, LiaisonPurpose, LiaisonRelationKind, LiaisonStatus } from '../liaison/liaison.entity.js';
import type { MilestoneKind, MilestoneStatus, ReportStatus } from '../report/report.entity.js';
import type { Role } from '../api-token/api-token.entity.js';

export type { ActionStatus, ApprovalLevel, LiaisonRelationKind, DocumentKind, GroupKind, HalfDay, LiaisonPurpose, LiaisonStatus, MeetingFormat, MilestoneKind, MilestoneStatus, OutcomeKind, ReportStatus, Role, Sector };

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
  /**
   * symbol of a document in the bundle or the database
   * @limit short
   */
  document: Text;
  /**
   * verbatim excerpt: must occur, character for character, in the document's text
   * @limit long
   */
  excerpt: Text;
  /**
   * e.g. where two sources disagree, or where a value is read into the text
   * @limit short
   */
  note?: string;
}

export interface BundleGroup {
  /**
   * unique (ignoring case); the group's natural key
   * @limit short
   */
  acronym: Text;
  /** @limit short */
  name: Text;
  kind: GroupKind;
  sector: Sector;
  /**
   * acronym of the parent group
   * @limit short
   */
  parent?: Text;
  /** @limit short */
  aliases?: string[];
  /** @limit long */
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
  /** @limit name */
  name: Text;
}

export interface BundleDocument {
  /**
   * unique (ignoring case); the document's natural key
   * @limit short
   */
  symbol: Text;
  /** @limit short */
  title: Text;
  kind: DocumentKind;
  /**
   * @limit url
   * @format http-url
   */
  url?: string;
  /** accessible without a password (only public documents' text is searchable) */
  public: boolean;
  /**
   * acronym of the group that wrote it
   * @limit short
   */
  sourceGroup?: Text;
  /** @limit short */
  meeting?: MeetingKey;
  publishedOn?: IsoDate;
  /**
   * the full text
   * @limit long
   */
  text?: string;
  /**
   * seed only: the full text's file under src/seed/sources (seedAsBundle reads it into `text`)
   * @internal
   */
  textFile?: string;
  sources?: BundleSource[];
}

export interface BundleMeeting {
  /**
   * acronym of the group that held it
   * @limit short
   */
  group: Text;
  /**
   * ordinal: 21 for the twenty-first meeting; with the group, the meeting's natural key
   * @minimum 1
   */
  number?: number;
  /** @limit short */
  title: Text;
  startsOn: IsoDate;
  startHalf?: HalfDay;
  endsOn: IsoDate;
  endHalf?: HalfDay;
  /** @limit short */
  location?: string;
  format: MeetingFormat;
  /** @minimum 0 */
  participantCount?: number;
  /**
   * topic slugs
   * @limit short
   */
  topics?: string[];
  sources?: BundleSource[];
}

export interface BundleOutcome {
  /** @limit short */
  meeting: MeetingKey;
  /**
   * 1-based, in the order the meeting recorded them
   * @minimum 1
   */
  position: number;
  kind: OutcomeKind;
  /** @limit long */
  text: Text;
  /**
   * topic slugs
   * @limit short
   */
  topics?: string[];
  sources?: BundleSource[];
}

export interface BundleActionItem {
  /** @limit short */
  key: RecordKey;
  /** @limit short */
  title: Text;
  /**
   * acronym of the group or body that owes it
   * @limit short
   */
  assignee: Text;
  /** @limit short */
  raisedBy?: OutcomeKey;
  /** @limit short */
  resolvedBy?: OutcomeKey;
  dueOn?: IsoDate;
  /** @limit short */
  dueMeeting?: MeetingKey;
  status: ActionStatus;
  sources?: BundleSource[];
}

export interface BundleAddressee {
  /**
   * acronym
   * @limit short
   */
  group: Text;
  /** this addressee's own purpose; the liaison's purpose is the strongest of its TO addressees */
  purpose: LiaisonPurpose;
}

/** A contact person named on a liaison (the ITU template's "Contact"). */
export interface BundleContact {
  /**
   * acronym of the sender or of an addressee: whose contact this is
   * @limit short
   */
  group: Text;
  /** @limit short */
  name: Text;
  /**
   * an e-mail address, as the API takes one
   * @limit short
   */
  email: Text;
  /** @limit short */
  role?: string;
}

/** Who approved a liaison, at which level, and when (the ITU template's "Approval"). */
export interface BundleApproval {
  /** @limit short */
  by: Text;
  level: ApprovalLevel;
  /** not after the liaison's sentOn */
  on?: IsoDate;
}

/** Another liaison this one supersedes or refers to. */
export interface BundleRelation {
  kind: LiaisonRelationKind;
  /**
   * key of the other liaison (not this one)
   * @limit short
   */
  liaison: RecordKey;
}

export interface BundleLiaison {
  /** @limit short */
  key: RecordKey;
  /** @limit short */
  reference?: string;
  /** @limit short */
  title: Text;
  /**
   * acronym of the sending group
   * @limit short
   */
  from: Text;
  /**
   * the addressees; the liaison's purpose is the strongest of theirs
   * @minItems 1
   */
  to: BundleAddressee[];
  /**
   * acronyms of groups in copy
   * @limit short
   */
  cc?: string[];
  status: LiaisonStatus;
  /** @limit long */
  body?: string;
  sentOn?: IsoDate;
  /** required when an addressee's purpose is FOR_ACTION or FOR_COMMENT */
  deadline?: IsoDate;
  /**
   * key of the liaison this one answers
   * @limit short
   */
  inReplyTo?: RecordKey;
  /** @limit short */
  meeting?: MeetingKey;
  /**
   * the outcome that decided to send it
   * @limit short
   */
  decidedBy?: OutcomeKey;
  /**
   * document symbols
   * @limit short
   */
  attachments?: string[];
  /** contact people of the sender and of addressees, in order */
  contacts?: BundleContact[];
  approval?: BundleApproval;
  /**
   * what the receiving side did with it
   * @limit long
   */
  actionTaken?: string;
  /** liaisons this one supersedes or refers to */
  related?: BundleRelation[];
  /**
   * keys of the action items that ask for this liaison (DONE once it is sent)
   * @limit short
   */
  fulfils?: string[];
  sources?: BundleSource[];
}

export interface BundleMilestone {
  /**
   * unique within its report
   * @limit short
   */
  key: RecordKey;
  /**
   * acronym of the group where it happens
   * @limit short
   */
  group: Text;
  kind: MilestoneKind;
  /** month precision is fine: first day of the month */
  plannedFor?: IsoDate;
  /** @limit short */
  meeting?: MeetingKey;
  status: MilestoneStatus;
  sources?: BundleSource[];
}

export interface BundleReport {
  /** @limit short */
  key: RecordKey;
  /** @limit short */
  title: Text;
  /**
   * e.g. GAP_ANALYSIS
   * @pattern ^[A-Z][A-Z0-9_]*$
   * @limit name
   */
  kind: string;
  /**
   * acronym of the owning group
   * @limit short
   */
  ownerGroup: Text;
  status: ReportStatus;
  /** in date order */
  milestones: BundleMilestone[];
  sources?: BundleSource[];
}

export interface BundleBestPractice {
  /** @limit short */
  key: RecordKey;
  /** @limit short */
  title: Text;
  /** @limit long */
  summary: Text;
  /**
   * topic slugs
   * @limit short
   */
  topics?: string[];
  /**
   * acronym
   * @limit short
   */
  sourceGroup?: Text;
  /** @limit short */
  meeting?: MeetingKey;
  /**
   * document symbols
   * @limit short
   */
  documents?: string[];
  sources?: BundleSource[];
}

/** The kinds of object whose history a bundle carries. */
export type ChangeSubjectType =
  | 'Group' | 'Topic' | 'Document' | 'Meeting' | 'Outcome' | 'ActionItem' | 'Liaison' | 'Report' | 'Milestone' | 'BestPractice';
/** What a write did: CREATE, UPDATE (fields), STATUS (a status change), TAG (a topic). */
export type ChangeAction = 'CREATE' | 'UPDATE' | 'STATUS' | 'TAG';

/**
 * One recorded write of the history (the `changes` table): who changed which object, when, and
 * its changed fields before and after. Objects are named by natural key; so are the objects a
 * snapshot refers to ({ "node": "Liaison", "key": "…" } where the database holds an id). The
 * changed fields are the keys of `after` (of `before` when there is no `after`), in the order
 * the object lists them. Tokens are not part of a bundle: the history keeps the writer's label
 * and role.
 */
export interface BundleChange {
  /**
   * when the write committed, an ISO 8601 timestamp with zone
   * @format date-time
   */
  at: string;
  subjectType: ChangeSubjectType;
  /**
   * the object's natural key, as the bundle writes it (acronym, slug, symbol, meeting or outcome key, key; "<report key>/<milestone key>")
   * @limit short
   */
  subject: Text;
  action: ChangeAction;
  /**
   * who: the label of the token (or the import) that wrote it
   * @limit short
   */
  actor: Text;
  actorRole: Role;
  /** the changed fields before the change (absent for CREATE) */
  before?: Record<string, unknown>;
  /** the changed fields after the change (every field for CREATE) */
  after?: Record<string, unknown>;
  /** acronyms of the groups whose changes feed shows it (the object's groups before and after) */
  groups?: string[];
  /**
   * why, when the change follows from another write (e.g. a reply marking a liaison RESPONDED)
   * @limit long
   */
  note?: string;
  /**
   * the request that made it, as the server's log lines name it
   * @limit short
   */
  requestId?: string;
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
  /** the history of the objects, oldest first; absent when there is none */
  changes?: BundleChange[];
}
