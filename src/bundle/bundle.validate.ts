import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isIsoDate } from '../platform/graphql/scalars.js';
import { containsNul, HTTP_URL_PROBLEM, isHttpUrl, lengthProblem, LIMITS, NUL_PROBLEM } from '../platform/errors/input-check.js';

/**
 * Checks a bundle against schema/bundle.schema.json before anything is written. A small
 * hand-written validator rather than a dependency: it knows exactly the keywords the schema
 * generator (scripts/bundle-schema.ts) emits — $ref, type, properties, required,
 * additionalProperties: false, items, enum, const, pattern, minLength, maxLength, minimum, minItems
 * and the formats date, date-time and http-url — and refuses a schema that uses any other, so the
 * two cannot drift. The rules of single values are the API's own (input-check.ts): the same
 * length count, the same URL schemes, the same dates, and no NUL character in any text (keys of
 * free-form snapshots included); a text the schema gives no maxLength may hold LIMITS.long.
 */
export const BUNDLE_SCHEMA_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'bundle.schema.json');

type Schema = {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'boolean';
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
  format?: 'date' | 'date-time' | 'http-url';
  description?: string;
};

const KNOWN_KEYWORDS = new Set([
  '$schema', '$id', '$defs', 'title', 'description', '$ref', 'type', 'properties', 'required', 'additionalProperties',
  'items', 'enum', 'const', 'pattern', 'minLength', 'maxLength', 'minimum', 'minItems', 'format',
]);

/** One problem: where (the path into the bundle) and what. */
export interface SchemaProblem {
  path: (string | number)[];
  message: string;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export class BundleValidator {
  private readonly defs: Record<string, Schema>;
  private readonly patterns = new Map<string, RegExp>();

  constructor(private readonly root: Schema & { $defs?: Record<string, Schema> }) {
    this.defs = root.$defs ?? {};
    const check = (schema: unknown, where: string) => {
      if (!schema || typeof schema !== 'object') return;
      for (const [key, value] of Object.entries(schema)) {
        if (where.endsWith('.properties') || where.endsWith('.$defs')) {
          check(value, `${where}.${key}`);
          continue;
        }
        if (!KNOWN_KEYWORDS.has(key)) throw new Error(`bundle schema: the keyword "${key}" at ${where} is not one this validator knows`);
        if (key === 'properties' || key === '$defs' || key === 'items') check(value, `${where}.${key}`);
      }
    };
    check(root, '#');
  }

  static fromFile(file: string = BUNDLE_SCHEMA_FILE): BundleValidator {
    return new BundleValidator(JSON.parse(fs.readFileSync(file, 'utf8')));
  }

  /** the first problem found, or null when the value fits the schema */
  validate(value: unknown): SchemaProblem | null {
    this.compiled ??= this.compile(this.root);
    const at: (string | number)[] = [];
    const found = this.check(this.compiled, value, at);
    return found && { path: found.path ?? [...at], message: found.message };
  }

  private compiled: Rule | undefined;
  private readonly compiledRefs = new Map<string, Rule>();

  /**
   * The schema as rules of one shape, each $ref resolved (with the maxLength beside it: a title is
   * a Text of LIMITS.short): a bundle of 74,000 records is checked in a fraction of a second.
   */
  private compile(schema: Schema, maxLength?: number): Rule {
    const rule = new Rule(schema, maxLength ?? schema.maxLength);
    if (schema.$ref) {
      const name = schema.$ref.replace(/^#\/\$defs\//, '');
      const target = this.defs[name];
      if (!target) throw new Error(`bundle schema: unresolved $ref ${schema.$ref}`);
      const key = `${name}:${rule.maxLength ?? ''}`;
      let ref = this.compiledRefs.get(key);
      if (!ref) {
        ref = new Rule({}, undefined);
        this.compiledRefs.set(key, ref);
        Object.assign(ref, this.compile(target, rule.maxLength));
      }
      rule.ref = ref;
    }
    if (schema.properties) {
      rule.properties = new Map(Object.entries(schema.properties).map(([name, child]) => [name, this.compile(child)]));
    }
    if (schema.items) rule.items = this.compile(schema.items);
    if (schema.pattern !== undefined) rule.pattern = this.regex(schema.pattern);
    return rule;
  }

  private regex(pattern: string): RegExp {
    let re = this.patterns.get(pattern);
    if (!re) {
      re = new RegExp(pattern, 'u');
      this.patterns.set(pattern, re);
    }
    return re;
  }

  /** `at` is the path so far, pushed and popped as the walk goes (a problem copies it) */
  private check(rule: Rule, value: unknown, at: (string | number)[]): Found | null {
    if (rule.ref) {
      const found = this.check(rule.ref, value, at);
      if (found) return found;
    }
    if (rule.constValue !== undefined && value !== rule.constValue) return found(`must be ${JSON.stringify(rule.constValue)}, got ${show(value)}`);
    switch (rule.type) {
      case 'object': {
        if (!value || typeof value !== 'object' || Array.isArray(value)) return found(`must be an object, got ${show(value)}`);
        const record = value as Record<string, unknown>;
        if (!rule.properties) return freeForm(record, [...at]);
        for (const name of rule.required) {
          if (record[name] === undefined) return { path: [...at, name], message: 'is required' };
        }
        for (const name in record) {
          const property = rule.properties.get(name);
          if (!property) {
            if (rule.closed) return { path: [...at, name], message: 'is not a field of this record' };
            continue;
          }
          at.push(name);
          const problem = this.check(property, record[name], at);
          if (problem) return { path: problem.path ?? [...at], message: problem.message };
          at.pop();
        }
        break;
      }
      case 'array': {
        if (!Array.isArray(value)) return found(`must be a list, got ${show(value)}`);
        if (rule.minItems !== undefined && value.length < rule.minItems) return found(`needs at least ${rule.minItems} item(s)`);
        if (rule.items) {
          for (let i = 0; i < value.length; i++) {
            at.push(i);
            const problem = this.check(rule.items, value[i], at);
            if (problem) return { path: problem.path ?? [...at], message: problem.message };
            at.pop();
          }
        }
        break;
      }
      case 'string':
        if (typeof value !== 'string') return found(`must be a string, got ${show(value)}`);
        break;
      case 'integer':
        if (typeof value !== 'number' || !Number.isInteger(value)) return found(`must be a whole number, got ${show(value)}`);
        break;
      case 'boolean':
        if (typeof value !== 'boolean') return found(`must be true or false, got ${show(value)}`);
        break;
    }
    if (rule.enumValues && !rule.enumValues.has(value)) return found(`must be one of ${[...rule.enumValues].join(', ')}; got ${show(value)}`);
    if (typeof value === 'string') {
      if (containsNul(value)) return found(NUL_PROBLEM);
      const tooLong = lengthProblem(value, rule.maxLength ?? LIMITS.long);
      if (tooLong) return found(tooLong);
      // counted in code points, as JSON Schema does; a text of 2n code units has at least n of them
      if (rule.minLength !== undefined && value.length < 2 * rule.minLength && [...value].length < rule.minLength) return found('must not be empty');
      if (rule.pattern && !rule.pattern.test(value)) {
        return found(`${show(value)} does not match ${rule.description ? `the form: ${rule.description}` : `the pattern ${rule.pattern.source}`}`);
      }
      if (rule.format === 'http-url' && !isHttpUrl(value)) return found(`${HTTP_URL_PROBLEM}, got ${show(value)}`);
      if (rule.format === 'date' && !isIsoDate(value)) return found(`${show(value)} is not a date (YYYY-MM-DD)`);
      if (rule.format === 'date-time' && (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value)))) {
        return found(`${show(value)} is not a timestamp (ISO 8601 with zone)`);
      }
    }
    if (typeof value === 'number' && rule.minimum !== undefined && value < rule.minimum) return found(`must be at least ${rule.minimum}, got ${value}`);
    return null;
  }
}

