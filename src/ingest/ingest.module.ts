import { defineModule } from '../platform/graphql/module.js';
import { INGEST_MAX_BYTES } from '../config/config.js';
import { IngestResolver } from './ingest.resolver.js';

/** ingestion: a document in, drafted facts out, accepted ones applied through the importer; no tables of its own */
export const ingestModule = defineModule({
  name: 'ingest',
  resolvers: [IngestResolver],
});

/**
 * Documents come in through their own GraphQL endpoint: the file's base64 (a third larger than
 * its bytes) plus the reviewed facts, so its body limit is sized for INGEST_MAX_BYTES; it takes
 * draftFacts and applyFacts only. /graphql keeps its 100 kB limit.
 */
export const INGEST_ENDPOINT = {
  path: '/graphql/ingest',
  maxBodyBytes: Math.ceil((INGEST_MAX_BYTES * 4) / 3) + 1024 * 1024,
  rootFields: ['draftFacts', 'applyFacts'],
} as const;
