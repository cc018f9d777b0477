/**
 * The worked client in examples/partner-dashboard/ is built the way a partner builds it: the
 * schema downloaded from the running server (GET /schema.graphql), typed documents generated
 * from it (GraphQL Code Generator), type-checked (tsc) and bundled (esbuild). A schema change
 * that breaks the example's operations or the code using them fails here.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

const run = promisify(execFile);
const EXAMPLE = path.resolve('examples/partner-dashboard');
const bin = (name: string) => path.resolve('node_modules/.bin', name);

describe('examples/partner-dashboard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('generates its types from the downloaded schema, type-checks and bundles', async () => {
    const res = await fetch(`${t.url}/schema.graphql`);
    expect(res.status).toBe(200);
    await writeFile(path.join(EXAMPLE, 'schema.graphql'), await res.text());
    await run(bin('graphql-codegen'), ['--config', 'codegen.yml', '--silent'], { cwd: EXAMPLE });
    await run(bin('tsc'), ['-p', EXAMPLE]).catch((error: { stdout?: string }) => {
      throw new Error(`tsc -p examples/partner-dashboard failed:\n${error.stdout ?? String(error)}`);
    });
    const bundle = await build({ entryPoints: [path.join(EXAMPLE, 'src/main.ts')], bundle: true, write: false, format: 'esm', logLevel: 'silent' });
    const js = bundle.outputFiles[0]!.text;
    // the live updates' client is in the page, and no graphql-js (the documents are strings)
    expect(js).toContain('graphql-transport-ws');
    expect(js).not.toContain('GraphQLSchema');
  }, 180_000);
});
