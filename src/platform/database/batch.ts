import DataLoader from 'dataloader';
import type { AnyEntity, EntityClass, EntityManager } from '@mikro-orm/core';

/**
 * The batching of reads: a DataLoader collects the keys that the resolvers of one tick ask for,
 * so a list of 100 parents costs one statement per relation, not 100. Loaders live for one
 * request (they cache, and must never see another user's writes). The read path's loaders read
 * plain rows (rows.ts); entityByIdLoader is for writes, which link the entities they look up.
 */

/** Entities by row id, in key order; null where none (a write's lookups, in its transaction). */
export function entityByIdLoader<T extends AnyEntity & { id: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: [...ids] } } as never)) as T[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Memoise loaders that depend on arguments (page size, filters): one DataLoader per distinct key. */
export class LoaderCache {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
