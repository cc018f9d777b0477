/**
 * The knowledge-base bundle of this app: the format the domains' sections make (each domain's
 * *.bundle.ts, listed by its module), assembled once. The server (seed, GET /export.json, the
 * ingest's writes), the scripts (export, import, bundle:schema), bench and tests use it from here;
 * src/bundle/ is the engine, and names no domain.
 */
import type { EntityManager } from '@mikro-orm/core';
import { createBundleFormat } from '../bundle/bundle.format.js';
import type { Bundle } from '../bundle/bundle.types.js';
import type { ExportOptions, ExportResult } from '../bundle/bundle.export.js';
import type { ImportOptions, ImportSummary } from '../bundle/bundle.import.js';
import { bundleSections } from './modules.js';

export const bundleFormat = createBundleFormat(bundleSections);

export const BundleSchema = bundleFormat.schema;
export const checkBundle: (bundle: unknown) => asserts bundle is Bundle = bundleFormat.check;
export const importBundle = (em: EntityManager, bundle: Bundle, options?: ImportOptions): Promise<ImportSummary> => bundleFormat.import(em, bundle, options);
export const exportBundle = (em: EntityManager, options?: ExportOptions): Promise<ExportResult> => bundleFormat.export(em, options);
export const canonicalBundle = (bundle: Bundle): Bundle => bundleFormat.canonical(bundle);
