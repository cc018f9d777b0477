/**
 * Ingestion through the API: a secretariat drafts a document's facts, reviews them, applies the
 * accepted ones in one transaction; facts the graph holds are marked and not written twice; bad
 * files and other roles are refused with nothing stored.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRoleTokens, sql, type TestToken } from '../support/tokens.js';

const DRAFT = `mutation Draft($input: IngestFileInput!) {
  draftFacts(input: $input) { draft { fileKind facts { kind key present values sources { excerpt note } } } userErrors { field message code } }
}`;
const APPLY = `mutation Apply($input: ApplyFactsInput!) {
  applyFacts(input: $input) { applied { created skipped } userErrors { field message code } }
}`;

/** a report of the genre, written for this test: the 23rd meeting, which the seed does not hold */
const REPORT_23 = [
  'The twenty-third meeting of CWG-COP was held on 9 (p.m.) to 10 October 2025 in Geneva, Switzerland, in a hybrid format.',
  'In the twenty-third meeting, 143 participants discussed the contributions received.',
  'The outcomes of the twenty-third meeting were:',
  '–\tThe meeting welcomed the gap analysis report prepared by CG-COP.',
  '–\tThe meeting agreed to hold an online consultation with youth before its next meeting. The Secretariat was invited to prepare the consultation questionnaire.',
].join('\n');

const file = (fileName: string, text: string | Buffer) => ({ fileName, content: Buffer.from(text).toString('base64') });
type Draft = { kind: string; key: string; present: boolean; values: Record<string, unknown> };

