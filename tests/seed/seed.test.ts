import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Group } from '../../src/group/group.entity.js';
import { Source } from '../../src/source/source.entity.js';
import { Meeting } from '../../src/meeting/meeting.entity.js';
import { seedAsBundle, seedIfEmpty } from '../../src/seed/seed.loader.js';
import { bundleFormat, importBundle } from '../../src/app/bundle.js';
import { BundleError } from '../../src/bundle/bundle.import.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(() => t?.stop());

describe('the seed data set', () => {
  const bundle = seedAsBundle();
  const texts = new Map(bundle.documents.map((d) => [d.symbol, d.text ?? '']));
  const allSources = [
    ...bundle.groups, ...bundle.meetings, ...bundle.outcomes, ...bundle.actionItems, ...bundle.liaisons,
    ...bundle.reports, ...bundle.reports.flatMap((r) => r.milestones), ...bundle.bestPractices,
  ].flatMap((record) => record.sources ?? []);

  it('holds the nine groups of the domain design and both source documents', () => {
    expect(bundle.groups.map((g) => g.acronym).sort()).toEqual(
      ['BDT', 'CG-COP', 'CWG-COP', 'CWG-Internet', 'Council', 'ITU-D SG2', 'ITU-D SG2 Q3/2', 'ITU-T SG17', 'Secretariat'].sort(),
    );
    expect([...texts.values()].every((text) => text.length > 1000)).toBe(true);
  });

  it('quotes every source verbatim from its document', () => {
    expect(allSources.length).toBeGreaterThan(50);
    const notVerbatim = allSources.filter((s) => !texts.get(s.document)?.includes(s.excerpt));
    expect(notVerbatim).toEqual([]);
  });

  it('keeps the January/February disagreement visible as a note', () => {
    const outcome = bundle.outcomes.find((o) => o.meeting === 'CWG-COP#21' && o.position === 4)!;
    expect(outcome.text).toContain('January 2025');
    expect(outcome.sources?.some((s) => /February/.test(s.note ?? ''))).toBe(true);
  });

  it('is loaded once: a second start and a re-import add nothing', async () => {
    const em = t.app.orm.em.fork();
    const before = { groups: await em.count(Group, {}), meetings: await em.count(Meeting, {}), sources: await em.count(Source, {}) };
    expect(await seedIfEmpty(t.app.orm.em, bundleFormat)).toBeNull();
    const again = await importBundle(t.app.orm.em.fork(), seedAsBundle());
    expect(again.created).toBe(0);
    const after = { groups: await em.count(Group, {}), meetings: await em.count(Meeting, {}), sources: await em.count(Source, {}) };
    expect(after).toEqual(before);
    expect(before.groups).toBe(9);
  });

  it('refuses a bundle whose excerpt is not in its document, naming the record, and writes nothing', async () => {
    const broken = seedAsBundle();
    broken.meetings[0] = { ...broken.meetings[0], title: 'Changed title', sources: [{ document: broken.documents[0].symbol, excerpt: 'Words no source says.' }] };
    await expect(importBundle(t.app.orm.em.fork(), broken)).rejects.toThrow(BundleError);
    await expect(importBundle(t.app.orm.em.fork(), broken)).rejects.toThrow(/meetings\[0\]\.sources\[0\]\.excerpt/);
    const titles = (await t.app.orm.em.fork().find(Meeting, {})).map((m) => m.title);
    expect(titles).not.toContain('Changed title');
  });
});
