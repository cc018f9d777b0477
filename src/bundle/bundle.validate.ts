import type { z } from 'zod';
import { BundleSchema, show } from './bundle.types.js';

/**
 * Checks a bundle against its format (the zod schema of bundle.types.ts, which
 * schema/bundle.schema.json is generated from) before anything is written. The schema's own
 * checks carry the API's wording (sizes, dates, URL schemes, enumerations, no NUL, the liaison
 * rules); the few issues zod words itself (a missing field, a field the format does not have, a
 * value of the wrong JSON type) are put in the same words here.
 */

/** One problem: where (the path into the bundle) and what. */
export interface SchemaProblem {
  path: (string | number)[];
  message: string;
}

const TYPE_WORDS: Record<string, string> = { object: 'an object', array: 'a list', string: 'a string', int: 'a whole number', number: 'a number', boolean: 'true or false' };

/** the words of the issues the schema does not word itself */
function words(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, got ${show(issue.input)}`;
    case 'unrecognized_keys':
      return 'is not a field of this record';
    default:
      return undefined;
  }
}

/** the first problem found, or null when the value is a bundle */
export function bundleProblem(value: unknown): SchemaProblem | null {
  const result = BundleSchema.safeParse(value, { error: words });
  if (result.success) return null;
  const [issue] = result.error.issues;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  // a field the format does not have is named by its own path, as the other problems are
  if (issue.code === 'unrecognized_keys') path.push(issue.keys[0]);
  return { path, message: issue.message };
}

/** "liaisons", 3, "to", 0, "purpose" → record "liaisons[3].to[0]", field "purpose" */
export function recordAndField(at: (string | number)[]): { record: string; field: string } {
  const parts = [...at];
  let field = 'bundle';
  // the field is the last property name; indexes after it belong to the field ("topics[2]")
  const trailing: number[] = [];
  while (typeof parts[parts.length - 1] === 'number') trailing.unshift(parts.pop() as number);
  if (parts.length > 0) field = `${String(parts.pop())}${trailing.map((i) => `[${i}]`).join('')}`;
  let record = '';
  for (const part of parts) record += typeof part === 'number' ? `[${part}]` : record ? `.${part}` : part;
  return { record: record || 'bundle', field };
}
