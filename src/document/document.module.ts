import { defineModule } from '../platform/graphql/module.js';
import { Document } from './document.entity.js';
import { createDocumentQueries, DOCUMENT_PLAN, type DocumentQueries } from './document.queries.js';
import { DocumentExcerptResolver, DocumentMutationResolver, DocumentResolver, MeetingDocumentsResolver } from './document.resolver.js';
import { DocumentType } from './document.type.js';
import { documentBundle } from './document.bundle.js';

declare module '../platform/graphql/context.js' {
  interface Loaders {
    document: DocumentQueries;
  }
}

export const documentModule = defineModule({
  name: 'document',
  bundle: documentBundle,
  entities: [Document],
  resolvers: [DocumentExcerptResolver, DocumentResolver, MeetingDocumentsResolver, DocumentMutationResolver],
  loaders: (em) => ({ document: createDocumentQueries(em) }),
  nodes: [{ typename: 'Document', label: 'Document', planned: DOCUMENT_PLAN, byId: (l) => l.document.byId, editable: DocumentType }],
});