describe('ingesting a document through the API', () => {
  let t: TestApp;
  let tokens: Record<string, TestToken>;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    tokens = await createRoleTokens(t);
  });
  afterAll(() => t?.stop());

  const draft = async (input: unknown, token: TestToken | null = tokens.secretariat!) =>
    (await t.post({ query: DRAFT, variables: { input } }, token ? token.headers : {})).json;
  const apply = async (input: unknown, token: TestToken = tokens.secretariat!) => (await t.post({ query: APPLY, variables: { input } }, token.headers)).json;

  it('marks what the graph already holds: the seed liaison statement proposes nothing new', async () => {
    const text = readFileSync(new URL('../../src/seed/sources/liaison-cwg-cop-to-sg2-q3-2.txt', import.meta.url));
    const body = await draft(file('ls.txt', text));
    const facts = body.data.draftFacts.draft.facts as Draft[];
    expect(facts.length).toBeGreaterThan(10);
        expect(facts.filter((f) => !f.present).map((f) => f.key)).toEqual([]);
  });

  it('drafts a new report, applies the accepted facts with history and sources, and skips them the second time', async () => {
    const body = await draft(file('cwg-cop-23.txt', REPORT_23));
    expect(body.data.draftFacts.userErrors).toEqual([]);
    const facts = body.data.draftFacts.draft.facts as Draft[];
    expect(facts.map((f) => `${f.kind} ${f.key} ${f.present}`)).toEqual(
      expect.arrayContaining(['MEETING CWG-COP#23 false', 'OUTCOME CWG-COP#23/1 false', 'OUTCOME CWG-COP#23/2 false']),
    );
    const accepted = facts.filter((f) => f.kind !== 'MILESTONE').map((f) => f.values);
    const document = { symbol: 'CWG-COP/23/REPORT', title: 'Report of the 23rd meeting', kind: 'REPORT' };
    const applied = await apply({ file: file('cwg-cop-23.txt', REPORT_23), document, facts: accepted });
    expect(applied.data.applyFacts.userErrors).toEqual([]);
    expect(applied.data.applyFacts.applied.created).toBeGreaterThanOrEqual(5);

    const [meeting] = await sql<{ participant_count: number; start_half: string }>(
      t,
      `select m.participant_count, m.start_half from meetings m join groups g on g.id = m.group_id where g.acronym = 'CWG-COP' and m.number = 23`,
    );
    expect(meeting).toEqual({ participant_count: 143, start_half: 'PM' });
    const [item] = await sql<{ title: string; acronym: string }>(
      t,
      `select i.title, g.acronym from action_items i join groups g on g.id = i.assignee_id where i.title like 'Prepare the consultation%'`,
    );
    expect(item).toEqual({ title: 'Prepare the consultation questionnaire', acronym: 'Secretariat' });
    const changes = await sql<{ actor_label: string }>(t, `select actor_label from changes where object_type = 'Meeting' and action = 'CREATE' order by id desc limit 1`);
    expect(changes[0]?.actor_label).toBe('ITU secretariat officer');
    const [stored] = await sql<{ text: string }>(t, `select text from documents where symbol = 'CWG-COP/23/REPORT'`);
    expect(stored?.text).toBe(REPORT_23);

    const again = await apply({ file: file('cwg-cop-23.txt', REPORT_23), document, facts: accepted });
    expect(again.data.applyFacts.applied).toEqual({ created: 0, skipped: accepted.length });
  });

  it('writes nothing when one accepted fact is wrong (an excerpt the document does not contain)', async () => {
    const text = REPORT_23.replaceAll('twenty-third', 'twenty-fourth').replace('2025', '2026');
    const facts = ((await draft(file('cwg-cop-24.txt', text))).data.draftFacts.draft.facts as Draft[]).filter((f) => f.kind !== 'MILESTONE');
    const edited = facts.map((f, i) => (i === facts.length - 1 ? { ...f.values, sources: [{ excerpt: 'A sentence the document never had.' }] } : f.values));
    const refused = await apply({ file: file('cwg-cop-24.txt', text), document: { symbol: 'CWG-COP/24/REPORT', title: '24th', kind: 'REPORT' }, facts: edited });
    expect(refused.data.applyFacts.userErrors[0].code).toBe('BAD_USER_INPUT');
    expect(await sql(t, `select 1 from documents where symbol = 'CWG-COP/24/REPORT'`)).toEqual([]);
    expect(await sql(t, `select 1 from meetings where number = 24`)).toEqual([]);
  });

  it('applies milestones: to the report the graph holds, or to a new report of the owner the text names', async () => {
    const text = [
      'The twenty-fifth meeting of CWG-COP was held on 2 to 3 March 2026 in Geneva, Switzerland, in a hybrid format.',
      'The outcomes of the twenty-fifth meeting were:',
      '–\tThe meeting welcomed the revised gap analysis report prepared by CG-COP and expected the report to be discussed in ITU-T SG17 in May 2026.',
      '–\tThe meeting noted the youth toolkit report prepared by CWG-COP, to be considered in ITU-D SG2 in June 2026.',
    ].join('\n');
    const facts = (await draft(file('cwg-cop-25.txt', text))).data.draftFacts.draft.facts as Draft[];
    const milestones = facts.filter((f) => f.kind === 'MILESTONE');
    expect(milestones.map((f) => [f.values.group, f.values.plannedFor, f.values.reportKey ?? null])).toEqual([
      ['ITU-T SG17', '2026-05', 'cg-cop-gap-analysis'],
      ['ITU-D SG2', '2026-06', null],
    ]);
    const applied = await apply({
      file: file('cwg-cop-25.txt', text),
      document: { symbol: 'CWG-COP/25/REPORT', title: '25th', kind: 'REPORT' },
      facts: facts.map((f) => f.values),
    });
    expect(applied.data.applyFacts.userErrors).toEqual([]);
    const rows = await sql<{ report: string; owner: string; kind: string; group: string; planned_for: string; status: string; excerpts: string }>(
      t,
      `select r.key as report, o.acronym as owner, ms.kind, g.acronym as group, to_char(ms.planned_for, 'YYYY-MM-DD') as planned_for, ms.status,
              (select string_agg(s.excerpt, ' | ') from sources s join documents d on d.id = s.document_id
                where s.subject_type = 'Milestone' and s.subject_id = ms.id and d.symbol = 'CWG-COP/25/REPORT') as excerpts
         from milestones ms join reports r on r.id = ms.report_id join groups o on o.id = r.owner_group_id join groups g on g.id = ms.group_id
        where ms.planned_for >= '2026-01-01' order by ms.planned_for`,
    );
    expect(rows.map(({ excerpts: _, ...r }) => r)).toEqual([
      { report: 'cg-cop-gap-analysis', owner: 'CG-COP', kind: 'DISCUSSION', group: 'ITU-T SG17', planned_for: '2026-05-01', status: 'PLANNED' },
      { report: 'cwg-cop-youth-toolkit-report', owner: 'CWG-COP', kind: 'DISCUSSION', group: 'ITU-D SG2', planned_for: '2026-06-01', status: 'PLANNED' },
    ]);
    expect(rows[0]!.excerpts).toContain('discussed in ITU-T SG17 in May 2026');
    // the held report is left as it was: its title, status and its earlier milestones
    const [gap] = await sql<{ title: string; status: string; milestones: number }>(
      t,
      `select r.title, r.status, (select count(*)::int from milestones m where m.report_id = r.id) as milestones from reports r where r.key = 'cg-cop-gap-analysis'`,
    );
    expect(gap).toEqual({ title: 'CG-COP gap analysis report', status: 'UNDER_REVISION', milestones: 3 });
    const history = await sql<{ object_type: string; action: string }>(
      t,
      `select object_type, action from changes where object_type in ('Milestone', 'Report') and actor_label = 'ITU secretariat officer' order by id`,
    );
    expect(history).toEqual([
      { object_type: 'Report', action: 'CREATE' },
      { object_type: 'Milestone', action: 'CREATE' },
      { object_type: 'Milestone', action: 'CREATE' },
    ]);
    // drafted again, both are present and not proposed twice
    const again = (await draft(file('cwg-cop-25.txt', text))).data.draftFacts.draft.facts as Draft[];
    expect(again.filter((f) => f.kind === 'MILESTONE').map((f) => f.present)).toEqual([true, true]);
  });

  it('keeps a due date the reviewer gives as a month: stored as April 2026, not 1 April', async () => {
    const text = [
      'The twenty-seventh meeting of CWG-COP was held on 7 to 8 September 2026 in Geneva, Switzerland, in a hybrid format.',
      'The outcomes of the twenty-seventh meeting were:',
      '–\tThe meeting agreed to review the guidelines for industry. The Secretariat was invited to circulate the revised guidelines.',
    ].join('\n');
    const facts = (await draft(file('cwg-cop-27.txt', text))).data.draftFacts.draft.facts as Draft[];
    const item = facts.find((f) => f.kind === 'ACTION_ITEM');
    expect(item).toBeDefined();
    const values = facts.map((f) => (f === item ? { ...f.values, dueOn: '2026-04' } : f.values));
    const applied = await apply({ file: file('cwg-cop-27.txt', text), document: { symbol: 'CWG-COP/27/REPORT', title: '27th', kind: 'REPORT' }, facts: values });
    expect(applied.data.applyFacts.userErrors).toEqual([]);
    const rows = await sql<{ due_on: string; due_on_precision: string }>(
      t,
      `select to_char(a.due_on, 'YYYY-MM-DD') as due_on, a.due_on_precision from action_items a
        where exists (select 1 from sources s join documents d on d.id = s.document_id
                       where s.subject_type = 'ActionItem' and s.subject_id = a.id and d.symbol = 'CWG-COP/27/REPORT')`,
    );
    expect(rows).toEqual([{ due_on: '2026-04-01', due_on_precision: 'month' }]);
  });

  it('refuses a milestone whose report has no owner and no reportKey, writing nothing', async () => {
    const text = [
      'The twenty-sixth meeting of CWG-COP was held on 1 to 2 June 2026 in Geneva, Switzerland, in a hybrid format.',
      'The outcomes of the twenty-sixth meeting were:',
      '–\tThe meeting noted the mapping report prepared by CWG-COP, to be considered in ITU-D SG2 in July 2026.',
    ].join('\n');
    const facts = (await draft(file('cwg-cop-26.txt', text))).data.draftFacts.draft.facts as Draft[];
    const milestone = facts.find((f) => f.kind === 'MILESTONE');
    expect(milestone).toBeDefined();
    const orphan = { ...milestone!.values, report: { title: 'mapping report', owner: null } };
    const refused = await apply({ file: file('cwg-cop-26.txt', text), document: { symbol: 'CWG-COP/26/REPORT', title: '26th', kind: 'REPORT' }, facts: [orphan] });
    expect(refused.data.applyFacts.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refused.data.applyFacts.userErrors[0].message).toContain('reportKey');
    expect(await sql(t, `select 1 from documents where symbol = 'CWG-COP/26/REPORT'`)).toEqual([]);
  });

  it('refuses an EDITOR, a request without a token, a mislabelled file and a non-base64 one', async () => {
    // a refusal of the caller comes as the request's error (no draft), as for every mutation
    const codeOf = (body: { errors?: { extensions?: { code?: string } }[]; data?: { draftFacts?: { userErrors: { code: string }[] } | null } }) =>
      body.errors?.[0]?.extensions?.code ?? body.data?.draftFacts?.userErrors[0]?.code;
    expect(codeOf(await draft(file('r.txt', REPORT_23), tokens.cwgCop!))).toBe('FORBIDDEN');
    expect(codeOf(await draft(file('r.txt', REPORT_23), null))).toBe('UNAUTHENTICATED');
    const mislabelled = await draft(file('r.pdf', REPORT_23));
    expect(mislabelled.data.draftFacts.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(mislabelled.data.draftFacts.userErrors[0].message).toContain('MISMATCHED_TYPE');
    expect((await draft({ fileName: 'r.txt', content: 'not base64!' })).data.draftFacts.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file.content' });
  });
});
