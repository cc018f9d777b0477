import type { z } from 'zod';
import { util } from 'zod/v4/core';
import { show } from './bundle.types.js';

/**
 * Checks a bundle against its format (the zod schema the sections assemble, bundle.format.ts,
 * which schema/bundle.schema.json is generated from) before anything is written. The schema's own
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

// ---------------------------------------------------------------------------------------------
// The same schema, compiled to a yes/no test

/**
 * zod parses a bundle into a copy of it (every record and list built anew, a result object per
 * value): 0.5–0.9 s of the scale-1 import's 4.5 s of Node time, for a file that is almost always
 * valid. So the schema is first compiled, once, into a test that only answers "valid": the same
 * types, keys and checks (each check is the schema's own: its limit, pattern or refine function),
 * run on the value as it is, building nothing. When the test says yes the bundle is valid; when it
 * says no, zod parses it and finds and words the problem as before. The test may only be stricter
 * than zod, never laxer: a schema node it does not know makes the whole schema uncompiled (zod
 * alone then), rather than guessed.
 */
type Test = (value: unknown) => boolean;

class Uncompilable extends Error {}

/** zod's internals this reads: a schema's (or check's) definition, traits and check function */
interface ZodNode {
  _zod: {
    def: Record<string, any>;
    traits: Set<string>;
    values?: Set<unknown>;
    optin?: string;
    check?: (payload: { value: unknown; issues: unknown[] }) => unknown;
  };
}

/** one check of a node (its `checks`, or the node itself where it is one) as a test of the value; one zod runs only `when` it says so, here too */
function checkTest(check: ZodNode): Test {
  const test = checkItself(check);
  const when = check._zod.def.when as ((payload: { value: unknown; issues: unknown[] }) => boolean) | undefined;
  if (!when) return test;
  const payload: { value: unknown; issues: unknown[] } = { value: undefined, issues: [] };
  return (v) => {
    payload.value = v;
    return !when(payload) || test(v);
  };
}

function checkItself(check: ZodNode): Test {
  const def = check._zod.def;
  switch (def.check) {
    case 'max_length':
      return (v) => (v as { length: number }).length <= def.maximum;
    case 'min_length':
      return (v) => (v as { length: number }).length >= def.minimum;
    case 'string_format':
      if (def.format === 'regex') {
        const pattern = def.pattern as RegExp;
        return (v) => {
          pattern.lastIndex = 0;
          return pattern.test(v as string);
        };
      }
      break;
    case 'custom':
      // a refine: its function says yes or no (superRefine has no fn here: it adds issues itself)
      if (typeof def.fn === 'function') return (v) => Boolean(def.fn(v));
      break;
  }
  // any other check as zod runs it: no issue added means it passed
  const run = check._zod.check;
  if (!run) throw new Uncompilable(`a check without a check function (${def.check})`);
  const payload: { value: unknown; issues: unknown[] } = { value: undefined, issues: [] };
  return (v) => {
    payload.value = v;
    payload.issues.length = 0;
    const result = run(payload);
    if (result instanceof Promise) throw new Uncompilable('an asynchronous check');
    return payload.issues.length === 0;
  };
}

/** a node's own type test followed by its checks (a node that is itself a check first, as zod runs them) */
function withChecks(node: ZodNode, type: Test): Test {
  const checks = [...(node._zod.traits.has('$ZodCheck') ? [node] : []), ...((node._zod.def.checks ?? []) as ZodNode[])].map(checkTest);
  if (checks.length === 0) return type;
  return (v) => {
    if (!type(v)) return false;
    for (const check of checks) if (!check(v)) return false;
    return true;
  };
}

function compile(node: ZodNode): Test {
  const def = node._zod.def;
  switch (def.type) {
    case 'string':
      if (def.coerce) break;
      return withChecks(node, (v) => typeof v === 'string');
    case 'number':
      if (def.coerce) break;
      return withChecks(node, (v) => typeof v === 'number' && Number.isFinite(v));
    case 'boolean':
      if (def.coerce) break;
      return withChecks(node, (v) => typeof v === 'boolean');
    case 'enum':
    case 'literal': {
      const values = node._zod.values;
      if (!values) break;
      return withChecks(node, (v) => values.has(v));
    }
    case 'unknown':
    case 'any':
      return withChecks(node, () => true);
    case 'optional': {
      const inner = compile(def.innerType as ZodNode);
      return withChecks(node, (v) => v === undefined || inner(v));
    }
    case 'array': {
      const element = compile(def.element as ZodNode);
      return withChecks(node, (v) => {
        if (!Array.isArray(v)) return false;
        for (const item of v) if (!element(item)) return false;
        return true;
      });
    }
    case 'object': {
      // a strict object refuses keys it does not have (its catchall is never); others are not compiled
      if (def.catchall?._zod.def.type !== 'never') break;
      const shape = def.shape as Record<string, ZodNode>;
      const fields = Object.entries(shape).map(([key, field]) => ({ key, test: compile(field), optional: field._zod.optin !== undefined }));
      return withChecks(node, (v) => {
        if (!util.isObject(v)) return false;
        const record = v as Record<string, unknown>;
        let present = 0;
        for (const { key, test, optional } of fields) {
          if (key in record) {
            if (!test(record[key])) return false;
            present += 1;
          } else if (!optional) return false;
        }
        // a key the shape does not have: more keys (zod counts them by for…in too) than known ones present
        let keys = 0;
        for (const _key in record) keys += 1;
        return keys === present;
      });
    }
    case 'record': {
      // a record of any value under plain text keys (the history's snapshots)
      const keys = def.keyType as ZodNode;
      const values = def.valueType as ZodNode;
      if (keys._zod.def.type !== 'string' || keys._zod.def.checks?.length || keys._zod.def.coerce || values._zod.def.type !== 'unknown' || values._zod.def.checks?.length) break;
      return withChecks(node, (v) => util.isPlainObject(v) && !Object.prototype.hasOwnProperty.call(v, '__proto__'));
    }
  }
  throw new Uncompilable(`a ${String(def.type)} node`);
}

/** per schema, its compiled test, or null where it has a node the compiler does not know (zod alone then) */
const compiled = new WeakMap<z.ZodType, Test | null>();
export function compiledBundleTest(schema: z.ZodType): Test | null {
  let test = compiled.get(schema);
  if (test === undefined) {
    try {
      test = compile(schema as unknown as ZodNode);
    } catch (error) {
      if (!(error instanceof Uncompilable)) throw error;
      test = null;
    }
    compiled.set(schema, test);
  }
  return test;
}

/** the first problem found, or null when the value is a bundle */
export function bundleProblem(schema: z.ZodType, value: unknown): SchemaProblem | null {
  if (compiledBundleTest(schema)?.(value)) return null;
  const result = schema.safeParse(value, { error: words });
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
