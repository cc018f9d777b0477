/**
 * The command-line pieces `npm run bench` (bench/run.ts) and `npm run bench:compare`
 * (bench/compare/run.ts) share: reading options, the database they need, the operations and
 * concurrency levels they take, and writing the JSON figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { OPERATION_NAMES, type OperationName } from './bench.js';

export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** the word after `--name`; `dashes` lets it start with `--` (node options) */
export function value(name: string, { dashes = false } = {}): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const v = process.argv[i + 1];
  if (v === undefined || (!dashes && v.startsWith('--'))) fail(`--${name} needs a value`);
  return v;
}

export function number(name: string, fallback: number, min: number, what = 'a number'): number {
  const raw = value(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) fail(`--${name} needs ${what} ≥ ${min}, got "${raw}"`);
  return n;
}

/** DATABASE_URL, or how to make one for `npm run <script>` in a database named `database` */
export function databaseUrlFor(script: string, database: string): string {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    fail(
      `npm run ${script} needs DATABASE_URL: a real PostgreSQL holding the synthetic data set, e.g.\n` +
        `  psql -h 127.0.0.1 -U postgres -c 'create database ${database}'\n` +
        `  DATABASE_URL=postgres://postgres@127.0.0.1:5432/${database} npm run bench:data -- --scale 1\n` +
        `  DATABASE_URL=postgres://postgres@127.0.0.1:5432/${database} npm run ${script}`,
    );
  }
  return databaseUrl;
}

/** --connections: concurrency levels, `fallback` when not given (e.g. "1,8,32") */
export function connectionLevels(fallback: string): number[] {
  const connections = (value('connections') ?? fallback).split(',').map((c) => Number(c.trim()));
  if (connections.some((c) => !Number.isInteger(c) || c < 1 || c > 1000)) fail(`--connections needs whole numbers from 1 to 1000, e.g. ${fallback}`);
  return connections;
}

/** --only: the operations to measure (default all) */
export function onlyOperations(): OperationName[] {
  const only = (value('only') ?? OPERATION_NAMES.join(',')).split(',').map((o) => o.trim());
  const unknown = only.filter((o) => !(OPERATION_NAMES as readonly string[]).includes(o));
  if (unknown.length) fail(`--only: unknown operation ${unknown.join(', ')} (known: ${OPERATION_NAMES.join(', ')})`);
  return only as OperationName[];
}

/** --out FILE, or `fallback` */
export function outFile(fallback: string): string {
  return path.resolve(value('out') ?? fallback);
}

export function writeResults(out: string, results: unknown): void {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwritten to ${path.relative(process.cwd(), out) || out}`);
}
