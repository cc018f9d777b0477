/**
 * Times bench/compare/ceiling.sql (the whole dashboard answer as one statement) on DATABASE_URL:
 * `DATABASE_URL=postgres://… npx tsx bench/compare/time-ceiling.ts [runs]`. One connection,
 * statements back to back after a warm-up; prints p50, p90, p99 and the answer's node counts.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('set DATABASE_URL to the benchmark database');
  process.exit(1);
}
const runs = Number(process.argv[2] ?? 200);
const sql = readFileSync(new URL('./ceiling.sql', import.meta.url), 'utf8');
const client = new pg.Client({ connectionString: url });
await client.connect();
for (let i = 0; i < 20; i++) await client.query(sql);
const times: number[] = [];
let answer: any;
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  answer = (await client.query(sql)).rows[0].answer;
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
await client.end();
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
const groups = answer.data.groups.edges;
const liaisons = groups.reduce((n: number, g: any) => n + g.node.liaisons.edges.length, 0);
console.log(`ceiling.sql over ${runs} runs at 1 connection: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms`);
console.log(`answer: ${groups.length} groups, ${liaisons} liaisons, ${answer.data.actionItems.edges.length} action items`);
