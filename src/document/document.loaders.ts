import type { EntityManager } from '@mikro-orm/core';
import { entityByIdLoader, LoaderCache, pagedChildrenLoader, pivotLoader } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import { Document } from './document.entity.js';

// lists never carry a document's full text: it is loaded only when the `text` field asks for it
const LIST_COLUMNS = `t.id, t.symbol, t.title, t.kind, t.url, t.public, t.published_on, t.source_group_id,
  t.meeting_id, t.version, t.created_at, t.updated_at`;

export function createDocumentLoaders(em: EntityManager) {
  const paged = new LoaderCache();
  const ofPivot = (pivot: string, ownerColumn: string) =>
    pivotLoader(em, Document, { pivot, ownerColumn, targetColumn: 'document_id', target: 'documents', orderBy: 't.symbol, t.id' });
  return {
    byId: entityByIdLoader(em, Document),
    ofMeeting: (page: PageRequest) =>
      paged.get(`ofMeeting:${pageKey(page)}`, () =>
        pagedChildrenLoader(em, Document, {
          table: 'documents',
          columns: LIST_COLUMNS,
          source: 'select t.id, t.meeting_id as __parent, t.symbol from documents t where t.meeting_id = any(?)',
          orderBy: 's.symbol, s.id',
        }, page),
      ),
    attachmentsOf: ofPivot('liaison_attachments', 'liaison_id'),
    ofBestPractice: ofPivot('best_practice_documents', 'best_practice_id'),
  };
}
export type DocumentLoaders = ReturnType<typeof createDocumentLoaders>;
