import { z } from 'zod';
import type { Knex } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { count, isoDate, oneOf, recordKey, short, shortAny, sources, text, type BundleSource } from '../bundle/bundle.types.js';
import { clean, pad, sortBy, sources as canonicalSources, value } from '../bundle/bundle.canonical.js';
import { defineSection } from '../bundle/bundle.section.js';
import { BundleError } from '../bundle/bundle.import.js';
import { acronymOf } from '../group/group.bundle.js';
import { slugOf } from '../topic/topic.bundle.js';
import { symbolOf, type DocumentRow } from '../document/document.bundle.js';
import { excerptOccursIn, excerptProblem } from '../source/excerpt.js';
import { AdoptingBody, ASKS_WITH_TARGET, ClauseAsk } from './mandate.entity.js';

/**
 * The resolutions in a bundle (bundle.section.ts), keyed by `key`, with their clauses, keyed by
 * position: the mandate domain imports them its own way (importResolutions: matched by key and
 * compared in the canonical form), after the others' history, and records no history of its own
 * for them; the history the API's writes record travels in the bundle's `changes` like any other.
 */

export const BundleClause = z
  .strictObject({
    position: count(1).describe('1-based, in the resolution\'s order'),
    text: text().describe('the clause as the source quotes it'),
    group: short().describe('acronym of the group the clause asks to act'),
    ask: oneOf(ClauseAsk).describe('what it asks, in the form the graph checks'),
    target: short().optional().describe('LIAISE_WITH, REPORT_TO: acronym of the other group'),
    constituency: shortAny().optional().describe('CONSULT: who is consulted, in words'),
    topic: short().optional().describe('CONSULT: slug of the topic a meeting carries when it recorded the consultation'),
    interval: shortAny().optional().describe('REPORT_TO: how often, in words'),
    periodStart: isoDate().optional().describe('the start of the period the clause is checked over'),
    periodEnd: isoDate().optional().describe('the end of that period: not before its start'),
    sources: sources(),
  })
  .superRefine((c, ctx) => {
    if (c.periodStart && c.periodEnd && c.periodEnd < c.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: `the period ends (${c.periodEnd}) before it begins (${c.periodStart})` });
    }
    if (ASKS_WITH_TARGET.includes(c.ask) && !c.target) ctx.addIssue({ code: 'custom', path: ['target'], message: `is required when the ask is ${c.ask}` });
    if (c.ask === ClauseAsk.CONSULT && !c.topic) ctx.addIssue({ code: 'custom', path: ['topic'], message: 'is required when the ask is CONSULT' });
  })
  .meta({ id: 'BundleClause' });
export type BundleClause = z.infer<typeof BundleClause>;

export const BundleResolution = z
  .strictObject({
    key: recordKey(),
    number: short().describe('as the adopting body numbers it: "179"'),
    revision: shortAny().optional().describe('as cited: "Rev. Bucharest, 2022"'),
    title: shortAny().optional(),
    adoptedBy: oneOf(AdoptingBody),
    clauses: z.array(BundleClause).describe('in order'),
    sources: sources(),
  })
  .meta({ id: 'BundleResolution' });
export type BundleResolution = z.infer<typeof BundleResolution>;

declare module '../bundle/bundle.types.js' {
  interface BundleLists {
    resolutions?: BundleResolution[];
  }
  /** the kinds its records are, as the history names them */
  interface BundleKinds {
    Resolution: true;
    Clause: true;
  }
}

/** a resolution in the canonical form (the importer compares what it holds in this form too) */
function canonicalResolution(r: BundleResolution): BundleResolution {
  return clean({
    key: r.key,
    number: r.number,
    revision: value(r.revision),
    title: value(r.title),
    adoptedBy: r.adoptedBy,
    clauses: sortBy(
      r.clauses.map((c) =>
        clean({
          position: c.position,
          text: c.text,
          group: c.group,
          ask: c.ask,
          target: value(c.target),
          constituency: value(c.constituency),
          topic: value(c.topic),
          interval: value(c.interval),
          periodStart: value(c.periodStart),
          periodEnd: value(c.periodEnd),
          sources: canonicalSources(c.sources),
        }),
      ),
      (c) => [pad(c.position)],
    ),
    sources: canonicalSources(r.sources),
  });
}

