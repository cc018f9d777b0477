/**
 * Documents over the 100 kB GraphQL body limit: they go to POST /graphql/ingest, which takes
 * files up to INGEST_MAX_BYTES and only the ingestion mutations; /graphql keeps its small limit.
 * Bad files, callers without the role, and everything that is not an ingestion mutation are
 * refused there with a coded error, and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST_MAX_BYTES } from '../../src/config/config.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql, type TestToken } from '../support/tokens.js';
import { pdf } from '../support/pdf.js';

const DRAFT = `mutation Draft($input: IngestFileInput!) {
  draftFacts(input: $input) { draft { fileKind text facts { kind key present values } } userErrors { field message code } }
}`;
const APPLY = `mutation Apply($input: ApplyFactsInput!) {
  applyFacts(input: $input) { applied { created skipped } userErrors { field message code } }
}`;

/** a report of the genre, its annex long enough to take the file past 100 kB */
const LONG_REPORT = [
  'The twenty-seventh meeting of CWG-COP was held on 5 to 6 November 2026 in Geneva, Switzerland, in a hybrid format.',
  'The outcomes of the twenty-seventh meeting were:',
  '–\tThe meeting agreed to publish the revised guidelines for industry.',
  'Annex: list of contributions.',
  ...Array.from({ length: 2500 }, (_, i) => `Contribution ${i + 1} was introduced and discussed by the participants.`),
].join('\n');

const file = (fileName: string, bytes: string | Buffer) => ({ fileName, content: Buffer.from(bytes).toString('base64') });

