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
  selectValues,
  timestamp,
  type IdRef,
  type NodeRow,
} from '../platform/database/rows.js';
import DataLoader from 'dataloader';
import { planMany, PlannedType } from '../platform/database/json-plan.js';
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

/** One excerpt quoted from a document, and the object (type and id) it supports. */
export interface DocumentExcerptRow {
  subjectType: string;
  subjectId: number;
  excerpt: string;
  note: string | null;
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

/** What node(id:) may read of a document in one statement (planned-execution.ts); not its text, which depends on who asks. */
export const DOCUMENT_PLAN = new PlannedType(DOCUMENT, { columns: ['symbol', 'title', 'kind', 'url', 'public', 'publishedOn'] });

/**
 * Per-request batched reads of documents. Per request because each loader caches what it read:
 * shared, it would serve one request's reads to another and outlive writes.
 */
/**
 * The documents sent with the liaisons whose ids `liaisonIds` yields (`any(?)`, or a subquery), by
 * symbol, each with its liaison as `__parent`: attachmentsOf's statement, which the thread's
 * read-ahead (liaison.queries.ts) also sends for the replies it reads.
 */
export function attachmentsSql(liaisonIds: string): string {
  return `select ${COLUMNS}, p.liaison_id as __parent from liaison_attachments p join documents t on t.id = p.document_id
       where p.liaison_id ${liaisonIds} order by ${bySymbol('t')}`;
}

/** Liaison.attachments planned (json-plan.ts): attachmentsSql's rows and order, for the liaison on `t`. */
export const ATTACHMENTS_PLAN = planMany(
  () => DOCUMENT_PLAN,
  (t, d) => `liaison_attachments ${d}_a join documents ${d} on ${d}.id = ${d}_a.document_id where ${d}_a.liaison_id = ${t}.id`,
  bySymbol,
);

function bySymbol(alias: string): string {
  return `${alias}.symbol, ${alias}.id`;
}

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
    /** the full text of documents, read only when asked for (lists never carry it) */
    textOf: new DataLoader<number, string | null>(async (ids) => {
      const rows = await selectValues<{ id: number; text: string | null }>(em, 'select id, text from documents where id = any(?)', [[...ids]]);
      const byId = new Map(rows.map((r) => [r.id, r.text]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** what the knowledge base quotes from each document: the excerpts and the objects they support, in recorded order */
    excerptsOf: new DataLoader<number, DocumentExcerptRow[]>(async (ids) => {
      const rows = await selectValues<DocumentExcerptRow & { document_id: number }>(em,
        `select s.document_id, s.subject_type as "subjectType", s.subject_id as "subjectId", s.excerpt, s.note
         from sources s where s.document_id = any(?) order by s.subject_type, s.subject_id, s.position, s.id`,
        [[...ids]]);
      const byDocument = new Map<number, DocumentExcerptRow[]>(ids.map((id) => [id, []]));
      for (const { document_id, ...row } of rows) byDocument.get(document_id)?.push(row);
      return ids.map((id) => byDocument.get(id) ?? []);
    }),
    /** the documents sent with each liaison, by symbol */
    attachmentsOf: childRowsLoader(em, DOCUMENT, attachmentsSql('= any(?)')),
    /** the documents of each best practice, by symbol */
    ofBestPractice: ofPivot('best_practice_documents', 'best_practice_id'),
  };
}
export type DocumentQueries = ReturnType<typeof createDocumentQueries>;
