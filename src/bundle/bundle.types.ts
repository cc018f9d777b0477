/**
 * The knowledge-base bundle: the whole graph as plain data, keyed by natural keys
 * (group acronym, meeting "GROUP#number", document symbol, topic slug, and a `key`
 * for records that have no natural key of their own). The seed data set is a bundle,
 * and import/export speak the same format, so the first start and `import` share one path.
 *
 * The format is defined once, here, as a zod schema: the TypeScript types are inferred from it,
 * the importer validates with it (bundle.validate.ts), and schema/bundle.schema.json is generated
 * from it by zod's toJSONSchema (`npm run bundle:schema`; a test fails when the file is stale).
 * The closed value sets are the entities' own objects (the ones the GraphQL enums and the
 * migrations' CHECK constraints follow); the single-value rules (sizes, dates, URL schemes, no
 * NUL) are the API's own (input-check.ts); the rules of a liaison are the liaison domain's.
 */
import { z } from 'zod';
import { GroupKind, Sector } from '../group/group.entity.js';
import { HalfDay, MeetingFormat } from '../meeting/meeting.entity.js';
import { DocumentKind } from '../document/document.entity.js';
import { OutcomeKind } from '../outcome/outcome.entity.js';
import { ActionStatus } from '../action-item/action-item.entity.js';
import { ApprovalLevel, LiaisonPurpose, LiaisonRelationKind, LiaisonStatus } from '../liaison/liaison.entity.js';
import { MilestoneKind, MilestoneStatus, ReportStatus } from '../report/report.entity.js';
import { Role } from '../api-token/api-token.entity.js';
import { AdoptingBody, ASKS_WITH_TARGET, ClauseAsk } from '../mandate/mandate.entity.js';
import { ChangeAction as ChangeActions } from '../change/change.entity.js';
import { HISTORY_SUBJECT_TYPES } from '../change/change.entity.js';
import { containsNul, HTTP_URL_PROBLEM, isHttpUrl, LIMITS, NUL_PROBLEM, tooLongProblem } from '../platform/errors/input-check.js';
import { isIsoDate, partialDateProblem } from '../platform/graphql/scalars.js';
import { approvalDateProblem, emailProblem } from '../liaison/liaison-template.rules.js';
import { deadlineRuleProblem } from '../liaison/liaison.rules.js';

export const BUNDLE_FORMAT_VERSION = 1;

/** a value as a message quotes it: JSON, cut at 60 characters */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

// ---------------------------------------------------------------------------------------------
// Single values, under the API's rules

