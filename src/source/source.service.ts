import { helper } from '@mikro-orm/core';
import { InputCheck, LIMITS } from '../platform/errors/input-check.js';
import type { Write } from '../change/change.write.js';
import type { Document } from '../document/document.entity.js';
import { citedDocument, requireDocument } from '../document/document.lookup.js';
import { assertMayCite } from '../auth/authorization.js';
import { rawQuery } from '../platform/database/raw.js';
import { Source } from './source.entity.js';
import { excerptOccursIn, excerptProblem } from './excerpt.js';

export interface SourceInputValue {
  document: string;
  excerpt: string;
  note?: string | null;
}

export interface CheckedSource {
  document: Document;
  excerpt: string;
  note: string | null;
}

/** Checks the `sources` of a create: each document must exist and be citable by the viewer (assertMayCite), each excerpt must be given and occur verbatim in the document's text (excerptOccursIn). */
export async function checkSources(
  w: Write,
  check: InputCheck,
  sources: readonly SourceInputValue[] | null | undefined,
  field = 'sources',
): Promise<CheckedSource[]> {
  const checked: CheckedSource[] = [];
  for (const [i, source] of (check.list(field, sources) ?? []).entries()) {
    const document = await check.resolve(() => requireDocument(w, source.document, `${field}[${i}].document`));
    if (document) assertMayCite(w.viewer, await citedDocument(w, document, `${field}[${i}].document`));
    const excerpt = check.text(`${field}[${i}].excerpt`, source.excerpt, LIMITS.long);
    // what an import would refuse is refused here, so an export of what the API wrote imports again
    if (document && excerpt !== '' && !excerptOccursIn(await documentText(w, document), excerpt)) {
      check.add(`${field}[${i}].excerpt`, `${field}[${i}].excerpt ${excerptProblem(document.symbol, excerpt)}`);
    }
    const note = check.optionalText(`${field}[${i}].note`, source.note, LIMITS.short) ?? null;
    if (document) checked.push({ document, excerpt, note });
  }
  return checked;
}

/** a document's text: a lazy property, so read on its own rather than through the (cached) entity */
async function documentText(w: Write, document: Document): Promise<string | null> {
  const rows = (await rawQuery(w.em, 'select text from documents where id = ?', [document.id])).rows as { text: string | null }[];
  return rows[0]?.text ?? null;
}

/** Adds the checked sources to an object that has its row id (flush it first), after its existing ones. */
export async function addSources(w: Write, subject: { id: number }, sources: readonly CheckedSource[]): Promise<void> {
  if (sources.length === 0) return;
  const subjectType = helper(subject).__meta.className;
  const existing = await w.em.count(Source, { subjectType, subjectId: subject.id });
  sources.forEach((s, i) => {
    w.em.persist(
      w.em.create(Source, {
        subjectType,
        subjectId: subject.id,
        document: s.document,
        excerpt: s.excerpt,
        note: s.note,
        position: existing + i + 1,
      } as never),
    );
  });
}
