/**
 * `npm run bench:search [-- --runs 20]`: times full-text search on the configured database
 * (DATABASE_URL, or the embedded one under DATA_DIR; load data first with `npm run bench:data`)
 * and prints, per query, the hits, the median and 95th percentile in ms, and whether the plan
 * reads the GIN indexes.
 */
import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { openDatabase } from '../src/app/bootstrap.js';
import { search } from '../src/search/search.service.js';

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt === -1 ? 20 : Number(process.argv[runsAt + 1]);
const QUERIES = ['age verification', 'helplines', 'gap analysis', '"age verification" -encryption', 'cyberbullying or grooming', 'zebrafish'];

const database = await openDatabase(loadConfig(), createLogger('warn'));
try {
  const em = database.orm.em.fork() as EntityManager;
  const knex = em.getKnex();
  const counts = (await knex.raw(`select (select count(*) from documents)::int as documents, (select count(*) from outcomes)::int as outcomes,
    (select count(*) from action_items)::int as action_items, (select count(*) from liaisons)::int as liaisons`)).rows[0];
  console.log(`database: ${JSON.stringify(counts)}; ${runs} runs per query, first: 20`);
  for (const query of QUERIES) {
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      hits = (await search(em, { query, first: 20 })).length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const matching = (await knex.raw(
      `select (select count(*) from documents where search_vector @@ websearch_to_tsquery('english', ?))::int as documents`,
      [query],
    )).rows[0].documents;
    const plan = (await knex.raw(`explain select id from documents where search_vector @@ websearch_to_tsquery('english', ?)`, [query])).rows
      .map((r: Record<string, string>) => r['QUERY PLAN'])
      .join(' ');
    console.log(
      `${JSON.stringify(query).padEnd(34)} hits ${String(hits).padStart(3)}  matching documents ${String(matching).padStart(6)}  ` +
        `p50 ${times[Math.floor(runs / 2)].toFixed(1).padStart(7)} ms  p95 ${times[Math.min(runs - 1, Math.floor(runs * 0.95))].toFixed(1).padStart(7)} ms  ` +
        `documents plan: ${/documents_search/.test(plan) ? 'GIN index' : 'sequential scan'}`,
    );
  }
} finally {
  await database.close();
}