/** a schema's own wording of a wrong value; a missing one is "is required", as everywhere */
const given =
  (words: (input: unknown) => string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'is required' : words(issue.input);

/** any text: no NUL, at most `max` characters (LIMITS.long, the most any input takes, unless the field has a limit of its own) */
const anyText = (max: number = LIMITS.long) =>
  z
    .string()
    .refine((s) => !containsNul(s), { error: NUL_PROBLEM, abort: true })
    .max(max, { error: (issue) => tooLongProblem((issue.input as string).length, max), abort: true });

/** a text that must hold the pattern, described in words for the message */
const formed = (max: number, pattern: RegExp, form: string) =>
  anyText(max)
    .regex(pattern, { error: (issue) => `${show(issue.input)} does not match the form: ${form}` })
    .describe(form);

/** a non-empty text (not only blanks) */
const text = (max: number = LIMITS.long) => anyText(max).min(1, { error: 'must not be empty', abort: true }).regex(/\S/, { error: (issue) => `${show(issue.input)} does not match the form: a non-empty text` });
const short = () => text(LIMITS.short);
const shortAny = () => anyText(LIMITS.short);

/** ISO calendar date, YYYY-MM-DD (the API's DateString rule) */
const isoDate = () =>
  z
    .string()
    .refine(isIsoDate, { error: (issue) => `${show(issue.input)} is not a date (YYYY-MM-DD)` })
    .meta({ description: 'ISO calendar date, YYYY-MM-DD', format: 'date' });

/** a date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD (the API's PartialDate rule) */
const partialDate = () =>
  z
    .string()
    .refine((value) => partialDateProblem(value) === null, { error: (issue) => `${show(issue.input)} ${partialDateProblem(String(issue.input))}` })
    .meta({ description: 'A date as precise as its source: YYYY, YYYY-MM ("April 2025" is 2025-04) or YYYY-MM-DD; due by the end of the period' });

const MEETING_KEY = '(#[1-9][0-9]*|@\\d{4}-\\d{2}-\\d{2})';
/** A meeting's natural key: "<group acronym>#<number>", or "<group acronym>@<start date>" for a meeting without a number */
const meetingKey = () =>
  formed(LIMITS.short, new RegExp(`^.+${MEETING_KEY}$`), 'A meeting\'s natural key: "<group acronym>#<ordinal number>", e.g. "CWG-COP#22", or "<group acronym>@<start date>", e.g. "CG-COP@2025-04-08"');
/** An outcome's natural key: "<meeting key>/<position>" */
const outcomeKey = () => formed(LIMITS.short, new RegExp(`^.+${MEETING_KEY}/[1-9][0-9]*$`), 'An outcome\'s natural key: "<meeting key>/<position>", e.g. "CWG-COP#21/2"');
/** A record's own key: stable, chosen by whoever first wrote the record (export derives one from the title where a record has none) */
const recordKey = () => formed(LIMITS.short, /^\S(.*\S)?$/, 'a record key: no blanks at either end').min(1, { error: 'must not be empty' });
const count = (minimum: number) => z.int({ error: given((input) => `must be a whole number, got ${show(input)}`) }).min(minimum, { error: (issue) => `must be at least ${minimum}, got ${String(issue.input)}` });
/** a list of texts, each at most `max` characters */
const texts = (max: number = LIMITS.short) => z.array(anyText(max));
/** one of an entity's closed value sets */
const oneOf = <T extends Record<string, string>>(values: T) => z.enum(values, { error: given((input) => `must be one of ${Object.values(values).join(', ')}; got ${show(input)}`) });

// ---------------------------------------------------------------------------------------------
// Records

/** Provenance of one fact: the document it came from and the verbatim sentence(s). */
export const BundleSource = z
  .strictObject({
    document: short().describe('symbol of a document in the bundle or the database'),
    excerpt: text().describe('verbatim excerpt: must occur, character for character, in the document\'s text'),
    note: shortAny().optional().describe('e.g. where two sources disagree, or where a value is read into the text'),
  })
  .meta({ id: 'BundleSource', description: 'Provenance of one fact: the document it came from and the verbatim sentence(s).' });
export type BundleSource = z.infer<typeof BundleSource>;

const sources = () => z.array(BundleSource).optional();

export const BundleGroup = z
  .strictObject({
    acronym: short().describe('unique (ignoring case); the group\'s natural key'),
    name: short(),
    kind: oneOf(GroupKind),
    sector: oneOf(Sector),
    parent: short().optional().describe('acronym of the parent group'),
    aliases: texts().optional(),
    mandates: texts(LIMITS.long).optional(),
    officers: z.array(z.strictObject({ role: anyText(), name: anyText() })).optional(),
    sources: sources(),
  })
  .meta({ id: 'BundleGroup' });
export type BundleGroup = z.infer<typeof BundleGroup>;

export const BundleTopic = z
  .strictObject({
    slug: formed(LIMITS.short, /^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case, the topic\'s natural key').describe('kebab-case, the topic\'s natural key'),
    name: text(LIMITS.name),
  })
  .meta({ id: 'BundleTopic' });
export type BundleTopic = z.infer<typeof BundleTopic>;

export const BundleDocument = z
  .strictObject({
    symbol: short().describe('unique (ignoring case); the document\'s natural key'),
    title: short(),
    kind: oneOf(DocumentKind),
    url: anyText(LIMITS.url)
      .refine(isHttpUrl, { error: (issue) => `${HTTP_URL_PROBLEM}, got ${show(issue.input)}` })
      .meta({ format: 'uri', description: 'an http(s) address' })
      .optional(),
    public: z.boolean({ error: given((input) => `must be true or false, got ${show(input)}`) }).describe('accessible without a password (only public documents\' text is searchable)'),
    sourceGroup: short().optional().describe('acronym of the group that wrote it'),
    meeting: meetingKey().optional(),
    publishedOn: isoDate().optional(),
    text: anyText(LIMITS.documentText).optional().describe('the full text'),
    sources: sources(),
  })
  .meta({ id: 'BundleDocument' });
export type BundleDocument = z.infer<typeof BundleDocument>;

export const BundleMeeting = z
  .strictObject({
    group: short().describe('acronym of the group that held it'),
    number: count(1).optional().describe('ordinal: 21 for the twenty-first meeting; with the group, the meeting\'s natural key'),
    title: short(),
    startsOn: isoDate(),
    startHalf: oneOf(HalfDay).optional(),
    endsOn: isoDate(),
    endHalf: oneOf(HalfDay).optional(),
    location: shortAny().optional(),
    format: oneOf(MeetingFormat),
    participantCount: count(0).optional(),
    topics: texts().optional().describe('topic slugs'),
    sources: sources(),
  })
  .meta({ id: 'BundleMeeting' });
export type BundleMeeting = z.infer<typeof BundleMeeting>;

export const BundleOutcome = z
  .strictObject({
    meeting: meetingKey(),
    position: count(1).describe('1-based, in the order the meeting recorded them'),
    kind: oneOf(OutcomeKind),
    text: text(),
    topics: texts().optional().describe('topic slugs'),
    sources: sources(),
  })
  .meta({ id: 'BundleOutcome' });
export type BundleOutcome = z.infer<typeof BundleOutcome>;

export const BundleActionItem = z
  .strictObject({
    key: recordKey(),
    title: short(),
    assignee: short().describe('acronym of the group or body that owes it'),
    raisedBy: outcomeKey().optional(),
    resolvedBy: outcomeKey().optional(),
    dueOn: partialDate().optional(),
    dueMeeting: meetingKey().optional(),
    status: oneOf(ActionStatus),
    sources: sources(),
  })
  .meta({ id: 'BundleActionItem' });
export type BundleActionItem = z.infer<typeof BundleActionItem>;

const BundleAddressee = z
  .strictObject({
    group: short().describe('acronym'),
    purpose: oneOf(LiaisonPurpose).describe('this addressee\'s own purpose; the liaison\'s purpose is the strongest of its TO addressees'),
  })
  .meta({ id: 'BundleAddressee' });

export const BundleContact = z
  .strictObject({
    group: short().describe('acronym of the sender or of an addressee: whose contact this is'),
    name: short(),
    // the e-mail rule of the liaison domain (liaison-template.rules.ts)
    email: short().superRefine((email, ctx) => {
      const problem = emailProblem(email);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }).describe('an e-mail address, as the API takes one'),
    role: shortAny().optional(),
  })
  .meta({ id: 'BundleContact', description: 'A contact person named on a liaison (the ITU template\'s "Contact").' });
export type BundleContact = z.infer<typeof BundleContact>;

const BundleApproval = z
  .strictObject({
    by: short(),
    level: oneOf(ApprovalLevel),
    on: isoDate().optional().describe('not after the liaison\'s sentOn'),
  })
  .meta({ id: 'BundleApproval', description: 'Who approved a liaison, at which level, and when (the ITU template\'s "Approval").' });

export const BundleRelation = z
  .strictObject({
    kind: oneOf(LiaisonRelationKind),
    liaison: recordKey().describe('key of the other liaison (not this one)'),
  })
  .meta({ id: 'BundleRelation', description: 'Another liaison this one supersedes or refers to.' });
export type BundleRelation = z.infer<typeof BundleRelation>;

export const BundleLiaison = z
  .strictObject({
    key: recordKey(),
    reference: shortAny().optional(),
    title: short(),
    from: short().describe('acronym of the sending group'),
    to: z.array(BundleAddressee).min(1, { error: 'needs at least 1 item(s)' }).describe('the addressees; the liaison\'s purpose is the strongest of theirs'),
    cc: texts().optional().describe('acronyms of groups in copy'),
    status: oneOf(LiaisonStatus),
    body: anyText().optional(),
    sentOn: isoDate().optional(),
    deadline: partialDate().optional().describe('required when an addressee\'s purpose is FOR_ACTION or FOR_COMMENT'),
    inReplyTo: recordKey().optional().describe('key of the liaison this one answers'),
    meeting: meetingKey().optional(),
    decidedBy: outcomeKey().optional().describe('the outcome that decided to send it'),
    attachments: texts().optional().describe('document symbols'),
    contacts: z.array(BundleContact).optional().describe('contact people of the sender and of addressees, in order'),
    approval: BundleApproval.optional(),
    actionTaken: anyText().optional().describe('what the receiving side did with it'),
    related: z.array(BundleRelation).optional().describe('liaisons this one supersedes or refers to'),
    fulfils: texts().optional().describe('keys of the action items that ask for this liaison (DONE once it is sent)'),
    sources: sources(),
  })
  // the liaison domain's rules of one record (liaison.rules.ts, liaison-template.rules.ts), where the API applies them too
  .superRefine((l, ctx) => {
    const deadline = deadlineRuleProblem(l.to.map((a) => a.purpose), l.deadline);
    if (deadline) ctx.addIssue({ code: 'custom', path: ['deadline'], message: deadline });
    const approval = approvalDateProblem(l.approval?.on, l.sentOn);
    if (approval) ctx.addIssue({ code: 'custom', path: ['approval', 'on'], message: approval });
  })
  .meta({ id: 'BundleLiaison' });
export type BundleLiaison = z.infer<typeof BundleLiaison>;

export const BundleMilestone = z
  .strictObject({
    key: recordKey().describe('unique within its report'),
    group: short().describe('acronym of the group where it happens'),
    kind: oneOf(MilestoneKind),
    plannedFor: partialDate().optional().describe('as precise as the source: 2025-04 for "in April 2025"'),
    meeting: meetingKey().optional(),
    status: oneOf(MilestoneStatus),
    sources: sources(),
  })
  .meta({ id: 'BundleMilestone' });
export type BundleMilestone = z.infer<typeof BundleMilestone>;

export const BundleReport = z
  .strictObject({
    key: recordKey(),
    title: short(),
    kind: formed(LIMITS.name, /^[A-Z][A-Z0-9_]*$/, 'upper-case words joined by underscores, e.g. GAP_ANALYSIS'),
    ownerGroup: short().describe('acronym of the owning group'),
    status: oneOf(ReportStatus),
    outcomes: z.array(outcomeKey()).optional().describe('keys of the meeting outcomes that concern it, e.g. an expectation about when it is discussed; absent leaves a held report\'s as they are, [] clears them'),
    milestones: z.array(BundleMilestone).describe('in date order'),
    sources: sources(),
  })
  .meta({ id: 'BundleReport' });
export type BundleReport = z.infer<typeof BundleReport>;

export const BundleBestPractice = z
  .strictObject({
    key: recordKey(),
    title: short(),
    summary: text(),
    topics: texts().optional().describe('topic slugs'),
    sourceGroup: short().optional().describe('acronym'),
    meeting: meetingKey().optional(),
    documents: texts().optional().describe('document symbols'),
    sources: sources(),
  })
  .meta({ id: 'BundleBestPractice' });
export type BundleBestPractice = z.infer<typeof BundleBestPractice>;

export const BundleClause = z
  .strictObject({
    position: count(1).describe('1-based, in the resolution\'s order'),
    text: text().describe('the clause as the source quotes it'),
    group: short().describe('acronym of the group the clause asks to act'),
    ask: oneOf(ClauseAsk).describe('what it asks, in the form the graph checks'),
    target: short().optional().describe('LIAISE_WITH, REPORT_TO: acronym of the other group'),
    constituency: shortAny().optional().describe('CONSULT: who is consulted, in words'),
    topic: short().optional().describe('CONSULT: slug of the topic a meeting carries when it recorded the consultation'),
    interval: shortAny().optional().describe('REPORT_TO: how often, in words'),
    periodStart: isoDate().optional().describe('the start of the period the clause is checked over'),
    periodEnd: isoDate().optional().describe('the end of that period: not before its start'),
    sources: sources(),
  })
  .superRefine((c, ctx) => {
    if (c.periodStart && c.periodEnd && c.periodEnd < c.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: `the period ends (${c.periodEnd}) before it begins (${c.periodStart})` });
    }
    if (ASKS_WITH_TARGET.includes(c.ask) && !c.target) ctx.addIssue({ code: 'custom', path: ['target'], message: `is required when the ask is ${c.ask}` });
    if (c.ask === ClauseAsk.CONSULT && !c.topic) ctx.addIssue({ code: 'custom', path: ['topic'], message: 'is required when the ask is CONSULT' });
  })
  .meta({ id: 'BundleClause' });
