/** A topic page (/dashboard/topics/<slug>): everything tagged with it, across groups, by kind. */
import { h, type Child } from '../dom.js';
import { query } from '../api.js';
import { TopicDetailDocument } from '../generated.js';
import { chip, groupLink, pageHeader } from '../components.js';
import { formatDate, label, liaisonPath, meetingName, meetingPath, outcomePath } from '../format.js';
import { bestPracticePath } from '../browse.js';
import type { PageView } from '../page.js';

/** one kind's card: its count (of all, when more than shown) and its rows */
function kindCard(kind: string, title: string, total: number, rows: Child[]): HTMLElement | null {
  if (total === 0) return null;
  return h(
    'section',
    { class: 'card topic-kind', 'data-kind': kind },
    h('h2', null, `${title} (${total})`),
    h('ul', { class: 'plain' }, rows),
    total > rows.length ? h('p', { class: 'muted' }, `The first ${rows.length} of ${total}.`) : null,
  );
}

export async function topicPage(slug: string): Promise<PageView> {
  const { topic } = await query(TopicDetailDocument, { topic: slug });
  if (!topic) {
    return { title: 'Unknown topic', view: h('section', { class: 'notice' }, h('h1', null, 'No such topic'), h('p', null, h('a', { href: '/dashboard' }, 'Back to the overview'))) };
  }
  const t = topic;
  const total = t.meetings.totalCount + t.outcomes.totalCount + t.liaisons.totalCount + t.reports.totalCount + t.bestPractices.totalCount;
  return {
    title: t.name,
    view: h(
      'div',
      { class: 'page topic-page', 'data-topic': t.slug },
      pageHeader(t.name, total ? `Everything tagged “${t.name}”, across groups` : 'Nothing is tagged with this topic yet.', h('p', { class: 'group-facts' }, chip(t.slug, 'topic'))),
      kindCard('Meeting', 'Meetings', t.meetings.totalCount, t.meetings.edges.map(({ node: m }) => h('li', null, h('a', { href: meetingPath(m) }, meetingName(m)), ` — ${formatDate(m.startsOn)}`))),
      kindCard('Outcome', 'Outcomes', t.outcomes.totalCount, t.outcomes.edges.map(({ node: o }) =>
        h('li', { class: 'topic-outcome' }, h('a', { href: outcomePath(o) }, `${meetingName(o.meeting)}, outcome ${o.position}`), ' ', chip(label(o.kind), 'kind'), h('p', { class: 'body-text' }, o.text)))),
      kindCard('Liaison', 'Liaisons', t.liaisons.totalCount, t.liaisons.edges.map(({ node: l }) =>
        h('li', null, h('a', { href: liaisonPath(l.id) }, l.title), ' — from ', groupLink(l.fromGroup.acronym), l.sentOn ? `, ${formatDate(l.sentOn)}` : '', ' ', chip(label(l.status), 'neutral')))),
      kindCard('Report', 'Reports', t.reports.totalCount, t.reports.edges.map(({ node: r }) =>
        h('li', null, h('a', { href: '/dashboard/timeline' }, r.title), ' — owned by ', groupLink(r.ownerGroup.acronym), ' ', chip(label(r.status), 'neutral')))),
      kindCard('BestPractice', 'Best practices', t.bestPractices.totalCount, t.bestPractices.edges.map(({ node: b }) =>
        h('li', null, h('a', { href: bestPracticePath(b.id) }, b.title), b.sourceGroup ? [' — shared by ', groupLink(b.sourceGroup.acronym)] : null))),
    ),
  };
}
