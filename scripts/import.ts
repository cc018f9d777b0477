/**
 * `npm run import -- bundle.json [--search-later]`: loads a bundle into the configured database
 * (DATABASE_URL, or the embedded one under DATA_DIR — stop the server first, the embedded
 * database has one user at a time), empty or not: objects are matched by natural key, all in one
 * transaction. A bundle with an error imports nothing; the message names the record and the field.
 *
 * The search vectors of the rows written are computed after the commit, in parallel (a bulk
 * load's largest cost in PostgreSQL; src/search/search.vectors.ts): the command says when the
 * data was committed and waits until search has caught up. With `--search-later` it does not
 * wait: the rows are searchable once the server next starts (it fills what is missing).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfigOrExit } from '../src/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { openDatabase } from '../src/app/bootstrap.js';
import { BundleError } from '../src/bundle/bundle.import.js';
import { checkBundle, importBundle } from '../src/app/bundle.js';
import type { Bundle } from '../src/bundle/bundle.types.js';

const args = process.argv.slice(2);
const searchLater = args.includes('--search-later');
const files = args.filter((a) => a !== '--search-later');
const file = files[0];
if (!file || files.length > 1 || file.startsWith('--')) {
  console.error('usage: npm run import -- <bundle.json> [--search-later]');
  process.exit(2);
}

const config = loadConfigOrExit();

const started = Date.now();
let bundle: Bundle;
try {
  bundle = JSON.parse(fs.readFileSync(file, 'utf8')) as Bundle;
} catch (error) {
  console.error(`${file}: ${(error as Error).message}`);
  process.exit(1);
}
// the format and the API's input rules, before the database is opened: a bad file costs nothing there
try {
  checkBundle(bundle);
} catch (error) {
  if (!(error instanceof BundleError)) throw error;
  process.stderr.write(`${file}: ${error.message}\nNothing was imported.\n`);
  process.exit(1);
}

const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
// on a terminal the progress line is rewritten in place; in a log, one line per kind and step
const live = process.stderr.isTTY === true;
let open = false;
const line = (text: string, final: boolean) => {
  if (live) {
    process.stderr.write(`\r\x1b[2K${text}${final ? '\n' : ''}`);
    open = !final;
  } else if (final) process.stderr.write(`${text}\n`);
};

const database = await openDatabase(config, createLogger('warn'));
try {
  const summary = await importBundle(database.orm.em.fork(), bundle, {
    // the history names the file each change came from
    actor: `import (${path.basename(file)})`,
    checked: true,
    onProgress: (kind, done, total) => line(`  ${kind.padEnd(15)} ${String(done).padStart(8)} / ${total}  (${elapsed()})`, done === total),
    onStep: (message) => line(`  ${message}… (${elapsed()})`, true),
    searchVectors: searchLater ? 'later' : 'after-commit',
    searchConnections: os.availableParallelism(),
    onCommitted: () => line(`  committed (${elapsed()})`, true),
  });
  process.stderr.write(
    `imported ${file}: ${summary.created} created, ${summary.updated} changed, ${summary.unchanged} unchanged, ${summary.history} history entries added, in ${elapsed()}\n` +
      (summary.searchPending > 0 ? `${summary.searchPending} row(s) are not searchable yet: the server fills their search vectors when it next starts\n` : ''),
  );
} catch (error) {
  if (open) process.stderr.write('\n');
  if (error instanceof BundleError) {
    process.stderr.write(`${file}: ${error.message}\nNothing was imported.\n`);
  } else {
    process.stderr.write(`import failed: ${(error as Error).message}\nNothing was imported.\n`);
  }
  process.exitCode = 1;
} finally {
  await database.close();
}
