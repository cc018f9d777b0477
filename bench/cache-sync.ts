/**
 * `npm run bench:cache-sync [-- --calls 2000]`: what the response cache's cross-process guarantee
 * costs a cache hit. Before each lookup a server makes one round trip on its LISTENing connection
 * (platform/database/write-watch.ts, sync()); calls that arrive while one is under way share the
 * next. Prints, against DATABASE_URL (a real PostgreSQL), the latency of sync() one at a time and
 * the sync()s completed per second with 1, 8 and 32 callers in a loop, next to a plain
 * `select 1` on a pooled connection for scale, and the time from a write's commit (pg_notify in
 * its transaction) to the listener hearing it.
 */
import pg from 'pg';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { listenForWrites, WRITES_CHANNEL } from '../src/platform/database/write-watch.js';

const config = loadConfig();
if (!config.databaseUrl) {
  console.error('npm run bench:cache-sync needs DATABASE_URL (a real PostgreSQL): the embedded database has one process, and no sync');
  process.exit(2);
}
const at = process.argv.indexOf('--calls');
const calls = at === -1 ? 2000 : Number(process.argv[at + 1]);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
const ms = (n: number) => n.toFixed(3);

let heard: (() => void) | null = null;
const listener = await listenForWrites({
  url: config.databaseUrl,
  logger: createLogger('warn'),
  onWrite: () => heard?.(),
  onLost: () => {},
});
const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 1 });

async function sequential(label: string, call: () => Promise<unknown>) {
  for (let i = 0; i < 100; i++) await call(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} p50 ${ms(percentile(times, 50))} ms  p99 ${ms(percentile(times, 99))} ms`);
}

async function concurrent(callers: number) {
  let done = 0;
  const until = performance.now() + 3_000;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (performance.now() < until) {
        await listener.sync();
        done += 1;
      }
    }),
  );
  console.log(`sync() with ${String(callers).padStart(2)} callers              ${Math.round(done / 3)} a second`);
}

console.log(`load average ${(await import('node:os')).loadavg()[0].toFixed(2)}, ${calls} calls each`);
await sequential('select 1 on a pooled connection', () => pool.query('select 1'));
await sequential('sync() (one round trip, LISTEN)', () => listener.sync());
for (const callers of [1, 8, 32]) await concurrent(callers);

// commit → heard: a second session notifies in a transaction, as runWrite does
const writer = new pg.Client({ connectionString: config.databaseUrl });
await writer.connect();
const delays: number[] = [];
for (let i = 0; i < 200; i++) {
  const heardIt = new Promise<void>((resolve) => (heard = resolve));
  await writer.query('begin');
  await writer.query('select pg_notify($1, $2)', [WRITES_CHANNEL, JSON.stringify({ from: 'bench', types: ['Bench'] })]);
  const committed = performance.now();
  await writer.query('commit');
  await heardIt;
  delays.push(performance.now() - committed);
}
delays.sort((a, b) => a - b);
console.log(`commit → notification heard          p50 ${ms(percentile(delays, 50))} ms  p99 ${ms(percentile(delays, 99))} ms`);
await writer.end();
await pool.end();
await listener.close();
