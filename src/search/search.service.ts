import { createHash } from 'node:crypto';
import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../platform/errors/app-error.js';
import { MAX_PAGE_SIZE } from '../platform/graphql/paging.js';
import type { Loaders } from '../platform/graphql/context.js';

/** Errors about search input. */
export class SearchError extends AppError {}

export const SearchKind = {
  GROUP: 'GROUP',
  MEETING: 'MEETING',
  OUTCOME: 'OUTCOME',
  ACTION_ITEM: 'ACTION_ITEM',
  LIAISON: 'LIAISON',
  REPORT: 'REPORT',
  BEST_PRACTICE: 'BEST_PRACTICE',
  DOCUMENT: 'DOCUMENT',
} as const;
export type SearchKind = (typeof SearchKind)[keyof typeof SearchKind];

export const MAX_QUERY_LENGTH = 500;
export const DEFAULT_SEARCH_RESULTS = 20;

/**
 * Where each kind is searched: its table (with the `search_vector` column the search migration
 * maintains) and the text its snippet is cut from, on the alias `t`.
 */
const KINDS: Record<SearchKind, { table: string; snippetText: string }> = {
  GROUP: {
    table: 'groups',
    snippetText: `t.acronym || ': ' || t.name || case when cardinality(t.aliases) > 0 then '. Also: ' || array_to_string(t.aliases, '; ') else '' end`,
  },
  MEETING: {
    table: 'meetings',
    snippetText: `t.title || case when t.topic_names <> '' then '. Topics: ' || (select string_agg(tp.name, ', ' order by tp.name) from meeting_topics mt join topics tp on tp.id = mt.topic_id where mt.meeting_id = t.id) else '' end`,
  },
  OUTCOME: { table: 'outcomes', snippetText: 't.text' },
  ACTION_ITEM: { table: 'action_items', snippetText: 't.title' },
  LIAISON: { table: 'liaisons', snippetText: `t.title || coalesce('. ' || t.body, '')` },
  REPORT: { table: 'reports', snippetText: 't.title' },
  BEST_PRACTICE: { table: 'best_practices', snippetText: `t.title || '. ' || t.summary` },
  DOCUMENT: {
    table: 'documents',
    snippetText: `t.title || case when t.public and t.text is not null then '. ' || left(t.text, 500000) else '' end`,
  },
};

/**
 * ts_headline marks matches with two control characters, which are first removed from the text
 * it cuts from (translate in the SQL), so every marker in its answer is its own: user text
 * cannot forge one. (Private-use characters would do as well on PostgreSQL, but PGlite's
 * ts_headline drops them from StartSel/StopSel.) The snippet turns them into <mark> after escaping.
 */
const MARK_START = '\u0001';
const MARK_END = '\u0002';
const MARKS = `StartSel=${MARK_START}, StopSel=${MARK_END}`;
/** short texts (names, titles) are shown whole; long ones as up to two fragments around the matches */
const SHORT_TEXT = 240;
const HEADLINE_SHORT = `${MARKS}, MaxFragments=0, MaxWords=60, MinWords=30`;
const HEADLINE_LONG = `${MARKS}, MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=2, FragmentDelimiter=" … "`;

export interface SearchHitRow {
  kind: SearchKind;
  id: number;
  rank: number;
  snippet: string;
}

