/**
 * `npm run bench:data -- --scale 1 [--seed 1]`: generates the synthetic knowledge base into the
 * configured database (DATABASE_URL, or the embedded one under DATA_DIR), after migrating it.
 */
import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { openDatabase } from '../src/app/bootstrap.js';
import { generateSyntheticData } from './synthetic.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name} needs a positive number`);
    process.exit(2);
  }
  return value;
}

const scale = arg('scale', 1);
const seed = arg('seed', 1);
const config = loadConfig();
const database = await openDatabase(config, createLogger('warn'));
try {
  const started = Date.now();
  const counts = await generateSyntheticData((database.orm.em as EntityManager).getKnex(), {
    scale,
    seed,
    onProgress: (table, rows) => process.stderr.write(`  ${table.padEnd(16)} ${String(rows).padStart(7)} rows  (${((Date.now() - started) / 1000).toFixed(1)} s)\n`),
  });
  // fresh statistics and visibility map: the first requests are planned (and use index-only scans) as later ones will
  process.stderr.write('  vacuum analyze\n');
  await (database.orm.em as EntityManager).getKnex().raw('vacuum analyze');
  console.log(JSON.stringify({ scale, seed, seconds: (Date.now() - started) / 1000, counts }));
} finally {
  await database.close();
}
