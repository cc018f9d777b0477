/**
 * The command-line tools as people run them (`npm run import -- bundle.json`, `npm run export
 * -- out.json`): separate processes on a database of their own (a real PostgreSQL database, or
 * an embedded one in a temporary DATA_DIR).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, realDatabaseUrl } from '../support/databases.js';
import { canonicalBundle } from '../../src/bundle/bundle.canonical.js';
import { seedAsBundle } from '../../src/seed/seed.loader.js';

let dir: string;
let env: NodeJS.ProcessEnv;
let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-graph-cli-'));
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const base = realDatabaseUrl();
  if (base) {
    const database = await createTestDatabase(base);
    drop = database.drop;
    env = { ...rest, DATABASE_URL: database.url };
  } else {
    env = { ...rest, DATA_DIR: path.join(dir, 'data') };
  }
});
afterAll(async () => {
  await drop?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(script: 'import' | 'export', file: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, file], { env, timeout: 90_000 }, (error, _stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr });
    });
  });
}

const seedText = `${JSON.stringify(canonicalBundle(seedAsBundle()), null, 2)}\n`;

describe('npm run import / npm run export', () => {
  it('imports the seed bundle into an empty database and exports it back to the same file', async () => {
    const input = path.join(dir, 'seed.json');
    fs.writeFileSync(input, seedText);
    const imported = await run('import', input);
    expect(imported.stderr).toMatch(/imported .*seed\.json: 48 created, 0 matched and updated/);
    expect(imported.code).toBe(0);
    // progress, kind by kind
    expect(imported.stderr).toMatch(/outcomes\s+8 \/ 8/);

    const output = path.join(dir, 'out.json');
    const exported = await run('export', output);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/exported 9 groups, 9 topics, 2 documents, 2 meetings, 8 outcomes/);
    expect(fs.readFileSync(output, 'utf8')).toBe(seedText);
  }, 120_000);

  it('refuses a broken bundle, naming the record and field, and imports nothing', async () => {
    const broken = JSON.parse(seedText);
    broken.groups.push({ acronym: 'NEW-GROUP', name: 'Brought by a broken bundle', kind: 'OTHER', sector: 'EXTERNAL' });
    broken.liaisons[0].to[0].purpose = 'FOR_ACTION';
    const input = path.join(dir, 'broken.json');
    fs.writeFileSync(input, JSON.stringify(broken));
    const imported = await run('import', input);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain('broken.json: liaisons[0].deadline: a liaison FOR_ACTION needs a deadline');
    expect(imported.stderr).toContain('Nothing was imported.');

    const output = path.join(dir, 'after.json');
    expect((await run('export', output)).code).toBe(0);
    expect(fs.readFileSync(output, 'utf8')).toBe(seedText);
  }, 120_000);

  it('says so when the file is not JSON', async () => {
    const input = path.join(dir, 'not.json');
    fs.writeFileSync(input, '{ "format": "liaison-graph-bundle", ');
    const imported = await run('import', input);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/not\.json: .*JSON/);
  }, 60_000);
});