export type BundleClause = z.infer<typeof BundleClause>;

export const BundleResolution = z
  .strictObject({
    key: recordKey(),
    number: short().describe('as the adopting body numbers it: "179"'),
    revision: shortAny().optional().describe('as cited: "Rev. Bucharest, 2022"'),
    title: shortAny().optional(),
    adoptedBy: oneOf(AdoptingBody),
    clauses: z.array(BundleClause).describe('in order'),
    sources: sources(),
  })
  .meta({ id: 'BundleResolution' });
export type BundleResolution = z.infer<typeof BundleResolution>;

/** The kinds of object whose history a bundle carries: the history's own list. */
export type ChangeSubjectType = (typeof HISTORY_SUBJECT_TYPES)[number];

/** the history's actions a bundle carries: all but token management's REVOKE (tokens are not part of a bundle) */
const { REVOKE: _tokensOnly, ...BundleChangeAction } = ChangeActions;

/** a free-form snapshot (the history's before/after): its texts and keys under the same rules as every text */
function freeFormProblem(value: unknown, at: (string | number)[], depth = 0): { path: (string | number)[]; message: string } | null {
  if (typeof value === 'string') {
    if (containsNul(value)) return { path: at, message: NUL_PROBLEM };
    // a document's snapshot carries its text, the longest text there is
    return value.length > LIMITS.documentText ? { path: at, message: tooLongProblem(value.length, LIMITS.documentText) } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth > 20) return { path: at, message: 'is nested more than 20 levels deep' };
  for (const [key, item] of Object.entries(value)) {
    const where = [...at, Array.isArray(value) ? Number(key) : key];
    if (!Array.isArray(value) && (containsNul(key) || key.length > LIMITS.short)) return { path: where, message: 'is not a field name (too long, or holds a NUL)' };
    const found = freeFormProblem(item, where, depth + 1);
    if (found) return found;
  }
  return null;
}
const snapshot = () =>
  z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
    const problem = freeFormProblem(value, []);
    if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

