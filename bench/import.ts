/**
 * `npm run bench:import [-- --runs 5]`: times the seed load (importBundle of the seed bundle into
 * an empty, migrated database, as the first start does) and a re-import of it into the loaded
 * database (every record matched, nothing changed), and counts the history rows each leaves.
 * Every run gets a fresh database: an in-memory embedded one, or with DATABASE_URL a scratch
 * database created (and dropped) on that PostgreSQL server.
 *
 * With DATABASE_URL it then imports that database's own export (at scale 1: `npm run bench:data
 * -- --scale 1` first, 74,000 records) into a fresh database, as `npm run import` does (the
 * file's text parsed, checked, imported in one transaction), and prints records per second; then
 * checks the round trip (the copy exports to the same objects, byte for byte) and times a
 * re-import into the copy (everything matched, nothing written). `--scale-runs N` repeats it.
 *
 * On a shared machine wall-clock time mostly measures the other users, so the scale import also
 * prints CPU time: Node's own, and (when the PostgreSQL server runs on this machine and its
 * processes are readable under /proc) the server processes serving the scratch database, in all
 * and per table written.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { openDatabase } from '../src/app/bootstrap.js';
import { checkBundle, importBundle, exportBundle } from '../src/app/bundle.js';
import type { Bundle } from '../src/bundle/bundle.types.js';
import { seedAsBundle } from '../src/seed/seed.loader.js';
import { runCountingStatements } from '../src/platform/database/query-counter.js';
import { SEARCHABLE_TABLES } from '../src/search/search.vectors.js';
import { copyObserver } from '../src/bundle/bundle.store.js';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const runs = option('--runs', 5);
const scaleRuns = option('--scale-runs', 1);
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

/** the processes that are not PostgreSQL's: their command lines need no second reading */
const notPostgres = new Set<string>();

/**
 * CPU milliseconds used so far by the local PostgreSQL processes serving `database` (their
 * command line names it), or null when none is readable (a remote server, another OS). Each
 * other process is read once (a new backend shows its database only once it has started, so
 * PostgreSQL's are read every time): this runs twice per statement, and its own CPU time counts
 * as Node's.
 */
