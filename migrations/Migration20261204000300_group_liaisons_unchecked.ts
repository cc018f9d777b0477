import { Migration } from '@mikro-orm/migrations';

/**
 * group_liaisons loses its two foreign keys. Its rows are derived: only the triggers on liaisons
 * and liaison_addressees write them, from rows whose own foreign keys (liaisons.from_group_id,
 * liaison_addressees.group_id and .liaison_id) were checked in the same statement. Checking them
 * again cost one lookup per key per row: 120,000 lookups in the scale-1 import (60,000 rows),
 * about as much as writing the rows themselves (measured: inserting the 60,000 rows took 1.5 s
 * with the checks, 0.44 s without).
 *
 * What the keys also did: `on delete cascade` from liaisons. Graph rows are never deleted
 * (rows_are_never_deleted), so that never runs; a statement trigger keeps the rule anyway, at no
 * cost to inserts. Groups are never deleted either.
 */
export class Migration20261204000300_group_liaisons_unchecked extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table group_liaisons drop constraint group_liaisons_group_id_fkey, drop constraint group_liaisons_liaison_id_fkey`);
    this.addSql(`create function group_liaisons_of_old_liaisons() returns trigger language plpgsql as $$
      begin
        delete from group_liaisons g using old_rows o where g.liaison_id = o.id;
        return null;
      end $$`);
    this.addSql(`create trigger liaisons_group_liaisons_delete after delete on liaisons
      referencing old table as old_rows for each statement execute function group_liaisons_of_old_liaisons()`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists liaisons_group_liaisons_delete on liaisons`);
    this.addSql(`drop function if exists group_liaisons_of_old_liaisons()`);
    this.addSql(`alter table group_liaisons add constraint group_liaisons_group_id_fkey foreign key (group_id) references groups(id),
      add constraint group_liaisons_liaison_id_fkey foreign key (liaison_id) references liaisons(id) on delete cascade`);
  }
}
