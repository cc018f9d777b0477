/**
 * The search page (/dashboard/search?q=…): the API's ranked hits, grouped by kind (the kinds in
 * the order of their best hit), each with its highlighted snippet.
 */
import { h } from '../dom.js';
import { query } from '../api.js';
import { SearchDocument, type SearchQuery } from '../generated.js';
import { pageHeader } from '../components.js';
import { label, plural } from '../format.js';
import { objectLink, snippet, type Linkable } from '../browse.js';
import type { PageView } from '../page.js';

type Hit = SearchQuery['search'][number];

const KIND_HEADING: Record<string, string> = {
  Group: 'Groups', Meeting: 'Meetings', Outcome: 'Outcomes', ActionItem: 'Action items', Liaison: 'Liaisons',
  Report: 'Reports', BestPractice: 'Best practices', Document: 'Documents',
};

export async function searchPage(url: URL): Promise<PageView> {
  const q = (url.searchParams.get('q') ?? '').trim();
  if (!q) {
    return { title: 'Search', view: h('div', { class: 'page search-page' }, pageHeader('Search', 'Type words in the search box above: groups, meetings, outcomes, liaisons, reports, practices and documents.')) };
  }
  const { search } = await query(SearchDocument, { query: q.slice(0, 500) });
  // hits come best first: a kind's place is its best hit's
  const byKind = new Map<string, Hit[]>();
  for (const hit of search) {
    const kind = hit.node.__typename;
    byKind.set(kind, [...(byKind.get(kind) ?? []), hit]);
  }
  return {
    title: `Search: ${q}`,
    view: h(
      'div',
      { class: 'page search-page' },
      pageHeader(`Search: “${q}”`, search.length ? `${plural(search.length, 'hit')}, best first, by kind` : 'Nothing matches these words.'),
      [...byKind].map(([kind, hits]) =>
        h(
          'section',
          { class: 'card search-kind', 'data-kind': kind },
          h('h2', null, `${KIND_HEADING[kind] ?? label(kind)} (${hits.length})`),
          h('ol', { class: 'plain search-hits' }, hits.map((hit) => h('li', { class: 'search-hit' }, h('div', { class: 'hit-title' }, objectLink(hit.node as Linkable)), h('div', { class: 'hit-snippet' }, snippet(hit.snippet))))),
        ),
      ),
    ),
  };
}