/**
 * One recorded write of the history (the `changes` table): who changed which object, when, and
 * its changed fields before and after. Objects are named by natural key; so are the objects a
 * snapshot refers to ({ "node": "Liaison", "key": "…" } where the database holds an id). The
 * changed fields are the keys of `after` (of `before` when there is no `after`), in the order
 * the object lists them. Tokens are not part of a bundle: the history keeps the writer's label
 * and role.
 */
export const BundleChange = z
  .strictObject({
    at: z.iso
      .datetime({ offset: true, error: given((input) => `${show(input)} is not a timestamp (ISO 8601 with zone)`) })
      .describe('when the write committed, an ISO 8601 timestamp with zone'),
    subjectType: z.enum(HISTORY_SUBJECT_TYPES, { error: given((input) => `must be one of ${HISTORY_SUBJECT_TYPES.join(', ')}; got ${show(input)}`) }),
    subject: short().describe('the object\'s natural key, as the bundle writes it (acronym, slug, symbol, meeting or outcome key, key; "<report key>/<milestone key>")'),
    action: oneOf(BundleChangeAction).describe('what the write did: CREATE, UPDATE (fields), STATUS (a status change), TAG (a topic)'),
    actor: short().describe('who: the label of the token (or the import) that wrote it'),
    actorRole: oneOf(Role),
    before: snapshot().optional().describe('the changed fields before the change (absent for CREATE)'),
    after: snapshot().optional().describe('the changed fields after the change (every field for CREATE)'),
    groups: texts().optional().describe('acronyms of the groups whose changes feed shows it (the object\'s groups before and after)'),
    note: anyText().optional().describe('why, when the change follows from another write (e.g. a reply marking a liaison RESPONDED)'),
    requestId: shortAny().optional().describe('the request that made it, as the server\'s log lines name it'),
  })
  .meta({ id: 'BundleChange' });
