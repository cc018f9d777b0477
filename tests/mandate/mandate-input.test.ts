import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { importBundle, exportBundle } from '../../src/app/bundle.js';
import type { Bundle } from '../../src/bundle/bundle.types.js';
import type { BundleClause } from '../../src/mandate/mandate.bundle.js';
import { seedAsBundle } from '../../src/seed/seed.loader.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(() => t?.stop());

const em = () => t.app.orm.em.fork();

/** the seed with one more resolution holding `clause` */
function withClause(clause: Partial<BundleClause>): Bundle {
  const bundle = seedAsBundle();
  return {
    ...bundle,
    resolutions: [
      ...(bundle.resolutions ?? []),
      { key: 'test-resolution', number: '999', adoptedBy: 'COUNCIL', clauses: [{ position: 1, text: 'to liaise', group: 'CWG-COP', ask: 'LIAISE_WITH', target: 'CWG-Internet', ...clause } as BundleClause] },
    ],
  };
}

async function refusal(bundle: Bundle) {
  const before = JSON.stringify((await exportBundle(em())).bundle);
  const error = await importBundle(em(), bundle).then(() => null, (e: unknown) => e as { code?: string; message: string; field?: string });
  // nothing was written
  expect(JSON.stringify((await exportBundle(em())).bundle)).toBe(before);
  return error;
}

describe('bad mandate input: coded errors, nothing written', () => {
  it('a clause whose typed form names an unknown group', async () => {
    const error = await refusal(withClause({ target: 'CWG-Nowhere' }));
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe('resolutions[2].clauses[0].target: "CWG-Nowhere" is not in the bundle or the database');
    const addressed = await refusal(withClause({ group: 'Nobody' }));
    expect(addressed?.message).toMatch(/^resolutions\[2\]\.clauses\[0\]\.group: "Nobody" is not/);
  });

  it('a period that ends before it begins', async () => {
    const error = await refusal(withClause({ periodStart: '2025-06-01', periodEnd: '2025-01-31' }));
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/resolutions\[2\]\.clauses\[0\]\.periodEnd: the period ends \(2025-01-31\) before it begins \(2025-06-01\)/);
  });

  it('a liaison ask without its target, a consultation without its topic', async () => {
    expect((await refusal(withClause({ target: undefined })))?.message).toMatch(/clauses\[0\]\.target: is required when the ask is LIAISE_WITH/);
    expect((await refusal(withClause({ ask: 'CONSULT', target: undefined })))?.message).toMatch(/clauses\[0\]\.topic: is required when the ask is CONSULT/);
  });

  it('a clause excerpt that is not in its document', async () => {
    const error = await refusal(withClause({ sources: [{ document: 'CWG-COP/COUNCIL-REPORT-21-22', excerpt: 'Words no source says.' }] }));
    expect(error?.message).toMatch(/^resolutions\[2\]\.clauses\[0\]\.sources\[0\]\.excerpt: /);
  });

  it('a valid clause with a period is written, re-imported unchanged, and exported with its period', async () => {
    const bundle = withClause({ periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    const first = await importBundle(em(), bundle);
    expect(first.created).toBe(1);
    const again = await importBundle(em(), bundle);
    expect(again).toMatchObject({ created: 0, updated: 0 });
    const exported = (await exportBundle(em())).bundle.resolutions!.find((r) => r.key === 'test-resolution')!;
    expect(exported.clauses[0]).toMatchObject({ periodStart: '2025-01-01', periodEnd: '2025-12-31', target: 'CWG-Internet' });
  });
});
