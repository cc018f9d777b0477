/**
 * /dashboard/record: the signed-in person's starting point: the forms their role may use, and
 * the liaisons and action items still moving that it may answer or move along.
 */
import { h } from '../dom.js';
import { query } from '../api.js';
import { FormOpenWorkDocument } from '../generated.js';
import { actionStatusChip, liaisonRoute } from '../components.js';
import { formatPartialDate, label, liaisonPath } from '../format.js';
import type { PageView } from '../page.js';
import { mayWriteFor, type SessionViewer } from '../session.js';
import { formPage } from './kit.js';
import { actionItemStatusPath, liaisonReplyPath, liaisonStatusPath } from './paths.js';

function formLinks(viewer: SessionViewer): HTMLElement {
  const links: [string, string, string][] = [
    ...(viewer.role === 'EDITOR' ? [] : ([['/dashboard/record/liaison?direction=received', 'A liaison received', 'from another group, with its addressees, deadline and attachments']] as [string, string, string][])),
    ['/dashboard/record/liaison?direction=sent', 'A liaison sent', 'by one of our groups: draft, approved or sent'],
    ['/dashboard/record/meeting', 'A meeting and its outcomes', 'the decisions in the order recorded'],
    ['/dashboard/record/action-item', 'An action item', 'raised by an outcome'],
    ['/dashboard/record/milestones', 'Report milestones', 'add one, or move one along'],
    ['/dashboard/record/topic', 'A topic tag', 'on a meeting or an outcome'],
    ...(viewer.role === 'EDITOR' ? [] : ([['/dashboard/record/document', 'A document’s facts', 'upload or paste a report or liaison statement, review the facts drafted from it, apply them']] as [string, string, string][])),
  ];
  return h('ul', { class: 'form-links' }, links.map(([href, text, what]) => h('li', null, h('a', { href, class: 'form-link' }, text), h('span', { class: 'muted' }, ` — ${what}`))));
}

async function openWork(viewer: SessionViewer): Promise<HTMLElement[]> {
  const { actionItems, liaisons } = await query(FormOpenWorkDocument);
  const items = actionItems.edges.map((e) => e.node).filter((a) => mayWriteFor(viewer, [a.assignee.acronym, ...(a.raisedBy ? [a.raisedBy.meeting.group.acronym] : [])]));
  const moving = liaisons.edges.map((e) => e.node).filter((l) => mayWriteFor(viewer, [l.fromGroup.acronym, ...l.addressees.map((a) => a.group.acronym)]));
  return [
    h(
      'section',
      { class: 'card', 'data-section': 'liaisons' },
      h('h2', null, 'Liaisons still moving'),
      moving.length
        ? h(
            'ul',
            { class: 'plain work-list' },
            moving.map((l) =>
              h(
                'li',
                { class: 'work-row', 'data-liaison-id': l.id },
                h('a', { href: liaisonPath(l.id), class: 'item-title' }, l.title),
                h(
                  'div',
                  { class: 'meta' },
                  liaisonRoute(l),
                  h('span', null, label(l.status)),
                  l.deadline ? h('span', null, `reply by ${formatPartialDate(l.deadline)}`) : null,
                  mayWriteFor(viewer, l.addressees.map((a) => a.group.acronym).concat(l.fromGroup.acronym)) ? h('a', { href: liaisonReplyPath(l.id), class: 'action reply' }, 'Record a reply') : null,
                  mayWriteFor(viewer, [l.fromGroup.acronym]) ? h('a', { href: liaisonStatusPath(l.id), class: 'action move' }, 'Move along') : null,
                ),
              ),
            ),
          )
        : h('p', { class: 'empty' }, 'None that this token may answer or move.'),
    ),
    h(
      'section',
      { class: 'card', 'data-section': 'action-items' },
      h('h2', null, 'Open action items'),
      items.length
        ? h(
            'ul',
            { class: 'plain work-list' },
            items.map((a) =>
              h(
                'li',
                { class: 'work-row', 'data-action-item-id': a.id },
                h('span', { class: 'item-title' }, a.title),
                h(
                  'div',
                  { class: 'meta' },
                  h('span', null, `owed by ${a.assignee.acronym}`),
                  a.raisedBy ? h('span', null, `raised by ${a.raisedBy.meeting.group.acronym}#${a.raisedBy.meeting.number ?? '?'}/${a.raisedBy.position}`) : null,
                  actionStatusChip(a.status, a.isOverdue),
                  h('a', { href: actionItemStatusPath(a.id), class: 'action move' }, 'Move along'),
                ),
              ),
            ),
          )
        : h('p', { class: 'empty' }, 'None that this token may move.'),
    ),
  ];
}

export function recordPage(): Promise<PageView> {
  return formPage('Record', 'What happened today: pick a form, or answer and move what is already recorded.', async (viewer) => [
    h('section', { class: 'card' }, h('h2', null, 'New'), formLinks(viewer)),
    await openWork(viewer),
  ]);
}
