import { defineModule } from '../platform/graphql/module.js';
import { IngestResolver } from './ingest.resolver.js';

/** ingestion: a document in, drafted facts out, accepted ones applied through the importer; no tables of its own */
export const ingestModule = defineModule({
  name: 'ingest',
  resolvers: [IngestResolver],
});
