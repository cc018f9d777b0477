/**
 * One validation for every way in: a bundle is held to the API's input rules (sizes, URL schemes,
 * dates, enumerations, NUL), refused with the path of the record and field, and nothing of it is
 * written. And a re-import changes only what the bundle changes: an object that already holds the
 * bundle's values keeps its version (a client editing it is not sent a CONFLICT), a changed one
 * gets a new version and a Change, as any edit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { exportBundle, canonicalBundle, importBundle } from '../../src/app/bundle.js';
import { BundleError } from '../../src/bundle/bundle.import.js';
import type { Bundle } from '../../src/bundle/bundle.types.js';
import { seedAsBundle } from '../../src/seed/seed.loader.js';
import { createTestToken, sql } from '../support/tokens.js';
import { historyOf } from '../support/history.js';
import { CreateDocumentDocument, CreateLiaisonDocument, CreateMeetingDocument, UpdateLiaisonDocument, UpdateMeetingDocument } from '../graphql/generated.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true });
});
afterAll(() => app?.stop());

const em = () => app.app.orm.em.fork() as EntityManager;

/** every table's row count: "nothing was written" is all of them unchanged */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = ['groups', 'topics', 'meetings', 'meeting_topics', 'documents', 'sources', 'outcomes', 'outcome_topics', 'action_items',
    'liaisons', 'liaison_addressees', 'liaison_attachments', 'reports', 'milestones', 'best_practices', 'best_practice_topics', 'best_practice_documents',
    'changes'];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await sql<{ n: string }>(app, `select count(*) as n from ${table}`))[0].n);
  return counts;
}