export const mandateBundle = defineSection({
  list: 'resolutions',
  record: BundleResolution,
  optional: { description: 'the resolutions groups work under, with their clauses; absent when there are none' },
  types: ['Resolution', 'Clause'],
  needs: ['Group', 'Topic', 'Document'],
  canonical: canonicalResolution,
  order: (r) => [r.key],
  counts: (resolutions) => ({ resolutions: resolutions.length, clauses: resolutions.reduce((n, r) => n + r.clauses.length, 0) }),

  async export(ctx) {
    // read with the sources (which the others' sections read first)
    return async () => {
      const resolutions = await resolutionsSnapshot(ctx.knex, {
        acronym: (id) => ctx.key('Group', id)!,
        slug: (id) => ctx.key('Topic', id)!,
        sources: (type, id) => ctx.sources(type, id),
      });
      ctx.progress('resolutions', resolutions.length);
      ctx.setKeys('Resolution', new Map(resolutions.map((r) => [r.id, r.key])));
      // a clause's natural key: "<resolution key>/<position>"
      ctx.setKeys('Clause', new Map(resolutions.flatMap((r) => [...r.clauseIds].map(([position, id]): [number, string] => [id, `${r.key}/${position}`]))));
      return resolutions.map(({ id: _id, clauseIds: _clauses, ...r }) => r);
    };
  },

  import(ctx, records) {
    return {
      async read() {},
      async resolve() {},
      async write() {},
      /** once what they refer to is written, after the others' history */
      async writeLast() {
        if (records.length === 0) return;
        const names = ctx.names('after');
        const held = new Map<string, BundleSource[]>();
        for (const s of await ctx.select<{ subject_type: string; subject_id: number; document_id: number; excerpt: string; note: string | null }>(
          `select subject_type, subject_id, document_id, excerpt, note from sources where subject_type in ('Resolution', 'Clause') order by position, id`)) {
          const key = `${s.subject_type}:${s.subject_id}`;
          held.set(key, [...(held.get(key) ?? []), { document: symbolOf(names, s.document_id), excerpt: s.excerpt, ...(s.note != null ? { note: s.note } : {}) }]);
        }
        ctx.count(await importResolutions(ctx.knex, records, {
          group: (acronym, record, field) => ctx.id('Group', acronym, record, field)!,
          topic: (slug, record, field) => ctx.id('Topic', slug, record, field)!,
          document: (s, record) => {
            const doc = ctx.ref<DocumentRow>('Document', s.document, record, 'document');
            if (!excerptOccursIn(doc.text, s.excerpt)) throw new BundleError(record, 'excerpt', excerptProblem(doc.symbol, s.excerpt));
            return doc.id;
          },
        }, { acronym: (id) => acronymOf(names, id), slug: (id) => slugOf(names, id), sources: (type, id) => held.get(`${type}:${id}`) }));
      },
      /** found by key and "<key>/<position>", once written */
      lateHistory: {
        types: ['Resolution', 'Clause'],
        async ids() {
          const resolutions = new Map<string, number>();
          const clauses = new Map<string, number>();
          for (const r of await ctx.select<{ id: number; key: string }>(`select id, key from resolutions`)) resolutions.set(r.key, r.id);
          for (const c of await ctx.select<{ id: number; key: string; position: number }>(
            `select c.id, r.key, c.position from mandate_clauses c join resolutions r on r.id = c.resolution_id`)) clauses.set(`${c.key}/${c.position}`, c.id);
          return (type, key) => (type === 'Resolution' ? resolutions.get(key) : type === 'Clause' ? clauses.get(key) : undefined);
        },
      },
    };
  },
});

type Row = Record<string, any>;

/** how the bundle names what a resolution refers to */
interface ResolutionNames {
  acronym(groupId: number): string;
  slug(topicId: number): string;
  /** the sources recorded for an object, as the bundle writes them */
  sources(type: 'Resolution' | 'Clause', id: number): BundleSource[] | undefined;
}

const date = (column: string) => `to_char(${column}, 'YYYY-MM-DD') as ${column}`;

/**
 * The bundle's snapshot of the resolutions (one or all, by key) with their clauses in order and
 * the sources of both, in the canonical form (canonicalResolution): what export writes and what
 * the importer compares a bundle's record with.
 */
async function resolutionsSnapshot(knex: Knex, names: ResolutionNames): Promise<(BundleResolution & { id: number; clauseIds: Map<number, number> })[]> {
  const resolutions = (await knex.raw(`select id, key, number, revision, title, adopted_by from resolutions order by key`)).rows as Row[];
  const clauses = (await knex.raw(
    `select id, resolution_id, position, text, group_id, ask, target_id, constituency, topic_id, interval, ${date('period_start')}, ${date('period_end')}
     from mandate_clauses order by resolution_id, position`,
  )).rows as Row[];
  const clausesOf = new Map<number, Row[]>();
  for (const c of clauses) clausesOf.set(c.resolution_id, [...(clausesOf.get(c.resolution_id) ?? []), c]);
  const opt = <T>(v: T | null) => v ?? undefined;
  return resolutions.map((r) => {
    const own = clausesOf.get(r.id) ?? [];
    return {
      ...canonicalResolution({
        key: r.key,
        number: r.number,
        revision: opt(r.revision),
        title: opt(r.title),
        adoptedBy: r.adopted_by,
        clauses: own.map((c): BundleClause => ({
          position: c.position,
          text: c.text,
          group: names.acronym(c.group_id),
          ask: c.ask,
          target: c.target_id == null ? undefined : names.acronym(c.target_id),
          constituency: opt(c.constituency),
          topic: c.topic_id == null ? undefined : names.slug(c.topic_id),
          interval: opt(c.interval),
          periodStart: opt(c.period_start),
          periodEnd: opt(c.period_end),
          sources: names.sources('Clause', c.id),
        })),
        sources: names.sources('Resolution', r.id),
      }),
      id: r.id as number,
      clauseIds: new Map(own.map((c) => [c.position as number, c.id as number])),
    };
  });
}

