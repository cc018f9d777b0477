/**
 * Overview: the headline totals, then one card per group with its open action items, the
 * liaisons awaiting a reply (to it, or from it), and the next milestone of the reports it owns.
 */
import { h } from '../dom.js';
import { query } from '../api.js';
import { DashboardOverviewDocument, type DashboardOverviewQuery } from '../generated.js';
import { actionStatusChip, chip, empty, milestoneStatusChip, pageHeader, replyChip, stat } from '../components.js';
import { formatDate, formatPartialDate, formatPlanned, groupFollowUpPath, groupPath, label, liaisonPath, plural, todayIso } from '../format.js';
import type { PageView } from '../page.js';

type GroupNode = DashboardOverviewQuery['groups']['edges'][number]['node'];
type OpenItem = GroupNode['openItems']['edges'][number]['node'];
type AwaitingLiaison = DashboardOverviewQuery['awaitingReply']['edges'][number]['node'];

const ITEMS_PER_CARD = 3;

/** due date, else the due meeting's date; undated last */
function dueKey(item: OpenItem): string {
  return item.dueOn ?? item.dueMeeting?.startsOn ?? '9999-12-31';
}

function dueText(item: OpenItem): string | null {
  if (item.dueOn) return `due ${formatPartialDate(item.dueOn)}`;
  if (item.dueMeeting) return `due at the ${item.dueMeeting.title} (${formatDate(item.dueMeeting.startsOn)})`;
  return null;
}

function followUpHref(params: Record<string, string>): string {
  return `/dashboard/follow-up?${new URLSearchParams(params)}`;
}

