import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { Group } from '../group/group.entity.js';
import type { ImportSummary } from '../bundle/bundle.import.js';
import type { BundleFormat } from '../bundle/bundle.format.js';
import type { Bundle } from '../bundle/bundle.types.js';
import { seedBundle } from './seed.data.js';

const SOURCES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sources');

/** The seed data set as a self-contained bundle: each document's text read from src/seed/sources. */
export function seedAsBundle(): Bundle {
  // a copy of its own: a caller that edits it (a test breaking a record) must not change the seed
  return {
    ...structuredClone(seedBundle),
    documents: seedBundle.documents.map(({ textFile, ...doc }) => ({
      ...doc,
      text: textFile ? fs.readFileSync(path.join(SOURCES_DIR, textFile), 'utf8') : doc.text,
    })),
  };
}

/** who the history names as the writer of the seed's objects */
export const SEED_ACTOR = 'import (seed data set)';

/** Loads the seed into an empty database; a database that holds any group is left as it is. */
export async function seedIfEmpty(em: EntityManager, format: BundleFormat): Promise<ImportSummary | null> {
  // two servers starting on one empty database: the advisory lock lets only one of them seed
  return em.fork().transactional(async (tx) => {
    await (tx as SqlEntityManager).execute('select pg_advisory_xact_lock(20261125)');
    if ((await tx.count(Group, {})) > 0) return null;
    return format.import(tx, seedAsBundle(), { actor: SEED_ACTOR });
  });
}
