/**
 * Writes schema/schema.graphql from the code (`npm run schema:emit`), or with --check fails
 * when the committed file differs from what the code builds (`npm run schema:check`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchemaSdl } from '../src/app/schema.js';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'schema.graphql');
const sdl = await printSchemaSdl();

if (process.argv.includes('--check')) {
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (committed !== sdl) {
    console.error('schema/schema.graphql is stale: run `npm run schema:emit` and commit the change.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date');
} else {
  fs.writeFileSync(file, sdl);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
