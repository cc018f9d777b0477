/**
 * The importer writes a table's new rows in one go, a row referring to another row of the same
 * table (a reply, a group's parent) with its reference, whatever order the bundle lists them in;
 * and the data derived by triggers (a group's liaisons, a meeting's topic names for search) comes
 * out as the API's one-row writes leave it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { sql } from '../support/tokens.js';
import { importBundle, exportBundle } from '../../src/app/bundle.js';
import { parentsFirst } from '../../src/bundle/bundle.import.js';
import type { Bundle } from '../../src/bundle/bundle.types.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: false });
});
afterAll(() => t?.stop());

const liaison = (key: string, from: string, to: string, inReplyTo?: string) => ({
  key, title: `Liaison ${key}`, from, status: 'SENT' as const, to: [{ group: to, purpose: 'FOR_INFORMATION' as const }], cc: ['C'], ...(inReplyTo ? { inReplyTo } : {}),
});

/** replies listed before what they answer, a chain three deep, two liaisons answering each other; a child group before its parent */
const bundle: Bundle = {
  format: 'liaison-graph-bundle',
  version: 1,
  groups: [
    { acronym: 'A-CHILD', name: 'A child', kind: 'OTHER', sector: 'GENERAL_SECRETARIAT', parent: 'A' },
    { acronym: 'A', name: 'Group A', kind: 'OTHER', sector: 'GENERAL_SECRETARIAT' },
    { acronym: 'B', name: 'Group B', kind: 'OTHER', sector: 'GENERAL_SECRETARIAT' },
    { acronym: 'C', name: 'Group C', kind: 'OTHER', sector: 'GENERAL_SECRETARIAT' },
  ],
  topics: [{ slug: 'helplines', name: 'Helplines' }, { slug: 'age-checks', name: 'Age checks' }],
  documents: [],
  meetings: [{ group: 'A', number: 1, title: 'First meeting', startsOn: '2026-01-20', endsOn: '2026-01-21', format: 'VIRTUAL', topics: ['helplines', 'age-checks'] }],
  outcomes: [],
  actionItems: [],
  liaisons: [
    liaison('third', 'A', 'B', 'second'),
    liaison('second', 'B', 'A', 'first'),
    liaison('first', 'A', 'B'),
    liaison('ping', 'A-CHILD', 'B', 'pong'),
    liaison('pong', 'B', 'A-CHILD', 'ping'),
  ],
  reports: [],
  bestPractices: [],
};

describe('an import whose records refer to records listed after them', () => {
  it('writes every reply and parent, the lists of each group and the topic names search reads', async () => {
    await importBundle(t.app.orm.em.fork(), bundle);
    const { bundle: out } = await exportBundle(t.app.orm.em.fork() as EntityManager);
    const replies = Object.fromEntries(out.liaisons.map((l) => [l.key, l.inReplyTo ?? null]));
    expect(replies).toEqual({ first: null, second: 'first', third: 'second', ping: 'pong', pong: 'ping' });
    expect(out.groups.find((g) => g.acronym === 'A-CHILD')?.parent).toBe('A');

    // group_liaisons as its plain definition gives it: the sender's liaisons and those addressed to the group
    const derived = await sql<{ acronym: string; key: string; sent: boolean; received: boolean }>(t,
      `select g.acronym, l.key, gl.sent, gl.received from group_liaisons gl join groups g on g.id = gl.group_id join liaisons l on l.id = gl.liaison_id order by 1, 2`);
    const plain = await sql<{ acronym: string; key: string; sent: boolean; received: boolean }>(t,
      `select g.acronym, l.key, l.from_group_id = g.id as sent, exists (select 1 from liaison_addressees a where a.liaison_id = l.id and a.group_id = g.id) as received
       from liaisons l cross join groups g
       where l.from_group_id = g.id or exists (select 1 from liaison_addressees a where a.liaison_id = l.id and a.group_id = g.id) order by 1, 2`);
    expect(derived).toEqual(plain);
    expect(derived.filter((r) => r.acronym === 'C')).toHaveLength(5);

    const [meeting] = await sql<{ topic_names: string }>(t, `select topic_names from meetings`);
    expect(meeting.topic_names).toBe('Age checks Helplines');
  });
});

describe('parentsFirst', () => {
  it('puts each row after the row it refers to and leaves only a cycle’s references to be set afterwards', () => {
    const rows = [
      { id: 1, parent: 2 },
      { id: 2, parent: 3 },
      { id: 3, parent: null },
      { id: 4, parent: 5 },
      { id: 5, parent: 4 },
      { id: 6, parent: 4 },
      { id: 7, parent: 99 },
    ];
    const { rows: ordered, deferred } = parentsFirst(rows, 'parent');
    const at = new Map(ordered.map((r, i) => [r.id, i]));
    expect(ordered.map((r) => r.id).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const r of ordered) if (r.parent != null && at.has(r.parent)) expect(at.get(r.parent)!).toBeLessThan(at.get(r.id)!);
    expect(deferred.sort((a, b) => a.id - b.id)).toEqual([{ id: 4, value: 5 }, { id: 5, value: 4 }]);
    expect(ordered.find((r) => r.id === 7)?.parent).toBe(99);
  });
});
