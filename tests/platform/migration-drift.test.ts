/**
 * Migration drift: the database that migrations/ builds and the one the entities describe
 * (MikroORM's schema from metadata) agree on what the ORM relies on: tables, columns, their
 * types and nullability, primary and foreign keys, and the indexes the entities declare.
 * A new entity field without a migration, or a migration that changes a column behind an
 * entity's back, fails here. What the ORM does not model is accepted below, each with a reason.
 */
import { DatabaseSchema, type Column, type DatabaseTable } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Tables only the migrations know, and why no entity maps them. */
const DATABASE_ONLY_TABLES: Record<string, string> = {
  group_liaisons: 'a read table kept by triggers on liaisons and liaison_addressees (Migration20261202000000); only raw SQL reads it',
  group_liaison_counts: 'per-group counts kept by a trigger on group_liaisons (Migration20261203000300); only raw SQL reads it',
  webhook_deliveries: 'the webhook outbox, written and claimed with raw SQL (FOR UPDATE SKIP LOCKED) by webhook.outbox.ts and webhook.worker.ts (Migration20261203000800)',
  webhook_attempts: 'the delivery log, appended by webhook.worker.ts with raw SQL (Migration20261203000800)',
};

/** Columns only the migrations know, and why no entity maps them (`*` for every table). */
const DATABASE_ONLY_COLUMNS: Record<string, string> = {
  '*.search_vector': 'tsvector for full-text search kept by a trigger, NULL until a deferring import fills it (Migration20261125002000, Migration20261203000200), read only by raw SQL',
  'meetings.topic_names': 'kept by triggers for the meeting search vector, default \'\' (Migration20261125002000)',
};

/*
 * Accepted as a kind, not one by one:
 * - string lengths: the entities give none (the ORM says varchar(255)), the migrations use text;
 *   the ORM checks no length, so both mean "a string".
 * - CHECK constraints (enum lists, non-empty text, date order): the database's own guard; the
 *   entities model none, the services check the same rules first.
 * - indexes and unique constraints the entities do not declare: they serve the read path
 *   (*.queries.ts, search) and the services' lookups; the ORM relies on none of them.
 * - ON DELETE / ON UPDATE rules of foreign keys: the ORM issues its own statements and never
 *   relies on them, graph rows are never deleted (rows_are_never_deleted) and ids never change.
 */

/** a column type as the ORM relies on it: its family, not its length or precision */
function typeFamily(column: Column): string {
  const type = column.type.toLowerCase().replace(/\(.*\)/, '').trim();
  const array = type.endsWith('[]');
  const base = type.replace(/\[\]$/, '');
  const family =
    ({
      varchar: 'text', 'character varying': 'text', text: 'text',
      serial: 'int', int: 'int', int4: 'int', integer: 'int',
      bigserial: 'bigint', int8: 'bigint', bigint: 'bigint',
      bool: 'boolean', boolean: 'boolean',
      timestamptz: 'timestamptz', 'timestamp with time zone': 'timestamptz',
    } as Record<string, string>)[base] ?? base;
  return array ? `${family}[]` : family;
}

function describeColumn(column: Column): string {
  return `${typeFamily(column)}${column.nullable ? ' null' : ' not null'}${column.autoincrement ? ' autoincrement' : ''}`;
}

function acceptedColumn(table: string, column: Column): string | undefined {
  const reason = DATABASE_ONLY_COLUMNS[`${table}.${column.name}`] ?? DATABASE_ONLY_COLUMNS[`*.${column.name}`];
  // a column the ORM never writes must fill itself, or every insert fails
  const fillsItself = column.nullable || column.default != null || column.generated != null;
  return reason && fillsItself ? reason : undefined;
}