describe('uploading a document larger than 100 kB', () => {
  let t: TestApp;
  let tokens: Record<string, TestToken>;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    tokens = await createRoleTokens(t);
  });
  afterAll(() => t?.stop());

  const send = async (path: string, body: unknown, token: TestToken | null = tokens.secretariat!) => {
    const res = await fetch(`${t.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? token.headers : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: JSON.parse(text) };
  };
  const documents = async () => (await sql<{ n: number }>(t, 'select count(*)::int as n from documents'))[0]!.n;

  it('drafts and applies a 200 kB report through /graphql/ingest', async () => {
    expect(Buffer.byteLength(LONG_REPORT)).toBeGreaterThan(150_000);
    const drafted = await send('/graphql/ingest', { query: DRAFT, variables: { input: file('cwg-cop-27.txt', LONG_REPORT) } });
    expect(drafted.status).toBe(200);
    expect(drafted.json.data.draftFacts.userErrors).toEqual([]);
    const facts = drafted.json.data.draftFacts.draft.facts as { kind: string; key: string; values: Record<string, unknown> }[];
    expect(facts.map((f) => f.key)).toEqual(expect.arrayContaining(['CWG-COP#27', 'CWG-COP#27/1']));
    const applied = await send('/graphql/ingest', {
      query: APPLY,
      variables: {
        input: { file: file('cwg-cop-27.txt', LONG_REPORT), document: { symbol: 'CWG-COP/27/REPORT', title: '27th', kind: 'REPORT' }, facts: facts.map((f) => f.values) },
      },
    });
    expect(applied.json.data.applyFacts.userErrors).toEqual([]);
    const [stored] = await sql<{ length: number }>(t, `select length(text) as length from documents where symbol = 'CWG-COP/27/REPORT'`);
    expect(stored?.length).toBe(LONG_REPORT.length);
    expect(await sql(t, `select 1 from meetings m join groups g on g.id = m.group_id where g.acronym = 'CWG-COP' and m.number = 27`)).toHaveLength(1);
  });

  it('keeps the 100 kB limit on /graphql, for the same upload and for an ordinary query', async () => {
    const upload = await send('/graphql', { query: DRAFT, variables: { input: file('cwg-cop-27.txt', LONG_REPORT) } });
    expect(upload.status).toBe(413);
    expect(upload.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(upload.json.errors[0].message).toBe('The request body is too large (100 kB at most on this endpoint).');
    const padded = await send('/graphql', { query: `{ groups { totalCount } } #${'x'.repeat(120_000)}` });
    expect(padded.status).toBe(413);
    expect(padded.json.errors[0].message).toContain('100 kB');
  });

  it('takes only the ingestion mutations on /graphql/ingest: a query or another mutation is refused', async () => {
    const before = await documents();
    const query = await send('/graphql/ingest', { query: '{ groups { totalCount } }' });
    expect(query.status).toBe(400);
    expect(query.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(query.json.errors[0].message).toContain('draftFacts, applyFacts');
    const other = await send('/graphql/ingest', {
      query: 'mutation { draftFacts(input: { fileName: "a.txt", content: "YQ==" }) { userErrors { code } } createDocument(input: { symbol: "X", title: "X", kind: "REPORT" }) { userErrors { code } } }',
    });
    expect(other.status).toBe(400);
    // a fragment spread cannot smuggle a query in: the operation itself must be a mutation of ours
    const spread = await send('/graphql/ingest', { query: 'query Q { ...F } fragment F on Query { groups { totalCount } }' });
    expect(spread.status).toBe(400);
    expect((await send('/graphql/ingest', 'not json')).status).toBe(400);
    expect(await documents()).toBe(before);
  });

  it('refuses an oversized file: past INGEST_MAX_BYTES by the file check, far past it by the body limit', async () => {
    const justOver = await send('/graphql/ingest', { query: DRAFT, variables: { input: file('big.txt', Buffer.alloc(INGEST_MAX_BYTES + 1, 'a')) } });
    expect(justOver.status).toBe(200);
    expect(justOver.json.data.draftFacts.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(justOver.json.data.draftFacts.userErrors[0].message).toContain('TOO_LARGE');
    const farOver = await send('/graphql/ingest', { query: DRAFT, variables: { input: file('huge.txt', Buffer.alloc(INGEST_MAX_BYTES * 1.5, 'a')) } });
    expect(farOver.status).toBe(413);
    expect(farOver.json.errors[0].message).toMatch(/too large \(\d+ MB at most/);
  });

  it('refuses an empty file, a scan, a mislabelled file, no token and another role, storing nothing', async () => {
    const before = await documents();
    const problem = async (input: unknown, token?: TestToken | null) => {
      const { json } = await send('/graphql/ingest', { query: DRAFT, variables: { input } }, token === undefined ? tokens.secretariat! : token);
      return json.errors?.[0]?.extensions?.code ?? /\((\w+)\)$/.exec(json.data.draftFacts.userErrors[0]?.message ?? '')?.[1];
    };
    expect(await problem({ fileName: 'empty.txt', content: '' })).toBe('EMPTY');
    expect(await problem(file('scan.pdf', pdf()))).toBe('NO_TEXT');
    expect(await problem(file('report.docx', LONG_REPORT))).toBe('MISMATCHED_TYPE');
    expect(await problem(file('report.pdf', LONG_REPORT))).toBe('MISMATCHED_TYPE');
    expect(await problem(file('r.txt', LONG_REPORT), null)).toBe('UNAUTHENTICATED');
    expect(await problem(file('r.txt', LONG_REPORT), tokens.cwgCop!)).toBe('FORBIDDEN');
    // applying is refused the same way: the EDITOR of the very group the report is about
    const { json } = await send(
      '/graphql/ingest',
      { query: APPLY, variables: { input: { file: file('r.txt', LONG_REPORT), document: { symbol: 'CWG-COP/27/BIS', title: 'x', kind: 'REPORT' }, facts: [] } } },
      tokens.cwgCop!,
    );
    expect(json.errors?.[0]?.extensions?.code ?? json.data?.applyFacts?.userErrors?.[0]?.code).toBe('FORBIDDEN');
    expect(await documents()).toBe(before);
  });
});
