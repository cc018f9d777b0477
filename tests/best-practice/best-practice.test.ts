import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { BestPracticesDocument } from '../graphql/generated.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(() => t?.stop());

describe('best practices (seed)', () => {
  it('lists the practices the sources name, each with its topics and sources', async () => {
    const { data, errors } = await t.graphql(BestPracticesDocument, {});
    expect(errors).toBeUndefined();
    const titles = data!.bestPractices.edges.map((e) => e.node.title).join(' | ');
    expect(titles).toMatch(/Industry Connect/);
    expect(titles).toMatch(/helpline/i);
    expect(titles).toMatch(/roundtable/i);
    expect(data!.bestPractices.edges.every((e) => e.node.sources.length > 0)).toBe(true);
  });

  it('narrows to a topic by slug or by name, and refuses an unknown topic', async () => {
    const bySlug = await t.graphql(BestPracticesDocument, { topic: 'age-verification' });
    const byName = await t.graphql(BestPracticesDocument, { topic: 'Age verification' });
    expect(bySlug.data!.bestPractices.totalCount).toBeGreaterThan(0);
    expect(byName.data!.bestPractices.totalCount).toBe(bySlug.data!.bestPractices.totalCount);
    expect(bySlug.data!.bestPractices.edges.every((e) => e.node.topics.some((tp) => tp.slug === 'age-verification'))).toBe(true);
    const unknown = await t.graphql(BestPracticesDocument, { topic: 'knitting' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