/** the differences between the entities' table and the migrated one, in words */
function tableDrift(entity: DatabaseTable, database: DatabaseTable): string[] {
  const drift: string[] = [];
  const name = entity.name;
  for (const column of entity.getColumns()) {
    const actual = database.getColumn(column.name);
    if (!actual) drift.push(`${name}.${column.name}: the entity maps it, no migration creates it`);
    else if (describeColumn(column) !== describeColumn(actual)) {
      drift.push(`${name}.${column.name}: the entity says ${describeColumn(column)}, the migrations make ${describeColumn(actual)}`);
    }
  }
  for (const column of database.getColumns()) {
    if (!entity.hasColumn(column.name) && !acceptedColumn(name, column)) {
      drift.push(`${name}.${column.name}: the migrations create it (${describeColumn(column)}), no entity maps it`);
    }
  }
  const primary = (table: DatabaseTable) => table.getPrimaryKey()?.columnNames.join(', ') ?? 'none';
  if (primary(entity) !== primary(database)) {
    drift.push(`${name}: primary key (${primary(entity)}) in the entity, (${primary(database)}) in the migrations`);
  }
  const keyOf = (fk: { columnNames: string[]; referencedTableName: string; referencedColumnNames: string[] }) =>
    `(${fk.columnNames.join(', ')}) → ${fk.referencedTableName.replace(/^public\./, '')} (${fk.referencedColumnNames.join(', ')})`;
  const entityKeys = new Set(Object.values(entity.getForeignKeys()).map(keyOf));
  const databaseKeys = new Set(Object.values(database.getForeignKeys()).map(keyOf));
  for (const key of entityKeys) if (!databaseKeys.has(key)) drift.push(`${name}: foreign key ${key} in the entity, not in the migrations`);
  for (const key of databaseKeys) if (!entityKeys.has(key)) drift.push(`${name}: foreign key ${key} in the migrations, not in the entity`);
  const indexKey = (columns: string[], unique: boolean) => `${unique ? 'unique ' : ''}(${columns.join(', ')})`;
  const databaseIndexes = new Set(database.getIndexes().filter((i) => !i.expression).map((i) => indexKey(i.columnNames, i.unique)));
  for (const index of entity.getIndexes().filter((i) => !i.primary)) {
    if (!databaseIndexes.has(indexKey(index.columnNames, index.unique))) {
      drift.push(`${name}: index ${indexKey(index.columnNames, index.unique)} declared by the entity, not created by the migrations`);
    }
  }
  return drift;
}

let t: TestApp;
let entities: DatabaseSchema;
let migrated: DatabaseSchema;

beforeAll(async () => {
  t = await startTestApp();
  const orm = t.app.orm;
  entities = orm.getSchemaGenerator().getTargetSchema();
  const em = orm.em.fork();
  migrated = await DatabaseSchema.create(em.getConnection(), em.getPlatform(), orm.config, undefined, entities.getNamespaces());
});
afterAll(() => t?.stop());

describe('migrations and entities', () => {
  it('create every table an entity maps, and no other table without a reason', () => {
    const missing = entities.getTables().filter((table) => !migrated.getTable(table.name)).map((table) => table.name);
    expect(missing, 'tables an entity maps that no migration creates').toEqual([]);
    const extra = migrated
      .getTables()
      .map((table) => table.name)
      .filter((name) => name !== 'mikro_orm_migrations' && !entities.getTable(name) && !DATABASE_ONLY_TABLES[name]);
    expect(extra, 'tables the migrations create that no entity maps (map them or list them in DATABASE_ONLY_TABLES)').toEqual([]);
    // an accepted table that no longer exists is a stale entry
    expect(Object.keys(DATABASE_ONLY_TABLES).filter((name) => !migrated.getTable(name))).toEqual([]);
  });

  it('agree on columns, types, nullability, primary and foreign keys, and declared indexes', () => {
    const drift = entities.getTables().flatMap((table) => {
      const database = migrated.getTable(table.name);
      return database ? tableDrift(table, database) : [];
    });
    expect(drift).toEqual([]);
  });

  it('sees a column an entity maps and no migration creates', () => {
    // the check itself can fail: a table with one column more than the migrated one
    const table = entities.getTables().find((candidate) => candidate.name === 'topics')!;
    const copy = Object.assign(Object.create(Object.getPrototypeOf(table) as object) as DatabaseTable, table);
    const columns = [...table.getColumns(), { ...table.getColumn('name')!, name: 'colour', nullable: true }];
    copy.getColumns = () => columns;
    copy.hasColumn = (name: string) => columns.some((c) => c.name === name);
    expect(tableDrift(copy, migrated.getTable('topics')!)).toEqual(['topics.colour: the entity maps it, no migration creates it']);
  });
});
