/**
 * The dashboard's entry point: a small router over the History API. Every page fetches what it
 * shows from /graphql; the server serves the same HTML shell for every /dashboard path.
 */
import { h } from './dom.js';
import { ApiError } from './api.js';
import { overviewPage } from './pages/overview.js';
import { liaisonMapPage } from './pages/liaison-map.js';
import { followUpPage } from './pages/follow-up.js';
import { timelinePage } from './pages/timeline.js';
import { groupPage } from './pages/group.js';
import { liaisonPage } from './pages/liaison.js';
import { groupFollowUpPage } from './pages/group-follow-up.js';
import { documentPage } from './pages/document.js';
import { searchPage } from './pages/search.js';
import { searchPath } from './browse.js';
import { topicPage } from './pages/topic.js';
import { bestPracticePage } from './pages/best-practice.js';
import { groupHistoryPage } from './pages/group-history.js';
import { groupMandatesPage } from './pages/group-mandates.js';
import type { PageView } from './page.js';
import { formRoutes } from './forms/routes.js';
import { drawSessionBar } from './session.js';
import { refreshOnChange } from './live.js';

interface Route {
  pattern: RegExp;
  /** which tab of the navigation is lit */
  nav: string;
  page: (match: string[], url: URL) => Promise<PageView>;
  /** pages that show follow-ups refresh on a recorded change: of this group (null: any) */
  live?: (match: string[]) => string | null;
}

const ROUTES: Route[] = [
  { pattern: /^\/dashboard\/?$/, nav: 'overview', page: () => overviewPage(), live: () => null },
  { pattern: /^\/dashboard\/map\/?$/, nav: 'map', page: (_m, url) => liaisonMapPage(url) },
  { pattern: /^\/dashboard\/follow-up\/?$/, nav: 'follow-up', page: (_m, url) => followUpPage(url), live: () => null },
  { pattern: /^\/dashboard\/timeline\/?$/, nav: 'timeline', page: () => timelinePage() },
  { pattern: /^\/dashboard\/groups\/([^/]+)\/?$/, nav: 'groups', page: ([acronym]) => groupPage(decodeURIComponent(acronym!)) },
  { pattern: /^\/dashboard\/liaisons\/([^/]+)\/?$/, nav: 'map', page: ([id]) => liaisonPage(decodeURIComponent(id!)) },
  {
    pattern: /^\/dashboard\/groups\/([^/]+)\/follow-up\/?$/,
    nav: 'follow-up',
    page: ([acronym], url) => groupFollowUpPage(decodeURIComponent(acronym!), url),
    live: ([acronym]) => decodeURIComponent(acronym!),
  },
  { pattern: /^\/dashboard\/documents\/([^/]+)\/?$/, nav: 'overview', page: ([id]) => documentPage(decodeURIComponent(id!)) },
  // find and browse
  { pattern: /^\/dashboard\/search\/?$/, nav: 'search', page: (_m, url) => searchPage(url) },
  { pattern: /^\/dashboard\/topics\/([^/]+)\/?$/, nav: 'search', page: ([slug]) => topicPage(decodeURIComponent(slug!)) },
  { pattern: /^\/dashboard\/best-practices\/([^/]+)\/?$/, nav: 'search', page: ([id]) => bestPracticePage(decodeURIComponent(id!)) },
  { pattern: /^\/dashboard\/groups\/([^/]+)\/history\/?$/, nav: 'groups', page: ([acronym], url) => groupHistoryPage(decodeURIComponent(acronym!), url) },
  { pattern: /^\/dashboard\/groups\/([^/]+)\/mandates\/?$/, nav: 'groups', page: ([acronym]) => groupMandatesPage(decodeURIComponent(acronym!)) },
  ...formRoutes((href) => navigate(href)),
];

const main = document.getElementById('app')!;
let renderCount = 0;

function errorView(error: unknown): PageView {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiError ? error.code : undefined;
  return {
    title: 'Something went wrong',
    view: h(
      'section',
      { class: 'notice error', role: 'alert' },
      h('h1', null, 'This page could not be loaded'),
      h('p', null, message, code ? h('span', { class: 'muted' }, ` (${code})`) : null),
      h('p', null, h('a', { href: '/dashboard' }, 'Back to the overview')),
    ),
  };
}

function notFound(): PageView {
  return {
    title: 'Not found',
    view: h('section', { class: 'notice' }, h('h1', null, 'No such page'), h('p', null, h('a', { href: '/dashboard' }, 'Back to the overview'))),
  };
}

/** After a page is drawn, bring `#meeting-…` or `#outcome-…` into view and mark it. */
function revealHash(): void {
  if (!location.hash) {
    window.scrollTo(0, 0);
    return;
  }
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return;
  target.classList.add('highlight');
  target.scrollIntoView({ block: 'start' });
}

/** `refreshing`: the same page drawn again with what changed (live updates), where the reader was */
export async function render(refreshing = false): Promise<void> {
  const ticket = ++renderCount;
  const url = new URL(location.href);
  const route = ROUTES.find((r) => r.pattern.test(url.pathname));
  const scrolled = window.scrollY;
  if (!refreshing) refreshOnChange(route?.live?.(route.pattern.exec(url.pathname)!.slice(1)), () => void render(true));
  document.body.dataset.state = 'loading';
  void drawSessionBar(navigate);
  document.querySelectorAll<HTMLAnchorElement>('nav.tabs a').forEach((link) => {
    link.classList.toggle('active', link.dataset.nav === route?.nav);
    if (link.dataset.nav === route?.nav) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
  let result: PageView;
  try {
    result = route ? await route.page(route.pattern.exec(url.pathname)!.slice(1), url) : notFound();
  } catch (error) {
    result = errorView(error);
  }
  if (ticket !== renderCount) return; // a later navigation won
  document.title = `${result.title} · Liaison Graph`;
  main.replaceChildren(result.view);
  syncSearchBox(url);
  if (refreshing) window.scrollTo(0, scrolled);
  else revealHash();
  // browser tests and the screenshot script wait for this
  document.body.dataset.state = 'ready';
}

/** Follow a link inside the dashboard without reloading the page. */
export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  void render();
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element).closest?.('a');
  if (!link || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith('/dashboard')) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) {
    // an anchor on this page: let the browser scroll, and mark the target
    setTimeout(revealHash);
    return;
  }
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});

// the search box in the header (dashboard.routes.ts): searched without reloading the page
document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (!form.matches?.('form.search-box')) return;
  event.preventDefault();
  const q = new FormData(form).get('q')?.toString().trim() ?? '';
  navigate(searchPath(q));
});

/** the search box shows the words of the search page it leads to */
function syncSearchBox(url: URL): void {
  const box = document.querySelector<HTMLInputElement>('form.search-box input[name=q]');
  if (box && url.pathname.replace(/\/$/, '') === '/dashboard/search') box.value = url.searchParams.get('q') ?? '';
}

window.addEventListener('popstate', () => void render());
void render();
