/**
 * The bundle over HTTP (`GET /export.json`) and `npm run export` beside a running server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestToken } from '../support/tokens.js';
import { exportBundle, canonicalBundle } from '../../src/app/bundle.js';
import { bundleJsonChunks } from '../../src/bundle/bundle.json.js';
import { seedAsBundle } from '../../src/seed/seed.loader.js';

function runExport(env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '-'], { env, timeout: 90_000, maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const { DATABASE_URL: _ignored, ...baseEnv } = process.env;

let t: TestApp;
let secret: string;
beforeAll(async () => {
  // a row limit far under the bundle's rows: the download reads the whole database on purpose, under a budget of its own
  t = await startTestApp({ seed: true, env: { MAX_ROWS_PER_REQUEST: '20' } });
  secret = (await createTestToken(t, { role: 'ADMIN', label: 'Partner admin (test)' })).token;
});
afterAll(() => t?.stop());

describe('GET /export.json', () => {
  it('downloads the bundle npm run export writes, byte for byte, without tokens', async () => {
    const res = await fetch(`${t.url}/export.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="liaison-graph\.json"/);
    const body = await res.text();
    const bundle = JSON.parse(body);
    expect(bundle.liaisons.length).toBeGreaterThan(0);
    // what the command line writes for this database
    const expected = `${JSON.stringify((await exportBundle(t.app.orm.em.fork())).bundle, null, 2)}\n`;
    expect(body).toBe(expected);
    // no secrets: the token, its hash, token management
    expect(body).not.toContain(secret);
    expect(body).not.toMatch(/ApiToken|token_hash|tokenHash/i);

    // several downloads at once share one read and get the same bytes
    const together = await Promise.all([1, 2, 3].map(async () => (await fetch(`${t.url}/export.json`)).text()));
    expect(together).toEqual([body, body, body]);
    // while the per-request limit still holds for queries
    const query = await t.post({ query: '{ changes(first: 100) { edges { node { id } } } }' });
    expect(query.json.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'rows' });

    if (t.database === 'postgresql') {
      // the command itself, as a separate process on the same database
      const cli = await runExport({ ...baseEnv, DATABASE_URL: t.app.orm.config.get('clientUrl') });
      expect(cli.stderr).toMatch(/exported/);
      expect(cli.code).toBe(0);
      expect(cli.stdout).toBe(body);
    }
  });

  it('writes the text JSON.stringify would, in pieces', () => {
    const bundle = canonicalBundle(seedAsBundle());
    const chunks = [...bundleJsonChunks(bundle)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join('')).toBe(`${JSON.stringify(bundle, null, 2)}\n`);
    expect([...bundleJsonChunks({ ...bundle, topics: [] })].join('')).toBe(`${JSON.stringify({ ...bundle, topics: [] }, null, 2)}\n`);
  });
});

describe('npm run export while a server holds the embedded database', () => {
  it('says what to do, exits 1, and shows no stack trace', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-export-busy-'));
    try {
      // a live process (this one) owns the directory, as a running server would
      fs.writeFileSync(path.join(dataDir, 'liaison-graph.pid'), String(process.pid));
      const { code, stdout, stderr } = await runExport({ ...baseEnv, DATA_DIR: dataDir, PORT: '4321' });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(`in use by process ${process.pid}`);
      expect(stderr).toContain('curl -fsS http://localhost:4321/export.json -o bundle.json');
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
