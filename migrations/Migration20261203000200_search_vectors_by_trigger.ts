import { Migration } from '@mikro-orm/migrations';

/**
 * The search vectors become plain columns kept by a BEFORE row trigger instead of STORED
 * generated columns, with the same expressions (one SQL function per table, `<table>_search_vector`,
 * which the trigger and the bulk fill share). Every writer still gets them filled in its own
 * statement: the API, bench:data, psql.
 *
 * Why: a generated column is computed inside the writing transaction, always. For the bulk
 * import that is to_tsvector over ~51 MB of document text at scale 1, about half of PostgreSQL's
 * time for the whole import, on one connection. A transaction that sets
 * `liaison_graph.search_deferred = on` (SET LOCAL) writes the rows with a NULL vector instead
 * ("not indexed yet"), and fills them after its commit, set-based and in parallel over several
 * connections (src/search/search.vectors.ts: an update without the setting, which this trigger
 * fills); search finds those rows seconds later.
 *
 * Runs on PostgreSQL 15 and PGlite (PG 18): DROP EXPRESSION (PG 13+) keeps the stored values and
 * the GIN indexes.
 */
export const SEARCH_VECTOR_EXPRESSIONS: Record<string, string> = {
  groups: `setweight(to_tsvector('english', r.acronym), 'A') ||
    setweight(to_tsvector('english', r.name), 'A') ||
    setweight(to_tsvector('english', search_text(r.aliases)), 'B')`,
  meetings: `setweight(to_tsvector('english', r.title), 'A') ||
    setweight(to_tsvector('english', r.topic_names), 'B')`,
  outcomes: `setweight(to_tsvector('english', r.text), 'B')`,
  action_items: `setweight(to_tsvector('english', r.title), 'A')`,
  liaisons: `setweight(to_tsvector('english', r.title), 'A') ||
    setweight(to_tsvector('english', coalesce(r.reference, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(r.body, '')), 'C')`,
  reports: `setweight(to_tsvector('english', r.title), 'A')`,
  best_practices: `setweight(to_tsvector('english', r.title), 'A') ||
    setweight(to_tsvector('english', r.summary), 'C')`,
  documents: `setweight(to_tsvector('english', r.symbol), 'A') ||
    setweight(to_tsvector('english', r.title), 'A') ||
    setweight(to_tsvector('english', case when r.public then left(coalesce(r.text, ''), 500000) else '' end), 'D')`,
};

export class Migration20261203000200_search_vectors_by_trigger extends Migration {
  override async up(): Promise<void> {
    for (const [table, expression] of Object.entries(SEARCH_VECTOR_EXPRESSIONS)) {
      this.addSql(`alter table ${table} alter column search_vector drop expression`);
      // the row type as argument: the expression in one place, callable from SQL
      this.addSql(`create function ${table}_search_vector(r ${table}) returns tsvector
        language sql immutable parallel safe
        as $$ select ${expression} $$`);
      this.addSql(`create function ${table}_search_vector_fill() returns trigger language plpgsql as $$
        begin
          if coalesce(current_setting('liaison_graph.search_deferred', true), '') = 'on' then
            new.search_vector := null;
          else
            new.search_vector := ${table}_search_vector(new);
          end if;
          return new;
        end $$`);
      this.addSql(`create trigger ${table}_search_vector before insert or update on ${table}
        for each row execute function ${table}_search_vector_fill()`);
    }
  }
}
