/** One liaison: who sent it to whom and why, where it stands, its thread, and its sources. */
import { h } from '../dom.js';
import { query } from '../api.js';
import { LiaisonDetailDocument } from '../generated.js';
import { chip, documentLink, groupLink, liaisonClassChip, pageHeader, replyChip, sourceDetails } from '../components.js';
import { formatDate, formatPartialDate, label, liaisonPath, meetingName, meetingPath, outcomePath } from '../format.js';
import type { PageView } from '../page.js';
import { liaisonActions } from '../forms/actions.js';

export async function liaisonPage(id: string): Promise<PageView> {
  const { node } = await query(LiaisonDetailDocument, { id });
  if (!node || node.__typename !== 'Liaison') {
    return {
      title: 'Unknown liaison',
      view: h('section', { class: 'notice' }, h('h1', null, 'No such liaison'), h('p', null, h('a', { href: '/dashboard/map' }, 'Back to the liaison map'))),
    };
  }
  const l = node;
  const fact = (term: string, ...value: (Node | string | null)[]) => [h('dt', null, term), h('dd', null, value)];

  return {
    title: l.title,
    view: h(
      'div',
      { class: 'page liaison-page', 'data-liaison-id': l.id },
      h('p', { class: 'breadcrumb' }, h('a', { href: `/dashboard/map?from=${encodeURIComponent(l.fromGroup.acronym)}` }, '← Liaison map')),
      pageHeader(l.title, l.reference ? `Reference ${l.reference}` : undefined, h('p', { class: 'group-facts' }, liaisonClassChip(l), chip(`Status: ${label(l.status).toLowerCase()}`, 'neutral'), chip(`Purpose: ${label(l.purpose).toLowerCase()}`, 'neutral')), liaisonActions(l)),
      h(
        'section',
        { class: 'card' },
        h(
          'dl',
          { class: 'facts wide' },
          fact('From', groupLink(l.fromGroup.acronym)),
          fact(
            'To',
            h(
              'ul',
              { class: 'plain addressees' },
              l.addressees.map((a) =>
                h(
                  'li',
                  null,
                  groupLink(a.group.acronym),
                  ` — ${a.role === 'CC' ? 'in copy' : label(a.purpose ?? 'FOR_INFORMATION').toLowerCase()}`,
                  a.owesReply ? h('span', { class: l.replyOverdue ? 'due overdue' : 'due' }, l.replyOverdue ? ' — owes the reply, overdue' : ' — owes the reply') : null,
                ),
              ),
            ),
          ),
          fact('Sent', l.sentOn ? formatDate(l.sentOn) : 'date not recorded'),
          l.deadline ? fact('Reply due by', h('span', { class: l.awaitingReply ? 'due' : undefined }, formatPartialDate(l.deadline))) : [],
          fact('Awaiting a reply', l.awaitingReply ? h('strong', { class: 'due' }, 'Yes') : 'No', replyChip(l) ? ' ' : null, replyChip(l)),
          l.meeting ? fact('Meeting', h('a', { href: meetingPath(l.meeting) }, meetingName(l.meeting))) : [],
          l.decidedBy
            ? fact('Decided by', h('a', { href: outcomePath(l.decidedBy) }, `Outcome ${l.decidedBy.position} of the ${meetingName(l.decidedBy.meeting)}`), h('blockquote', { class: 'quote' }, l.decidedBy.text))
            : [],
          l.inReplyTo ? fact('In reply to', h('a', { href: liaisonPath(l.inReplyTo.id) }, l.inReplyTo.title), ` (from ${l.inReplyTo.fromGroup.acronym})`) : [],
          fact(
            'Replies',
            l.replies.length
              ? h(
                  'ul',
                  { class: 'plain' },
                  l.replies.map((r) => h('li', null, h('a', { href: liaisonPath(r.id) }, r.title), ` — from ${r.fromGroup.acronym}${r.sentOn ? `, ${formatDate(r.sentOn)}` : ''}`)),
                )
              : 'none recorded',
          ),
          l.attachments.length
            ? fact(
                'Attachments',
                h('ul', { class: 'plain attachments' }, l.attachments.map((d) => h('li', null, documentLink(d), d.url ? [' (', h('a', { href: d.url, rel: 'noopener' }, 'original'), ')'] : null))),
              )
            : [],
        ),
      ),
      l.body ? h('section', { class: 'card' }, h('h2', null, 'Text'), h('p', { class: 'body-text' }, l.body)) : null,
      h('section', { class: 'card' }, h('h2', null, 'Where this comes from'), sourceDetails(l.sources, 'Sources', true)),
    ),
  };
}
