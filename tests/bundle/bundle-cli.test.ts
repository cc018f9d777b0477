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
import { canonicalBundle } from '../../src/app/bundle.js';
import { seedAsBundle } from '../../src/seed/seed.loader.js';

let dir: string;
/** two databases: the first, and an empty one to carry a bundle to */
let env: NodeJS.ProcessEnv;
let otherEnv: NodeJS.ProcessEnv;
const drops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-graph-cli-'));
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const base = realDatabaseUrl();
  const database = async (name: string): Promise<NodeJS.ProcessEnv> => {
    if (!base) return { ...rest, DATA_DIR: path.join(dir, name) };
    const created = await createTestDatabase(base);
    drops.push(created.drop);
    return { ...rest, DATABASE_URL: created.url };
  };
  [env, otherEnv] = [await database('data'), await database('other')];
});
afterAll(async () => {
  await Promise.all(drops.map((drop) => drop()));
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(script: 'import' | 'export', file: string, on = env): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, file], { env: on, timeout: 90_000 }, (error, _stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr });
    });
  });
}

const seedText = `${JSON.stringify(canonicalBundle(seedAsBundle()), null, 2)}\n`;
/** what the first export wrote: the seed, and the history of its import */
let exportedText: string;

describe('npm run import / npm run export', () => {
  it('imports the seed bundle into an empty database and exports it back: the same objects, and the import in their history', async () => {
    const input = path.join(dir, 'seed.json');
    fs.writeFileSync(input, seedText);
    const imported = await run('import', input);
    expect(imported.stderr).toMatch(/imported .*seed\.json: 51 created, 0 changed, 0 unchanged, 0 history entries added/);
    expect(imported.code).toBe(0);
    // progress, kind by kind
    expect(imported.stderr).toMatch(/outcomes\s+8 \/ 8/);

    const output = path.join(dir, 'out.json');
    const exported = await run('export', output);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/exported 9 groups, 10 topics, 2 documents, 2 meetings, 8 outcomes, .* 2 resolutions, 6 clauses, 49 changes/);
    exportedText = fs.readFileSync(output, 'utf8');
    const { changes, ...objects } = JSON.parse(exportedText);
    expect(`${JSON.stringify(objects, null, 2)}\n`).toBe(seedText);
    expect(new Set(changes.map((c: { action: string; actor: string }) => `${c.action} by ${c.actor}`))).toEqual(new Set(['CREATE by import (seed.json)']));
  }, 120_000);

  it('carries the history to another database: export → import into an empty one → export gives the same file', async () => {
    const imported = await run('import', path.join(dir, 'out.json'), otherEnv);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/out\.json: 51 created, 0 changed, 0 unchanged, 49 history entries added/);
    const again = path.join(dir, 'again.json');
    expect((await run('export', again, otherEnv)).code).toBe(0);
    expect(fs.readFileSync(again, 'utf8')).toBe(exportedText);
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
    expect(fs.readFileSync(output, 'utf8')).toBe(exportedText);
  }, 120_000);

  it('refuses a bundle that breaks the API’s input rules before it opens the database, and imports nothing', async () => {
    // a 50,000,000-character body, against a database that cannot even be reached: refused all the same
    const huge = JSON.parse(seedText);
    huge.liaisons[0].body = 'x'.repeat(50_000_000);
    const hugeFile = path.join(dir, 'huge.json');
    fs.writeFileSync(hugeFile, JSON.stringify(huge));
    const { DATA_DIR: _dataDir, ...noDatabase } = env;
    const refused = await run('import', hugeFile, { ...noDatabase, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/unreachable' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('huge.json: liaisons[0].body: is 50000000 characters long; at most 50000 are allowed');
    expect(refused.stderr).toContain('Nothing was imported.');

    const script = JSON.parse(seedText);
    script.documents[1].url = 'javascript:alert(document.domain)';
    const scriptFile = path.join(dir, 'script.json');
    fs.writeFileSync(scriptFile, JSON.stringify(script));
    const imported = await run('import', scriptFile);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain('script.json: documents[1].url: must be an http(s) address, got "javascript:alert(document.domain)"');

    const output = path.join(dir, 'after-rules.json');
    expect((await run('export', output)).code).toBe(0);
    expect(fs.readFileSync(output, 'utf8')).toBe(exportedText);
  }, 120_000);

  it('says so when the file is not JSON', async () => {
    const input = path.join(dir, 'not.json');
    fs.writeFileSync(input, '{ "format": "liaison-graph-bundle", ');
    const imported = await run('import', input);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/not\.json: .*JSON/);
  }, 60_000);
});
