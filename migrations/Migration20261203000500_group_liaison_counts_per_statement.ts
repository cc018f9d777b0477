import { Migration } from '@mikro-orm/migrations';

/**
 * The per-group counts (group_liaison_counts) follow group_liaisons once per statement, not once
 * per row: the importer and bench:data list thousands of liaisons for a group in one statement,
 * which the row trigger turned into one update of that group's hot row per liaison. Now a
 * statement adds its rows' counts per group in one upsert, groups in id order, so two bulk writes
 * lock the groups' rows in the same order instead of deadlocking each other.
 *
 * PostgreSQL allows transition tables only on single-event triggers, so each event has its own.
 */
export class Migration20261203000500_group_liaison_counts_per_statement extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger group_liaisons_counts on group_liaisons`);
    this.addSql(`drop function group_liaison_counts_follow()`);
    // rows listed (+1) and unlisted (-1) by the statement, added to each group's counts
    const addDeltas = (deltas: string) => `
      insert into group_liaison_counts as c (group_id, liaisons, sent, received)
      select group_id, sum(n), sum(s), sum(r) from (${deltas}) d
      group by group_id order by group_id
      on conflict (group_id) do update
        set liaisons = c.liaisons + excluded.liaisons, sent = c.sent + excluded.sent, received = c.received + excluded.received`;
    const listed = `select group_id, 1 as n, sent::int as s, received::int as r from new_rows`;
    const unlisted = `select group_id, -1 as n, -sent::int as s, -received::int as r from old_rows`;
    this.addSql(`create function group_liaison_counts_listed() returns trigger language plpgsql as $$
      begin ${addDeltas(listed)}; return null; end $$`);
    this.addSql(`create function group_liaison_counts_unlisted() returns trigger language plpgsql as $$
      begin ${addDeltas(unlisted)}; return null; end $$`);
    this.addSql(`create function group_liaison_counts_changed() returns trigger language plpgsql as $$
      begin ${addDeltas(`${listed} union all ${unlisted}`)}; return null; end $$`);
    this.addSql(`create trigger group_liaisons_counts_insert after insert on group_liaisons
      referencing new table as new_rows for each statement execute function group_liaison_counts_listed()`);
    this.addSql(`create trigger group_liaisons_counts_delete after delete on group_liaisons
      referencing old table as old_rows for each statement execute function group_liaison_counts_unlisted()`);
    this.addSql(`create trigger group_liaisons_counts_update after update on group_liaisons
      referencing old table as old_rows new table as new_rows for each statement execute function group_liaison_counts_changed()`);
  }
}
