import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { selectValues, typenameOf, type IdRef } from '../platform/database/rows.js';

/** Where a fact comes from, as the read path sees it: not a Node, so a plain row without a global id. */
export interface SourceRow {
  document: IdRef;
  excerpt: string;
  note: string | null;
}

interface Subject {
  type: string;
  id: number;
}

/**
 * Sources of any objects, whatever their types, in one statement per tick. Per request because
 * the loader caches what it read: shared, it would serve one request's reads to another.
 */
export function createSourceQueries(em: EntityManager) {
  const bySubject = new DataLoader<Subject, SourceRow[], string>(
    async (subjects) => {
      const rows = await selectValues<SourceRow & { __key: string; document_id: number }>(em,
        `select s.subject_type || ':' || s.subject_id as "__key", s.document_id, s.excerpt, s.note
         from unnest(?::text[], ?::int[]) as k(type, id)
         join sources s on s.subject_type = k.type and s.subject_id = k.id
         order by s.position, s.id`,
        [subjects.map((s) => s.type), subjects.map((s) => s.id)]);
      const byKey = new Map<string, SourceRow[]>(subjects.map((s) => [`${s.type}:${s.id}`, []]));
      for (const row of rows) byKey.get(row.__key)?.push({ document: { id: row.document_id }, excerpt: row.excerpt, note: row.note });
      return subjects.map((s) => byKey.get(`${s.type}:${s.id}`) ?? []);
    },
    { cacheKeyFn: (s) => `${s.type}:${s.id}` },
  );
  return {
    bySubject,
    /** the sources of a row or an entity (its GraphQL type name is the subject type) */
    of(subject: { id: number }): Promise<SourceRow[]> {
      return bySubject.load({ type: typenameOf(subject), id: subject.id });
    },
  };
}
export type SourceQueries = ReturnType<typeof createSourceQueries>;
