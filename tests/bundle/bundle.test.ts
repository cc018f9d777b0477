import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { exportBundle } from '../../src/bundle/bundle.export.js';
import { canonicalBundle } from '../../src/bundle/bundle.canonical.js';
import { BundleError, importBundle } from '../../src/bundle/bundle.import.js';
import type { Bundle } from '../../src/bundle/bundle.types.js';
import { seedAsBundle } from '../../src/seed/seed.loader.js';
import { Group } from '../../src/group/group.entity.js';
import { Meeting } from '../../src/meeting/meeting.entity.js';
import { Document } from '../../src/document/document.entity.js';
import { Liaison, LiaisonAddressee } from '../../src/liaison/liaison.entity.js';
import { ActionItem } from '../../src/action-item/action-item.entity.js';
import { Milestone, Report } from '../../src/report/report.entity.js';
import { Source } from '../../src/source/source.entity.js';

/** the seeded knowledge base, later grown with what the API can write but the seed does not hold */
let source: TestApp;
/** an empty database */
let empty: TestApp;

beforeAll(async () => {
  [source, empty] = await Promise.all([startTestApp({ seed: true }), startTestApp({ seed: false })]);
});
afterAll(async () => {
  await Promise.all([source?.stop(), empty?.stop()]);
});

const em = (t: TestApp) => t.app.orm.em.fork() as EntityManager;
const exported = async (t: TestApp) => (await exportBundle(em(t))).bundle;
const text = (bundle: Bundle) => `${JSON.stringify(bundle, null, 2)}\n`;

/** every table's row count: "nothing was written" is all of them unchanged */
async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = ['groups', 'topics', 'meetings', 'meeting_topics', 'documents', 'sources', 'outcomes', 'outcome_topics', 'action_items',
    'liaisons', 'liaison_addressees', 'liaison_attachments', 'reports', 'milestones', 'best_practices', 'best_practice_topics', 'best_practice_documents'];
  const knex = em(t).getKnex();
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await knex.raw(`select count(*) as n from ${table}`)).rows[0].n);
  return counts;
}

/** What the API writes and the seed lacks: records without keys, a meeting without a number, a thread, cc, a private document. */
async function growWithApiStyleRecords(t: TestApp) {
  const fork = em(t);
  const group = (acronym: string) => fork.findOneOrFail(Group, { acronym });
  const [cgCop, cwgCop, bdt, sg17] = await Promise.all([group('CG-COP'), group('CWG-COP'), group('BDT'), group('ITU-T SG17')]);
  cgCop.officers = [{ role: 'Co-convener', name: 'A. Example' }];
  const session = Object.assign(new Meeting(), {
    group: ref(cgCop), title: 'CG-COP online session on the gap analysis', startsOn: '2025-04-08', endsOn: '2025-04-08', startHalf: 'PM', format: 'VIRTUAL',
  });
  const draft = Object.assign(new Document(), {
    symbol: 'CG-COP/DRAFT-GAP-2', title: 'Gap analysis report, second draft', kind: 'REPORT', public: false, text: 'Draft text: gaps in technical standards.', sourceGroup: ref(cgCop), meeting: ref(session),
  });
  const request = Object.assign(new Liaison(), {
    title: 'Request for comments on the gap analysis', fromGroup: ref(cgCop), purpose: 'FOR_COMMENT', status: 'SENT', deadline: '2025-09-15', sentOn: '2025-05-02',
    body: 'CG-COP asks CWG-COP for comments on the draft.', meeting: ref(session),
  });
  request.addressees.add(Object.assign(new LiaisonAddressee(), { liaison: ref(request), group: ref(cwgCop), role: 'TO', purpose: 'FOR_COMMENT' }));
  request.addressees.add(Object.assign(new LiaisonAddressee(), { liaison: ref(request), group: ref(bdt), role: 'CC', purpose: null }));
  request.attachments.add(draft);
  const reply = Object.assign(new Liaison(), {
    title: 'Comments on the gap analysis', fromGroup: ref(cwgCop), purpose: 'IN_RESPONSE', status: 'SENT', sentOn: '2025-09-10', inReplyTo: ref(request),
  });
  reply.addressees.add(Object.assign(new LiaisonAddressee(), { liaison: ref(reply), group: ref(cgCop), role: 'TO', purpose: 'IN_RESPONSE' }));
  // two items with one title: their derived keys must differ, and stay put
  const items = [1, 2].map(() => Object.assign(new ActionItem(), { title: 'Circulate the draft', assignee: ref(cgCop), dueMeeting: ref(session), status: 'OPEN' }));
  const report = await fork.findOneOrFail(Report, { key: 'cg-cop-gap-analysis' });
  const adoption = Object.assign(new Milestone(), { report: ref(report), group: ref(sg17), kind: 'ADOPTION', plannedFor: '2026-01-01', status: 'PLANNED' });
  fork.persist([session, draft, request, reply, ...items, adoption]);
  await fork.flush();
  fork.persist(Object.assign(new Source(), {
    subjectType: 'Liaison', subjectId: request.id, document: ref(draft), excerpt: 'gaps in technical standards', note: 'From the draft.', position: 1,
  }));
  await fork.flush();
}