/** a problem; its path is the walk's current one unless given */
interface Found {
  path?: (string | number)[];
  message: string;
}

function found(message: string): Found {
  return { message };
}

/** one schema node, every field present: the checks read the same shape everywhere */
class Rule {
  ref: Rule | undefined = undefined;
  readonly type: Schema['type'];
  properties: Map<string, Rule> | undefined = undefined;
  readonly required: string[];
  readonly closed: boolean;
  items: Rule | undefined = undefined;
  readonly enumValues: Set<unknown> | undefined;
  readonly constValue: unknown;
  pattern: RegExp | undefined = undefined;
  readonly minLength: number | undefined;
  readonly maxLength: number | undefined;
  readonly minimum: number | undefined;
  readonly minItems: number | undefined;
  readonly format: Schema['format'];
  readonly description: string | undefined;

  constructor(schema: Schema, maxLength: number | undefined) {
    this.type = schema.type;
    this.required = schema.required ?? [];
    this.closed = schema.additionalProperties === false;
    this.enumValues = schema.enum ? new Set(schema.enum) : undefined;
    this.constValue = schema.const;
    this.minLength = schema.minLength;
    this.maxLength = maxLength;
    this.minimum = schema.minimum;
    this.minItems = schema.minItems;
    this.format = schema.format;
    this.description = schema.description;
  }
}

/** a free-form object (a history snapshot): its texts and keys under the same rules as every text */
function freeForm(value: unknown, at: (string | number)[], depth = 0): SchemaProblem | null {
  if (typeof value === 'string') {
    if (containsNul(value)) return { path: at, message: NUL_PROBLEM };
    const tooLong = lengthProblem(value, LIMITS.long);
    return tooLong ? { path: at, message: tooLong } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth > 20) return { path: at, message: 'is nested more than 20 levels deep' };
  for (const [key, item] of Object.entries(value)) {
    const where = [...at, Array.isArray(value) ? Number(key) : key];
    if (!Array.isArray(value) && (containsNul(key) || key.length > LIMITS.short)) return { path: where, message: 'is not a field name (too long, or holds a NUL)' };
    const found = freeForm(item, where, depth + 1);
    if (found) return found;
  }
  return null;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
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
