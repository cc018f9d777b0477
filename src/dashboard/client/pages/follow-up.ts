/**
 * Follow-up list: every action item across groups, narrowed by assignee, status and overdue (the
 * API filters), sorted by due date. Each row links to the outcome and meeting that raised it and
 * unfolds its source text. The filters live in the URL, so a filtered list can be shared.
 */
import { h, type Child } from '../dom.js';
import { query } from '../api.js';
import {
  FollowUpAssigneesDocument,
  FollowUpDocument,
  FollowUpRepliesDocument,
  type ActionItemFilter,
  type ActionStatus,
  type FollowUpQuery,
  type LiaisonFilter,
  type LiaisonSummaryFragment,
} from '../generated.js';
import { actionStatusChip, chip, empty, groupLink, liaisonRoute, pageHeader, replyChip, sourceDetails } from '../components.js';
import { formatDate, formatPartialDate, label, liaisonPath, meetingName, meetingPath, outcomePath, plural } from '../format.js';
import type { PageView } from '../page.js';

type Item = FollowUpQuery['actionItems']['edges'][number]['node'];

const STATUSES: ActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
const PAGE_SIZE = 100;
/** enough for any real follow-up list; past it the page says how many it left out */
const MAX_PAGES = 10;

interface Filters {
  assignee: string;
  status: ActionStatus[];
  overdue: '' | 'true' | 'false';
}

function readFilters(url: URL): Filters {
  const status = (url.searchParams.get('status') ?? '')
    .split(',')
    .filter((s): s is ActionStatus => (STATUSES as string[]).includes(s));
  const overdue = url.searchParams.get('overdue');
  return { assignee: url.searchParams.get('assignee') ?? '', status, overdue: overdue === 'true' || overdue === 'false' ? overdue : '' };
}

function filterUrl(f: Filters): string {
  const params = new URLSearchParams();
  if (f.assignee) params.set('assignee', f.assignee);
  if (f.status.length) params.set('status', f.status.join(','));
  if (f.overdue) params.set('overdue', f.overdue);
  const qs = params.toString();
  return `/dashboard/follow-up${qs ? `?${qs}` : ''}`;
}

function apiFilter(f: Filters): ActionItemFilter {
  return {
    assignee: f.assignee || undefined,
    status: f.status.length ? f.status : undefined,
    overdue: f.overdue === '' ? undefined : f.overdue === 'true',
  };
}

/** due date, else the due meeting's start; undated last */
function dueKey(item: Item): string {
  return item.dueOn ?? item.dueMeeting?.startsOn ?? '9999-12-31';
}

function dueCell(item: Item): HTMLElement {
  if (item.dueOn) return h('td', { class: 'due-cell' }, h('span', { class: 'date' }, formatPartialDate(item.dueOn)));
  if (item.dueMeeting)
    return h('td', { class: 'due-cell' }, 'at the ', h('a', { href: meetingPath(item.dueMeeting) }, meetingName(item.dueMeeting)), h('span', { class: 'muted date' }, formatDate(item.dueMeeting.startsOn)));
  return h('td', { class: 'due-cell muted' }, 'No date set');
}

type OutcomeRef = NonNullable<Item['raisedBy']>;

function outcomeLinks(outcome: OutcomeRef): Child[] {
  return [
    h('a', { href: outcomePath(outcome), class: 'outcome-link' }, `Outcome ${outcome.position}`),
    ` (${label(outcome.kind).toLowerCase()}) of the `,
    h('a', { href: meetingPath(outcome.meeting), class: 'meeting-link' }, meetingName(outcome.meeting)),
  ];
}

/** the outcome and meeting that raised the item, and the one that resolved it */
function outcomeCell(item: Item): HTMLElement {
  return h(
    'td',
    { class: 'outcome-cell' },
    item.raisedBy ? h('div', null, outcomeLinks(item.raisedBy)) : h('div', { class: 'muted' }, 'not recorded'),
    item.resolvedBy ? h('div', { class: 'resolved' }, h('span', { class: 'tag done' }, 'Resolved by'), ' ', outcomeLinks(item.resolvedBy)) : null,
  );
}

function row(item: Item): HTMLElement {
  return h(
    'tr',
    { class: item.isOverdue ? 'overdue' : item.status === 'DONE' || item.status === 'CANCELLED' ? 'closed' : undefined, 'data-action-item': item.id },
    dueCell(item),
    h('td', { class: 'title-cell' }, h('span', { class: 'item-title' }, item.title), sourceDetails(item.sources)),
    h('td', null, groupLink(item.assignee.acronym)),
    h('td', { class: 'status-cell' }, actionStatusChip(item.status, item.isOverdue)),
    outcomeCell(item),
  );
}

