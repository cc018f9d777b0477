import { Migration } from '@mikro-orm/migrations';

/**
 * The ITU liaison statement template's fields (issue 15, item 3):
 * - approval (by whom, at which level, on which date) and the action taken on a received
 *   liaison: columns of liaisons;
 * - contact people of the sender and of each addressee: liaison_contacts, in the order given;
 * - related liaisons beyond replies (SUPERSEDES, REFERS_TO): liaison_relations;
 * - the action item a liaison carries out ("send a liaison to SG17"): action_items.liaison_id.
 * Plain SQL that PostgreSQL 15 and PGlite (PostgreSQL 18) both run.
 */
export class Migration20261203000700_liaison_template extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table liaisons
      add column approved_by text,
      add column approval_level text,
      add column approved_on date,
      add column action_taken text`);
    // an approval names who and at which level together, or nothing
    this.addSql(`alter table liaisons add constraint liaisons_approval check (
      (approved_by is null and approval_level is null and approved_on is null)
      or (approved_by is not null and approval_level in ('STUDY_GROUP', 'WORKING_PARTY', 'RAPPORTEUR_MEETING', 'CHAIR')))`);

    this.addSql(`create table liaison_contacts (
      id serial primary key,
      liaison_id integer not null references liaisons(id) on delete cascade,
      group_id integer not null references groups(id),
      name text not null,
      email text not null,
      role text,
      position integer not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`);
    this.addSql(`create index liaison_contacts_liaison on liaison_contacts (liaison_id, position)`);

    this.addSql(`create table liaison_relations (
      liaison_id integer not null references liaisons(id) on delete cascade,
      related_id integer not null references liaisons(id) on delete cascade,
      kind text not null check (kind in ('SUPERSEDES', 'REFERS_TO')),
      primary key (liaison_id, related_id),
      constraint liaison_relations_not_itself check (liaison_id <> related_id)
    )`);
    this.addSql(`create index liaison_relations_related on liaison_relations (related_id)`);

    this.addSql(`alter table action_items add column liaison_id integer references liaisons(id) on delete set null`);
    this.addSql(`create index action_items_liaison on action_items (liaison_id) where liaison_id is not null`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index action_items_liaison`);
    this.addSql(`alter table action_items drop column liaison_id`);
    this.addSql(`drop table liaison_relations`);
    this.addSql(`drop table liaison_contacts`);
    this.addSql(`alter table liaisons drop constraint liaisons_approval`);
    this.addSql(`alter table liaisons drop column approved_by, drop column approval_level, drop column approved_on, drop column action_taken`);
  }
}
