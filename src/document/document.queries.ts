import type { EntityManager } from '@mikro-orm/core';
import {
  childRowsLoader,
  countLoader,
  date,
  pagedChildRowsLoader,
  plain,
  ref,
  rowByIdLoader,
  RowShape,
  timestamp,
  type IdRef,
  type NodeRow,
} from '../platform/database/rows.js';
import { LoaderCache } from '../platform/database/batch.js';
import { pageKey, type PageRequest } from '../platform/graphql/paging.js';
import type { DocumentKind } from './document.entity.js';

/**
 * A document as the read path sees it (see platform/database/rows.ts). Never its full text: the
 * API does not show it (search reads it in SQL), and it is the largest column of the graph.
 */
export interface DocumentRow extends NodeRow {
  symbol: string;
  title: string;
  kind: DocumentKind;
  url: string | null;
  public: boolean;
  publishedOn: string | null;
  sourceGroup: IdRef | null;
  meeting: IdRef | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const DOCUMENT = new RowShape<DocumentRow>('Document', 'documents', {
  id: plain('id'),
  symbol: plain('symbol'),
  title: plain('title'),
  kind: plain('kind'),
  url: plain('url'),
  public: plain('public'),
  publishedOn: date('published_on'),
  sourceGroup: ref('source_group_id'),
  meeting: ref('meeting_id'),
  version: plain('version'),
  createdAt: plain('created_at'),
  updatedAt: timestamp('updated_at'),
});
const COLUMNS = DOCUMENT.select();

/**
 * Per-request batched reads of documents. Per request because each loader caches what it read:
 * shared, it would serve one request's reads to another and outlive writes.
 */
export function createDocumentQueries(em: EntityManager) {
  const paged = new LoaderCache();
  const ofPivot = (pivot: string, ownerColumn: string) =>
    childRowsLoader(em, DOCUMENT,
      `select ${COLUMNS}, p.${ownerColumn} as __parent from ${pivot} p join documents t on t.id = p.document_id
       where p.${ownerColumn} = any(?) order by t.symbol, t.id`);
  return {
    byId: rowByIdLoader(em, DOCUMENT),
    /** a page of each meeting's documents, by symbol */
    ofMeeting: (page: PageRequest) =>
      paged.get(`ofMeeting:${pageKey(page)}`, () =>
        pagedChildRowsLoader(em, DOCUMENT,
          `select ${COLUMNS} from documents t where t.meeting_id = p.__parent order by t.symbol, t.id limit ? offset ?`,
          'r.symbol, r.id', page),
      ),
    countOfMeeting: countLoader(em, 'select t.meeting_id as __parent, count(*) as total from documents t where t.meeting_id = any(?) group by t.meeting_id'),
    /** the documents sent with each liaison, by symbol */
    attachmentsOf: ofPivot('liaison_attachments', 'liaison_id'),
    /** the documents of each best practice, by symbol */
    ofBestPractice: ofPivot('best_practice_documents', 'best_practice_id'),
  };
}
export type DocumentQueries = ReturnType<typeof createDocumentQueries>;