/** the replies still awaited, narrowed as the items are: who owes them, overdue or not */
function replyFilter(f: Filters): LiaisonFilter {
  return {
    awaitingReply: true,
    awaitingReplyFrom: f.assignee || undefined,
    replyOverdue: f.overdue === '' ? undefined : f.overdue === 'true',
  };
}

async function fetchReplies(filter: LiaisonFilter): Promise<{ replies: LiaisonSummaryFragment[]; total: number }> {
  const replies: LiaisonSummaryFragment[] = [];
  let after: string | null | undefined;
  let total = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = await query(FollowUpRepliesDocument, { filter, first: PAGE_SIZE, after });
    total = data.liaisons.totalCount;
    replies.push(...data.liaisons.edges.map((e) => e.node));
    if (!data.liaisons.pageInfo.hasNextPage) break;
    after = data.liaisons.pageInfo.endCursor;
  }
  return { replies, total };
}

/** one awaited reply: due date, liaison, who owes it (the TO addressees asked), state */
function replyRow(l: LiaisonSummaryFragment): HTMLElement {
  const owing = l.addressees.filter((a) => a.owesReply);
  return h(
    'tr',
    { class: l.replyOverdue ? 'overdue' : undefined, 'data-liaison-id': l.id },
    h('td', { class: 'due-cell' }, l.deadline ? h('span', { class: 'date' }, formatPartialDate(l.deadline)) : h('span', { class: 'muted' }, 'No deadline')),
    h('td', { class: 'title-cell' }, h('a', { href: liaisonPath(l.id), class: 'liaison-title' }, l.title), h('div', { class: 'meta' }, liaisonRoute(l))),
    h('td', { class: 'owed-cell' }, owing.map((a, i) => [i ? ', ' : '', groupLink(a.group.acronym)])),
    h('td', null, groupLink(l.fromGroup.acronym)),
    h('td', { class: 'status-cell' }, replyChip(l) ?? chip('Awaited', 'neutral')),
  );
}

/** late first: the earliest deadline is the latest reply; the API's order breaks ties */
function byDeadline(list: LiaisonSummaryFragment[]): LiaisonSummaryFragment[] {
  return list.map((l, i) => ({ l, i })).sort((a, b) => (a.l.deadline ?? '9999-12-31').localeCompare(b.l.deadline ?? '9999-12-31') || a.i - b.i).map((x) => x.l);
}

function repliesSection(replies: LiaisonSummaryFragment[], total: number): HTMLElement {
  const late = replies.filter((l) => l.replyOverdue).length;
  return h(
    'section',
    { class: 'replies', id: 'replies', 'aria-label': 'Liaison replies awaited' },
    h(
      'h2',
      { class: 'section-title' },
      'Liaison replies awaited',
      h('span', { class: 'muted count', 'data-figure': 'replies-count' }, ` · ${plural(total, 'reply', 'replies')}`),
      late ? [' ', chip(`${late} overdue`, 'overdue')] : null,
    ),
    replies.length
      ? h(
          'div',
          { class: 'table-wrap card' },
          h(
            'table',
            { class: 'follow-up-replies' },
            h(
              'thead',
              null,
              h('tr', null, h('th', { scope: 'col' }, 'Reply due'), h('th', { scope: 'col' }, 'Liaison'), h('th', { scope: 'col' }, 'Owed by'), h('th', { scope: 'col' }, 'Owed to'), h('th', { scope: 'col' }, 'State')),
            ),
            h('tbody', null, byDeadline(replies).map(replyRow)),
          ),
        )
      : empty('No liaison replies awaited match these filters.'),
  );
}

async function fetchAll(filter: ActionItemFilter): Promise<{ items: Item[]; total: number }> {
  const items: Item[] = [];
  let after: string | null | undefined;
  let total = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = await query(FollowUpDocument, { filter, first: PAGE_SIZE, after });
    total = data.actionItems.totalCount;
    items.push(...data.actionItems.edges.map((e) => e.node));
    if (!data.actionItems.pageInfo.hasNextPage) break;
    after = data.actionItems.pageInfo.endCursor;
  }
  return { items, total };
}

