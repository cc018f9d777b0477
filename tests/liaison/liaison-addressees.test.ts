/**
 * A liaison's addressed groups are read with the columns their selection asks for
 * (RowShape.columnsFor): whatever is asked of them, the groups answer as `group(acronym:)`
 * answers, and the statements a request sends still depend on its shape only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true, env: { RESPONSE_CACHE_SECONDS: '0' } });
});
afterAll(() => t?.stop());

const GROUP_FIELDS = 'id acronym name kind sector aliases mandates officers { role name } parent { acronym } subgroups { acronym }';

async function answer(query: string, variables: Record<string, unknown> = {}) {
  const res = await t.post({ query, variables });
  expect(res.json.errors).toBeUndefined();
  return res.json as { data: any; extensions: { sqlStatements: number } };
}

describe('the groups a liaison is addressed to', () => {
  it('answer every field as group(acronym:) does, whether a few plain fields or field resolvers are asked', async () => {
    const page = await answer('{ liaisons(first: 20) { edges { node { id toGroups { acronym } ccGroups { acronym } } } } }');
    const liaison = page.data.liaisons.edges.map((e: { node: any }) => e.node).find((n: any) => n.toGroups.length > 0 && n.ccGroups.length > 0) ?? page.data.liaisons.edges[0].node;
    const acronyms: string[] = [...liaison.toGroups, ...liaison.ccGroups].map((g: { acronym: string }) => g.acronym);
    const byAcronym = new Map<string, unknown>();
    for (const acronym of acronyms) byAcronym.set(acronym, (await answer(`query G($a: String!) { group(acronym: $a) { ${GROUP_FIELDS} } }`, { a: acronym })).data.group);

    for (const fields of ['id acronym', 'id acronym name officers { role name }', GROUP_FIELDS, '__typename acronym ... on Group { sector }']) {
      const read = await answer(`query L($id: ID!) { node(id: $id) { ... on Liaison { toGroups { ${fields} } ccGroups { ${fields} } } } }`, { id: liaison.id });
      for (const group of [...read.data.node.toGroups, ...read.data.node.ccGroups]) {
        const whole = byAcronym.get(group.acronym) as Record<string, unknown>;
        for (const [field, value] of Object.entries(group)) if (field !== '__typename') expect(value).toEqual(whole[field]);
      }
      expect(read.data.node.toGroups.map((g: { acronym: string }) => g.acronym)).toEqual(liaison.toGroups.map((g: { acronym: string }) => g.acronym));
    }
  });

  it('cost one statement for TO and CC asked alike, two when asked differently, at any page size', async () => {
    const list = (first: number, to: string, cc: string) => `{ liaisons(first: ${first}) { edges { node { toGroups { ${to} } ccGroups { ${cc} } } } } }`;
    const alike = await answer(list(5, 'acronym', 'acronym'));
    const apart = await answer(list(5, 'acronym', 'acronym name'));
    expect(apart.extensions.sqlStatements).toBe(alike.extensions.sqlStatements + 1);
    expect((await answer(list(50, 'acronym', 'acronym'))).extensions.sqlStatements).toBe(alike.extensions.sqlStatements);
    expect((await answer(list(50, 'acronym', 'acronym name'))).extensions.sqlStatements).toBe(apart.extensions.sqlStatements);
  });
});
