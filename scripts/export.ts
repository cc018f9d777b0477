/**
 * `npm run export -- out.json`: writes the whole knowledge base of the configured database
 * (DATABASE_URL, or the embedded one under DATA_DIR — stop the server first, the embedded
 * database has one user at a time) as one bundle. `-` writes to standard output.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { loadConfigOrExit } from '../src/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { openDatabase } from '../src/app/bootstrap.js';
import { bundleFormat, exportBundle } from '../src/app/bundle.js';
import { bundleJsonChunks } from '../src/bundle/bundle.json.js';
import { DataDirInUseError } from '../src/platform/database/embedded.js';

const target = process.argv[2];
if (!target || process.argv.length > 3) {
  console.error('usage: npm run export -- <out.json | ->');
  process.exit(2);
}

const config = loadConfigOrExit();

const started = Date.now();
let database: Awaited<ReturnType<typeof openDatabase>>;
try {
  database = await openDatabase(config, createLogger('warn'));
} catch (error) {
  if (!(error instanceof DataDirInUseError)) throw error;
  // the embedded database has one user at a time: the running server can export it instead
  process.stderr.write(
    `export failed: the embedded database in ${error.dataDir} is in use by process ${error.pid} (a running server).\n` +
      `Download the same bundle from that server:  curl -fsS http://localhost:${config.port}/export.json -o ${target === '-' ? 'bundle.json' : target}\n` +
      'or stop the server and run the export again.\n',
  );
  process.exit(1);
}
try {
  const { bundle, warnings } = await exportBundle(database.orm.em.fork(), {
    onProgress: (step, count) => process.stderr.write(`  read ${step.padEnd(15)} ${String(count).padStart(8)}\n`),
  });
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  const text = [...bundleJsonChunks(bundle)].join('');
  if (target === '-') process.stdout.write(text);
  else {
    // written beside the target, then renamed: a failed export never leaves half a file
    const temporary = `${target}.partial`;
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, target);
  }
  const counts = bundleFormat.counts(bundle);
  process.stderr.write(
    `exported ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}\n` +
      `${target === '-' ? 'stdout' : target}: ${Buffer.byteLength(text)} bytes, sha256 ${createHash('sha256').update(text).digest('hex')}, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
} catch (error) {
  process.stderr.write(`export failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
