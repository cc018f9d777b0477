/**
 * The knowledge-base bundle: the whole graph as plain data, keyed by natural keys
 * (group acronym, meeting "GROUP#number", document symbol, topic slug, and a `key`
 * for records that have no natural key of their own). The seed data set is a bundle,
 * and import/export speak the same format, so the first start and `import` share one path.
 *
 * The format is a zod schema assembled from the domains' sections (each domain's *.bundle.ts,
 * bundle.section.ts): this file holds what they share, the format's vocabulary of single values
 * (under the API's own rules: sizes, dates, URL schemes, no NUL, from input-check.ts), a
 * record's sources and the history's changes. The TypeScript types are inferred from it, the
 * importer validates with it (bundle.validate.ts), and schema/bundle.schema.json is generated
 * from it by zod's toJSONSchema (`npm run bundle:schema`; a test fails when the file is stale).
 */
import { z } from 'zod';
import { Role } from '../api-token/api-token.entity.js';
import { ChangeAction as ChangeActions } from '../change/change.entity.js';
import { containsNul, LIMITS, NUL_PROBLEM, tooLongProblem } from '../platform/errors/input-check.js';
import { isIsoDate, partialDateProblem } from '../platform/graphql/scalars.js';

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
export const given =
  (words: (input: unknown) => string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'is required' : words(issue.input);

/** any text: no NUL, at most `max` characters (LIMITS.long, the most any input takes, unless the field has a limit of its own) */
export const anyText = (max: number = LIMITS.long) =>
  z
    .string()
    .refine((s) => !containsNul(s), { error: NUL_PROBLEM, abort: true })
    .max(max, { error: (issue) => tooLongProblem((issue.input as string).length, max), abort: true });

/** a text that must hold the pattern, described in words for the message */
export const formed = (max: number, pattern: RegExp, form: string) =>
  anyText(max)
    .regex(pattern, { error: (issue) => `${show(issue.input)} does not match the form: ${form}` })
    .describe(form);

/** a non-empty text (not only blanks) */
export const text = (max: number = LIMITS.long) => anyText(max).min(1, { error: 'must not be empty', abort: true }).regex(/\S/, { error: (issue) => `${show(issue.input)} does not match the form: a non-empty text` });
export const short = () => text(LIMITS.short);
export const shortAny = () => anyText(LIMITS.short);

/** ISO calendar date, YYYY-MM-DD (the API's DateString rule) */
export const isoDate = () =>
  z
    .string()
    .refine(isIsoDate, { error: (issue) => `${show(issue.input)} is not a date (YYYY-MM-DD)` })
    .meta({ description: 'ISO calendar date, YYYY-MM-DD', format: 'date' });

/** a date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD (the API's PartialDate rule) */
export const partialDate = () =>
  z
    .string()
    .refine((value) => partialDateProblem(value) === null, { error: (issue) => `${show(issue.input)} ${partialDateProblem(String(issue.input))}` })
    .meta({ description: 'A date as precise as its source: YYYY, YYYY-MM ("April 2025" is 2025-04) or YYYY-MM-DD; due by the end of the period' });

/** A record's own key: stable, chosen by whoever first wrote the record (export derives one from the title where a record has none) */
export const recordKey = () => formed(LIMITS.short, /^\S(.*\S)?$/, 'a record key: no blanks at either end').min(1, { error: 'must not be empty' });
export const count = (minimum: number) => z.int({ error: given((input) => `must be a whole number, got ${show(input)}`) }).min(minimum, { error: (issue) => `must be at least ${minimum}, got ${String(issue.input)}` });
/** a list of texts, each at most `max` characters */
export const texts = (max: number = LIMITS.short) => z.array(anyText(max));
/** one of an entity's closed value sets */
export const oneOf = <T extends Record<string, string>>(values: T) => z.enum(values, { error: given((input) => `must be one of ${Object.values(values).join(', ')}; got ${show(input)}`) });

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

export const sources = () => z.array(BundleSource).optional();

/** The kinds of object whose history a bundle carries: the history's own list. */
export type ChangeSubjectType = Extract<keyof BundleKinds, string>;

/**
 * The kinds of object a bundle carries, named as the history names them (a global id's type):
 * each domain's section adds its own (`interface BundleKinds { Group: true }`) with its list.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the domains' augmentations
export interface BundleKinds {}

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
export const bundleChange = (types: readonly ChangeSubjectType[]) => z
  .strictObject({
    at: z.iso
      .datetime({ offset: true, error: given((input) => `${show(input)} is not a timestamp (ISO 8601 with zone)`) })
      .describe('when the write committed, an ISO 8601 timestamp with zone'),
    subjectType: z.enum(types, { error: given((input) => `must be one of ${types.join(', ')}; got ${show(input)}`) }),
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
export type BundleChange = z.infer<ReturnType<typeof bundleChange>>;


/**
 * The bundle's lists of records, one per domain section: each domain's *.bundle.ts adds its own
 * (`declare module '../bundle/bundle.types.js' { interface BundleLists { groups: BundleGroup[] } }`),
 * as its *.module.ts adds its loaders to the request context's Loaders.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the domains' augmentations
export interface BundleLists {}

/** A whole knowledge base, or a part of it to merge into one. */
export interface Bundle extends BundleLists {
  format: 'liaison-graph-bundle';
  version: typeof BUNDLE_FORMAT_VERSION;
  /** the history of the objects, oldest first; absent when there is none */
  changes?: BundleChange[];
}