function serverCpu(database: string): number | null {
  let ticks: number | null = null;
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  for (const pid of pids) {
    try {
      if (notPostgres.has(pid)) continue;
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!command.includes('postgres')) notPostgres.add(pid);
      if (!command.includes(` ${database} `)) continue;
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks = (ticks ?? 0) + Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  // USER_HZ is 100 on Linux
  return ticks == null ? null : ticks * 10;
}

/** the table a statement writes ("reading" for the importer's reads) */
const tableOf = (sql: string) => /^\s*(?:insert into|update|delete from)\s+(\w+)/i.exec(sql)?.[1] ?? (/nextval/.test(sql) ? 'row ids' : 'reading');

/** a fresh, migrated database for one run */
async function scratchDatabase() {
  if (!config.databaseUrl) {
    const database = await openDatabase({ ...config, dataDir: 'memory://' }, logger);
    return { ...database, name: '', drop: async () => {} };
  }
  // a process id may since belong to another process (pids wrap around at 32,768 here)
  notPostgres.clear();
  const name = `liaison_graph_bench_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(config.databaseUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ ...config, databaseUrl: url.toString() }, logger);
  return { ...database, name, drop: () => admin(`drop database if exists ${name} with (force)`) };
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
    const statements = { statements: 0, roundTrips: 0 };
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
if (runs > 0) console.log(
  `${config.databaseUrl ? 'PostgreSQL' : 'embedded PGlite'}, ${runs} runs: seed load median ${median(load).toFixed(0)} ms ` +
    `(min ${Math.min(...load).toFixed(0)}, max ${Math.max(...load).toFixed(0)}), ${counts.statements} SQL statements, ${counts.created} objects, ${counts.history} history rows; ` +
    `re-import median ${median(reload).toFixed(0)} ms, history rows after it ${counts.historyAfterReload}`,
);

if (config.databaseUrl && scaleRuns > 0) {
  const source = await openDatabase(config, logger);
  const exported = await exportBundle(source.orm.em.fork());
  await source.close();
  const text = `${JSON.stringify(exported.bundle, null, 2)}\n`;
  const objects = ({ changes: _history, ...rest }: Bundle) => `${JSON.stringify(rest, null, 2)}\n`;
  const b = exported.bundle;
  const records = b.groups.length + b.topics.length + b.documents.length + b.meetings.length + b.outcomes.length + b.actionItems.length +
    b.liaisons.length + b.reports.length + b.reports.reduce((n, r) => n + r.milestones.length, 0) + b.bestPractices.length;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  for (let run = 0; run < scaleRuns; run++) {
    const database = await scratchDatabase();
    try {
      // per table: wall time and the server's CPU time of the statements that write it
      const perTable = new Map<string, { ms: number; cpu: number }>();
      const pending = new Map<string, { at: number; cpu: number | null }>();
      const client = (database.orm.em.fork() as EntityManager).getKnex().client as { on(event: string, listener: (...args: never[]) => void): void };
      client.on('query', (q: { __knexQueryUid: string }) => pending.set(q.__knexQueryUid, { at: performance.now(), cpu: serverCpu(database.name) }));
      client.on('query-response', (_r: unknown, q: { __knexQueryUid: string; sql: string }) => {
        const start = pending.get(q.__knexQueryUid);
        if (!start) return;
        pending.delete(q.__knexQueryUid);
        account(tableOf(q.sql), start.at, start.cpu);
      });
      let importing = true;
      const account = (table: string, at: number, cpu: number | null) => {
        if (!importing) return;
        const entry = perTable.get(table) ?? { ms: 0, cpu: 0 };
        entry.ms += performance.now() - at;
        entry.cpu += (serverCpu(database.name) ?? 0) - (cpu ?? 0);
        perTable.set(table, entry);
      };
      copyObserver.onCopy = (table) => {
        const at = performance.now();
        const cpu = serverCpu(database.name);
        return () => account(table, at, cpu);
      };
      await database.orm.em.fork().getConnection().execute('select 1');
      const serverBefore = serverCpu(database.name);
      const nodeBefore = process.cpuUsage();
      const started = performance.now();
      const bundle = JSON.parse(text) as Bundle;
      const parsed = performance.now();
      checkBundle(bundle);
      const checked = performance.now();
      let done = 0;
      let nodeCpu = process.cpuUsage();
      let serverAfter: number | null = null;
      // as `npm run import` does: commit, then the search vectors on parallel connections
      const summary = await importBundle(database.orm.em.fork(), bundle, {
        checked: true,
        actor: 'import (bench)',
        searchVectors: 'after-commit',
        searchConnections: os.availableParallelism(),
        onCommitted: () => {
          importing = false;
          done = performance.now();
          nodeCpu = process.cpuUsage(nodeBefore);
          serverAfter = serverCpu(database.name);
        },
      });
      const searchable = performance.now();
      const serverSearchable = serverCpu(database.name);
      const tables = [...perTable].filter(([table]) => table !== 'reading').sort((a, b) => b[1].ms - a[1].ms);
      perTable.clear();
      pending.clear();
      const copy = await exportBundle(database.orm.em.fork());
      const roundTrip = objects(copy.bundle) === objects(exported.bundle) ? 'the same objects, byte for byte' : 'OBJECTS DIFFER';
      const em = database.orm.em.fork() as EntityManager;
      const history = async () => Number((await em.getKnex().raw('select count(*)::int as n from changes')).rows[0].n);
      const historyBefore = await history();
      // what the deferred step costs when done on one connection: PostgreSQL computing the search vectors of the same rows
      const knex = em.getKnex();
      const vectorsStarted = performance.now();
      for (const table of SEARCHABLE_TABLES) await knex.raw(`select sum(length(${table}_search_vector(t))) from ${table} t`);
      const vectors = performance.now() - vectorsStarted;
      const again = performance.now();
      const reimport = await importBundle(database.orm.em.fork(), JSON.parse(text) as Bundle, { actor: 'import (bench)' });
      const reimported = performance.now() - again;
      console.log(
        `scale import (PostgreSQL): ${records} records, ${(text.length / 1e6).toFixed(0)} MB: ${seconds(done - started)} from the file's text to committed = ` +
          `${Math.round(records / ((done - started) / 1000))} records/s (parse ${seconds(parsed - started)}, check ${seconds(checked - parsed)}, ` +
          `import ${seconds(done - checked)}: ${summary.created} created, ${historyBefore} history rows); ` +
          `searchable ${seconds(searchable - done)} after the commit (${Math.round(records / ((searchable - started) / 1000))} records/s to searchable; ` +
          `the search vectors on one connection take ${seconds(vectors)}); round trip: ${roundTrip}; ` +
          `re-import ${seconds(reimported)} (${reimport.created} created, ${reimport.updated} changed, ${reimport.unchanged} unchanged, ` +
          `history rows ${historyBefore} → ${await history()}); load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
      );
      const nodeMs = (nodeCpu.user + nodeCpu.system) / 1000;
      const serverMs = serverBefore != null && serverAfter != null ? (serverAfter as number) - serverBefore : null;
      console.log(
        `  CPU time, file to commit: Node ${seconds(nodeMs)}` +
          (serverMs != null
            ? `, PostgreSQL ${seconds(serverMs)}: ${Math.round(records / ((nodeMs + serverMs) / 1000))} records per CPU-second (they take turns: about the records/s of an idle machine); ` +
              `then PostgreSQL ${seconds((serverSearchable ?? 0) - (serverAfter ?? 0))} filling the search vectors`
            : ' (PostgreSQL: its processes are not readable here)'),
      );
      console.log(`  per table (wall, PostgreSQL CPU): ${tables.map(([table, t]) => `${table} ${seconds(t.ms)}${serverMs != null ? ` ${seconds(t.cpu)}` : ''}`).join(', ')}`);
    } finally {
      await database.close();
      await database.drop();
    }
  }
}
