import type { EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import { BUNDLE_FORMAT_VERSION, bundleChange, given, show, type Bundle, type ChangeSubjectType } from './bundle.types.js';
import type { BundleSection } from './bundle.section.js';
import { canonicalBundle } from './bundle.canonical.js';
import { exportBundle, type ExportOptions, type ExportResult } from './bundle.export.js';
import { checkBundle, importBundle, type ImportOptions, type ImportSummary } from './bundle.import.js';
import { bundleProblem, compiledBundleTest, type SchemaProblem } from './bundle.validate.js';

declare module '../platform/graphql/context.js' {
  interface RequestContext {
    /** the app's bundle format (app/bundle.ts): what the ingest writes through */
    bundle: BundleFormat;
  }
}

/** The bundle format of a list of sections: its schema, check, canonical form, export and import. */
export interface BundleFormat {
  /** the sections in the file's order (as given) */
  readonly sections: readonly BundleSection[];
  /** the sections in the order they are read, matched and written: what a record refers to first */
  readonly ordered: readonly BundleSection[];
  /** the format as one zod schema (schema/bundle.schema.json is generated from it) */
  readonly schema: z.ZodType<Bundle>;
  /** the first problem of a value as a bundle, or null */
  problem(value: unknown): SchemaProblem | null;
  /** the schema compiled to a yes/no test (bundle.validate.ts), or null where it could not be */
  compiledTest(): ((value: unknown) => boolean) | null;
  /** a BundleError naming the record and field of the first problem */
  check(bundle: unknown): asserts bundle is Bundle;
  canonical(bundle: Bundle): Bundle;
  export(em: EntityManager, options?: ExportOptions): Promise<ExportResult>;
  import(em: EntityManager, bundle: Bundle, options?: ImportOptions): Promise<ImportSummary>;
  /** what a bundle holds, per kind, in the file's order ("groups", …, "milestones", …, "changes") */
  counts(bundle: Bundle): Record<string, number>;
}

/**
 * Assembles the format from the domains' sections (the app gives them: app/bundle.ts), in the
 * file's order. The order sections are processed in follows what each `needs`: a section comes
 * after the sections of the kinds its records refer to, else in the order given; a kind that no
 * section provides, or sections that need each other, are refused here, at start.
 */
export function createBundleFormat(sections: readonly BundleSection[]): BundleFormat {
  const ordered = dependencyOrder(sections);
  const cited = sections.filter((s) => s.citedBySources);
  if (cited.length !== 1) throw new Error(`One bundle section must hold what sources cite (citedBySources); ${cited.length} do`);
  const citedType = cited[0].types[0];
  const schema = z
    .strictObject({
      format: z.literal('liaison-graph-bundle', { error: given(() => 'is not "liaison-graph-bundle"') }),
      version: z.literal(BUNDLE_FORMAT_VERSION, { error: given((input) => `must be ${BUNDLE_FORMAT_VERSION}, got ${show(input)}`) }).describe('the format\'s version; this server reads version 1'),
      ...Object.fromEntries(sections.map((s) => [s.list, s.optional ? z.array(s.record).optional().describe(s.optional.description) : z.array(s.record)])),
      changes: z.array(bundleChange(sections.flatMap((s) => s.types))).optional().describe('the history of the objects, oldest first; absent when there is none'),
    })
    .meta({ title: 'Liaison Graph knowledge-base bundle', description: 'A whole knowledge base, or a part of it to merge into one.' }) as unknown as z.ZodType<Bundle>;
  return {
    sections,
    ordered,
    schema,
    problem: (value) => bundleProblem(schema, value),
    compiledTest: () => compiledBundleTest(schema),
    check: (bundle) => checkBundle(schema, bundle),
    canonical: (bundle) => canonicalBundle(sections, bundle),
    export: (em, options) => exportBundle(ordered, sections, citedType, em, options),
    import: (em, bundle, options) => importBundle(ordered, citedType, schema, em, bundle, options),
    counts: (bundle) => {
      const lists = bundle as unknown as Record<string, unknown[] | undefined>;
      const counts: Record<string, number> = {};
      for (const s of sections) Object.assign(counts, s.counts ? s.counts((lists[s.list] ?? []) as never[]) : { [s.list]: lists[s.list]?.length ?? 0 });
      if (bundle.changes) counts.changes = bundle.changes.length;
      return counts;
    },
  };
}

/** the sections, each after those whose kinds it needs, else in the order given */
export function dependencyOrder(sections: readonly BundleSection[]): BundleSection[] {
  const provider = new Map<ChangeSubjectType, BundleSection>();
  for (const s of sections) for (const type of s.types) provider.set(type, s);
  for (const s of sections) {
    for (const type of s.needs ?? []) if (!provider.has(type)) throw new Error(`The bundle section "${s.list}" needs ${type}, which no section provides`);
  }
  const placed = new Set<BundleSection>();
  const out: BundleSection[] = [];
  while (out.length < sections.length) {
    const next = sections.find((s) => !placed.has(s) && (s.needs ?? []).every((type) => provider.get(type) === s || placed.has(provider.get(type)!)));
    if (!next) throw new Error(`The bundle sections ${sections.filter((s) => !placed.has(s)).map((s) => `"${s.list}"`).join(', ')} need each other`);
    placed.add(next);
    out.push(next);
  }
  return out;
}
