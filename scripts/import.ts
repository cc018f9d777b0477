/**
 * `npm run import -- bundle.json`: loads a bundle into the configured database (DATABASE_URL,
 * or the embedded one under DATA_DIR — stop the server first, the embedded database has one
 * user at a time), empty or not: objects are matched by natural key, all in one transaction.
 * A bundle with an error imports nothing; the message names the record and the field.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfigOrExit } from '../src/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { openDatabase } from '../src/app/bootstrap.js';
import { BundleError, checkBundle, importBundle } from '../src/bundle/bundle.import.js';
import type { Bundle } from '../src/bundle/bundle.types.js';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('usage: npm run import -- <bundle.json>');
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
  });
  process.stderr.write(
    `imported ${file}: ${summary.created} created, ${summary.updated} changed, ${summary.unchanged} unchanged, ${summary.history} history entries added, in ${elapsed()}\n`,
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
