/**
 * `npm run ingest -- FILE [--json]`: reads a .docx, .pdf or .txt file and prints the facts it
 * proposes, each with the sentences it was read from. Nothing is written to the graph: the
 * proposal is for review. Group names are looked up in the configured database (DATABASE_URL,
 * or the embedded one under DATA_DIR: stop the server first).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfigOrExit } from '../src/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { openDatabase } from '../src/app/bootstrap.js';
import { DataDirInUseError } from '../src/platform/database/embedded.js';
import { ingestFile, knownGroups } from '../src/ingest/ingest.service.js';
import { IngestFileError } from '../src/ingest/ingest.text.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const [file, ...rest] = args.filter((a) => a !== '--json');
if (!file || rest.length > 0) {
  console.error('usage: npm run ingest -- <file.docx|file.pdf|file.txt> [--json]');
  process.exit(2);
}
let bytes: Buffer;
try {
  bytes = fs.readFileSync(file);
} catch (error) {
  console.error(`ingest failed: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  process.exit(1);
}

const config = loadConfigOrExit();
let database: Awaited<ReturnType<typeof openDatabase>>;
try {
  database = await openDatabase(config, createLogger('warn'));
} catch (error) {
  if (!(error instanceof DataDirInUseError)) throw error;
  console.error(`ingest failed: the embedded database in ${error.dataDir} is in use by process ${error.pid} (a running server); stop it first.`);
  process.exit(1);
}
try {
  const groups = await knownGroups(database.orm.em.fork());
  const { proposal } = await ingestFile(path.basename(file), bytes, groups);
  if (json) process.stdout.write(`${JSON.stringify(proposal, null, 2)}\n`);
  else {
    for (const fact of proposal.facts) {
      const { kind, key, sources, ...fields } = fact;
      console.log(`${kind} ${key}`);
      for (const [field, value] of Object.entries(fields)) console.log(`  ${field}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
      for (const source of sources) console.log(`  « ${source.excerpt} »${source.note ? `\n    note: ${source.note}` : ''}`);
    }
    console.error(`${proposal.facts.length} facts proposed; nothing was written.`);
  }
} catch (error) {
  if (!(error instanceof IngestFileError)) throw error;
  console.error(`ingest refused (${error.problem}): ${error.message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
