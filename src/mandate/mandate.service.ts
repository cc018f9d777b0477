import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import type { RequestContext } from '../platform/graphql/context.js';
import type { BundleClause, BundleResolution, BundleSource } from '../bundle/bundle.types.js';
import { canonicalResolution } from '../bundle/bundle.canonical.js';
import type { AdoptingBody } from './mandate.entity.js';
import { listResolutions, type ResolutionRow } from './mandate.queries.js';
import type { EvidenceRow } from './mandate.rules.js';

/** Resolutions, all or one body's. */
export function findResolutions(em: EntityManager, filter: { adoptedBy?: AdoptingBody | null }): Promise<ResolutionRow[]> {
  return listResolutions(em, filter);
}

/** One resolution by number; a number two bodies share needs the body (BAD_USER_INPUT, naming them). */
export async function findResolution(em: EntityManager, number: string, adoptedBy: AdoptingBody | null): Promise<ResolutionRow | null> {
  const found = await listResolutions(em, { number, adoptedBy });
  const bodies = [...new Set(found.map((r) => r.adoptedBy))];
  if (bodies.length > 1) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `Resolution ${number.trim()} was adopted by several bodies (${bodies.join(', ')}): say which with adoptedBy.`, 'adoptedBy');
  }
  return found[0] ?? null;
}

/** the objects a coverage names, through the request's by-id loaders (one batch per type) */
export async function coverageNodes(ctx: RequestContext, rows: readonly EvidenceRow[]): Promise<object[]> {
  const nodes = await Promise.all(rows.map((r) => ctx.loaders.nodeById(r.type)?.load(r.id) ?? Promise.resolve(null)));
  return nodes.filter((n): n is object => n != null);
}

// ---------------------------------------------------------------------------------------------
// The bundle: resolutions as it writes them (export) and as it brings them (import)

type Row = Record<string, any>;

/** how the bundle names what a resolution refers to */
export interface ResolutionNames {
  acronym(groupId: number): string;
  slug(topicId: number): string;
  /** the sources recorded for an object, as the bundle writes them */
  sources(type: 'Resolution' | 'Clause', id: number): BundleSource[] | undefined;
}

const date = (column: string) => `to_char(${column}, 'YYYY-MM-DD') as ${column}`;

/**
 * The bundle's snapshot of the resolutions (one or all, by key) with their clauses in order and
 * the sources of both, in the canonical form (bundle.canonical.ts): what export writes and what
 * the importer compares a bundle's record with.
 */
export async function resolutionsSnapshot(knex: Knex, names: ResolutionNames): Promise<(BundleResolution & { id: number; clauseIds: Map<number, number> })[]> {
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
export interface ResolutionRefs {
  group(acronym: string, record: string, field: string): number;
  topic(slug: string, record: string, field: string): number;
  /** a source's document id, its excerpt checked against the document's text */
  document(source: BundleSource, record: string): number;
}

export interface ResolutionImport {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Brings a bundle's resolutions in, matched by key and their clauses by position: a resolution
 * that already holds the bundle's values is left alone; otherwise its row and its clauses are
 * written (a clause the bundle does not name is kept: an import merges, it deletes nothing).
 * A record without sources leaves the object's sources alone. Resolutions carry no history.
 */
export async function importResolutions(knex: Knex, resolutions: readonly BundleResolution[], refs: ResolutionRefs, names: ResolutionNames): Promise<ResolutionImport> {
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
      await knex('resolutions').where({ id }).update({ ...values, updated_at: knex.fn.now() });
    } else {
      id = ((await knex('resolutions').insert(values).returning('id')) as { id: number }[])[0].id;
    }
    await replaceSources(knex, 'Resolution', id, resolutionSources);
    for (const { row, sources } of clauses) {
      let clauseId = existing?.clauseIds.get(row.position);
      if (clauseId !== undefined) await knex('mandate_clauses').where({ id: clauseId }).update({ ...row, updated_at: knex.fn.now() });
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
