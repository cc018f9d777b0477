/**
 * Where tests get their databases. With TEST_DATABASE_URL (a real PostgreSQL) each test file
 * gets a database of its own, copied from a migrated template; without it each file gets an
 * in-memory embedded PGlite loaded from a migrated data-dir dump. Either way files are isolated
 * and can run in parallel.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

export const CACHE_DIR = path.resolve('.test-cache');
export const EMBEDDED_TEMPLATE_FILE = path.join(CACHE_DIR, 'embedded-template.tar');
/** one template per checkout, so several checkouts (worktrees, CI) can run tests side by side */
export const TEMPLATE_DATABASE = `liaison_graph_template_${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 10)}`;

export function realDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/**
 * Some tests run on an embedded database in a DATA_DIR of their own whatever TEST_DATABASE_URL
 * says (`npm start` and the token CLI as a newcomer runs them, SIGTERM of the embedded server):
 * a run on the real PostgreSQL repeats them unchanged. TEST_EMBEDDED_ONLY=off skips them there;
 * .ci/run sets it on its real-PostgreSQL pass, whose embedded pass runs them.
 */
export const EMBEDDED_ONLY_SKIPPED = process.env.TEST_EMBEDDED_ONLY === 'off' && realDatabaseUrl() !== undefined;

/** the same server as `url`, another database */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** a fresh database copied from the migrated template; returns its URL */
export async function createTestDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `liaison_graph_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(baseUrl, `create database ${name} template ${TEMPLATE_DATABASE}`);
  return {
    url: withDatabase(baseUrl, name),
    drop: () => adminQuery(baseUrl, `drop database if exists ${name} with (force)`),
  };
}

export function embeddedTemplate(): Blob {
  return new Blob([fs.readFileSync(EMBEDDED_TEMPLATE_FILE)]);
}
