/** A best practice (/dashboard/best-practices/<id>): what it is, who shared it where, its topics, documents and sources. */
import { h, type Child } from '../dom.js';
import { query } from '../api.js';
import { BestPracticeDetailDocument } from '../generated.js';
import { documentLink, groupLink, pageHeader, sourceDetails } from '../components.js';
import { formatDate, meetingName, meetingPath } from '../format.js';
import { topicChip } from '../browse.js';
import type { PageView } from '../page.js';

export async function bestPracticePage(id: string): Promise<PageView> {
  const { node } = await query(BestPracticeDetailDocument, { id });
  if (!node || node.__typename !== 'BestPractice') {
    return { title: 'Unknown best practice', view: h('section', { class: 'notice' }, h('h1', null, 'No such best practice'), h('p', null, h('a', { href: '/dashboard' }, 'Back to the overview'))) };
  }
  const b = node;
  const fact = (term: string, ...value: Child[]) => [h('dt', null, term), h('dd', null, value)];
  return {
    title: b.title,
    view: h(
      'div',
      { class: 'page best-practice-page', 'data-best-practice-id': b.id },
      pageHeader(b.title, 'Best practice', h('p', { class: 'group-facts chips' }, b.topics.map((t) => topicChip(t)))),
      h(
        'section',
        { class: 'card' },
        h('p', { class: 'body-text practice-summary' }, b.summary),
        h(
          'dl',
          { class: 'facts wide' },
          b.sourceGroup ? fact('Shared by', groupLink(b.sourceGroup.acronym), ` — ${b.sourceGroup.name}`) : [],
          b.meeting ? fact('Shared at', h('a', { href: meetingPath(b.meeting) }, meetingName(b.meeting))) : [],
          fact('Last changed', `${formatDate(b.updatedAt.slice(0, 10))} (version ${b.version})`),
        ),
      ),
      b.documents.length ? h('section', { class: 'card' }, h('h2', null, `Documents (${b.documents.length})`), h('ul', { class: 'plain' }, b.documents.map((d) => h('li', null, documentLink(d))))) : null,
      b.sources.length ? h('section', { class: 'card' }, h('h2', null, 'Where this practice is recorded'), sourceDetails(b.sources, 'Sources', true)) : null,
    ),
  };
}
