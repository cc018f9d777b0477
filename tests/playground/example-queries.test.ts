import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { exampleQueries } from '../../src/playground/example-queries.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(() => t?.stop());

describe('the playground’s saved queries', () => {
  it.each(exampleQueries.map((q) => [q.title, q.query]))('%s runs as it is on the seed data', async (_title, query) => {
    const { status, json } = await t.post({ query });
    expect(json.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(JSON.stringify(json.data)).not.toBe('{}');
  });

  it('"Age verification" finds the 22nd meeting, the toolkit practice and the Council report', async () => {
    const age = exampleQueries.find((q) => q.title === 'Age verification')!;
    const { json } = await t.post({ query: age.query });
    expect(json.data.search.map((hit: { node: { __typename: string } }) => hit.node.__typename)).toEqual(['Meeting', 'BestPractice', 'Document']);
    expect(json.data.search[0].snippet).toContain('<mark>Age</mark> <mark>verification</mark>');
  });
});
