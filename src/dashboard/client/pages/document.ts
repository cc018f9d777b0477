/**
 * One document: what it is, where to read it (its text, or its URL), what it is attached to, and
 * what the knowledge base quotes from it, each excerpt linking to the object it supports.
 */
import { h, type Child } from '../dom.js';
import { query } from '../api.js';
import { DocumentDetailDocument, type DocumentDetailQuery } from '../generated.js';
import { chip, groupLink, pageHeader, sourceDetails } from '../components.js';
import { formatDate, groupPath, label, liaisonPath, meetingName, meetingPath, outcomePath } from '../format.js';
import { bestPracticePath } from '../browse.js';
import type { PageView } from '../page.js';

type Doc = Extract<NonNullable<DocumentDetailQuery['node']>, { __typename: 'Document' }>;
type Subject = NonNullable<Doc['excerpts'][number]['subject']>;

/** the object an excerpt supports, as a link where the dashboard has a page for it */
function subjectLink(s: Subject): Child {
  switch (s.__typename) {
    case 'Liaison':
      return ['Liaison: ', h('a', { href: liaisonPath(s.id) }, s.title)];
    case 'Meeting':
      return ['Meeting: ', h('a', { href: meetingPath(s) }, meetingName(s))];
    case 'Outcome':
      return ['Outcome: ', h('a', { href: outcomePath({ id: s.id, meeting: s.meeting }) }, `outcome ${s.position} of the ${meetingName(s.meeting)}`)];
    case 'Group':
      return ['Group: ', h('a', { href: groupPath(s.acronym) }, s.acronym)];
    case 'ActionItem':
      return ['Action item: ', h('a', { href: `/dashboard/follow-up?assignee=${encodeURIComponent(s.assignee.acronym)}` }, s.title)];
    case 'BestPractice':
      return ['Best practice: ', h('a', { href: bestPracticePath(s.id) }, s.title)];
    case 'Report':
      return ['Report: ', h('a', { href: '/dashboard/timeline' }, s.title)];
    default:
      return label(s.__typename);
  }
}

export async function documentPage(id: string): Promise<PageView> {
  const { node } = await query(DocumentDetailDocument, { id });
  if (!node || node.__typename !== 'Document') {
    return {
      title: 'Unknown document',
      view: h('section', { class: 'notice' }, h('h1', null, 'No such document'), h('p', null, h('a', { href: '/dashboard' }, 'Back to the overview'))),
    };
  }
  const d = node;
  const fact = (term: string, ...value: Child[]) => [h('dt', null, term), h('dd', null, value)];
  return {
    title: d.symbol,
    view: h(
      'div',
      { class: 'page document-page', 'data-document-id': d.id },
      pageHeader(d.title, d.symbol, h('p', { class: 'group-facts' }, chip(label(d.kind), 'neutral'), d.public ? null : chip('Password needed at the source', 'warning'))),
      h(
        'section',
        { class: 'card' },
        h(
          'dl',
          { class: 'facts wide' },
          fact('Read it', d.url ? h('a', { href: d.url, rel: 'noopener', class: 'document-url' }, d.url) : d.text ? 'the text is below' : 'no text or address recorded'),
          d.publishedOn ? fact('Published', formatDate(d.publishedOn)) : [],
          d.sourceGroup ? fact('Written by', groupLink(d.sourceGroup.acronym), ` — ${d.sourceGroup.name}`) : [],
          d.meeting ? fact('Submitted to', h('a', { href: meetingPath(d.meeting) }, meetingName(d.meeting))) : [],
          d.liaisons.length
            ? fact(
                'Sent with',
                h('ul', { class: 'plain attached-to' }, d.liaisons.map((l) => h('li', null, h('a', { href: liaisonPath(l.id) }, l.title), ` — from ${l.fromGroup.acronym}${l.sentOn ? `, ${formatDate(l.sentOn)}` : ''}`))),
              )
            : [],
          d.bestPractices.length ? fact('Best practices', h('ul', { class: 'plain' }, d.bestPractices.map((b) => h('li', null, h('a', { href: bestPracticePath(b.id) }, b.title))))) : [],
        ),
      ),
      d.excerpts.length
        ? h(
            'section',
            { class: 'card excerpts' },
            h('h2', null, `Quoted in the knowledge base (${d.excerpts.length})`),
            d.excerpts.map((e) =>
              h('figure', { class: 'source' }, h('blockquote', null, e.excerpt), h('figcaption', null, e.subject ? subjectLink(e.subject) : null, e.note ? h('p', { class: 'note' }, e.note) : null)),
            ),
          )
        : null,
      d.text ? h('section', { class: 'card' }, h('h2', null, 'Text'), h('p', { class: 'body-text document-text' }, d.text)) : null,
      d.sources.length ? h('section', { class: 'card' }, h('h2', null, 'Where this document is recorded'), sourceDetails(d.sources, 'Sources', true)) : null,
    ),
  };
}
