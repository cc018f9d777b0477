/**
 * A group's mandates page over HTTP (no browser): the path answers with the dashboard, its
 * bundle routes it, and the operation it sends gives each clause its source sentence, status and
 * evidence, linkable by global id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import * as dashboard from '../../src/dashboard/client/generated.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(() => t?.stop());

describe("a group's mandates page", () => {
  it('is served at /dashboard/groups/<acronym>/mandates, and the bundle knows the route and links to it from the group page', async () => {
    const res = await fetch(`${t.url}/dashboard/groups/CWG-COP/mandates`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<main id="app"');
    const js = await (await fetch(`${t.url}/dashboard/assets/dashboard.js`)).text();
    expect(js).toContain('group-mandates-page');
    expect(js).toContain('mandates-link');
  });

  it("sends one operation that answers each clause with its source, status and evidence", async () => {
    const { json } = await t.post({ query: dashboard.GroupMandatesDocument.toString(), variables: { acronym: 'CWG-COP' } });
    expect(json.errors).toBeUndefined();
    const clauses = (json.data as dashboard.GroupMandatesQuery).group!.clauses;
    expect(clauses).toHaveLength(6);
    const sg2 = clauses.find((c) => c.target?.acronym === 'ITU-D SG2')!;
    expect(sg2.sources[0].excerpt).toBe(sg2.text);
    expect(sg2.coverage.status).toBe('MET');
    // each piece of evidence is a node the dashboard links (a liaison's page by its id)
    for (const e of sg2.coverage.evidence) {
      expect(e.__typename).toBe('Liaison');
      const node = await t.post({ query: 'query($id: ID!) { node(id: $id) { __typename id } }', variables: { id: e.id } });
      expect(node.json.data.node).toEqual({ __typename: 'Liaison', id: e.id });
    }
    const internet = clauses.find((c) => c.target?.acronym === 'CWG-Internet')!;
    expect(internet.coverage).toMatchObject({ status: 'NO_EVIDENCE', since: '2024-09-30', evidence: [] });
  });
});
