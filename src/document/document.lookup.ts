import { rawQuery } from '../platform/database/raw.js';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { LIMITS } from '../platform/errors/input-check.js';
import { decodeGlobalId } from '../platform/graphql/global-id.js';
import type { Write } from '../change/change.write.js';
import type { LinkTarget } from '../auth/authorization.js';
import { Document } from './document.entity.js';

// Finding a document named in an input: kept apart from document.service.ts because sources
// (which document.service uses) need it too, and a file must not import its own importer.

/** Errors about documents. */
export class DocumentError extends AppError {}

/** A document by id or by symbol (any case), or null. */
export async function findDocument(w: Write, ref: string): Promise<Document | null> {
  const decoded = decodeGlobalId(ref);
  let id: number | undefined;
  if (decoded?.typename === 'Document') {
    id = decoded.id;
  } else if (ref.trim() !== '' && ref.length <= LIMITS.short) {
    const rows = (await rawQuery(w.em, 'select id from documents where lower(symbol) = lower(?)', [ref.trim()])).rows as { id: number }[];
    id = rows[0]?.id;
  }
  return id === undefined ? null : w.em.findOne(Document, { id });
}

/** A document belongs to the group that wrote it and to the group of the meeting it went to. */
export async function documentGroups(w: Write, d: Document) {
  const meeting = d.meeting ? await w.loaders.meeting.byId.load(d.meeting.id) : null;
  return w.groups([d.sourceGroup?.id, meeting?.group.id]);
}

/** A document cited by a write (a source, an attachment), as assertMayCite judges it. */
export async function citedDocument(w: Write, d: Document, field: string): Promise<LinkTarget & { public: boolean }> {
  return { field, what: `the document ${d.symbol}`, public: d.public, groups: await documentGroups(w, d) };
}

/** A document named in an input, by id or by symbol (any case); unknown is NOT_FOUND naming the field. */
export async function requireDocument(w: Write, ref: string, field: string): Promise<Document> {
  const document = await findDocument(w, ref);
  if (!document) throw new DocumentError(ErrorCode.NOT_FOUND, `No document has the symbol or id "${ref.slice(0, 100)}"`, field);
  return document;
}

