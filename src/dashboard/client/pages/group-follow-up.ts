/**
 * What concerns one group, on one page: the replies it owes and is owed (late first), its open
 * action items (overdue first), the liaisons it received since a date, and the next milestones of
 * the reports passing through it. Every figure and order comes from the API (Group.followUp).
 */
import { h } from '../dom.js';
import { query } from '../api.js';
import { GroupFollowUpPageDocument, type GroupFollowUpPageQuery } from '../generated.js';
import { actionStatusChip, chip, empty, groupLink, liaisonRow, milestoneStatusChip, pageHeader, stat } from '../components.js';
import { formatDate, formatPartialDate, formatPlanned, groupFollowUpPath, groupPath, label, meetingName, meetingPath, outcomePath, plural, todayIso } from '../format.js';
import type { PageView } from '../page.js';

type FollowUp = NonNullable<GroupFollowUpPageQuery['group']>['followUp'];
type Item = FollowUp['openActionItems']['edges'][number]['node'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** the default "since": three months back, where a secretariat's look-back usually stops */
function threeMonthsAgo(): string {
  const d = new Date();
  d.setMonth(d.getMonth() - 3);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function section(id: string, title: string, total: number, body: Node | null, emptyText: string, ...extra: (Node | null)[]): HTMLElement {
  return h(
    'section',
    { class: 'card follow-up-section', id, 'data-section': id },
    h('h2', null, title, h('span', { class: 'muted count', 'data-figure': `${id}-count` }, ` · ${total}`), extra),
    total ? body : empty(emptyText),
  );
}

function itemRow(item: Item): HTMLElement {
  const due = item.dueOn ? `due ${formatPartialDate(item.dueOn)}` : item.dueMeeting ? `due at the ${meetingName(item.dueMeeting)}` : null;
  return h(
    'li',
    { class: item.isOverdue ? 'overdue' : undefined, 'data-action-item': item.id },
    h('span', { class: 'item-title' }, item.title),
    h(
      'span',
      { class: 'meta' },
      actionStatusChip(item.status, item.isOverdue),
      due ? h('span', { class: item.isOverdue ? 'due' : undefined }, due) : null,
      item.raisedBy ? h('a', { href: outcomePath(item.raisedBy) }, `outcome ${item.raisedBy.position} of the ${meetingName(item.raisedBy.meeting)}`) : null,
    ),
  );
}

export async function groupFollowUpPage(acronym: string, url: URL): Promise<PageView> {
  const asked = url.searchParams.get('since') ?? '';
  const since = DATE.test(asked) ? asked : threeMonthsAgo();
  const { group } = await query(GroupFollowUpPageDocument, { acronym, since });
  if (!group) {
    return {
      title: 'Unknown group',
      view: h('section', { class: 'notice' }, h('h1', null, `No group is called “${acronym}”`), h('p', null, h('a', { href: '/dashboard' }, 'Back to the overview'))),
    };
  }
  const f = group.followUp;
  const c = f.counts;
  const today = todayIso();
  const sinceInput = h('input', {
    type: 'date',
    id: 'follow-up-since',
    name: 'since',
    value: since,
    onchange: (e) => {
      const value = (e.target as HTMLInputElement).value;
      if (!DATE.test(value)) return;
      // the router reloads the page with the new date (and the back button returns to the old one)
      const next = `${groupFollowUpPath(group.acronym)}?since=${value}`;
      history.pushState(null, '', next);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
  });

  return {
    title: `What concerns ${group.acronym}`,
    view: h(
      'div',
      { class: 'page group-follow-up-page', 'data-group': group.acronym },
      h('p', { class: 'breadcrumb' }, h('a', { href: groupPath(group.acronym) }, `← ${group.acronym}`)),
      pageHeader(`What concerns ${group.acronym}`, group.name),
      h(
        'section',
        { class: 'stats', 'aria-label': 'Figures' },
        stat(c.repliesItOwes, 'replies it owes', c.repliesItOwesOverdue ? 'overdue' : c.repliesItOwes ? 'awaiting' : 'calm', '#owes'),
        stat(c.repliesItOwesOverdue, 'of them overdue', c.repliesItOwesOverdue ? 'overdue' : 'calm', '#owes'),
        stat(c.repliesOwedToIt, 'replies owed to it', c.repliesOwedToItOverdue ? 'overdue' : c.repliesOwedToIt ? 'awaiting' : 'calm', '#owed'),
        stat(c.openActionItems, 'open action items', c.overdueActionItems ? 'overdue' : undefined, '#items'),
      ),
      section(
        'owes',
        'Replies it owes',
        f.repliesItOwes.totalCount,
        h('ul', { class: 'liaison-list' }, f.repliesItOwes.edges.map((e) => liaisonRow(e.node))),
        `${group.acronym} owes no reply.`,
        c.repliesItOwesOverdue ? chip(`${c.repliesItOwesOverdue} overdue`, 'overdue') : null,
        c.repliesItOwesDueSoon ? chip(`${c.repliesItOwesDueSoon} due soon`, 'warning') : null,
      ),
      section(
        'owed',
        'Replies owed to it',
        f.repliesOwedToIt.totalCount,
        h('ul', { class: 'liaison-list' }, f.repliesOwedToIt.edges.map((e) => liaisonRow(e.node))),
        `No reply is owed to ${group.acronym}.`,
        c.repliesOwedToItOverdue ? chip(`${c.repliesOwedToItOverdue} overdue`, 'overdue') : null,
        c.repliesOwedToItDueSoon ? chip(`${c.repliesOwedToItDueSoon} due soon`, 'warning') : null,
      ),
      section(
        'items',
        'Open action items',
        f.openActionItems.totalCount,
        h('ul', { class: 'item-list' }, f.openActionItems.edges.map((e) => itemRow(e.node))),
        `${group.acronym} has no open action item.`,
        c.overdueActionItems ? chip(`${c.overdueActionItems} overdue`, 'overdue') : null,
      ),
      section(
        'received',
        'Liaisons received',
        f.liaisonsReceived.totalCount,
        h('ul', { class: 'liaison-list' }, f.liaisonsReceived.edges.map((e) => liaisonRow(e.node))),
        `Nothing received since ${formatDate(since)}.`,
        h('label', { class: 'since', for: 'follow-up-since' }, ' since ', sinceInput),
      ),
      section(
        'milestones',
        'Next milestones of the reports passing through it',
        f.nextMilestones.totalCount,
        h(
          'ul',
          { class: 'item-list' },
          f.nextMilestones.edges.map(({ node: m }) =>
            h(
              'li',
              { class: 'milestone', 'data-report': m.report.title },
              h(
                'span',
                { class: 'item-title' },
                `${label(m.kind)} in `,
                groupLink(m.group.acronym),
                ', ',
                m.meeting ? h('a', { href: meetingPath(m.meeting) }, `the ${meetingName(m.meeting)}`) : formatPlanned(m.plannedFor),
              ),
              h('span', { class: 'meta' }, h('a', { href: '/dashboard/timeline' }, m.report.title), milestoneStatusChip(m.status, m.plannedFor ?? m.meeting?.startsOn, today)),
            ),
          ),
        ),
        `No report passing through ${group.acronym} has a milestone planned.`,
      ),
      f.repliesItOwes.totalCount + f.repliesOwedToIt.totalCount > 100
        ? h('p', { class: 'muted' }, `Showing the first 100 of each list; ${plural(f.repliesItOwes.totalCount + f.repliesOwedToIt.totalCount, 'reply', 'replies')} in all.`)
        : null,
    ),
  };
}
