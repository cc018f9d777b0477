/**
 * Pieces of the find-and-browse pages (search, topic, best practice, group history): their paths,
 * the link to any object the API returns, and search snippets turned into DOM without innerHTML.
 */
import { h, type Child } from './dom.js';
import { chip } from './components.js';
import { documentPath, groupPath, liaisonPath, meetingName, meetingPath, outcomePath } from './format.js';
import type { MeetingRefFragment } from './generated.js';

export function searchPath(q: string): string {
  return `/dashboard/search?q=${encodeURIComponent(q)}`;
}

export function topicPath(slug: string): string {
  return `/dashboard/topics/${encodeURIComponent(slug)}`;
}

export function bestPracticePath(id: string): string {
  return `/dashboard/best-practices/${encodeURIComponent(id)}`;
}

export function groupHistoryPath(acronym: string): string {
  return `${groupPath(acronym)}/history`;
}

/** Any object the API names (a search hit, the object of a change), as the dashboard links it. */
export type Linkable =
  | { __typename: 'Group'; id: string; acronym: string }
  | ({ __typename: 'Meeting' } & MeetingRefFragment)
  | { __typename: 'Outcome'; id: string; position: number; meeting: MeetingRefFragment }
  | { __typename: 'ActionItem'; id: string; title: string; assignee: { acronym: string } }
  | { __typename: 'Liaison'; id: string; title: string }
  | { __typename: 'Report'; id: string; title: string }
  | { __typename: 'Milestone'; id: string; report: { title: string } }
  | { __typename: 'BestPractice'; id: string; title: string }
  | { __typename: 'Document'; id: string; symbol: string; title: string };

/** the object's name, linking to the page that shows it */
export function objectLink(o: Linkable): HTMLElement {
  switch (o.__typename) {
    case 'Group':
      return h('a', { href: groupPath(o.acronym) }, o.acronym);
    case 'Meeting':
      return h('a', { href: meetingPath(o) }, meetingName(o));
    case 'Outcome':
      return h('a', { href: outcomePath(o) }, `Outcome ${o.position} of the ${meetingName(o.meeting)}`);
    case 'ActionItem':
      return h('a', { href: `/dashboard/follow-up?assignee=${encodeURIComponent(o.assignee.acronym)}` }, o.title);
    case 'Liaison':
      return h('a', { href: liaisonPath(o.id) }, o.title);
    case 'Report':
      return h('a', { href: '/dashboard/timeline' }, o.title);
    case 'Milestone':
      return h('a', { href: '/dashboard/timeline' }, `A milestone of "${o.report.title}"`);
    case 'BestPractice':
      return h('a', { href: bestPracticePath(o.id) }, o.title);
    case 'Document':
      return h('a', { href: documentPath(o.id) }, `${o.symbol} — ${o.title}`);
  }
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/**
 * A search snippet as DOM: the API sends escaped text with the matched words in <mark>…</mark>.
 * It is never handed to innerHTML: the text between the tags is unescaped into text nodes and
 * only <mark> becomes an element, so whatever a title holds (even "<img onerror=…>") shows as text.
 */
export function snippet(html: string): HTMLElement {
  const parts: Child[] = [];
  let marked = false;
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push(marked ? h('mark', null, decode(piece)) : decode(piece));
  }
  return h('span', { class: 'snippet' }, parts);
}

/** a topic's chip, linking to its page */
export function topicChip(t: { slug: string; name: string }): HTMLElement {
  return h('a', { href: topicPath(t.slug), class: 'topic-link' }, chip(t.name, 'topic'));
}
