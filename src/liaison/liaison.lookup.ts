import { rawQuery } from '../platform/database/raw.js';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { LIMITS } from '../platform/errors/input-check.js';
import { decodeGlobalId } from '../platform/graphql/global-id.js';
import type { Write } from '../change/change.write.js';
import { Liaison } from './liaison.entity.js';

// Finding a liaison named in an input: kept apart from liaison.service.ts because the template's
// service (which liaison.service uses) and the list queries need it too, and a file must not
// import its own importer.

/** Errors about liaisons. */
export class LiaisonError extends AppError {}

/** A liaison named in an input: by id, or by its reference (any case); unknown is NOT_FOUND naming the field. */
export async function requireLiaison(w: Write, refText: string, field: string): Promise<Liaison> {
  const decoded = decodeGlobalId(refText);
  let liaison: Liaison | null = null;
  if (decoded?.typename === 'Liaison') {
    liaison = await w.em.findOne(Liaison, { id: decoded.id });
  } else if (refText.trim() !== '' && refText.length <= LIMITS.short) {
    const rows = (await rawQuery(w.em, 'select id from liaisons where lower(reference) = lower(?) order by id limit 1', [refText.trim()])).rows as { id: number }[];
    if (rows[0]) liaison = await w.em.findOne(Liaison, { id: rows[0].id });
  }
  if (!liaison) throw new LiaisonError(ErrorCode.NOT_FOUND, `No liaison has the id or reference "${refText.slice(0, 100)}"`, field);
  return liaison;
}