describe('a bundle that breaks one of the API’s input rules imports nothing and names the record and the field', () => {
  const change: NonNullable<Bundle['changes']>[number] = {
    at: '2025-03-01T10:00:00.000000Z', subjectType: 'Group', subject: 'BDT', action: 'UPDATE', actor: 'Secretariat officer', actorRole: 'SECRETARIAT',
    before: { name: 'Telecommunication Development Bureau' }, after: { name: 'BDT' },
  };

  it.each<[string, (b: Bundle) => void, RegExp]>([
    ['a liaison body one character over the API’s 50,000', (b) => { b.liaisons[0].body = 'x'.repeat(50_001); }, /^liaisons\[0\]\.body: is 50001 characters long; at most 50000 are allowed$/],
    ['a liaison body of 50,000,000 characters', (b) => { b.liaisons[0].body = 'x'.repeat(50_000_000); }, /^liaisons\[0\]\.body: is 50000000 characters long; at most 50000 are allowed$/],
    ['a meeting title over 500 characters', (b) => { b.meetings[1].title = 'T'.repeat(501); }, /^meetings\[1\]\.title: is 501 characters long; at most 500 are allowed$/],
    ['an excerpt over 50,000 characters', (b) => { b.outcomes[0].sources![0].excerpt = 'e'.repeat(50_001); }, /^outcomes\[0\]\.sources\[0\]\.excerpt: is 50001 characters long/],
    ['a document text over 500,000 characters (an ingested report may pass 50,000)', (b) => { b.documents[0].text = 't'.repeat(500_001); }, /^documents\[0\]\.text: is 500001 characters long; at most 500000 are allowed$/],
    ['a text the API has no field for, over 50,000 characters', (b) => { b.groups[0].officers = [{ role: 'Chair', name: 'n'.repeat(50_001) }]; }, /^groups\[0\]\.officers\[0\]\.name: is 50001 characters long/],
    ['a javascript: document URL', (b) => { b.documents[1].url = 'javascript:alert(document.domain)'; }, /^documents\[1\]\.url: must be an http\(s\) address, got "javascript:alert\(document\.domain\)"$/],
    ['a data: document URL', (b) => { b.documents[0].url = 'data:text/html,<script>alert(1)</script>'; }, /^documents\[0\]\.url: must be an http\(s\) address/],
    ['a document URL over 2,000 characters', (b) => { b.documents[0].url = `https://www.itu.int/${'a'.repeat(2000)}`; }, /^documents\[0\]\.url: is 2020 characters long; at most 2000 are allowed$/],
    ['a date that does not exist', (b) => { b.meetings[1].startsOn = '2025-02-29'; }, /^meetings\[1\]\.startsOn: "2025-02-29" is not a date/],
    ['a date in another form', (b) => { b.actionItems[0].dueOn = '01/03/2025'; }, /^actionItems\[0\]\.dueOn: "01\/03\/2025" must be a date written YYYY, YYYY-MM or YYYY-MM-DD/],
    ['a status outside the enumeration', (b) => { (b.actionItems[0] as { status: string }).status = 'FINISHED'; }, /^actionItems\[0\]\.status: must be one of OPEN, IN_PROGRESS, DONE, CANCELLED; got "FINISHED"$/],
    ['a report kind the API refuses', (b) => { b.reports[0].kind = 'gap analysis'; }, /^reports\[0\]\.kind: "gap analysis" does not match/],
    ['a topic name over the API’s 100 characters', (b) => { b.topics[0].name = 'n'.repeat(101); }, /^topics\[0\]\.name: is 101 characters long; at most 100 are allowed$/],
    ['a NUL character in a group name', (b) => { b.groups[1].name = 'Tele\u0000communication'; }, /^groups\[1\]\.name: Text may not contain the NUL character/],
    ['a NUL character inside a history snapshot', (b) => { b.changes = [{ ...change, after: { name: 'B\u0000DT' } }]; }, /^changes\[0\]\.after\.name: Text may not contain the NUL character/],
    ['a huge text inside a history snapshot (a document’s text is the longest)', (b) => { b.changes = [{ ...change, after: { name: 'x'.repeat(500_001) } }]; }, /^changes\[0\]\.after\.name: is 500001 characters long/],
  ])('%s', async (_what, breakIt, message) => {
    const before = await rowCounts();
    const bundle = canonicalBundle(seedAsBundle());
    bundle.groups.push({ acronym: 'NEW-GROUP', name: 'A group the broken bundle brings', kind: 'OTHER', sector: 'EXTERNAL' });
    breakIt(bundle);
    const error = await importBundle(em(), bundle).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).message).toMatch(message);
    expect((error as BundleError).code).toBe('BAD_USER_INPUT');
    expect(await rowCounts()).toEqual(before);
  });

  it('is the API’s own rule: the API refuses the same values in the same words', async () => {
    const secretariat = await createTestToken(app, { role: 'SECRETARIAT' });
    const document = await app.graphql(CreateDocumentDocument, { input: { symbol: 'TEST/JS-URL', title: 'A link', kind: 'OTHER', url: 'javascript:alert(document.domain)' } },
      { headers: secretariat.headers });
    expect(document.data?.createDocument?.userErrors.map((e) => e.message)).toEqual(['url must be an http(s) address, got "javascript:alert(document.domain)"']);
    const liaison = await app.graphql(CreateLiaisonDocument, { input: { title: 'Long', from: 'CG-COP', to: [{ group: 'CWG-COP', purpose: 'FOR_INFORMATION' }], body: 'x'.repeat(50_001) } },
      { headers: secretariat.headers });
    expect(liaison.data?.createLiaison?.userErrors.map((e) => e.message)).toEqual(['body is 50001 characters long; at most 50000 are allowed']);
  });
});

