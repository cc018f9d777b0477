import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager, Knex } from '@mikro-orm/postgresql';
import type { Bundle, BundleSource, ChangeSubjectType } from './bundle.types.js';
import { canonicalBundle } from './bundle.canonical.js';
import { readChanges } from './bundle.changes.js';
import { assignKeys, slugKey } from './bundle.keys.js';
import type { BundleSection, ExportContext, Row } from './bundle.section.js';

export interface ExportOptions {
  onProgress?: (step: string, count: number) => void;
}

export interface ExportResult {
  bundle: Bundle;
  /** things the bundle could not carry, in words (e.g. history of objects that no longer exist) */
  warnings: string[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The whole knowledge base as one bundle: every object, its sources, and its history. Read in
 * one read-only, repeatable-read transaction (a consistent snapshot while others write), written
 * in the canonical form (bundle.canonical.ts): no row ids, stable order, so the same knowledge
 * base always exports to the same bytes. `sections` in the engine's order (what a record refers
 * to first), `listed` in the file's.
 */
export async function exportBundle(sections: readonly BundleSection[], listed: readonly BundleSection[], cited: ChangeSubjectType, em: EntityManager, options: ExportOptions = {}): Promise<ExportResult> {
  const knex = (em as SqlEntityManager).getKnex();
  return knex.transaction(
    async (trx) => {
      await trx.raw('set transaction isolation level repeatable read, read only');
      return readBundle(sections, listed, cited, trx, options);
    },
  );
}

async function readBundle(sections: readonly BundleSection[], listed: readonly BundleSection[], cited: ChangeSubjectType, knex: Knex, options: ExportOptions): Promise<ExportResult> {
  const warnings: string[] = [];
  const keys = new Map<ChangeSubjectType, (id: number) => string | undefined>();
  const sourcesOf = new Map<string, BundleSource[]>();
  const select = async (sql: string) => (await knex.raw(sql)).rows as Row[];
  const ctx: ExportContext = {
    knex,
    select,
    rows: async (step, sql) => {
      const result = await select(sql);
      options.onProgress?.(step, result.length);
      return result;
    },
    listsOf: async (sql, name) => {
      const out = new Map<number, ReturnType<typeof name>[]>();
      for (const { owner, target } of (await select(sql)) as { owner: number; target: number }[]) push(out, owner, name(target));
      return out;
    },
    progress: (step, count) => options.onProgress?.(step, count),
    setKeys: (type, found) => keys.set(type, typeof found === 'function' ? found : (id) => found.get(id)),
    keyed: (type, rows) => {
      const derived = assignKeys(rows, (r) => r.key, (r) => slugKey(r.title));
      const byId = new Map(rows.map((r) => [r.id as number, derived.get(r)!]));
      keys.set(type, (id) => byId.get(id));
      return byId;
    },
    key: (type, id) => keys.get(type)?.(id),
    sources: (type, id) => sourcesOf.get(`${type}:${id}`),
  };

  // each section reads its rows (and says its keys), in the order references need
  const builders = new Map<BundleSection, () => unknown[] | Promise<unknown[]>>();
  for (const section of sections) builders.set(section, await section.export(ctx));

  // the sources of every object, each citing a document (the kind `cited`) by its natural key
  const sourceRows = await ctx.rows('sources', `select subject_type, subject_id, document_id, excerpt, note from sources order by subject_type, subject_id, position, id`);
  for (const s of sourceRows) {
    push(sourcesOf, `${s.subject_type}:${s.subject_id}`, { document: ctx.key(cited, s.document_id)!, excerpt: s.excerpt, note: s.note ?? undefined });
  }

  const lists: Record<string, unknown[]> = {};
  for (const section of sections) lists[section.list] = await builders.get(section)!();
  const bundle = { format: 'liaison-graph-bundle', version: 1 } as Record<string, unknown>;
  for (const section of listed) bundle[section.list] = lists[section.list];

  const { changes, orphans } = await readChanges(knex, { keyOf: (type, id) => ctx.key(type, id) });
  options.onProgress?.('changes', changes.length);
  if (orphans) warnings.push(`${orphans} change(s) name an object that no longer exists (or of an unknown type) and were left out`);
  bundle.changes = changes;
  return { bundle: canonicalBundle(listed, bundle as unknown as Bundle), warnings };
}