/** how the importer resolves what a resolution refers to (each throws the bundle's coded error, naming record and field) */
interface ResolutionRefs {
  group(acronym: string, record: string, field: string): number;
  topic(slug: string, record: string, field: string): number;
  /** a source's document id, its excerpt checked against the document's text */
  document(source: BundleSource, record: string): number;
}

interface ResolutionImport {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Brings a bundle's resolutions in, matched by key and their clauses by position: a resolution
 * that already holds the bundle's values is left alone; otherwise its row and its clauses are
 * written (a clause the bundle does not name is kept: an import merges, it deletes nothing).
 * A record without sources leaves the object's sources alone. The import records no history of its own for them;
 * the history the API's writes record travels in the bundle's `changes` like any other.
 */
async function importResolutions(knex: Knex, resolutions: readonly BundleResolution[], refs: ResolutionRefs, names: ResolutionNames): Promise<ResolutionImport> {
  const result: ResolutionImport = { created: 0, updated: 0, unchanged: 0 };
  if (resolutions.length === 0) return result;
  const held = new Map((await resolutionsSnapshot(knex, names)).map((r) => [r.key, r]));
  const seen = new Set<string>();
  for (const [i, given] of resolutions.entries()) {
    const record = `resolutions[${i}]`;
    // references first: a bad one is refused before this record writes anything
    const clauses = given.clauses.map((c, j) => {
      const at = `${record}.clauses[${j}]`;
      return {
        c,
        row: {
          position: c.position,
          text: c.text,
          group_id: refs.group(c.group, at, 'group'),
          ask: c.ask,
          target_id: c.target ? refs.group(c.target, at, 'target') : null,
          constituency: c.constituency ?? null,
          topic_id: c.topic ? refs.topic(c.topic, at, 'topic') : null,
          interval: c.interval ?? null,
          period_start: c.periodStart ?? null,
          period_end: c.periodEnd ?? null,
        },
        sources: c.sources?.map((s, k) => ({ document_id: refs.document(s, `${at}.sources[${k}]`), excerpt: s.excerpt, note: s.note ?? null, position: k + 1 })),
      };
    });
    const positions = new Set<number>();
    for (const [j, { c }] of clauses.entries()) {
      if (positions.has(c.position)) throw new AppError(ErrorCode.BAD_USER_INPUT, `${record}.clauses[${j}].position: ${c.position} is given twice`, `${record}.clauses[${j}].position`);
      positions.add(c.position);
    }
    if (seen.has(given.key)) throw new AppError(ErrorCode.BAD_USER_INPUT, `${record}.key: "${given.key}" is given twice`, `${record}.key`);
    seen.add(given.key);
    const resolutionSources = given.sources?.map((s, k) => ({ document_id: refs.document(s, `${record}.sources[${k}]`), excerpt: s.excerpt, note: s.note ?? null, position: k + 1 }));

    const existing = held.get(given.key);
    if (existing) {
      // what the database would hold after this record: sources the record leaves out stay
      const { id: _id, clauseIds: _ids, ...before } = existing;
      const after = canonicalResolution({
        ...given,
        sources: given.sources ?? before.sources,
        clauses: [
          ...given.clauses.map((c) => ({ ...c, sources: c.sources ?? before.clauses.find((b) => b.position === c.position)?.sources })),
          ...before.clauses.filter((b) => !positions.has(b.position)),
        ],
      });
      if (JSON.stringify(after) === JSON.stringify(before)) {
        result.unchanged++;
        continue;
      }
      result.updated++;
    } else result.created++;

    const values = { key: given.key, number: given.number, revision: given.revision ?? null, title: given.title ?? null, adopted_by: given.adoptedBy };
    let id: number;
    if (existing) {
      id = existing.id;
      // a new version, as every object an import changes gets (an update through the API names the version)
      await knex('resolutions').where({ id }).update({ ...values, updated_at: knex.fn.now(), version: knex.raw('version + 1') });
    } else {
      id = ((await knex('resolutions').insert(values).returning('id')) as { id: number }[])[0].id;
    }
    await replaceSources(knex, 'Resolution', id, resolutionSources);
    for (const { row, sources } of clauses) {
      let clauseId = existing?.clauseIds.get(row.position);
      if (clauseId !== undefined) await knex('mandate_clauses').where({ id: clauseId }).update({ ...row, updated_at: knex.fn.now(), version: knex.raw('version + 1') });
      else clauseId = ((await knex('mandate_clauses').insert({ ...row, resolution_id: id }).returning('id')) as { id: number }[])[0].id;
      await replaceSources(knex, 'Clause', clauseId!, sources);
    }
  }
  return result;
}

async function replaceSources(knex: Knex, type: string, id: number, sources: Record<string, unknown>[] | undefined) {
  if (sources === undefined) return;
  await knex('sources').where({ subject_type: type, subject_id: id }).delete();
  if (sources.length) await knex('sources').insert(sources.map((s) => ({ ...s, subject_type: type, subject_id: id })));
}
