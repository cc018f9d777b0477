import { Migration } from '@mikro-orm/migrations';

/**
 * The derived-data triggers (group_liaisons; meetings.topic_names for search) run once per
 * statement over its transition tables, not once per row, for the writes that come in bulk
 * (inserts, deletes). Same results for the API's one-row writes; for the importer, which inserts
 * 45,000 addressees in a few statements, one set-based statement per trigger instead of 45,000
 * small ones (and each meeting's topic names refreshed once, not once per topic).
 *
 * PostgreSQL allows transition tables only on single-event triggers without a column list, so
 * each event has its own trigger. The updates that move a liaison or an addressee keep their row
 * triggers: their column lists mean only those rare updates fire them, where a statement trigger
 * would run on every update of a liaison.
 */
export class Migration20261203000400_statement_triggers extends Migration {
  override async up(): Promise<void> {
    // --- liaisons → group_liaisons (the sender's row)
    this.addSql(`drop trigger liaisons_group_liaisons on liaisons`);
    this.addSql(`create function group_liaisons_of_new_liaisons() returns trigger language plpgsql as $$
      begin
        insert into group_liaisons (group_id, liaison_id, sent, created_at)
        select n.from_group_id, n.id, true, n.created_at from new_rows n
        on conflict (group_id, liaison_id) do update set sent = true where not group_liaisons.sent;
        return null;
      end $$`);
    this.addSql(`create trigger liaisons_group_liaisons_insert after insert on liaisons
      referencing new table as new_rows for each statement execute function group_liaisons_of_new_liaisons()`);
    // an update that moves a liaison (its sender, its time) stays a row trigger: only such updates
    // fire it (a column list, which a trigger with transition tables cannot have), and none is bulk
    this.addSql(`create trigger liaisons_group_liaisons_update after update of from_group_id, created_at on liaisons
      for each row execute function group_liaisons_of_liaison()`);

    // --- liaison_addressees → group_liaisons (the addressees' rows)
    this.addSql(`drop trigger liaison_addressees_group_liaisons on liaison_addressees`);
    // an addressee (liaison, group) gone: the pair loses "received" unless the group is still an
    // addressee of it (an update may have moved the row, not removed the pair)
    this.addSql(`create function group_liaisons_of_old_addressees() returns trigger language plpgsql as $$
      begin
        delete from group_liaisons g using old_rows o
        where g.liaison_id = o.liaison_id and g.group_id = o.group_id and not g.sent
          and not exists (select 1 from liaison_addressees a where a.liaison_id = o.liaison_id and a.group_id = o.group_id);
        update group_liaisons g set received = false from old_rows o
        where g.liaison_id = o.liaison_id and g.group_id = o.group_id and g.received
          and not exists (select 1 from liaison_addressees a where a.liaison_id = o.liaison_id and a.group_id = o.group_id);
        return null;
      end $$`);
    this.addSql(`create function group_liaisons_of_new_addressees() returns trigger language plpgsql as $$
      begin
        insert into group_liaisons (group_id, liaison_id, received, created_at)
        select n.group_id, l.id, true, l.created_at from new_rows n join liaisons l on l.id = n.liaison_id
        on conflict (group_id, liaison_id) do update set received = true where not group_liaisons.received;
        return null;
      end $$`);
    this.addSql(`create trigger liaison_addressees_group_liaisons_insert after insert on liaison_addressees
      referencing new table as new_rows for each statement execute function group_liaisons_of_new_addressees()`);
    this.addSql(`create trigger liaison_addressees_group_liaisons_delete after delete on liaison_addressees
      referencing old table as old_rows for each statement execute function group_liaisons_of_old_addressees()`);
    // moving an addressee row (nothing writes one in bulk) stays a row trigger, as for liaisons
    this.addSql(`create trigger liaison_addressees_group_liaisons_update after update of group_id, liaison_id on liaison_addressees
      for each row execute function group_liaisons_of_addressee()`);

    // --- meeting_topics → meetings.topic_names (what search reads), once per meeting
    this.addSql(`drop trigger meeting_topics_search on meeting_topics`);
    this.addSql(`drop function meeting_topics_changed()`);
    this.addSql(`create function meeting_topics_inserted() returns trigger language plpgsql as $$
      begin
        perform meetings_refresh_topic_names(array(select distinct meeting_id from new_rows));
        return null;
      end $$`);
    this.addSql(`create function meeting_topics_deleted() returns trigger language plpgsql as $$
      begin
        perform meetings_refresh_topic_names(array(select distinct meeting_id from old_rows));
        return null;
      end $$`);
    this.addSql(`create function meeting_topics_updated() returns trigger language plpgsql as $$
      begin
        perform meetings_refresh_topic_names(array(select meeting_id from old_rows union select meeting_id from new_rows));
        return null;
      end $$`);
    this.addSql(`create trigger meeting_topics_search_insert after insert on meeting_topics
      referencing new table as new_rows for each statement execute function meeting_topics_inserted()`);
    this.addSql(`create trigger meeting_topics_search_delete after delete on meeting_topics
      referencing old table as old_rows for each statement execute function meeting_topics_deleted()`);
    this.addSql(`create trigger meeting_topics_search_update after update on meeting_topics
      referencing old table as old_rows new table as new_rows for each statement execute function meeting_topics_updated()`);
  }
}
