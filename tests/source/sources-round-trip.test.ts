import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql } from '../support/tokens.js';
import { exportBundle, importBundle } from '../../src/app/bundle.js';
import {
  AddClauseDocument,
  AddMilestoneDocument,
  CreateActionItemDocument,
  CreateBestPracticeDocument,
  CreateDocumentDocument,
  CreateLiaisonDocument,
  CreateMeetingDocument,
  CreateReportDocument,
  CreateResolutionDocument,
  RecordOutcomeDocument,
} from '../graphql/generated.js';

// Issue 15 item 5: a source excerpt the importer would refuse must be refused by the API too,
// or `npm run export` writes a backup that `npm run import` cannot restore.

let written: TestApp;
let restored: TestApp;
let headers: Record<string, string>;
beforeAll(async () => {
  // one after the other: an embedded database runs in this process, and two loading their
  // templates at once can hold its event loop past the other's 5 s connect timeout
  written = await startTestApp({ seed: true });
  restored = await startTestApp({ seed: false });
  headers = (await createRoleTokens(written)).secretariat.headers;
});
afterAll(async () => {
  await Promise.all([written?.stop(), restored?.stop()]);
});

const em = (t: TestApp) => t.app.orm.em.fork() as EntityManager;
const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const count = async (table: string) => Number((await sql<{ n: string }>(written, `select count(*) as n from ${table}`))[0].n);

const CITED = 'SRC/CITED-1';
const CITED_TEXT = 'The group agreed to publish the toolkit.\nIt asked  members for comments by June.';
const VERBATIM = 'asked  members for comments';
/** each mutation that takes sources: its payload field, the table it writes, and its input with the sources given (at `at` within it) */
type Write = { name: string; table: string; at?: string; run: (sources: { document: string; excerpt: string; note?: string }[], n: number) => Promise<{ userErrors: { field?: string | null; code: string }[] } | null | undefined> };

let reportId = '';
const writes: Write[] = [
  {
    name: 'createDocument', table: 'documents',
    run: async (sources, n) => (await written.graphql(CreateDocumentDocument, { input: { symbol: `SRC/CITING-${n}`, title: 'A document citing another', kind: 'OTHER', text: 'Cites.', sources } }, { headers })).data?.createDocument,
  },
  {
    name: 'createMeeting', table: 'meetings',
    run: async (sources, n) => (await written.graphql(CreateMeetingDocument, { input: { group: 'CG-COP', title: `Session ${n}`, startsOn: `2026-0${(n % 9) + 1}-1${n % 10}`, format: 'VIRTUAL', sources } }, { headers })).data?.createMeeting,
  },
  {
    name: 'recordOutcome', table: 'outcomes',
    run: async (sources, n) => (await written.graphql(RecordOutcomeDocument, { input: { meeting: 'CWG-COP#22', kind: 'AGREED', text: `to publish the toolkit (${n})`, sources } }, { headers })).data?.recordOutcome,
  },
  {
    name: 'createActionItem', table: 'action_items',
    run: async (sources, n) => (await written.graphql(CreateActionItemDocument, { input: { title: `Comment on the toolkit ${n}`, assignee: 'CG-COP', dueOn: '2026-06-30', sources } }, { headers })).data?.createActionItem,
  },
  {
    name: 'createLiaison', table: 'liaisons',
    run: async (sources, n) => (await written.graphql(CreateLiaisonDocument, { input: { title: `Toolkit comments ${n}`, from: 'CG-COP', to: [{ group: 'CWG-COP', purpose: 'FOR_INFORMATION' }], sources } }, { headers })).data?.createLiaison,
  },
  {
    name: 'createReport', table: 'reports',
    run: async (sources, n) => {
      const payload = (await written.graphql(CreateReportDocument, { input: { title: `Toolkit report ${n}`, kind: 'GAP_ANALYSIS', ownerGroup: 'CG-COP', sources } }, { headers })).data?.createReport;
      if (payload?.report) reportId = payload.report.id;
      return payload;
    },
  },
  {
    name: 'addMilestone', table: 'milestones',
    run: async (sources, n) => (await written.graphql(AddMilestoneDocument, { input: { report: reportId, group: 'CWG-COP', kind: 'PRESENTATION', plannedFor: `2026-1${n % 3}-01`, sources } }, { headers })).data?.addMilestone,
  },
  {
    name: 'createResolution', table: 'resolutions',
    run: async (sources, n) => (await written.graphql(CreateResolutionDocument, { input: { key: `src-resolution-${n}`, number: `${900 + n}`, adoptedBy: 'OTHER', sources } }, { headers })).data?.createResolution,
  },
  {
    // ClauseInput: a clause of a new resolution
    name: 'createResolution (its clause)', table: 'mandate_clauses', at: 'clauses[0].',
    run: async (sources, n) => (await written.graphql(CreateResolutionDocument, {
      input: { key: `src-clause-${n}`, number: `${950 + n}`, adoptedBy: 'OTHER', clauses: [{ text: 'to publish the toolkit', group: 'CG-COP', ask: 'PUBLISH', sources }] },
    }, { headers })).data?.createResolution,
  },
  {
    name: 'addClause', table: 'mandate_clauses',
    run: async (sources, n) => (await written.graphql(AddClauseDocument, { input: { resolution: 'pp-179-bucharest-2022', text: `to comment on the toolkit (${n})`, group: 'CWG-COP', ask: 'OTHER', sources } }, { headers })).data?.addClause,
  },
  {
    name: 'createBestPractice', table: 'best_practices',
    run: async (sources, n) => (await written.graphql(CreateBestPracticeDocument, { input: { title: `Toolkit practice ${n}`, summary: 'Publish, then ask for comments.', sources } }, { headers })).data?.createBestPractice,
  },
];

