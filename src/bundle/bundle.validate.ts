import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isIsoDate } from '../platform/graphql/scalars.js';

/**
 * Checks a bundle against schema/bundle.schema.json before anything is written. A small
 * hand-written validator rather than a dependency: it knows exactly the keywords the schema
 * generator (scripts/bundle-schema.ts) emits — $ref, type, properties, required,
 * additionalProperties: false, items, enum, const, pattern, minLength, minimum, minItems and the
 * formats date and date-time — and refuses a schema that uses any other, so the two cannot drift.
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
  minimum?: number;
  minItems?: number;
  format?: 'date' | 'date-time';
  description?: string;
};

const KNOWN_KEYWORDS = new Set([
  '$schema', '$id', '$defs', 'title', 'description', '$ref', 'type', 'properties', 'required', 'additionalProperties',
  'items', 'enum', 'const', 'pattern', 'minLength', 'minimum', 'minItems', 'format',
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
    return this.check(this.root, value, []);
  }

  private regex(pattern: string): RegExp {
    let re = this.patterns.get(pattern);
    if (!re) {
      re = new RegExp(pattern, 'u');
      this.patterns.set(pattern, re);
    }
    return re;
  }

  private check(schema: Schema, value: unknown, at: (string | number)[]): SchemaProblem | null {
    const problem = (message: string): SchemaProblem => ({ path: at, message });
    if (schema.$ref) {
      const name = schema.$ref.replace(/^#\/\$defs\//, '');
      const target = this.defs[name];
      if (!target) throw new Error(`bundle schema: unresolved $ref ${schema.$ref}`);
      const found = this.check(target, value, at);
      if (found) return found;
    }
    if (schema.const !== undefined && value !== schema.const) return problem(`must be ${JSON.stringify(schema.const)}, got ${show(value)}`);
    switch (schema.type) {
      case 'object': {
        if (!value || typeof value !== 'object' || Array.isArray(value)) return problem(`must be an object, got ${show(value)}`);
        const record = value as Record<string, unknown>;
        for (const name of schema.required ?? []) {
          if (record[name] === undefined) return { path: [...at, name], message: 'is required' };
        }
        for (const [name, child] of Object.entries(record)) {
          const property = schema.properties?.[name];
          if (!property) {
            if (schema.additionalProperties === false) return { path: [...at, name], message: 'is not a field of this record' };
            continue;
          }
          const found = this.check(property, child, [...at, name]);
          if (found) return found;
        }
        break;
      }
      case 'array': {
        if (!Array.isArray(value)) return problem(`must be a list, got ${show(value)}`);
        if (schema.minItems !== undefined && value.length < schema.minItems) return problem(`needs at least ${schema.minItems} item(s)`);
        if (schema.items) {
          for (let i = 0; i < value.length; i++) {
            const found = this.check(schema.items, value[i], [...at, i]);
            if (found) return found;
          }
        }
        break;
      }
      case 'string':
        if (typeof value !== 'string') return problem(`must be a string, got ${show(value)}`);
        break;
      case 'integer':
        if (typeof value !== 'number' || !Number.isInteger(value)) return problem(`must be a whole number, got ${show(value)}`);
        break;
      case 'boolean':
        if (typeof value !== 'boolean') return problem(`must be true or false, got ${show(value)}`);
        break;
    }
    if (schema.enum && !schema.enum.includes(value)) return problem(`must be one of ${schema.enum.join(', ')}; got ${show(value)}`);
    if (typeof value === 'string') {
      if (schema.minLength !== undefined && [...value].length < schema.minLength) return problem('must not be empty');
      if (schema.pattern !== undefined && !this.regex(schema.pattern).test(value)) {
        return problem(`${show(value)} does not match ${schema.description ? `the form: ${schema.description}` : `the pattern ${schema.pattern}`}`);
      }
      if (schema.format === 'date' && !isIsoDate(value)) return problem(`${show(value)} is not a date (YYYY-MM-DD)`);
      if (schema.format === 'date-time' && (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value)))) {
        return problem(`${show(value)} is not a timestamp (ISO 8601 with zone)`);
      }
    }
    if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) return problem(`must be at least ${schema.minimum}, got ${value}`);
    return null;
  }
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