describe('export', () => {
  it('writes the seed data set without losing anything: the seeded database exports to the seed bundle', async () => {
    const bundle = await exported(source);
    expect(bundle).toEqual(canonicalBundle(seedAsBundle()));
    expect(bundle.changes).toBeUndefined();
    // no database ids: nothing in it is a row id
    expect(text(bundle)).not.toMatch(/"id"\s*:/);
  });

  it('is deterministic: two exports of one database are the same bytes', async () => {
    expect(text(await exported(source))).toBe(text(await exported(source)));
  });
});

describe('export → import into an empty database → export', () => {
  it('gives the same bundle, byte for byte, records without keys and unnumbered meetings included', async () => {
    await growWithApiStyleRecords(source);
    const first = await exported(source);

    // what the API wrote without keys gets keys derived from titles (and made unique)
    expect(first.meetings.map((m) => (m.number ? `${m.group}#${m.number}` : `${m.group}@${m.startsOn}`))).toContain('CG-COP@2025-04-08');
    const liaison = first.liaisons.find((l) => l.key === 'request-for-comments-on-the-gap-analysis')!;
    expect(liaison).toMatchObject({ to: [{ group: 'CWG-COP', purpose: 'FOR_COMMENT' }], cc: ['BDT'], attachments: ['CG-COP/DRAFT-GAP-2'], meeting: 'CG-COP@2025-04-08' });
    expect(first.liaisons.find((l) => l.key === 'comments-on-the-gap-analysis')?.inReplyTo).toBe('request-for-comments-on-the-gap-analysis');
    expect(first.actionItems.filter((a) => a.title === 'Circulate the draft').map((a) => a.key)).toEqual(['circulate-the-draft', 'circulate-the-draft-2']);
    expect(first.reports[0].milestones.map((m) => m.key)).toEqual(['sg17-discussion-2025-04', 'cwg-cop-presentation-2025-10', 'adoption-itu-t-sg17-2026-01']);
    expect(first.documents.find((d) => d.symbol === 'CG-COP/DRAFT-GAP-2')).toMatchObject({ public: false, text: 'Draft text: gaps in technical standards.' });

    const summary = await importBundle(em(empty), first);
    expect(summary.updated).toBe(0);
    const second = await exported(empty);
    expect(text(second)).toBe(text(first));
  });

  it('imported back into the database it came from, matches every record (derived keys included) and adds nothing', async () => {
    const before = await rowCounts(source);
    const bundle = await exported(source);
    const summary = await importBundle(em(source), bundle);
    expect(summary.created).toBe(0);
    expect(await rowCounts(source)).toEqual(before);
    expect(text(await exported(source))).toBe(text(bundle));
  });
});