export type BundleChange = z.infer<typeof BundleChange>;

/** A whole knowledge base, or a part of it to merge into one. */
export const BundleSchema = z
  .strictObject({
    format: z.literal('liaison-graph-bundle', { error: given(() => 'is not "liaison-graph-bundle"') }),
    version: z.literal(BUNDLE_FORMAT_VERSION, { error: given((input) => `must be ${BUNDLE_FORMAT_VERSION}, got ${show(input)}`) }).describe('the format\'s version; this server reads version 1'),
    groups: z.array(BundleGroup),
    topics: z.array(BundleTopic),
    documents: z.array(BundleDocument),
    meetings: z.array(BundleMeeting),
    outcomes: z.array(BundleOutcome),
    actionItems: z.array(BundleActionItem),
    liaisons: z.array(BundleLiaison),
    reports: z.array(BundleReport),
    bestPractices: z.array(BundleBestPractice),
    resolutions: z.array(BundleResolution).optional().describe('the resolutions groups work under, with their clauses; absent when there are none'),
    changes: z.array(BundleChange).optional().describe('the history of the objects, oldest first; absent when there is none'),
  })
  .meta({ title: 'Liaison Graph knowledge-base bundle', description: 'A whole knowledge base, or a part of it to merge into one.' });
export type Bundle = z.infer<typeof BundleSchema>;
