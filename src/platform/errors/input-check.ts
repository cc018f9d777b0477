import { AppError, ErrorCode } from './app-error.js';
import { isIsoDate, partialDateProblem } from '../graphql/scalars.js';

/**
 * Size limits of write inputs, in characters: one place, quoted in the messages. The API's inputs
 * and the bundle's format (src/bundle/bundle.types.ts, and so schema/bundle.schema.json) apply them.
 */
export const LIMITS = {
  /** titles, labels, names, symbols */
  short: 500,
  /** liaison bodies, outcome texts, summaries, document texts; and any text a bundle carries */
  long: 50_000,
  /** a document's full text as a bundle or an ingested document carries it (a report runs past `long`;
   * the API's createDocument keeps `long`, as its 100 kB body would anyway); search indexes this much */
  documentText: 500_000,
  /** document URLs */
  url: 2000,
  /** topic names, report kinds */
  name: 100,
  /** how many items a list in one input may hold (addressees, topics, sources, attachments) */
  list: 100,
} as const;

const REFUSALS: readonly ErrorCode[] = [ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN];


// The rules of single values, shared by every way in: the API's inputs (InputCheck, input-guard)
// and the bundle's format (bundle.types.ts). Each returns the problem in words, or null.

/** PostgreSQL cannot store U+0000 in text: refused up front rather than failing deep in a query */
export const NUL_PROBLEM = 'Text may not contain the NUL character (\\u0000).';

export function containsNul(text: string): boolean {
  return text.includes('\u0000');
}

/** a text over `max` characters (counted as stored: trimmed, in UTF-16 code units) */
export function lengthProblem(value: string, max: number): string | null {
  if (value.length <= max) return null;
  const length = value.trim().length;
  return length > max ? tooLongProblem(length, max) : null;
}

/** the words of the length rule, for a text of `length` characters */
export function tooLongProblem(length: number, max: number): string {
  return `is ${length} characters long; at most ${max} are allowed`;
}

/** an address a browser may follow from our pages: http(s) only (no javascript:, data:, file:) */
export function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const HTTP_URL_PROBLEM = 'must be an http(s) address';

/**
 * Several problems with one input, reported together (each becomes one userError), so a
 * form can show them all at once. Nothing was written.
 */
export class InputErrors extends AppError {
  constructor(readonly problems: AppError[]) {
    super(problems[0]?.code ?? ErrorCode.BAD_USER_INPUT, problems.map((p) => p.message).join('; '), problems[0]?.field);
  }
}

/**
 * Collects the problems of one write input: services check every field, then `done()` throws
 * them all at once, before anything is written. Dates are strings here (YYYY-MM-DD) so that a
 * wrong one is a userError naming its field, not a request-level coercion error.
 */
export class InputCheck {
  private readonly problems: AppError[] = [];

  add(field: string, message: string, code: ErrorCode = ErrorCode.BAD_USER_INPUT, details?: Record<string, unknown>): void {
    this.problems.push(new AppError(code, message, field, details));
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /** a required text: not blank, at most `max` characters; returned trimmed */
  text(field: string, value: string, max: number = LIMITS.short): string {
    const trimmed = value.trim();
    const tooLong = lengthProblem(trimmed, max);
    if (trimmed === '') this.add(field, `${field} must not be empty`);
    else if (tooLong) this.add(field, `${field} ${tooLong}`);
    return trimmed;
  }

  /** an optional text (undefined: leave as is; null or blank: none) */
  optionalText(field: string, value: string | null | undefined, max: number = LIMITS.short): string | null | undefined {
    if (value === undefined) return undefined;
    if (value === null || value.trim() === '') return null;
    return this.text(field, value, max);
  }

  /** an optional http(s) address (undefined: leave as is; null or blank: none) */
  url(field: string, value: string | null | undefined): string | null | undefined {
    const url = this.optionalText(field, value, LIMITS.url);
    if (url && !isHttpUrl(url)) this.add(field, `${field} ${HTTP_URL_PROBLEM}, got "${url.slice(0, 100)}"`);
    return url;
  }

  /** an optional ISO calendar date, YYYY-MM-DD (undefined: leave as is; null: none) */
  date(field: string, value: string | null | undefined): string | null | undefined {
    if (value === undefined || value === null) return value;
    if (!isIsoDate(value)) this.add(field, `${field} must be a date written YYYY-MM-DD, got "${value.slice(0, 40)}"`);
    return value;
  }

  /**
   * an optional date as precise as its source, YYYY, YYYY-MM or YYYY-MM-DD (undefined: leave as
   * is; null: none); stored with storedPeriod (scalars.ts)
   */
  partialDate(field: string, value: string | null | undefined): string | null | undefined {
    if (value === undefined || value === null) return value;
    const problem = partialDateProblem(value);
    if (problem) this.add(field, `${field} ${problem}`);
    return value;
  }

  /** a list of at most LIMITS.list items */
  list<T>(field: string, value: readonly T[] | null | undefined): readonly T[] | null | undefined {
    if (value && value.length > LIMITS.list) this.add(field, `${field} holds ${value.length} items; at most ${LIMITS.list} are allowed`);
    return value;
  }

  /** a whole number at least `min` (undefined: leave as is; null: none) */
  int(field: string, value: number | null | undefined, min: number): number | null | undefined {
    if (value != null && value < min) this.add(field, `${field} must be at least ${min}, got ${value}`);
    return value;
  }

  /**
   * Resolves a reference (a group, meeting, document, …): an AppError (NOT_FOUND, BAD_USER_INPUT)
   * becomes one of the problems and the result is undefined, so the other fields are still checked.
   */
  async resolve<T>(run: () => Promise<T>): Promise<T | undefined> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof InputErrors) this.problems.push(...error.problems);
      // a refusal (UNAUTHENTICATED, FORBIDDEN) is not a problem of the input: it stays an error
      else if (error instanceof AppError && !REFUSALS.includes(error.code)) this.problems.push(error);
      else throw error;
      return undefined;
    }
  }

  /** throws every problem found so far, if any */
  done(): void {
    if (this.problems.length === 1) throw this.problems[0];
    if (this.problems.length > 1) throw new InputErrors([...this.problems]);
  }
}
