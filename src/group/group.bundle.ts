import { z } from 'zod';
import { LIMITS } from '../platform/errors/input-check.js';
import { anyText, oneOf, short, sources, texts } from '../bundle/bundle.types.js';
import { clean, list, sources as canonicalSources, value } from '../bundle/bundle.canonical.js';
import { defineSection } from '../bundle/bundle.section.js';
import { BundleError, parentsFirst } from '../bundle/bundle.import.js';
import type { Names, RowHistory } from '../bundle/bundle.rows.js';
import { setColumn } from '../bundle/bundle.store.js';
import { GroupKind, groupLookupKeys, Sector } from './group.entity.js';
import { groupSnapshot } from './group.service.js';

/** The groups in a bundle (bundle.section.ts): keyed by acronym, ignoring case. */

export const BundleGroup = z
  .strictObject({
    acronym: short().describe('unique (ignoring case); the group\'s natural key'),
    name: short(),
    kind: oneOf(GroupKind),
    sector: oneOf(Sector),
    parent: short().optional().describe('acronym of the parent group'),
    aliases: texts().optional(),
    mandates: texts(LIMITS.long).optional(),
    officers: z.array(z.strictObject({ role: anyText(), name: anyText() })).optional(),
    sources: sources(),
  })
  .meta({ id: 'BundleGroup' });
export type BundleGroup = z.infer<typeof BundleGroup>;

declare module '../bundle/bundle.types.js' {
  interface BundleLists {
    groups: BundleGroup[];
  }
  /** the kinds its records are, as the history names them */
  interface BundleKinds {
    Group: true;
  }
}

/** a group as the importer holds it: its row */
export interface GroupRow {
  id: number;
  acronym: string;
  name: string;
  kind: string;
  sector: string;
  parent_id: number | null;
  aliases: string[];
  mandates: string[];
  officers: { role: string; name: string }[];
}

/** how the history names a group (as the state asked for holds it) */
export const acronymOf = (names: Names, id: number) => names.row<GroupRow>('Group', id).acronym;
export const acronymOrNull = (names: Names, id: number | null) => (id != null ? acronymOf(names, id) : null);

const groupRows: RowHistory<GroupRow> = {
  type: 'Group',
  snapshot: (names, g) => groupSnapshot({ ...g, parent: acronymOrNull(names, g.parent_id) }),
  groupIds: (_names, g) => (g.parent_id != null ? [g.id, g.parent_id] : [g.id]),
};

export const groupBundle = defineSection({
  list: 'groups',
  record: BundleGroup,
  types: ['Group'],
  canonical: (g) =>
    clean({
      acronym: g.acronym,
      name: g.name,
      kind: g.kind,
      sector: g.sector,
      parent: value(g.parent),
      aliases: list(g.aliases),
      mandates: list(g.mandates),
      officers: g.officers?.length ? g.officers.map((o) => ({ role: o.role, name: o.name })) : undefined,
      sources: canonicalSources(g.sources),
    }),
  order: (g) => [g.acronym],

  async export(ctx) {
    const groups = await ctx.rows('groups', `select id, acronym, name, kind, sector, parent_id, aliases, mandates, officers from groups`);
    ctx.setKeys('Group', new Map(groups.map((g) => [g.id as number, g.acronym as string])));
    return () =>
      groups.map((g): BundleGroup => ({
        acronym: g.acronym,
        name: g.name,
        kind: g.kind,
        sector: g.sector,
        parent: g.parent_id == null ? undefined : ctx.key('Group', g.parent_id),
        aliases: g.aliases,
        mandates: g.mandates,
        officers: g.officers,
        sources: ctx.sources('Group', g.id),
      }));
  },

  import(ctx, records) {
    const groups = ctx.kind<GroupRow>({
      table: 'groups',
      columns: ['acronym', 'name', 'kind', 'sector', 'parent_id', 'aliases', 'mandates', 'officers', 'lookup_keys'],
      history: groupRows,
      caseless: true,
    });
    const parentOf = (group: GroupRow): GroupRow | undefined => (group.parent_id != null ? groups.after.get(group.parent_id) : undefined);
    return {
      async read() {
        const rows = groups.read(await ctx.select<GroupRow & { version: number }>(`select id, acronym, name, kind, sector, parent_id, aliases, mandates, officers, version from groups`));
        for (const g of rows) g.officers = g.officers.map((o) => ({ role: o.role, name: o.name }));
        groups.load(rows, (g) => g.acronym.toLowerCase());
      },
      async resolve() {
        // parents once every group is known
        const rows = await ctx.resolve(groups, records, {
          name: 'groups',
          keyOf: (g) => g.acronym.toLowerCase(),
          build: (g, id): GroupRow => ({
            id,
            acronym: g.acronym,
            name: g.name,
            kind: g.kind,
            sector: g.sector,
            parent_id: g.parent ? groups.byKey.get(g.parent.toLowerCase())?.id ?? -1 : null,
            aliases: g.aliases ?? [],
            mandates: g.mandates ?? [],
            officers: (g.officers ?? []).map((o) => ({ role: o.role, name: o.name })),
          }),
          keyField: 'acronym',
          shown: (g) => g.acronym,
          historyKey: (g) => g.acronym,
          sources: (g) => g.sources,
        });
        records.forEach((g, i) => {
          if (g.parent) ctx.ref('Group', g.parent, `groups[${i}]`, 'parent');
        });
        // no group may be its own ancestor; a loop that does not pass through this group is reported at a group that is in it
        records.forEach((g, i) => {
          const chain = [rows[i]];
          for (let parent = parentOf(chain[0]); parent && !chain.includes(parent, 1); parent = parentOf(parent)) {
            chain.push(parent);
            if (parent === chain[0]) throw new BundleError(`groups[${i}]`, 'parent', `"${g.parent}" makes a loop of parents: ${chain.map((x) => x.acronym).join(' → ')}`);
          }
        });
      },
      async write() {
        // a group's parent: new rows go in parents first (a reference to a row of the same
        // statement or an earlier one holds), so the reference is written with the row; only a
        // cycle among new rows is written without it and set once both rows exist
        const ordered = parentsFirst(groups.inserts, 'parent_id');
        await ctx.put(groups, (g) => ({ ...g, lookup_keys: groupLookupKeys(g.acronym, g.aliases) }), ordered.rows);
        await setColumn(ctx.knex, 'groups', 'parent_id', ordered.deferred);
      },
    };
  },
});
