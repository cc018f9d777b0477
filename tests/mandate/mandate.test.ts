import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { GroupClausesDocument, ResolutionByNumberDocument, ResolutionsDocument } from '../graphql/generated.js';
import { seedAsBundle } from '../../src/seed/seed.loader.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(() => t?.stop());

const byPosition = async () => {
  const { data, errors } = await t.graphql(ResolutionByNumberDocument, { number: '179' });
  expect(errors).toBeUndefined();
  return new Map(data!.resolution!.clauses.map((c) => [c.position, c]));
};

describe('mandates as records (seed)', () => {
  it('holds Resolution 179 with its six clauses in order, each quoted verbatim with its source', async () => {
    const { data, errors } = await t.graphql(ResolutionsDocument, { adoptedBy: 'PLENIPOTENTIARY_CONFERENCE' });
    expect(errors).toBeUndefined();
    expect(data!.resolutions.map((r) => [r.number, r.revision])).toEqual([['179', 'Rev. Bucharest, 2022']]);
    const clauses = data!.resolutions[0].clauses;
    expect(clauses.map((c) => c.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(clauses.map((c) => c.ask)).toEqual(['OTHER', 'PARTICIPATION', 'LIAISE_WITH', 'LIAISE_WITH', 'CONSULT', 'PUBLISH']);
    expect(clauses[1].text).toMatch(/participation of all relevant stakeholders/);
    expect(clauses[5].text).toMatch(/publicly accessible without password protection/);
    expect(clauses.map((c) => c.target?.acronym ?? null)).toEqual([null, null, 'CWG-Internet', 'ITU-D SG2', null, null]);
    for (const c of clauses) {
      expect(c.group.acronym).toBe('CWG-COP');
      // each clause is quoted by its first source, word for word
      expect(c.sources[0].excerpt).toBe(c.text);
      expect(c.sources[0].document.symbol).toBe('CWG-COP/COUNCIL-REPORT-21-22');
    }
  });

  it('lists the Council resolution too, without clauses (none is quoted)', async () => {
    const { data } = await t.graphql(ResolutionsDocument, { adoptedBy: 'COUNCIL' });
    expect(data!.resolutions.map((r) => [r.number, r.revision, r.clauses.length])).toEqual([['1306', 'Mod. 2015', 0]]);
    expect(data!.resolutions[0].sources.length).toBeGreaterThan(0);
  });

  it('finds a resolution by number, and answers null for an unknown one', async () => {
    expect((await t.graphql(ResolutionByNumberDocument, { number: '179' })).data!.resolution!.key).toBe('pp-179-bucharest-2022');
    const none = await t.graphql(ResolutionByNumberDocument, { number: '999' });
    expect(none.errors).toBeUndefined();
    expect(none.data!.resolution).toBeNull();
  });
});

describe('coverage, derived from the graph', () => {
  it('finds the liaisons with ITU-D SG2 (through Q3/2) and none with CWG-Internet', async () => {
    const { data } = await t.graphql(ResolutionsDocument, { adoptedBy: 'PLENIPOTENTIARY_CONFERENCE' });
    const [, , internet, sg2] = data!.resolutions[0].clauses;
    expect(sg2.coverage.status).toBe('MET');
    expect(sg2.coverage.evidence.map((e) => (e.__typename === 'Liaison' ? e.title : e.__typename)).sort()).toEqual([
      'Liaison statement from ITU-D SG2 Q3/2 acknowledging CWG-COP’s contributions',
      'Outcomes of the 21st and 22nd CWG-COP meetings',
    ]);
    expect(sg2.coverage.since).toBeNull();
    expect(internet.coverage.status).toBe('NO_EVIDENCE');
    expect(internet.coverage.evidence).toEqual([]);
    // since the group's first recorded meeting (the clause has no period of its own)
    expect(internet.coverage.since).toBe('2024-09-30');
  });

  it('shows no youth consultation (no meeting records one), and the public documents as published', async () => {
    const clauses = (await t.graphql(ResolutionsDocument, { adoptedBy: 'PLENIPOTENTIARY_CONFERENCE' })).data!.resolutions[0].clauses;
    const youth = clauses[4];
    expect(youth.constituency).toBe('youth');
    expect(youth.topic?.slug).toBe('youth-consultation');
    expect(youth.coverage.status).toBe('NO_EVIDENCE');
    expect(youth.coverage.missing.map((m) => m.__typename)).toEqual(['Meeting', 'Meeting']);
    const publish = clauses[5];
    expect(publish.coverage.status).toBe('MET');
    expect(publish.coverage.evidence.map((e) => (e.__typename === 'Document' ? e.symbol : e.__typename)).sort()).toEqual([
      'CWG-COP/COUNCIL-REPORT-21-22',
      'CWG-COP/LS-SG2-Q3-2',
    ]);
    expect(clauses[0].coverage.status).toBe('NOT_CHECKABLE');
    expect(clauses[1].coverage.status).toBe('NOT_CHECKABLE');
    expect(clauses[1].coverage.rule).toMatch(/Not checkable/);
  });

  it('answers per group, and Group.mandates keeps answering', async () => {
    const { data, errors } = await t.graphql(GroupClausesDocument, { acronym: 'CWG-COP' });
    expect(errors).toBeUndefined();
    expect(data!.group!.mandates).toContain('Resolution 179 (Rev. Bucharest, 2022) of the Plenipotentiary Conference');
    expect(data!.group!.clauses.map((c) => `${c.resolution.number}/${c.position}:${c.coverage.status}`)).toEqual([
      '179/1:NOT_CHECKABLE',
      '179/2:NOT_CHECKABLE',
      '179/3:NO_EVIDENCE',
      '179/4:MET',
      '179/5:NO_EVIDENCE',
      '179/6:MET',
    ]);
    expect((await t.graphql(GroupClausesDocument, { acronym: 'BDT' })).data!.group!.clauses).toEqual([]);
  });

  it('follows the graph: a liaison CWG-COP sends CWG-Internet turns its clause to MET', async () => {
    expect((await byPosition()).get(3)!.coverage.status).toBe('NO_EVIDENCE');
    const bundle = seedAsBundle();
    const { importBundle } = await import('../../src/app/bundle.js');
    await importBundle(t.app.orm.em.fork(), {
      ...bundle,
      liaisons: [{ key: 'to-cwg-internet', title: 'Outcomes for CWG-Internet', from: 'CWG-COP', to: [{ group: 'CWG-Internet', purpose: 'FOR_INFORMATION' }], status: 'SENT', sentOn: '2025-03-01' }],
      changes: undefined,
    });
    expect((await byPosition()).get(3)!.coverage.status).toBe('MET');
  });
});
