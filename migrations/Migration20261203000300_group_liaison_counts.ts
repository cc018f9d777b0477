import { Migration } from '@mikro-orm/migrations';

/**
 * How many liaisons each group has (both directions, sent, received), kept beside group_liaisons.
 * Counting a group's rows of group_liaisons, even from the index alone, reads ~1,000 entries per
 * group at scale 1: 20 groups' totalCount was most of the dashboard's one-statement answer. Here
 * it is one row per group.
 *
 * A trigger on group_liaisons keeps the counts in the transaction that changes the rows, so they
 * follow whatever writes group_liaisons (the liaison triggers for the API, the importer and
 * bench:data, and the cascades of a deleted liaison). Each group's row is a hot row: every write
 * that lists or unlists a liaison for a group updates it, and holds its lock until commit, so
 * concurrent writes for the same group wait for each other (and two writes that touch the same
 * two groups in opposite order can deadlock; PostgreSQL then aborts one). Accepted: liaisons are
 * written by people, a few a day, and reads are what must be fast. A bulk write updates a group's
 * row once per row it lists: bench:data at scale 1 does ~1,000 per group in one transaction.
 */
export class Migration20261203000300_group_liaison_counts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table group_liaison_counts (
      group_id integer primary key references groups(id) on delete cascade,
      liaisons integer not null default 0,
      sent integer not null default 0,
      received integer not null default 0
    )`);

    this.addSql(`create function group_liaison_counts_follow() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and new.group_id = old.group_id then
          if new.sent = old.sent and new.received = old.received then
            return null; -- created_at moved: no count changes
          end if;
          update group_liaison_counts
             set sent = sent + new.sent::int - old.sent::int, received = received + new.received::int - old.received::int
           where group_id = new.group_id;
          return null;
        end if;
        if tg_op in ('UPDATE', 'DELETE') then
          update group_liaison_counts
             set liaisons = liaisons - 1, sent = sent - old.sent::int, received = received - old.received::int
           where group_id = old.group_id;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          insert into group_liaison_counts as c (group_id, liaisons, sent, received)
          values (new.group_id, 1, new.sent::int, new.received::int)
          on conflict (group_id) do update
            set liaisons = c.liaisons + 1, sent = c.sent + excluded.sent, received = c.received + excluded.received;
        end if;
        return null;
      end $$`);
    this.addSql(`create trigger group_liaisons_counts after insert or delete or update on group_liaisons
      for each row execute function group_liaison_counts_follow()`);

    this.addSql(`insert into group_liaison_counts (group_id, liaisons, sent, received)
      select g.id, count(gl.liaison_id), count(*) filter (where gl.sent), count(*) filter (where gl.received)
      from groups g left join group_liaisons gl on gl.group_id = g.id
      group by g.id`);
    this.addSql(`analyze group_liaison_counts`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists group_liaisons_counts on group_liaisons`);
    this.addSql(`drop function if exists group_liaison_counts_follow()`);
    this.addSql(`drop table if exists group_liaison_counts`);
  }
}
