/**
 * CPU time per answer, which a shared machine's load disturbs far less than latency:
 * `DATABASE_URL=postgres://… npx tsx bench/compare/cpu-time.ts [runs] [--only dashboard,thread]
 * [--server-root /other/checkout]`. Starts the production build (as `npm run bench` does,
 * response cache off), sends each operation `runs` times one after the other, and reads from
 * /proc the CPU the server process and the PostgreSQL backends serving it spent; then runs
 * bench/compare/ceiling.sql `runs` times on one connection and reads its backend's CPU. With
 * --server-root, that checkout's build is measured too, alternating with ours per operation, so
 * a change's effect is read in one run. On an idle machine, one connection's latency is about
 * the sum of these (Linux only; nothing else may use the database meanwhile, its backends are
 * counted).
 */
import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { OPERATION_NAMES, prepareOperation, startServer, type OperationName } from '../bench.js';
import { measureOptions } from './measure-options.js';

const { url, runs, names, roots, values } = measureOptions({ runs: 100, names: OPERATION_NAMES }, ['rounds']);
const rounds = Number(values.rounds ?? 2);
const operations = names as OperationName[];
const database = new URL(url).pathname.slice(1);
const TICK_MS = 10; // /proc/<pid>/stat counts CPU in clock ticks of 1/100 s
/** user + system CPU of a process, ms */
function cpuMs(pid: number): number {
  // a pool's idle backend may have gone meanwhile: its CPU is then not counted
  if (!existsSync(`/proc/${pid}/stat`)) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

const monitor = new pg.Client({ connectionString: url });
await monitor.connect();
const monitorPid = (await monitor.query('select pg_backend_pid() as pid')).rows[0].pid as number;

/** server and PostgreSQL CPU per answer of one operation, `runs` answers after 30 unmeasured ones */
async function measure(root: string | undefined, name: OperationName): Promise<{ server: number; pg: number; wall: number }> {
  const server = await startServer(url, { root, env: { RESPONSE_CACHE_SECONDS: '0', RATE_LIMIT_PER_MINUTE: '0' } });
  try {
    const prepared = await prepareOperation(server.url, name);
    if (!prepared.body) throw new Error(`${name}: ${prepared.skipped}`);
    const ask = async () => {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: prepared.body });
      const answer = (await res.json()) as { errors?: unknown };
      if (answer.errors) throw new Error(JSON.stringify(answer.errors).slice(0, 500));
    };
    for (let i = 0; i < 30; i += 1) await ask();
    const backends = (await monitor.query('select pid from pg_stat_activity where datname = $1 and pid <> $2', [database, monitorPid])).rows.map((r) => r.pid as number);
    const server0 = cpuMs(server.pid);
    const backends0 = backends.map(cpuMs);
    const started = Date.now();
    for (let i = 0; i < runs; i += 1) await ask();
    return {
      wall: (Date.now() - started) / runs,
      server: (cpuMs(server.pid) - server0) / runs,
      pg: backends.reduce((sum, pid, i) => sum + Math.max(0, cpuMs(pid) - backends0[i]), 0) / runs,
    };
  } finally {
    await server.stop();
  }
}

for (const name of operations) {
  for (let round = 0; round < rounds; round += 1) {
    for (const root of roots) {
      const m = await measure(root, name);
      console.log(
        `${name.padEnd(10)} ${(root ?? 'this checkout').padEnd(22)} ${runs} runs at 1 connection: server CPU ${m.server.toFixed(1)} ms, PostgreSQL CPU ${m.pg.toFixed(1)} ms per answer (wall ${m.wall.toFixed(1)} ms)`,
      );
    }
  }
}

const client = new pg.Client({ connectionString: url });
await client.connect();
const pid = (await client.query('select pg_backend_pid() as pid')).rows[0].pid as number;
const sql = readFileSync(new URL('./ceiling.sql', import.meta.url), 'utf8');
for (let i = 0; i < 20; i += 1) await client.query(sql);
const backend0 = cpuMs(pid);
const own0 = process.cpuUsage();
const started = Date.now();
for (let i = 0; i < runs; i += 1) await client.query(sql);
const own = process.cpuUsage(own0);
console.log(`ceiling.sql, ${runs} runs: PostgreSQL CPU ${((cpuMs(pid) - backend0) / runs).toFixed(1)} ms, client (pg, JSON) CPU ${((own.user + own.system) / 1000 / runs).toFixed(1)} ms per answer (wall ${((Date.now() - started) / runs).toFixed(1)} ms)`);
await client.end();
await monitor.end();
