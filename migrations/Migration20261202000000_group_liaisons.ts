import { Migration } from '@mikro-orm/migrations';

/**
 * "A group's liaisons, sent or received, in the order they were recorded" as one index range scan.
 * Before, each group's list was gathered from two tables (liaisons by sender, addressees by
 * group), unioned and sorted, for every group of a page: 77 ms for the dashboard's twenty groups
 * at scale 1. group_liaisons holds one row per (group, liaison) with the liaison's created_at, so
 * (group_id, created_at, liaison_id) yields a group's first page in order and stops after it.
 *
 * It is derived data, kept by triggers in the transaction that writes the liaison or its
 * addressees: the API, the importer and the synthetic data all write through them, and nothing
 * else writes the table. One row per (group, liaison), flagged sent and/or received: a liaison
 * a group addressed to itself (the API refuses that, old data may hold it) is listed once.
 *
 * Also: the follow-up's lists (open items, overdue ones) by status and due date.
 */
export class Migration20261202000000_group_liaisons extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table group_liaisons (
      group_id integer not null references groups(id),
      liaison_id integer not null references liaisons(id) on delete cascade,
      sent boolean not null default false,
      received boolean not null default false,
      created_at timestamptz not null,
      primary key (group_id, liaison_id),
      check (sent or received)
    )`);
    // a group's page in order, and its count, from the index alone (the flags ride along for a direction)
    this.addSql(`create index group_liaisons_order on group_liaisons (group_id, created_at, liaison_id) include (sent, received)`);
    this.addSql(`create index group_liaisons_liaison on group_liaisons (liaison_id)`);

    this.addSql(`create function group_liaisons_of_liaison() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' then
          if new.from_group_id is not distinct from old.from_group_id and new.created_at is not distinct from old.created_at then
            return null;
          end if;
          -- (delete first: the row may not pass through a state with neither flag)
          delete from group_liaisons where liaison_id = old.id and group_id = old.from_group_id and not received;
          update group_liaisons set sent = false where liaison_id = old.id and group_id = old.from_group_id;
          update group_liaisons set created_at = new.created_at where liaison_id = new.id;
        end if;
        insert into group_liaisons (group_id, liaison_id, sent, created_at)
        values (new.from_group_id, new.id, true, new.created_at)
        on conflict (group_id, liaison_id) do update set sent = true;
        return null;
      end $$`);
    this.addSql(`create trigger liaisons_group_liaisons after insert or update of from_group_id, created_at on liaisons
      for each row execute function group_liaisons_of_liaison()`);

    this.addSql(`create function group_liaisons_of_addressee() returns trigger language plpgsql as $$
      begin
        if tg_op in ('DELETE', 'UPDATE') then
          delete from group_liaisons where liaison_id = old.liaison_id and group_id = old.group_id and not sent;
          update group_liaisons set received = false where liaison_id = old.liaison_id and group_id = old.group_id;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          insert into group_liaisons (group_id, liaison_id, received, created_at)
          select new.group_id, l.id, true, l.created_at from liaisons l where l.id = new.liaison_id
          on conflict (group_id, liaison_id) do update set received = true;
        end if;
        return null;
      end $$`);
    this.addSql(`create trigger liaison_addressees_group_liaisons after insert or delete or update of group_id, liaison_id on liaison_addressees
      for each row execute function group_liaisons_of_addressee()`);

    this.addSql(`insert into group_liaisons (group_id, liaison_id, sent, received, created_at)
      select group_id, liaison_id, bool_or(sent), bool_or(received), max(created_at) from (
        select from_group_id as group_id, id as liaison_id, true as sent, false as received, created_at from liaisons
        union all
        select a.group_id, a.liaison_id, false, true, l.created_at from liaison_addressees a join liaisons l on l.id = a.liaison_id
      ) s group by group_id, liaison_id`);

    // overdue items: the open ones by due date (the rule's first half), and by due meeting
    this.addSql(`create index action_items_open_due on action_items (due_on, created_at, id) where status in ('OPEN', 'IN_PROGRESS')`);
    this.addSql(`create index action_items_open_due_meeting on action_items (due_meeting_id) where status in ('OPEN', 'IN_PROGRESS') and due_meeting_id is not null`);
    this.addSql(`analyze group_liaisons`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists action_items_open_due_meeting`);
    this.addSql(`drop index if exists action_items_open_due`);
    this.addSql(`drop trigger if exists liaison_addressees_group_liaisons on liaison_addressees`);
    this.addSql(`drop trigger if exists liaisons_group_liaisons on liaisons`);
    this.addSql(`drop function if exists group_liaisons_of_addressee()`);
    this.addSql(`drop function if exists group_liaisons_of_liaison()`);
    this.addSql(`drop table if exists group_liaisons`);
  }
}
