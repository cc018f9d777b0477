/**
 * Generates schema/bundle.schema.json (JSON Schema 2020-12) from the bundle's zod schema in
 * the domains' bundle sections (src/app/bundle.ts) with zod's toJSONSchema (`npm run bundle:schema`), or with --check
 * fails when the committed file is stale. The file is for partners producing bundles with their
 * own tools; the importer validates with the zod schema itself. Checks zod cannot express in JSON
 * Schema (no NUL, a real calendar date, an http(s) address, the liaison rules) stay in the
 * importer only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BundleSchema } from '../src/app/bundle.js';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = path.join(ROOT, 'schema', 'bundle.schema.json');
const SCHEMA_ID = 'https://liaison-graph.example/schema/bundle.schema.json';

export function bundleSchemaText(): string {
  const schema = z.toJSONSchema(BundleSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  const { $schema, title, description, ...rest } = schema;
  return `${JSON.stringify({ $schema, $id: SCHEMA_ID, title, description, ...rest }, null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = bundleSchemaText();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== text) {
      console.error('schema/bundle.schema.json is stale: run `npm run bundle:schema` and commit the change.');
      process.exit(1);
    }
    console.log('schema/bundle.schema.json is up to date');
  } else {
    fs.writeFileSync(SCHEMA_FILE, text);
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
  }
}