export async function followUpPage(url: URL): Promise<PageView> {
  const filters = readFilters(url);
  const assignees = (await query(FollowUpAssigneesDocument)).groups.edges.map((e) => e.node);

  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  let ticket = 0;

  async function load(f: Filters): Promise<boolean> {
    const mine = ++ticket;
    results.setAttribute('aria-busy', 'true');
    let content: Node;
    try {
      const [{ items, total }, awaited] = await Promise.all([fetchAll(apiFilter(f)), fetchReplies(replyFilter(f))]);
      // sorted by due date; the API's order (oldest first) breaks ties
      const sorted = items.map((item, i) => ({ item, i })).sort((a, b) => dueKey(a.item).localeCompare(dueKey(b.item)) || a.i - b.i).map((x) => x.item);
      const overdue = items.filter((i) => i.isOverdue).length;
      content = h(
        'div',
        null,
        h(
          'p',
          { class: 'result-count' },
          h('strong', { 'data-figure': 'count' }, plural(total, 'action item')),
          overdue ? [' · ', chip(`${overdue} overdue`, 'overdue')] : null,
          total > items.length ? h('span', { class: 'muted' }, ` (showing the first ${items.length})`) : null,
        ),
        sorted.length
          ? h(
              'div',
              { class: 'table-wrap card' },
              h(
                'table',
                { class: 'follow-up' },
                h(
                  'thead',
                  null,
                  h('tr', null, h('th', { scope: 'col' }, 'Due'), h('th', { scope: 'col' }, 'Action item'), h('th', { scope: 'col' }, 'Owed by'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Raised by')),
                ),
                h('tbody', null, sorted.map(row)),
              ),
            )
          : empty('No action items match these filters.'),
        repliesSection(awaited.replies, awaited.total),
      );
    } catch (error) {
      content = h('p', { class: 'notice error', role: 'alert' }, error instanceof Error ? error.message : String(error));
    }
    if (mine !== ticket) return false;
    results.replaceChildren(content);
    results.removeAttribute('aria-busy');
    return true;
  }

  const current: Filters = { ...filters, status: [...filters.status] };
  const changed = async () => {
    history.replaceState(null, '', filterUrl(current));
    document.body.dataset.state = 'loading';
    // the first load is the router's to announce; a filter change announces its own
    if (await load(current)) document.body.dataset.state = 'ready';
  };

  const assigneeSelect = h(
    'select',
    { id: 'filter-assignee', name: 'assignee', onchange: (e) => ((current.assignee = (e.target as HTMLSelectElement).value), void changed()) },
    h('option', { value: '' }, 'Anyone'),
    assignees.map((g) => h('option', { value: g.acronym, selected: g.acronym.toLowerCase() === filters.assignee.toLowerCase() }, `${g.acronym} — ${g.name}`)),
  );
  const statusBoxes = STATUSES.map((st) =>
    h(
      'label',
      { class: 'toggle' },
      h('input', {
        type: 'checkbox',
        name: 'status',
        value: st,
        checked: filters.status.includes(st),
        onchange: (e) => {
          const box = e.target as HTMLInputElement;
          current.status = box.checked ? [...current.status, st] : current.status.filter((x) => x !== st);
          current.status.sort((a, b) => STATUSES.indexOf(a) - STATUSES.indexOf(b));
          void changed();
        },
      }),
      h('span', null, label(st)),
    ),
  );
  const overdueSelect = h(
    'select',
    { id: 'filter-overdue', name: 'overdue', onchange: (e) => ((current.overdue = (e.target as HTMLSelectElement).value as Filters['overdue']), void changed()) },
    h('option', { value: '', selected: filters.overdue === '' }, 'Overdue or not'),
    h('option', { value: 'true', selected: filters.overdue === 'true' }, 'Overdue only'),
    h('option', { value: 'false', selected: filters.overdue === 'false' }, 'Not overdue'),
  );

  await load(filters);

  return {
    title: 'Follow-up list',
    view: h(
      'div',
      { class: 'page follow-up-page' },
      pageHeader(
        'Follow-up list',
        'Every action item the meetings raised, across groups, by due date, and the liaison replies still awaited, late first. Open a row’s source text to see the sentence it comes from.',
      ),
      h(
        'form',
        { class: 'filters card', role: 'search', 'aria-label': 'Filter action items', onsubmit: (e) => e.preventDefault() },
        h('div', { class: 'filter' }, h('label', { for: 'filter-assignee' }, 'Owed by'), assigneeSelect),
        h('fieldset', { class: 'filter' }, h('legend', null, 'Status'), h('div', { class: 'toggles' }, statusBoxes)),
        h('div', { class: 'filter' }, h('label', { for: 'filter-overdue' }, 'Overdue'), overdueSelect),
        h('a', { class: 'clear', href: '/dashboard/follow-up' }, 'Clear filters'),
      ),
      results,
    ),
  };
}
