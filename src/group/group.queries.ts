import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { childRowsLoader, pagedRows, plain, ref, rowByIdLoader, RowShape, selectRows, type IdRef, type NodeRow, type RowPage } from '../platform/database/rows.js';
import { SqlWhere } from '../platform/database/paged-query.js';
import { PlannedType } from '../platform/database/json-plan.js';
import type { PageRequest } from '../platform/graphql/paging.js';
import { groupLookupKey, type GroupKind, type Officer, type Sector } from './group.entity.js';

/** A group as the read path sees it (see platform/database/rows.ts). */
export interface GroupRow extends NodeRow {
  acronym: string;
  name: string;
  kind: GroupKind;
  sector: Sector;
  parent: IdRef | null;
  aliases: string[];
  mandates: string[];
  officers: Officer[];
}

export const GROUP = new RowShape<GroupRow>('Group', 'groups', {
  id: plain('id'),
  acronym: plain('acronym'),
  name: plain('name'),
  kind: plain('kind'),
  sector: plain('sector'),
  parent: ref('parent_id'),
  aliases: plain('aliases'),
  mandates: plain('mandates'),
  officers: plain('officers'),
  version: plain('version'),
  createdAt: plain('created_at'),
  updatedAt: plain('updated_at'),
});

/** What node(id:) may read of a group in one statement (planned-execution.ts). */
export const GROUP_PLAN = new PlannedType(GROUP, { columns: ['acronym', 'name', 'kind', 'sector', 'aliases', 'mandates'] });

/** Groups in acronym order. */
export function listGroups(em: EntityManager, page: PageRequest, withTotal: boolean): Promise<RowPage<GroupRow>> {
  return pagedRows(em, GROUP, { table: 'groups', where: new SqlWhere(), orderBy: 't.acronym, t.id' }, page, withTotal);
}

/**
 * Per-request batched reads of groups. Per request because a loader caches what it read: shared
 * between requests it would serve one request's reads to another, and outlive their writes.
 */
export function createGroupQueries(em: EntityManager) {
  return {
    byId: rowByIdLoader(em, GROUP),
    /** each group's subgroups, by acronym */
    subgroupsOf: childRowsLoader(em, GROUP,
      `select ${GROUP.select()}, t.parent_id as __parent from groups t where t.parent_id = any(?) order by t.acronym, t.id`),
    /** by acronym or alias, as people type them; null where no group matches */
    byName: new DataLoader<string, GroupRow | null>(async (names) => {
      const keys = names.map(groupLookupKey);
      const rows = await selectRows(em, GROUP,
        `select ${GROUP.select()}, t.lookup_keys as "__keys" from groups t where t.lookup_keys && ?::text[]`, [keys]);
      return keys.map((key) => rows.find((g) => (g as unknown as { __keys: string[] }).__keys.includes(key)) ?? null);
    }),
  };
}
export type GroupQueries = ReturnType<typeof createGroupQueries>;
