/**
 * `npm run bench:sql -- dashboard [--explain]`: the SQL statements one benchmark operation sends,
 * each with its time (and, with --explain, its EXPLAIN ANALYZE plan), against DATABASE_URL.
 * How the slow statements behind the benchmark's figures were found; the response cache is off
 * so that the operation really executes.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { startApp } from '../src/app/bootstrap.js';
import { graphql, OPERATION_NAMES } from './bench.js';
import { DASHBOARD, FOLLOW_UP, SEARCH, THREAD, THREAD_CANDIDATES } from './operations.js';

const name = process.argv[2];
if (!name || !(OPERATION_NAMES as readonly string[]).includes(name)) {
  console.error(`usage: npm run bench:sql -- <${OPERATION_NAMES.join('|')}> [--explain]`);
  process.exit(2);
}
if (!process.env.DATABASE_URL) {
  console.error('npm run bench:sql needs DATABASE_URL (the database npm run bench:data filled)');
  process.exit(2);
}
const explain = process.argv.includes('--explain');

const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', SEED: 'false', EXPOSE_SQL_COUNTS: 'true', RESPONSE_CACHE_SECONDS: '0' });
const app = await startApp(config, createLogger('warn'));
try {
  const knex = app.orm.em.getConnection().getKnex();
  let operation: { query: string; variables: Record<string, unknown> };
  if (name === 'thread') {
    const candidates = await graphql(app.url, THREAD_CANDIDATES);
    const node = (candidates.data?.liaisons.edges as { node: { id: string; replies: unknown[] } }[])
      .map((e) => e.node)
      .sort((a, b) => b.replies.length - a.replies.length)[0];
    operation = { query: THREAD, variables: { id: node?.id } };
  } else {
    operation = {
      dashboard: { query: DASHBOARD, variables: { groups: 20, first: 10 } },
      'follow-up': { query: FOLLOW_UP, variables: { first: 50 } },
      search: { query: SEARCH, variables: { query: 'age verification', first: 20 } },
    }[name as 'dashboard' | 'follow-up' | 'search'];
  }

  const started = new Map<string, number>();
  const statements: { sql: string; bindings: unknown[]; ms: number }[] = [];
  knex.on('query', (q: { __knexQueryUid: string }) => started.set(q.__knexQueryUid, performance.now()));
  knex.on('query-response', (_r: unknown, q: { __knexQueryUid: string; sql: string; bindings: unknown[] }) => {
    statements.push({ sql: q.sql, bindings: q.bindings ?? [], ms: performance.now() - (started.get(q.__knexQueryUid) ?? 0) });
  });
  // once to warm up, once measured
  await graphql(app.url, operation.query, operation.variables);
  statements.length = 0;
  const t0 = performance.now();
  const answer = await graphql(app.url, operation.query, operation.variables);
  const total = performance.now() - t0;
  knex.removeAllListeners('query');
  knex.removeAllListeners('query-response');
  if (answer.errors) console.log(`errors: ${JSON.stringify(answer.errors)}`);
  console.log(`${name}: ${total.toFixed(1)} ms, ${statements.length} statements (extensions.sqlStatements = ${answer.extensions?.sqlStatements})\n`);
  for (const s of statements) {
    console.log(`${s.ms.toFixed(1).padStart(7)} ms  ${s.sql.replace(/\s+/g, ' ').trim()}`);
    if (s.bindings.length) console.log(`            bindings ${JSON.stringify(s.bindings).slice(0, 300)}`);
    if (explain) {
      // the driver's $1, $2… back to knex's ? (they are numbered in order)
      const plan = await knex.raw(`explain (analyze, costs off) ${s.sql.replace(/\$\d+/g, '?')}`, s.bindings as never);
      console.log((plan.rows as Record<string, string>[]).map((r) => `            ${r['QUERY PLAN']}`).join('\n'));
    }
  }
} finally {
  await app.stop();
}
