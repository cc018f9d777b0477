import { Migration } from '@mikro-orm/migrations';

/**
 * Authenticated writes: API tokens (only their SHA-256 hash is kept), the change history every
 * write appends to, and two guards that hold whatever the writer: history is append-only, and
 * rows of the graph are never deleted (objects are withdrawn, cancelled or revoked instead).
 */
export class Migration20261125001000_writes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table api_tokens (
      id serial primary key,
      label text not null check (label <> ''),
      role text not null check (role in ('ADMIN','SECRETARIAT','EDITOR')),
      token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      revoked_at timestamptz,
      last_used_at timestamptz
    )`);
    this.addSql(`create table api_token_groups (
      token_id integer not null references api_tokens(id),
      group_id integer not null references groups(id),
      primary key (token_id, group_id)
    )`);

    this.addSql(`create table changes (
      id serial primary key,
      at timestamptz not null default now(),
      actor_token_id integer references api_tokens(id),
      actor_label text not null,
      actor_role text not null check (actor_role in ('ADMIN','SECRETARIAT','EDITOR')),
      object_type text not null,
      object_id integer not null,
      object_version integer,
      action text not null check (action in ('CREATE','UPDATE','STATUS','TAG','REVOKE')),
      fields text[] not null default '{}',
      before jsonb,
      after jsonb,
      group_ids integer[] not null default '{}',
      note text,
      request_id text
    )`);
    this.addSql(`create index changes_object on changes (object_type, object_id, id)`);
    this.addSql(`create index changes_at on changes (at, id)`);
    this.addSql(`create index changes_group_ids on changes using gin (group_ids)`);

    // history is the record of what happened: it is appended to, never rewritten
    this.addSql(`create function changes_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'the change history is append-only (% refused)', tg_op using errcode = 'check_violation';
      end $$`);
    this.addSql(`create trigger changes_append_only before update or delete on changes
      for each row execute function changes_append_only()`);

    // deletion is soft: withdrawn, cancelled or revoked states; a row of the graph is never lost
    this.addSql(`create function rows_are_never_deleted() returns trigger language plpgsql as $$
      begin
        raise exception 'rows of % are never deleted: withdraw, cancel or revoke instead', tg_table_name using errcode = 'check_violation';
      end $$`);
    for (const table of [
      'groups', 'meetings', 'documents', 'outcomes', 'action_items', 'liaisons', 'reports', 'milestones', 'best_practices', 'api_tokens',
    ]) {
      this.addSql(`create trigger ${table}_never_deleted before delete on ${table}
        for each row execute function rows_are_never_deleted()`);
    }
  }
}
