import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { typenameOf } from '../platform/database/rows.js';
import { groupRows } from '../platform/database/batch.js';
import { Source } from './source.entity.js';

interface Subject {
  type: string;
  id: number;
}

/** Sources of any objects, whatever their types, in one query per tick. */
export function createSourceLoaders(em: EntityManager) {
  const bySubject = new DataLoader<Subject, Source[], string>(
    async (subjects) => {
      const byType = new Map<string, number[]>();
      for (const s of subjects) byType.set(s.type, [...(byType.get(s.type) ?? []), s.id]);
      const rows = await em.find(
        Source,
        { $or: [...byType].map(([subjectType, ids]) => ({ subjectType, subjectId: { $in: ids } })) },
        { orderBy: { position: 'asc', id: 'asc' } },
      );
      return groupRows(subjects.map((s) => `${s.type}:${s.id}`), rows, (r) => `${r.subjectType}:${r.subjectId}`);
    },
    { cacheKeyFn: (s) => `${s.type}:${s.id}` },
  );
  return {
    bySubject,
    /** the sources of an entity (its class name is the subject type) */
    of(entity: { id: number }): Promise<Source[]> {
      return bySubject.load({ type: typenameOf(entity), id: entity.id });
    },
  };
}
export type SourceLoaders = ReturnType<typeof createSourceLoaders>;
