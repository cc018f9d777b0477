/**
 * `npm run bench:import [-- --runs 5]`: times the seed load (importBundle of the seed bundle into
 * an empty, migrated database, as the first start does) and a re-import of it into the loaded
 * database (every record matched, nothing changed), and counts the history rows each leaves.
 * Every run gets a fresh database: an in-memory embedded one, or with DATABASE_URL a scratch
 * database created (and dropped) on that PostgreSQL server.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { openDatabase } from '../src/app/bootstrap.js';
import { importBundle } from '../src/bundle/bundle.import.js';
import { seedAsBundle } from '../src/seed/seed.loader.js';
import { runCountingStatements } from '../src/platform/database/query-counter.js';

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt === -1 ? 5 : Number(process.argv[runsAt + 1]);
const config = loadConfig();
const logger = createLogger('warn');

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: config.databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** a fresh, migrated database for one run */
async function scratchDatabase() {
  if (!config.databaseUrl) {
    const database = await openDatabase({ ...config, dataDir: 'memory://' }, logger);
    return { ...database, drop: async () => {} };
  }
  const name = `liaison_graph_bench_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(config.databaseUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ ...config, databaseUrl: url.toString() }, logger);
  return { ...database, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load: number[] = [];
const reload: number[] = [];
let counts = { created: 0, history: 0, historyAfterReload: 0, statements: 0 };
for (let run = 0; run < runs; run++) {
  const database = await scratchDatabase();
  try {
    const em = database.orm.em.fork() as EntityManager;
    const changes = async () => Number((await em.getKnex().raw('select count(*)::int as n from changes')).rows[0].n);
    const statements = { statements: 0 };
    let started = performance.now();
    const summary = await runCountingStatements(statements, () => importBundle(database.orm.em.fork(), seedAsBundle(), { actor: 'import (seed data set)' }));
    load.push(performance.now() - started);
    const history = await changes();
    started = performance.now();
    await importBundle(database.orm.em.fork(), seedAsBundle());
    reload.push(performance.now() - started);
    counts = { created: summary.created, history, historyAfterReload: await changes(), statements: statements.statements };
  } finally {
    await database.close();
    await database.drop();
  }
}
console.log(
  `${config.databaseUrl ? 'PostgreSQL' : 'embedded PGlite'}, ${runs} runs: seed load median ${median(load).toFixed(0)} ms ` +
    `(min ${Math.min(...load).toFixed(0)}, max ${Math.max(...load).toFixed(0)}), ${counts.statements} SQL statements, ${counts.created} objects, ${counts.history} history rows; ` +
    `re-import median ${median(reload).toFixed(0)} ms, history rows after it ${counts.historyAfterReload}`,
);
