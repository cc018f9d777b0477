import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text search: every searchable table gets a `search_vector` (a stored generated column,
 * so the database keeps it current whoever writes) with a GIN index. Weights rank names and
 * titles (A) above aliases and topics (B), bodies and summaries (C) and full texts (D).
 * Written for PostgreSQL 15 and PGlite (PG 18): generated columns are STORED explicitly
 * (PG 18 would otherwise make them virtual, and virtual columns cannot be indexed).
 */
export class Migration20261125002000_search extends Migration {
  override async up(): Promise<void> {
    // array_to_string is only STABLE (it is generic over element types); over text[] it is
    // immutable, which a generated column needs
    this.addSql(`create function search_text(text[]) returns text
      language sql immutable parallel safe
      as $$ select coalesce(array_to_string($1, ' '), '') $$`);

    this.addSql(`alter table groups add column search_vector tsvector generated always as (
      setweight(to_tsvector('english', acronym), 'A') ||
      setweight(to_tsvector('english', name), 'A') ||
      setweight(to_tsvector('english', search_text(aliases)), 'B')
    ) stored`);

    // a meeting is found by the names of its topics too: a plain column kept by triggers on the
    // pivot and on topic renames, because a generated column cannot read another table
    this.addSql(`alter table meetings add column topic_names text not null default ''`);
    this.addSql(`alter table meetings add column search_vector tsvector generated always as (
      setweight(to_tsvector('english', title), 'A') ||
      setweight(to_tsvector('english', topic_names), 'B')
    ) stored`);
    this.addSql(`create function meetings_refresh_topic_names(meeting_ids integer[]) returns void
      language sql
      as $$
        update meetings m
        set topic_names = coalesce((
          select string_agg(t.name, ' ' order by t.name)
          from meeting_topics mt join topics t on t.id = mt.topic_id
          where mt.meeting_id = m.id), '')
        where m.id = any(meeting_ids)
      $$`);
    this.addSql(`create function meeting_topics_changed() returns trigger
      language plpgsql
      as $$
      begin
        if tg_op = 'DELETE' then
          perform meetings_refresh_topic_names(array[old.meeting_id]);
        elsif tg_op = 'INSERT' then
          perform meetings_refresh_topic_names(array[new.meeting_id]);
        else
          perform meetings_refresh_topic_names(array[old.meeting_id, new.meeting_id]);
        end if;
        return null;
      end
      $$`);
    this.addSql(`create trigger meeting_topics_search after insert or update or delete on meeting_topics
      for each row execute function meeting_topics_changed()`);
    this.addSql(`create function topics_renamed() returns trigger
      language plpgsql
      as $$
      begin
        perform meetings_refresh_topic_names(array(select meeting_id from meeting_topics where topic_id = new.id));
        return null;
      end
      $$`);
    // meetings recorded before this migration
    this.addSql(`select meetings_refresh_topic_names(array(select meeting_id from meeting_topics))`);
    this.addSql(`create trigger topics_search after update of name on topics
      for each row when (old.name is distinct from new.name) execute function topics_renamed()`);

    this.addSql(`alter table outcomes add column search_vector tsvector generated always as (
      setweight(to_tsvector('english', text), 'B')
    ) stored`);

    this.addSql(`alter table action_items add column search_vector tsvector generated always as (
      setweight(to_tsvector('english', title), 'A')
    ) stored`);

    this.addSql(`alter table liaisons add column search_vector tsvector generated always as (
      setweight(to_tsvector('english', title), 'A') ||
      setweight(to_tsvector('english', coalesce(reference, '')), 'A') ||
      setweight(to_tsvector('english', coalesce(body, '')), 'C')
    ) stored`);

    this.addSql(`alter table reports add column search_vector tsvector generated always as (
      setweight(to_tsvector('english', title), 'A')
    ) stored`);

    this.addSql(`alter table best_practices add column search_vector tsvector generated always as (
      setweight(to_tsvector('english', title), 'A') ||
      setweight(to_tsvector('english', summary), 'C')
    ) stored`);

    // a document's full text is searchable only when the document is public (search snippets
    // would otherwise show text that needs a password); the text is cut at 500,000 characters
    // so a huge document cannot exceed the 1 MB a tsvector may hold
    this.addSql(`alter table documents add column search_vector tsvector generated always as (
      setweight(to_tsvector('english', symbol), 'A') ||
      setweight(to_tsvector('english', title), 'A') ||
      setweight(to_tsvector('english', case when public then left(coalesce(text, ''), 500000) else '' end), 'D')
    ) stored`);

    for (const table of ['groups', 'meetings', 'outcomes', 'action_items', 'liaisons', 'reports', 'best_practices', 'documents']) {
      this.addSql(`create index ${table}_search on ${table} using gin (search_vector)`);
    }
  }
}
