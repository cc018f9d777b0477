import { z } from 'zod';
import { recordKey, short, sources, text, texts } from '../bundle/bundle.types.js';
import { clean, sorted, sources as canonicalSources, value } from '../bundle/bundle.canonical.js';
import { defineSection } from '../bundle/bundle.section.js';
import { present, type RowHistory } from '../bundle/bundle.rows.js';
import { replaceLinks } from '../bundle/bundle.store.js';
import { acronymOrNull } from '../group/group.bundle.js';
import { meetingGroup, meetingKeyField, meetingLabel } from '../meeting/meeting.bundle.js';
import { slugOf } from '../topic/topic.bundle.js';
import { symbolOf } from '../document/document.bundle.js';
import { bestPracticeSnapshot } from './best-practice.service.js';

/** The best practices in a bundle (bundle.section.ts): keyed by `key`. */

export const BundleBestPractice = z
  .strictObject({
    key: recordKey(),
    title: short(),
    summary: text(),
    topics: texts().optional().describe('topic slugs'),
    sourceGroup: short().optional().describe('acronym'),
    meeting: meetingKeyField().optional(),
    documents: texts().optional().describe('document symbols'),
    sources: sources(),
  })
  .meta({ id: 'BundleBestPractice' });
export type BundleBestPractice = z.infer<typeof BundleBestPractice>;

declare module '../bundle/bundle.types.js' {
  interface BundleLists {
    bestPractices: BundleBestPractice[];
  }
  /** the kinds its records are, as the history names them */
  interface BundleKinds {
    BestPractice: true;
  }
}

interface BestPracticeRow {
  id: number;
  key: string | null;
  title: string;
  summary: string;
  source_group_id: number | null;
  meeting_id: number | null;
  topics: number[];
  documents: number[];
}

const bestPracticeRows: RowHistory<BestPracticeRow> = {
  type: 'BestPractice',
  snapshot: (names, b) =>
    bestPracticeSnapshot({
      title: b.title,
      summary: b.summary,
      sourceGroup: acronymOrNull(names, b.source_group_id),
      meeting: meetingLabel(names, b.meeting_id),
      topics: b.topics.map((t) => slugOf(names, t)),
      documents: b.documents.map((d) => symbolOf(names, d)),
    }),
  groupIds: (names, b) => present([b.source_group_id, meetingGroup(names, b.meeting_id)]),
};

export const bestPracticeBundle = defineSection({
  list: 'bestPractices',
  record: BundleBestPractice,
  types: ['BestPractice'],
  needs: ['Group', 'Meeting', 'Topic', 'Document'],
  canonical: (b) =>
    clean({
      key: b.key,
      title: b.title,
      summary: b.summary,
      topics: sorted(b.topics),
      sourceGroup: value(b.sourceGroup),
      meeting: value(b.meeting),
      documents: sorted(b.documents),
      sources: canonicalSources(b.sources),
    }),
  order: (b) => [b.key],

  async export(ctx) {
    // in creation order, so that derived keys come out the same every time
    const practices = await ctx.rows('best practices', `select id, key, title, summary, source_group_id, meeting_id, created_at from best_practices order by created_at, id`);
    const keys = ctx.keyed('BestPractice', practices);
    const topics = await ctx.listsOf(`select best_practice_id as owner, topic_id as target from best_practice_topics`, (t) => ctx.key('Topic', t)!);
    const documents = await ctx.listsOf(`select best_practice_id as owner, document_id as target from best_practice_documents`, (d) => ctx.key('Document', d)!);
    return () =>
      practices.map((b): BundleBestPractice => ({
        key: keys.get(b.id)!,
        title: b.title,
        summary: b.summary,
        topics: topics.get(b.id),
        sourceGroup: b.source_group_id == null ? undefined : ctx.key('Group', b.source_group_id),
        meeting: b.meeting_id == null ? undefined : ctx.key('Meeting', b.meeting_id),
        documents: documents.get(b.id),
        sources: ctx.sources('BestPractice', b.id),
      }));
  },

  import(ctx, records) {
    const practices = ctx.kind<BestPracticeRow>({ table: 'best_practices', columns: ['key', 'title', 'summary', 'source_group_id', 'meeting_id'], history: bestPracticeRows });
    return {
      async read() {
        const topics = await ctx.idsOf(`select best_practice_id as owner, topic_id as target from best_practice_topics`);
        const documents = await ctx.idsOf(`select best_practice_id as owner, document_id as target from best_practice_documents`);
        const rows = practices.read(await ctx.select<BestPracticeRow & { version: number }>(
          `select id, key, title, summary, source_group_id, meeting_id, version from best_practices order by created_at, id`));
        for (const b of rows) {
          b.topics = topics.get(b.id) ?? [];
          b.documents = documents.get(b.id) ?? [];
        }
        practices.loadKeyed(rows);
      },
      async resolve() {
        await ctx.resolve(practices, records, {
          name: 'best practices',
          keyOf: (b) => b.key,
          build: (b, id, i): BestPracticeRow => {
            const record = `bestPractices[${i}]`;
            return {
              id,
              key: b.key,
              title: b.title,
              summary: b.summary,
              source_group_id: ctx.id('Group', b.sourceGroup, record, 'sourceGroup'),
              meeting_id: ctx.id('Meeting', b.meeting, record, 'meeting'),
              topics: ctx.ids('Topic', b.topics, record, 'topics'),
              documents: ctx.ids('Document', b.documents, record, 'documents'),
            };
          },
          keyField: 'key',
          storesKey: true,
          sources: (b) => b.sources,
        });
      },
      async write() {
        await ctx.put(practices);
        const changed = practices.updates.map((b) => b.id);
        const all = practices.changedOrNew();
        await replaceLinks(ctx.knex, 'best_practice_topics', ['best_practice_id', 'topic_id'], changed, all.flatMap((b) => b.topics.map((t) => ({ best_practice_id: b.id, topic_id: t }))));
        await replaceLinks(ctx.knex, 'best_practice_documents', ['best_practice_id', 'document_id'], changed, all.flatMap((b) => b.documents.map((d) => ({ best_practice_id: b.id, document_id: d }))));
      },
    };
  },
});
