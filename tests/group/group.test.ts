import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { GroupByNameDocument, GroupsPageDocument } from '../graphql/generated.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(() => t?.stop());

describe('group(acronym:)', () => {
  it('finds a group by its acronym, with kind, sector, parent and mandates', async () => {
    const { data, errors } = await t.graphql(GroupByNameDocument, { acronym: 'CWG-COP' });
    expect(errors).toBeUndefined();
    expect(data?.group).toMatchObject({
      acronym: 'CWG-COP',
      kind: 'COUNCIL_WORKING_GROUP',
      sector: 'GENERAL_SECRETARIAT',
      parent: { acronym: 'Council' },
      subgroups: [{ acronym: 'Secretariat' }],
    });
    expect(data?.group?.mandates).toContain('Council Resolution 1306 (Mod. 2015)');
    expect(data?.group?.sources.length).toBeGreaterThan(0);
  });

  it.each([
    ['SG2 Q3/2', 'ITU-D SG2 Q3/2'],
    ['Q3/2', 'ITU-D SG2 Q3/2'],
    ['sg17', 'ITU-T SG17'],
    ['  cwg cop ', 'CWG-COP'],
    ['itu-d sg2 q3/2', 'ITU-D SG2 Q3/2'],
  ])('accepts the spelling %j for %s', async (spelling, acronym) => {
    const { data } = await t.graphql(GroupByNameDocument, { acronym: spelling });
    expect(data?.group?.acronym).toBe(acronym);
  });

  it('answers null, not an error, for an unknown acronym', async () => {
    const { data, errors } = await t.graphql(GroupByNameDocument, { acronym: 'NO-SUCH-GROUP' });
    expect(errors).toBeUndefined();
    expect(data?.group).toBeNull();
  });
});

describe('groups', () => {
  it('lists the nine seeded groups in acronym order, page by page', async () => {
    const first = await t.graphql(GroupsPageDocument, { first: 5 });
    expect(first.data?.groups.totalCount).toBe(9);
    expect(first.data?.groups.edges).toHaveLength(5);
    expect(first.data?.groups.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await t.graphql(GroupsPageDocument, { first: 5, after: first.data!.groups.pageInfo.endCursor });
    expect(second.data?.groups.edges).toHaveLength(4);
    expect(second.data?.groups.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const acronyms = [...first.data!.groups.edges, ...second.data!.groups.edges].map((e) => e.node.acronym);
    expect(new Set(acronyms).size).toBe(9);
    expect(acronyms).toContain('CG-COP');
  });

  it.each([-5, 0, 1000, 101])('refuses first: %i with BAD_USER_INPUT', async (first) => {
    const { data, errors } = await t.graphql(GroupsPageDocument, { first });
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toMatch(/first must be between 1 and 100/);
  });

  it('refuses a cursor it did not issue with BAD_USER_INPUT', async () => {
    const { errors } = await t.graphql(GroupsPageDocument, { first: 5, after: 'not-a-cursor!' });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
