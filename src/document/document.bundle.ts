import { z } from 'zod';
import { HTTP_URL_PROBLEM, isHttpUrl, LIMITS } from '../platform/errors/input-check.js';
import { anyText, given, isoDate, oneOf, short, show, sources } from '../bundle/bundle.types.js';
import { clean, sources as canonicalSources, value } from '../bundle/bundle.canonical.js';
import { defineSection } from '../bundle/bundle.section.js';
import { BundleError } from '../bundle/bundle.import.js';
import { present, type Names, type RowHistory } from '../bundle/bundle.rows.js';
import { acronymOrNull } from '../group/group.bundle.js';
import { meetingGroup, meetingKeyField, meetingLabel } from '../meeting/meeting.bundle.js';
import { excerptOccursIn } from '../source/excerpt.js';
import { DocumentKind } from './document.entity.js';
import { documentSnapshot } from './document.service.js';

/** The documents in a bundle (bundle.section.ts): keyed by symbol, ignoring case; the sources of every record cite them. */

export const BundleDocument = z
  .strictObject({
    symbol: short().describe('unique (ignoring case); the document\'s natural key'),
    title: short(),
    kind: oneOf(DocumentKind),
    url: anyText(LIMITS.url)
      .refine(isHttpUrl, { error: (issue) => `${HTTP_URL_PROBLEM}, got ${show(issue.input)}` })
      .meta({ format: 'uri', description: 'an http(s) address' })
      .optional(),
    public: z.boolean({ error: given((input) => `must be true or false, got ${show(input)}`) }).describe('accessible without a password (only public documents\' text is searchable)'),
    sourceGroup: short().optional().describe('acronym of the group that wrote it'),
    meeting: meetingKeyField().optional(),
    publishedOn: isoDate().optional(),
    text: anyText(LIMITS.documentText).optional().describe('the full text'),
    sources: sources(),
  })
  .meta({ id: 'BundleDocument' });
export type BundleDocument = z.infer<typeof BundleDocument>;

declare module '../bundle/bundle.types.js' {
  interface BundleLists {
    documents: BundleDocument[];
  }
  /** the kinds its records are, as the history names them */
  interface BundleKinds {
    Document: true;
  }
}

export interface DocumentRow {
  id: number;
  symbol: string;
  title: string;
  kind: string;
  url: string | null;
  public: boolean;
  published_on: string | null;
  text: string | null;
  source_group_id: number | null;
  meeting_id: number | null;
}

/** how the history names a document */
export const symbolOf = (names: Names, id: number) => names.row<DocumentRow>('Document', id).symbol;

const documentRows: RowHistory<DocumentRow> = {
  type: 'Document',
  snapshot: (names, d) =>
    documentSnapshot({
      symbol: d.symbol,
      title: d.title,
      kind: d.kind,
      url: d.url,
      public: d.public,
      publishedOn: d.published_on,
      sourceGroup: acronymOrNull(names, d.source_group_id),
      meeting: meetingLabel(names, d.meeting_id),
    }),
  groupIds: (names, d) => present([d.source_group_id, meetingGroup(names, d.meeting_id)]),
};

const date = (column: string) => `to_char(${column}, 'YYYY-MM-DD') as ${column}`;

export const documentBundle = defineSection({
  list: 'documents',
  record: BundleDocument,
  types: ['Document'],
  needs: ['Group', 'Meeting'],
  citedBySources: true,
  canonical: (d) =>
    clean({
      symbol: d.symbol,
      title: d.title,
      kind: d.kind,
      url: value(d.url),
      public: d.public,
      sourceGroup: value(d.sourceGroup),
      meeting: value(d.meeting),
      publishedOn: value(d.publishedOn),
      text: value(d.text),
      sources: canonicalSources(d.sources),
    }),
  order: (d) => [d.symbol],

  async export(ctx) {
    const documents = await ctx.rows(
      'documents',
      `select id, symbol, title, kind, url, public, ${date('published_on')}, text, source_group_id, meeting_id from documents`,
    );
    ctx.setKeys('Document', new Map(documents.map((d) => [d.id as number, d.symbol as string])));
    return () =>
      documents.map((d): BundleDocument => ({
        symbol: d.symbol,
        title: d.title,
        kind: d.kind,
        url: d.url,
        public: d.public,
        sourceGroup: d.source_group_id == null ? undefined : ctx.key('Group', d.source_group_id),
        meeting: d.meeting_id == null ? undefined : ctx.key('Meeting', d.meeting_id),
        publishedOn: d.published_on,
        text: d.text,
        sources: ctx.sources('Document', d.id),
      }));
  },

  import(ctx, records) {
    const documents = ctx.kind<DocumentRow>({
      table: 'documents',
      columns: ['symbol', 'title', 'kind', 'url', 'public', 'published_on', 'text', 'source_group_id', 'meeting_id'],
      history: documentRows,
      caseless: true,
    });
    return {
      async read() {
        documents.load(documents.read(await ctx.select<DocumentRow & { version: number }>(
          `select id, symbol, title, kind, url, public, ${date('published_on')}, text, source_group_id, meeting_id, version from documents`)), (d) => d.symbol.toLowerCase());
      },
      async resolve() {
        await ctx.resolve(documents, records, {
          name: 'documents',
          keyOf: (d) => d.symbol.toLowerCase(),
          build: (d, id, i): DocumentRow => {
            const record = `documents[${i}]`;
            return {
              id,
              symbol: d.symbol,
              title: d.title,
              kind: d.kind,
              url: d.url ?? null,
              public: d.public ?? true,
              published_on: d.publishedOn ?? null,
              text: d.text ?? null,
              source_group_id: ctx.id('Group', d.sourceGroup, record, 'sourceGroup'),
              meeting_id: ctx.id('Meeting', d.meeting, record, 'meeting'),
            };
          },
          keyField: 'symbol',
          shown: (d) => d.symbol,
          historyKey: (d) => d.symbol,
          sources: (d) => d.sources,
        });
      },
      /**
       * A document whose text the bundle changes must still hold every excerpt the database cites
       * from it, unless the bundle brings that object's sources anew (checked with the sources):
       * else the next export would carry sources the next import refuses.
       */
      async checkResolved() {
        const retexted = documents.updates.filter((d) => d.text && d.text !== documents.before.get(d.id)?.text);
        if (retexted.length === 0) return;
        const replaced = new Set(ctx.pendingSources.map((p) => `${p.type}:${p.id}`));
        const cited = await ctx.select<{ subject_type: string; subject_id: number; document_id: number; excerpt: string }>(
          `select subject_type, subject_id, document_id, excerpt from sources where document_id = any(?::int[]) order by id`, [retexted.map((d) => d.id)]);
        for (const s of cited) {
          if (replaced.has(`${s.subject_type}:${s.subject_id}`)) continue;
          const doc = documents.after.get(s.document_id)!;
          if (excerptOccursIn(doc.text, s.excerpt)) continue;
          const i = records.findIndex((d) => d.symbol.toLowerCase() === doc.symbol.toLowerCase());
          throw new BundleError(`documents[${i}]`, 'text', `no longer holds what a ${s.subject_type} of the database cites from it: "${s.excerpt.slice(0, 80)}…"`);
        }
      },
      async write() {
        await ctx.put(documents);
      },
    };
  },
});