export interface SearchRequest {
  query: string;
  first?: number | null;
  kinds?: SearchKind[] | null;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The snippet as safe HTML: the text escaped, matched words in <mark>. Markers become tags only
 * as balanced pairs (a stray one is dropped, an open one closed at the end), so the only tags
 * a snippet holds are well-formed <mark> pairs whatever the headline holds.
 */
export function snippetHtml(headline: string): string {
  const escaped = escapeHtml(headline.replace(/\s+/g, ' ').trim());
  let open = false;
  // eslint-disable-next-line no-control-regex -- \u0001/\u0002 are the markers ts_headline puts around a hit
  const html = escaped.replace(/[\u0001\u0002]/g, (marker) => {
    if (marker !== (open ? MARK_END : MARK_START)) return '';
    open = !open;
    return open ? '<mark>' : '</mark>';
  });
  return open ? `${html}</mark>` : html;
}

/** a constant as an SQL string literal (the headline options and markers hold no quote of their own) */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The search statement: the top `first` hits of `query` among `kinds`, ranked, each with its raw
 * ts_headline (markers, not yet HTML: snippetHtml makes it safe). `query` and `first` are SQL
 * expressions: `?` bindings here, a function's parameters where bench:compare hands the same
 * statement to PostGraphile, so both answer by one definition.
 */
export function searchSql(kinds: readonly SearchKind[], args: { query: string; first: string }): string {
  const hits = kinds
    .map((kind) => `select '${kind}' as kind, t.id, ts_rank(t.search_vector, q.positive) as rank
      from ${KINDS[kind].table} t, q where t.search_vector @@ q.query`)
    .join('\n      union all\n      ');
  const snippetText = `case top.kind ${kinds
    .map((kind) => `when '${kind}' then (select ${KINDS[kind].snippetText} from ${KINDS[kind].table} t where t.id = top.id)`)
    .join(' ')} end`;
  return `
    with parsed as (select websearch_to_tsquery('english', ${args.query}) as query),
    -- ts_rank scores a negated term as missing, so hits are ranked on the positive terms only
    -- (querytree drops the negations); a query with no positive term finds nothing
    q as (
      select query, case when numnode(query) > 0 and querytree(query) <> 'T' then querytree(query)::tsquery end as positive
      from parsed
    ),
    top as (
      select hits.* from (
      ${hits}
      ) hits, q
      where q.positive is not null
      order by hits.rank desc, hits.kind, hits.id
      limit ${args.first}
    )
    select top.kind, top.id, top.rank,
           ts_headline('english', source.text, q.query,
             case when length(source.text) <= ${SHORT_TEXT} then ${literal(HEADLINE_SHORT)} else ${literal(HEADLINE_LONG)} end) as snippet
    from top cross join q cross join lateral (select translate(coalesce(${snippetText}, ''), ${literal(MARK_START + MARK_END)}, '') as text) source
    order by top.rank desc, top.kind, top.id`;
}

const statementNames = new Map<string, string>();

/** one name per statement text (a kinds filter makes another text): pg refuses a name reused for a different text */
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `search_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  return name;
}

/** every kind, in the order the statement lists them */
export const ALL_SEARCH_KINDS = Object.keys(KINDS) as SearchKind[];

/**
 * Ranked full-text search across every kind that has words: `websearch_to_tsquery` reads the
 * query as people type it ("age verification" -encryption, or, quotes), `ts_rank` orders the
 * hits, and `ts_headline` cuts a snippet for the top hits only. One SQL statement.
 * A query of stop words or punctuation only is an empty list.
 */
export async function search(em: EntityManager, request: SearchRequest): Promise<SearchHitRow[]> {
  const first = request.first ?? DEFAULT_SEARCH_RESULTS;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new SearchError(ErrorCode.BAD_USER_INPUT, `first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
  if (request.query.length > MAX_QUERY_LENGTH) {
    throw new SearchError(
      ErrorCode.BAD_USER_INPUT,
      `The search query is ${request.query.length} characters long; ${MAX_QUERY_LENGTH} at most`,
      'query',
    );
  }
  const text = request.query.trim();
  if (text === '') return [];
  // in one order whatever the request's (the hits are sorted anyway): one statement text per set of kinds
  const kinds = request.kinds?.length ? ALL_SEARCH_KINDS.filter((kind) => request.kinds!.includes(kind)) : ALL_SEARCH_KINDS;

  const sql = searchSql(kinds, { query: '?', first: '?' });
  const knex = (em as SqlEntityManager).getKnex();
  // a named (prepared) statement: each connection parses and analyses the long union once, not on
  // every search (planning was 6–14 ms of a 60 ms search on scale-1 data)
  const result = await knex.raw(sql, [text, first]).options({ name: statementName(sql) });
  return (result.rows as { kind: SearchKind; id: number; rank: number; snippet: string }[]).map((row) => ({
    kind: row.kind,
    id: Number(row.id),
    rank: Number(row.rank),
    snippet: snippetHtml(row.snippet),
  }));
}

/**
 * The hits with their objects, loaded through the by-id loaders: one query per kind, however
 * many hits. A hit whose object vanished in between is left out.
 */
export async function searchResults(loaders: Loaders, rows: SearchHitRow[]) {
  const byKind: Record<SearchKind, DataLoader<number, object | null>> = {
    GROUP: loaders.group.byId,
    MEETING: loaders.meeting.byId,
    OUTCOME: loaders.outcome.byId,
    ACTION_ITEM: loaders.actionItem.byId,
    LIAISON: loaders.liaison.byId,
    REPORT: loaders.report.byId,
    BEST_PRACTICE: loaders.bestPractice.byId,
    DOCUMENT: loaders.document.byId,
  };
  const nodes = await Promise.all(rows.map((row) => byKind[row.kind].load(row.id)));
  return rows.flatMap((row, i) => (nodes[i] ? [{ node: nodes[i], snippet: row.snippet, rank: row.rank }] : []));
}
