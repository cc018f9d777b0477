import { z } from 'zod';
import { LIMITS } from '../platform/errors/input-check.js';
import { formed, text } from '../bundle/bundle.types.js';
import { defineSection } from '../bundle/bundle.section.js';
import type { Names, RowHistory } from '../bundle/bundle.rows.js';
import { topicSnapshot } from './topic.service.js';

/** The topics in a bundle (bundle.section.ts): keyed by slug. */

export const BundleTopic = z
  .strictObject({
    slug: formed(LIMITS.short, /^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case, the topic\'s natural key').describe('kebab-case, the topic\'s natural key'),
    name: text(LIMITS.name),
  })
  .meta({ id: 'BundleTopic' });
export type BundleTopic = z.infer<typeof BundleTopic>;

declare module '../bundle/bundle.types.js' {
  interface BundleLists {
    topics: BundleTopic[];
  }
  /** the kinds its records are, as the history names them */
  interface BundleKinds {
    Topic: true;
  }
}

export interface TopicRow {
  id: number;
  slug: string;
  name: string;
}

/** how the history names a topic */
export const slugOf = (names: Names, id: number) => names.row<TopicRow>('Topic', id).slug;

const topicRows: RowHistory<TopicRow> = {
  type: 'Topic',
  snapshot: (_names, t) => topicSnapshot(t),
  groupIds: () => [],
};

export const topicBundle = defineSection({
  list: 'topics',
  record: BundleTopic,
  types: ['Topic'],
  canonical: (t) => ({ slug: t.slug, name: t.name }),
  order: (t) => [t.slug],

  async export(ctx) {
    const topics = await ctx.rows('topics', `select id, slug, name from topics`);
    ctx.setKeys('Topic', new Map(topics.map((t) => [t.id as number, t.slug as string])));
    return () => topics.map((t) => ({ slug: t.slug, name: t.name }));
  },

  import(ctx, records) {
    // topics have no version column
    const topics = ctx.kind<TopicRow>({ table: 'topics', columns: ['slug', 'name'], history: topicRows, versioned: false });
    return {
      async read() {
        topics.load(await ctx.select<TopicRow>(`select id, slug, name from topics`), (t) => t.slug);
      },
      async resolve() {
        await ctx.resolve(topics, records, { name: 'topics', keyOf: (t) => t.slug, build: (t, id): TopicRow => ({ id, slug: t.slug, name: t.name }), keyField: 'slug' });
      },
      async write() {
        await ctx.put(topics);
      },
    };
  },
});