describe('sources through every mutation that takes them', () => {
  beforeAll(async () => {
    const cited = (await written.graphql(CreateDocumentDocument, { input: { symbol: CITED, title: 'The cited document', kind: 'OTHER', text: CITED_TEXT } }, { headers })).data?.createDocument;
    expect(cited?.userErrors).toEqual([]);
  });

  it('covers every input type of the schema that has a sources field', async () => {
    const schema = await import('node:fs').then((fs) => fs.readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
    const inputs = [...schema.matchAll(/^input (\w+) \{([^}]*)\}/gms)].filter((m) => /^\s*sources: \[SourceInput!\]/m.test(m[2])).map((m) => m[1]);
    expect(inputs.sort()).toEqual(['AddClauseInput', 'AddMilestoneInput', 'ClauseInput', 'CreateActionItemInput', 'CreateBestPracticeInput', 'CreateDocumentInput', 'CreateLiaisonInput',
      'CreateMeetingInput', 'CreateReportInput', 'CreateResolutionInput', 'RecordOutcomeInput']);
    expect(writes).toHaveLength(inputs.length);
  });

  it.each([
    ['words the document never says', 'The group rejected the toolkit.'],
    ['the right words with other spacing', 'asked members for comments'],
    ['the right words in another case', 'it asked  members for comments'],
    ['the words across a line break written as a space', 'toolkit. It asked'],
  ])('refuses an excerpt that is not verbatim (%s) with a coded userError, and writes nothing', async (_what, excerpt) => {
    for (const [i, write] of writes.entries()) {
      // the report the milestone needs exists from the first valid round; make one here if not
      if (write.name === 'addMilestone' && !reportId) await writes.find((w) => w.name === 'createReport')!.run([], 9);
      const before = [await count(write.table), await count('sources'), await count('changes')];
      const payload = await write.run([{ document: CITED, excerpt: 'The group agreed to publish the toolkit.' }, { document: CITED, excerpt }], 100 + i);
      expect(payload?.userErrors, write.name).toEqual([expect.objectContaining({ field: `${write.at ?? ''}sources[1].excerpt`, code: 'BAD_USER_INPUT' })]);
      expect(payload?.userErrors[0]).toMatchObject({ message: expect.stringContaining(`is not verbatim in ${CITED}`) });
      expect([await count(write.table), await count('sources'), await count('changes')], write.name).toEqual(before);
    }
  });

  it('accepts verbatim excerpts on every one, and the export imports into an empty database and exports again byte for byte', async () => {
    for (const [i, write] of writes.entries()) {
      const payload = await write.run([
        { document: CITED, excerpt: VERBATIM, note: `cited by ${write.name}` },
        // across the line break, as the text has it; surrounding blanks are trimmed as every text is
        { document: CITED, excerpt: '  toolkit.\nIt asked ' },
        // a document with text in the seed
        { document: 'CWG-COP/COUNCIL-REPORT-21-22', excerpt: 'CWG-COP' },
      ], i + 1);
      expect(payload?.userErrors, write.name).toEqual([]);
    }
    const first = (await exportBundle(em(written))).bundle;
    await importBundle(em(restored), first);
    const second = (await exportBundle(em(restored))).bundle;
    expect(text(second)).toBe(text(first));
    // every write above is in it, with its three sources in order
    const cited = JSON.stringify(first).split(JSON.stringify(VERBATIM)).length - 1;
    expect(cited).toBe(writes.length);
  });

  it('refuses an import that changes a document’s text under the excerpts the database cites from it, and writes nothing', async () => {
    const bundle = (await exportBundle(em(written))).bundle;
    const doc = bundle.documents.find((d) => d.symbol === CITED)!;
    doc.text = 'The group agreed to publish the toolkit.';
    // records without sources leave their sources as they are: those quoting the old text stay
    const records = [...bundle.documents, ...bundle.meetings, ...bundle.outcomes, ...bundle.actionItems, ...bundle.liaisons, ...bundle.reports,
      ...bundle.reports.flatMap((r) => r.milestones), ...bundle.bestPractices, ...(bundle.resolutions ?? []), ...(bundle.resolutions ?? []).flatMap((r) => r.clauses)] as { sources?: unknown }[];
    for (const r of records) delete r.sources;
    const before = [await count('documents'), await count('sources'), await count('changes')];
    const error = await importBundle(em(written), bundle).then(() => null, (e: unknown) => e as Error);
    expect(error?.message).toMatch(/^documents\[\d+\]\.text: no longer holds what a \w+ of the database cites from it: "asked {2}members/);
    expect([await count('documents'), await count('sources'), await count('changes')]).toEqual(before);
    expect((await sql<{ text: string }>(written, 'select text from documents where symbol = ?', [CITED]))[0].text).toBe(CITED_TEXT);
  });
});