describe('a broken bundle imports nothing and names the record and the field', () => {
  const valid = () => canonicalBundle(seedAsBundle());

  /** a new group first, so a half-applied import would show */
  function withNewGroup(bundle: Bundle): Bundle {
    bundle.groups.push({ acronym: 'NEW-GROUP', name: 'A group the broken bundle brings', kind: 'OTHER', sector: 'EXTERNAL' });
    return bundle;
  }

  it.each<[string, (b: Bundle) => void, RegExp]>([
    ['an unknown purpose (schema)', (b) => { (b.liaisons[0].to[0] as { purpose: string }).purpose = 'FOR_ACTON'; }, /^liaisons\[0\]\.to\[0\]\.purpose: must be one of FOR_ACTION/],
    ['a misspelt field (schema)', (b) => { Object.assign(b.meetings[1], { titel: 'x' }); }, /^meetings\[1\]\.titel: is not a field of this record/],
    ['a date that does not exist (schema)', (b) => { b.liaisons[0].sentOn = '2025-02-30'; }, /^liaisons\[0\]\.sentOn: "2025-02-30" is not a date/],
    ['a missing required field (schema)', (b) => { delete (b.actionItems[1] as Partial<Bundle['actionItems'][number]>).status; }, /^actionItems\[1\]\.status: is required/],
    ['an unknown group', (b) => { b.actionItems[2].assignee = 'NO-SUCH-GROUP'; }, /^actionItems\[2\]\.assignee: "NO-SUCH-GROUP" is not in the bundle or the database/],
    ['a FOR_ACTION liaison without deadline', (b) => { b.liaisons[0].to[0].purpose = 'FOR_ACTION'; delete b.liaisons[0].deadline; }, /^liaisons\[0\]\.deadline: a liaison FOR_ACTION needs a deadline/],
    ['one acronym twice', (b) => { b.groups.push({ ...b.groups[0] }); }, new RegExp(`^groups\\[${10}\\]\\.acronym: "BDT" is given twice in the bundle \\(also by groups\\[0\\]\\)`)],
    ['an unknown document, late in the import', (b) => { b.bestPractices[5].documents = ['NO/SUCH-DOC']; }, /^bestPractices\[5\]\.documents: "NO\/SUCH-DOC" is not in the bundle or the database/],
    ['an excerpt that is not verbatim, after everything else was written', (b) => { b.outcomes[7].sources![0].excerpt = 'Words the report never says.'; }, /^outcomes\[7\]\.sources\[0\]\.excerpt: is not verbatim/],
  ])('%s', async (_what, breakIt, message) => {
    const before = await rowCounts(empty);
    const bundle = withNewGroup(valid());
    breakIt(bundle);
    const error = await importBundle(em(empty), bundle).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).message).toMatch(message);
    expect((error as BundleError).code).toBe('BAD_USER_INPUT');
    expect(await rowCounts(empty)).toEqual(before);
    expect(await em(empty).count(Group, { acronym: 'NEW-GROUP' })).toBe(0);
  });
});

describe('history in bundles (a `changes` table, when the database keeps one)', () => {
  const CHANGES_TABLE = `create table changes (
    id serial primary key, at timestamptz not null, subject_type text not null, subject_id integer not null,
    action text not null, actor text, actor_role text, before jsonb, after jsonb)`;

  it('exports each change with its object’s natural key, and an empty database with history takes it back unchanged', async (ctx) => {
    const knexOf = (t: TestApp) => em(t).getKnex();
    const present = async (t: TestApp) => (await knexOf(t).raw(`select to_regclass('changes') is not null as p`)).rows[0].p as boolean;
    // once the history work adds its own table, this stand-in is not needed (and may not fit it)
    if ((await present(source)) || (await present(empty))) ctx.skip();
    const fresh = await startTestApp({ seed: false });
    try {
      await knexOf(source).raw(CHANGES_TABLE);
      await knexOf(fresh).raw(CHANGES_TABLE);
      await knexOf(source).raw(`insert into changes (at, subject_type, subject_id, action, actor, actor_role, before, after)
        select '2025-03-01T10:00:00.123456Z'::timestamptz, 'ActionItem', id, 'STATUS', 'Secretariat officer', 'SECRETARIAT', '{"status":"OPEN"}'::jsonb, '{"status":"DONE"}'::jsonb
        from action_items where key = 'send-outcomes-to-sg2-q3-2'
        union all
        select '2025-03-02T09:30:00Z'::timestamptz, 'Milestone', m.id, 'UPDATE', null, null, '{"plannedFor":"2025-03-01"}'::jsonb, '{"plannedFor":"2025-04-01"}'::jsonb
        from milestones m where m.key = 'sg17-discussion-2025-04'`);
      const bundle = await exported(source);
      expect(bundle.changes).toEqual([
        {
          at: '2025-03-01T10:00:00.123456Z', subjectType: 'ActionItem', subject: 'send-outcomes-to-sg2-q3-2', action: 'STATUS',
          actor: 'Secretariat officer', actorRole: 'SECRETARIAT', before: { status: 'OPEN' }, after: { status: 'DONE' },
        },
        {
          at: '2025-03-02T09:30:00.000000Z', subjectType: 'Milestone', subject: 'cg-cop-gap-analysis/sg17-discussion-2025-04', action: 'UPDATE',
          before: { plannedFor: '2025-03-01' }, after: { plannedFor: '2025-04-01' },
        },
      ]);
      await importBundle(em(fresh), bundle);
      expect(text(await exported(fresh))).toBe(text(bundle));
      // a second import adds no second copy of the history
      await importBundle(em(fresh), bundle);
      expect((await knexOf(fresh).raw('select count(*)::int as n from changes')).rows[0].n).toBe(2);
      // a database without history refuses it rather than dropping it
      const before = await rowCounts(empty);
      await expect(importBundle(em(empty), bundle)).rejects.toThrow(/^bundle\.changes: this database keeps no history/);
      expect(await rowCounts(empty)).toEqual(before);
    } finally {
      await knexOf(source).raw('drop table if exists changes');
      await fresh.stop();
    }
  });
});
