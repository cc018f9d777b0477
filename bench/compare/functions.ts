/**
 * The SQL functions PostGraphile 5 needs to ask the benchmark's questions: what it cannot express
 * from the tables alone (a group's liaisons in both directions, an item's overdue rule, a
 * liaison's awaiting-reply rule, lists ordered by a related row's column, polymorphic sources,
 * full-text search). PostGraphile exposes `<table>_<name>(row)` as the computed field `name` of
 * that table's type, and other functions as root query fields.
 *
 * Installed by the harness (idempotent `create or replace`) into the schema PostGraphile exposes,
 * never by our migrations: they exist for the comparison only. The rules come from our own
 * sources (OVERDUE_SQL, AWAITING_REPLY_SQL, the search's SQL) so both servers answer by the same
 * rule, written once.
 */
import { OVERDUE_SQL } from '../../src/action-item/action-item.queries.js';
import { AWAITING_REPLY_SQL } from '../../src/liaison/liaison.rules.js';
import { ALL_SEARCH_KINDS, searchSql } from '../../src/search/search.service.js';

/** the schema PostGraphile serves (our tables live there) */
export const EXPOSED_SCHEMA = 'public';

/** the functions, one `create or replace` each; every one STABLE so PostGraphile exposes it as a query */
export const COMPARE_FUNCTIONS: { name: string; sql: string }[] = [
  {
    // Group.allLiaisons: sent or received (TO or CC), a liaison a group sent to itself once, in
    // the order they were recorded. It reads the same index our server reads (group_liaisons, kept
    // by triggers): PostGraphile on this database gets the data model's help too, so the
    // comparison measures the servers, not the schemas. `offset 0` keeps the row lookup a nested
    // loop: PostGraphile's `first` limits the outer query and so stops the index scan early.
    name: 'groups_all_liaisons',
    sql: `create or replace function groups_all_liaisons(g groups) returns setof liaisons
      language sql stable as $$
        select l.* from group_liaisons k
        cross join lateral (select * from liaisons l where l.id = k.liaison_id offset 0) l
        where k.group_id = g.id
        order by k.created_at, k.liaison_id
      $$`,
  },
  {
    // Liaison.toGroups: the TO addressees by acronym (PostGraphile orders a relation by its own columns only)
    name: 'liaisons_to_groups',
    sql: `create or replace function liaisons_to_groups(t liaisons) returns setof groups
      language sql stable as $$
        select g.* from liaison_addressees a join groups g on g.id = a.group_id
         where a.liaison_id = t.id and a.role = 'TO'
         order by g.acronym, g.id
      $$`,
  },
  {
    // Liaison.attachments: the attached documents by symbol
    name: 'liaisons_attachments',
    sql: `create or replace function liaisons_attachments(t liaisons) returns setof documents
      language sql stable as $$
        select d.* from liaison_attachments la join documents d on d.id = la.document_id
         where la.liaison_id = t.id
         order by d.symbol, d.id
      $$`,
  },
  {
    name: 'liaisons_awaiting_reply',
    sql: `create or replace function liaisons_awaiting_reply(t liaisons) returns boolean
      language sql stable as $$ select ${AWAITING_REPLY_SQL} $$`,
  },
  {
    name: 'action_items_is_overdue',
    sql: `create or replace function action_items_is_overdue(t action_items) returns boolean
      language sql stable as $$ select ${OVERDUE_SQL} $$`,
  },
  {
    // ActionItem.sources: sources are polymorphic (subject_type, subject_id), no foreign key to follow
    name: 'action_items_sources',
    sql: `create or replace function action_items_sources(t action_items) returns setof sources
      language sql stable as $$
        select s.* from sources s where s.subject_type = 'ActionItem' and s.subject_id = t.id
         order by s.position, s.id
      $$`,
  },
  {
    // Query.overdueActionItems: the overdue filter as a root list, oldest first
    name: 'overdue_action_items',
    sql: `create or replace function overdue_action_items() returns setof action_items
      language sql stable as $$
        select t.* from action_items t where ${OVERDUE_SQL} order by t.created_at, t.id
      $$`,
  },
  {
    // Query.searchGraph: full-text search by our own statement (search.service's searchSql: all
    // kinds, ranked on the positive terms, a ts_headline for the top hits only), its headline made
    // HTML here as snippetHtml makes it (escaped, the markers as <mark>); a composite type, since a
    // search hit is no table's row
    name: 'search_graph',
    sql: `create or replace function search_graph(query text, max_hits int) returns setof search_hit
      language sql stable as $$
        select s.kind, s.id, s.rank,
               replace(replace(
                 replace(replace(replace(replace(regexp_replace(trim(s.snippet), '[[:space:]]+', ' ', 'g'),
                   '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
               chr(1), '<mark>'), chr(2), '</mark>')
        from (${searchSql(ALL_SEARCH_KINDS, { query: 'search_graph.query', first: 'max_hits' })}) s
        order by s.rank desc, s.kind, s.id
      $$`,
  },
];

/** Installs the functions through one connection (a pg.Client: the steps share a transaction). */
export async function installCompareFunctions(client: { query(sql: string): Promise<unknown> }): Promise<void> {
  // concurrent `create or replace` of one function can fail on a catalog race: one transaction, serialized by a lock
  await client.query('begin');
  try {
    await client.query(`select pg_advisory_xact_lock(hashtext('bench:compare functions'))`);
    await client.query(`set local search_path = ${EXPOSED_SCHEMA}`);
    // a search hit is no table's row: its own composite type (create type has no "or replace")
    await client.query(`do $$ begin
      if to_regtype('${EXPOSED_SCHEMA}.search_hit') is null then
        create type search_hit as (kind text, id int, rank real, snippet text);
      end if;
    end $$`);
    for (const fn of COMPARE_FUNCTIONS) await client.query(fn.sql);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