describe('re-importing an export into the database it came from', () => {
  it('leaves objects written through the API at their version: the client’s next edit with the version it holds succeeds', async () => {
    const editor = await createTestToken(app, { role: 'EDITOR', groups: ['CG-COP'] });
    const created = (await app.graphql(CreateLiaisonDocument, { input: {
      title: 'Request for comments on the second draft', from: 'CG-COP', to: [{ group: 'CWG-COP', purpose: 'FOR_COMMENT' }], cc: ['BDT'], deadline: '2026-03-31', status: 'SENT',
    } }, { headers: editor.headers })).data!.createLiaison!;
    expect(created.userErrors).toEqual([]);
    const meeting = (await app.graphql(CreateMeetingDocument, { input: { group: 'CG-COP', title: 'CG-COP online session', startsOn: '2026-01-20', format: 'VIRTUAL' } },
      { headers: editor.headers })).data!.createMeeting!;
    expect(meeting.userErrors).toEqual([]);
    const liaison = created.liaison!;
    expect(liaison.version).toBe(1);

    const bundle = (await exportBundle(em())).bundle;
    const counts = await rowCounts();
    const summary = await importBundle(em(), bundle);
    expect(summary).toMatchObject({ created: 0, updated: 0, history: 0 });
    expect(await rowCounts()).toEqual(counts);
    expect(await historyOf(app, liaison.id)).toMatchObject({ version: 1, totalCount: 1 });

    // the edits a client makes next, with the versions it read before the import
    const updated = (await app.graphql(UpdateLiaisonDocument, { input: { id: liaison.id, version: 1, title: 'Request for comments on the third draft' } },
      { headers: editor.headers })).data!.updateLiaison!;
    expect(updated.userErrors).toEqual([]);
    expect(updated.liaison?.version).toBe(2);
    const moved = (await app.graphql(UpdateMeetingDocument, { input: { meeting: meeting.meeting!.id, version: 1, location: 'Online' } }, { headers: editor.headers })).data!.updateMeeting!;
    expect(moved.userErrors).toEqual([]);
  });

  it('records what a changed bundle changes like any edit: a new version, and a Change with the fields before and after', async () => {
    const bundle = (await exportBundle(em())).bundle;
    const record = bundle.liaisons.find((l) => l.title === 'Request for comments on the third draft')!;
    const [{ id }] = await sql<{ id: number }>(app, `select id from liaisons where title = 'Request for comments on the third draft'`);
    const liaisonId = Buffer.from(`Liaison:${id}`).toString('base64url');
    const before = await historyOf(app, liaisonId);
    expect(before.version).toBe(2);

    record.title = 'Request for comments on the final draft';
    record.cc = [];
    const summary = await importBundle(em(), bundle, { actor: 'import (partner.json)' });
    expect(summary).toMatchObject({ created: 0, updated: 1, history: 0 });
    const after = await historyOf(app, liaisonId);
    expect(after.version).toBe(3);
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.changes.at(-1)).toMatchObject({
      action: 'UPDATE',
      by: { label: 'import (partner.json)', role: 'ADMIN' },
      objectVersion: 3,
      fields: ['title', 'cc'],
      before: { title: 'Request for comments on the third draft', cc: ['BDT'] },
      after: { title: 'Request for comments on the final draft', cc: [] },
    });

    // a client still holding version 2 is told; with version 3 its edit goes through
    const editor = await createTestToken(app, { role: 'EDITOR', groups: ['CG-COP'] });
    const stale = (await app.graphql(UpdateLiaisonDocument, { input: { id: liaisonId, version: 2, title: 'Stale edit' } }, { headers: editor.headers })).data!.updateLiaison!;
    expect(stale.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
    const fresh = (await app.graphql(UpdateLiaisonDocument, { input: { id: liaisonId, version: 3, title: 'Fresh edit' } }, { headers: editor.headers })).data!.updateLiaison!;
    expect(fresh.userErrors).toEqual([]);

    // the same bundle once more: it already holds the bundle's values, apart from the edit after it
    const again = await importBundle(em(), bundle, { actor: 'import (partner.json)' });
    expect(again).toMatchObject({ created: 0, updated: 1 });
    const third = await importBundle(em(), bundle, { actor: 'import (partner.json)' });
    expect(third).toMatchObject({ created: 0, updated: 0 });
  });
});