/** what a group's card counts: replies it awaits (sent) and owes (asked of it, TO for action or comment) */
function awaitingOf(group: GroupNode, awaiting: AwaitingLiaison[]) {
  // late first: the earliest deadline is the latest reply
  const byDeadline = (a: AwaitingLiaison, b: AwaitingLiaison) => (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31');
  return {
    sent: awaiting.filter((l) => l.fromGroup.acronym === group.acronym).sort(byDeadline),
    owed: awaiting.filter((l) => l.addressees.some((a) => a.group.acronym === group.acronym && a.owesReply)).sort(byDeadline),
  };
}

/** replies the group is late with (it owes them, the deadline has passed): counted by the API */
function lateReplies(group: GroupNode): number {
  return group.followUp.counts.repliesItOwesOverdue;
}

/** how much is on a group's plate: 0 puts it among the quiet groups */
function weight(group: GroupNode, awaiting: AwaitingLiaison[]): number {
  const { sent, owed } = awaitingOf(group, awaiting);
  return group.openItems.totalCount + group.reports.totalCount + sent.length + owed.length;
}

function groupCard(group: GroupNode, awaiting: AwaitingLiaison[], overdueCount: number, today: string): HTMLElement {
  const { sent, owed } = awaitingOf(group, awaiting);
  const open = group.openItems.totalCount;
  const reports = group.reports.edges.map((e) => e.node);
  const quiet = weight(group, awaiting) === 0;
  const items = [...group.openItems.edges.map((e) => e.node)].sort(
    (a, b) => Number(b.isOverdue) - Number(a.isOverdue) || dueKey(a).localeCompare(dueKey(b)),
  );

  return h(
    'article',
    { class: `card group-card${quiet ? ' quiet' : ''}${overdueCount || lateReplies(group) ? ' has-overdue' : ''}`, 'data-group': group.acronym },
    h(
      'header',
      { class: 'card-header' },
      h('h2', null, h('a', { href: groupPath(group.acronym) }, group.acronym)),
      overdueCount ? chip(`${overdueCount} overdue`, 'overdue') : null,
      lateReplies(group) ? chip(`${plural(lateReplies(group), 'reply', 'replies')} late`, 'overdue', 'Replies this group owes, past their deadline') : null,
      h('p', { class: 'card-subtitle' }, group.name),
    ),
    quiet
      ? null
      : [
          h(
            'div',
            { class: 'mini-stats' },
            h(
              'a',
              { class: `mini-stat${overdueCount ? ' overdue' : ''}`, href: followUpHref({ assignee: group.acronym, status: 'OPEN,IN_PROGRESS' }), 'data-figure': 'open-items' },
              h('strong', null, String(open)),
              h('span', null, open === 1 ? 'open action item' : 'open action items'),
            ),
            h(
              'a',
              { class: `mini-stat${sent.length + owed.length ? ' awaiting' : ''}`, href: `/dashboard/map?group=${encodeURIComponent(group.acronym)}`, 'data-figure': 'awaiting' },
              h('strong', null, String(sent.length + owed.length)),
              h('span', null, 'awaiting a reply'),
            ),
            replyFigure(group),
            h(
              'a',
              { class: 'mini-stat', href: '/dashboard/timeline', 'data-figure': 'reports' },
              h('strong', null, String(group.reports.totalCount)),
              h('span', null, group.reports.totalCount === 1 ? 'report owned' : 'reports owned'),
            ),
          ),
          items.length
            ? h(
                'section',
                { class: 'card-section' },
                h('h3', null, 'Open action items'),
                h(
                  'ul',
                  { class: 'item-list' },
                  items.slice(0, ITEMS_PER_CARD).map((item) =>
                    h(
                      'li',
                      { class: item.isOverdue ? 'overdue' : undefined },
                      h('span', { class: 'item-title' }, item.title),
                      h(
                        'span',
                        { class: 'meta' },
                        actionStatusChip(item.status, item.isOverdue),
                        dueText(item) ? h('span', { class: item.isOverdue ? 'due' : undefined }, dueText(item)) : null,
                        item.raisedBy ? h('span', null, `raised by outcome ${item.raisedBy.position}, ${item.raisedBy.meeting.title}`) : null,
                      ),
                    ),
                  ),
                ),
                open > ITEMS_PER_CARD
                  ? h('a', { class: 'more', href: followUpHref({ assignee: group.acronym, status: 'OPEN,IN_PROGRESS' }) }, `All ${open} in the follow-up list →`)
                  : null,
              )
            : null,
          sent.length || owed.length
            ? h(
                'section',
                { class: 'card-section' },
                h('h3', null, 'Liaisons awaiting a reply'),
                h(
                  'ul',
                  { class: 'item-list' },
                  owed.map((l) =>
                    h(
                      'li',
                      { class: `awaiting${l.replyOverdue ? ' overdue' : ''}` },
                      h('a', { href: liaisonPath(l.id) }, l.title),
                      h('span', { class: 'meta' }, `reply owed to ${l.fromGroup.acronym}`, l.deadline ? ` by ${formatPartialDate(l.deadline)}` : '', replyChip(l)),
                    ),
                  ),
                  sent.map((l) =>
                    h(
                      'li',
                      { class: 'awaiting' },
                      h('a', { href: liaisonPath(l.id) }, l.title),
                      h(
                        'span',
                        { class: 'meta' },
                        `sent to ${l.addressees.filter((a) => a.role === 'TO').map((a) => a.group.acronym).join(', ')}`,
                        l.deadline ? `, reply due ${formatPartialDate(l.deadline)}` : '',
                        replyChip(l),
                      ),
                    ),
                  ),
                ),
                h('a', { class: 'more', href: groupFollowUpPath(group.acronym) }, `What concerns ${group.acronym} →`),
              )
            : null,
          reports.length
            ? h(
                'section',
                { class: 'card-section' },
                h('h3', null, reports.length === 1 ? 'Next milestone of its report' : 'Next milestones of its reports'),
                h(
                  'ul',
                  { class: 'item-list' },
                  reports.map((r) => {
                    const next = r.nextMilestone;
                    return h(
                      'li',
                      { class: 'milestone', 'data-report': r.title },
                      next
                        ? h(
                            'span',
                            { class: 'item-title' },
                            `${label(next.kind)} in `,
                            h('a', { href: groupPath(next.group.acronym) }, next.group.acronym),
                            `, ${next.meeting ? `the ${next.meeting.title}` : formatPlanned(next.plannedFor)}`,
                          )
                        : h('span', { class: 'item-title muted' }, 'No milestone planned'),
                      h(
                        'span',
                        { class: 'meta' },
                        h('a', { href: '/dashboard/timeline' }, r.title),
                        chip(label(r.status), 'neutral'),
                        next ? milestoneStatusChip(next.status, next.plannedFor ?? next.meeting?.startsOn, today) : null,
                      ),
                    );
                  }),
                ),
              )
            : null,
        ],
  );
}

/** late and due-soon replies, both ways, as the API counts them; nothing when none */
function replyFigure(group: GroupNode): HTMLElement | null {
  const c = group.followUp.counts;
  const late = c.repliesItOwesOverdue + c.repliesOwedToItOverdue;
  const soon = c.repliesItOwesDueSoon + c.repliesOwedToItDueSoon;
  if (!late && !soon) return null;
  return h(
    'a',
    { class: `mini-stat${late ? ' overdue' : ' awaiting'}`, href: groupFollowUpPath(group.acronym), 'data-figure': 'replies-late' },
    h('strong', null, String(late || soon)),
    h('span', null, late ? (late === 1 ? 'reply late' : 'replies late') : 'due soon'),
  );
}

export async function overviewPage(): Promise<PageView> {
  const data = await query(DashboardOverviewDocument);
  const today = todayIso();
  const awaiting = data.awaitingReply.edges.map((e) => e.node);
  const overdueByGroup = new Map<string, number>();
  for (const { node } of data.overdue.edges) overdueByGroup.set(node.assignee.acronym, (overdueByGroup.get(node.assignee.acronym) ?? 0) + 1);

  const groups = data.groups.edges.map((e) => e.node);
  // groups with something overdue first, then the busiest; the API's acronym order breaks ties
  const late = (g: GroupNode) => (overdueByGroup.get(g.acronym) ?? 0) + lateReplies(g);
  const busy = groups
    .filter((g) => weight(g, awaiting) > 0)
    .sort((a, b) => late(b) - late(a) || weight(b, awaiting) - weight(a, awaiting));
  const quiet = groups.filter((g) => weight(g, awaiting) === 0);

  const overdueTotal = data.overdue.totalCount;
  return {
    title: 'Overview',
    view: h(
      'div',
      { class: 'page overview' },
      pageHeader('Follow-up at a glance', `What is open, who owes whom a reply, and where the reports go next — across ${plural(data.groups.totalCount, 'group')}.`),
      h(
        'section',
        { class: 'stats', 'aria-label': 'Totals' },
        stat(data.openTotal.totalCount, 'open action items', undefined, followUpHref({ status: 'OPEN,IN_PROGRESS' })),
        stat(overdueTotal, 'overdue', overdueTotal ? 'overdue' : 'calm', followUpHref({ overdue: 'true' })),
        stat(data.awaitingReply.totalCount, 'liaisons awaiting a reply', data.awaitingReply.totalCount ? 'awaiting' : 'calm', '/dashboard/map'),
        stat(data.repliesOverdue.totalCount, data.repliesOverdue.totalCount === 1 ? 'reply overdue' : 'replies overdue', data.repliesOverdue.totalCount ? 'overdue' : 'calm', `${followUpHref({ overdue: 'true' })}#replies`),
        stat(data.repliesDueSoon.totalCount, data.repliesDueSoon.totalCount === 1 ? 'reply due soon' : 'replies due soon', data.repliesDueSoon.totalCount ? 'awaiting' : 'calm', '/dashboard/follow-up#replies'),
        stat(data.reports.totalCount, data.reports.totalCount === 1 ? 'travelling report' : 'travelling reports', undefined, '/dashboard/timeline'),
      ),
      busy.length ? h('div', { class: 'card-grid' }, busy.map((g) => groupCard(g, awaiting, overdueByGroup.get(g.acronym) ?? 0, today))) : null,
      quiet.length
        ? [
            h('h2', { class: 'section-title' }, busy.length ? 'Nothing open' : 'Groups', h('span', { class: 'muted count' }, ` · ${plural(quiet.length, 'group')} with no open action items, no replies pending and no reports`)),
            h('div', { class: 'card-grid compact' }, quiet.map((g) => groupCard(g, awaiting, 0, today))),
          ]
        : null,
      groups.length ? null : empty('No groups recorded yet.'),
    ),
  };
}
