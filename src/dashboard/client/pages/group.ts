/**
 * Group page: who the group is, its meetings with attendance and what each decided (in order),
 * the liaisons it sent and received, the reports it owns and the action items it owes.
 */
import { h } from '../dom.js';
import { query } from '../api.js';
import { GroupPageDocument, type GroupPageQuery } from '../generated.js';
import { actionStatusChip, chip, empty, groupLink, liaisonRow, milestoneStatusChip, pageHeader, stat } from '../components.js';
import { formatPartialDate, formatMeetingDates, formatPlanned, groupFollowUpPath, groupPath, label, liaisonPath, meetingName, ordinal, todayIso } from '../format.js';
import { groupMandatesPath } from './group-mandates.js';
import type { PageView } from '../page.js';
import { groupHistoryPath, topicChip } from '../browse.js';

type Group = NonNullable<GroupPageQuery['group']>;
type Meeting = Group['meetings']['edges'][number]['node'];

function attendance(meetings: Meeting[]): HTMLElement | null {
  const counted = meetings.filter((m) => m.participantCount != null);
  if (!counted.length) return null;
  const max = Math.max(...counted.map((m) => m.participantCount!));
  return h(
    'section',
    { class: 'card attendance' },
    h('h2', null, 'Attendance'),
    h(
      'ul',
      { class: 'bars' },
      counted.map((m) => {
        const bar = h('span', { class: 'bar-fill' });
        // a CSSOM width, not a style attribute: the page's CSP allows no inline styles
        bar.style.width = `${Math.max(2, (m.participantCount! / max) * 100)}%`;
        return h(
          'li',
          { 'data-meeting': m.number ?? m.title },
          h('a', { class: 'bar-label', href: `#meeting-${m.id}` }, m.number ? `${ordinal(m.number)} meeting` : m.title),
          h('span', { class: 'bar' }, bar),
          h('span', { class: 'bar-value', 'data-figure': 'participants' }, String(m.participantCount)),
        );
      }),
    ),
    h('p', { class: 'muted' }, 'Participants per meeting, as the meeting records state.'),
  );
}

function meetingSection(m: Meeting, acronym: string): HTMLElement {
  return h(
    'article',
    { class: 'card meeting', id: `meeting-${m.id}`, 'data-meeting': m.number ?? m.title },
    h(
      'header',
      { class: 'meeting-header' },
      h('div', null, h('h3', null, m.number ? `${ordinal(m.number)} meeting` : m.title), h('p', { class: 'card-subtitle' }, m.title)),
      m.participantCount != null ? h('div', { class: 'participants' }, h('strong', { 'data-figure': 'participants' }, String(m.participantCount)), h('span', null, 'participants')) : null,
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'When'),
      h('dd', null, formatMeetingDates(m)),
      h('dt', null, 'Where'),
      h('dd', null, [m.location ?? 'not recorded', ` · ${label(m.format)}`]),
      m.topics.length ? [h('dt', null, 'Topics'), h('dd', { class: 'chips' }, m.topics.map((t) => topicChip(t)))] : null,
    ),
    h('h4', null, `Outcomes (${m.outcomes.length})`),
    m.outcomes.length
      ? h(
          'ol',
          { class: 'outcomes' },
          m.outcomes.map((o) =>
            h(
              'li',
              { id: `outcome-${o.id}`, value: o.position },
              h('div', { class: 'outcome-head' }, chip(label(o.kind), 'kind'), o.topics.map((t) => topicChip(t))),
              h('p', { class: 'outcome-text' }, o.text),
              o.actionItems.length || o.liaisons.length || o.resolvedActionItems.length
                ? h(
                    'ul',
                    { class: 'consequences' },
                    o.actionItems.map((a) =>
                      h('li', { class: a.isOverdue ? 'overdue' : undefined }, h('span', { class: 'tag' }, 'Action'), ' ', a.title, ' — ', groupLink(a.assignee.acronym), ' ', actionStatusChip(a.status, a.isOverdue)),
                    ),
                    o.resolvedActionItems.map((a) => h('li', null, h('span', { class: 'tag done' }, 'Resolves'), ' ', a.title)),
                    o.liaisons.map((l) => h('li', null, h('span', { class: 'tag' }, 'Liaison'), ' ', h('a', { href: liaisonPath(l.id) }, l.title))),
                  )
                : null,
            ),
          ),
        )
      : empty(`No outcomes recorded for this ${acronym} meeting.`),
  );
}

export async function groupPage(acronym: string): Promise<PageView> {
  const { group } = await query(GroupPageDocument, { acronym });
  if (!group) {
    return {
      title: 'Unknown group',
      view: h('section', { class: 'notice' }, h('h1', null, `No group is called “${acronym}”`), h('p', null, h('a', { href: '/dashboard' }, 'Back to the overview'))),
    };
  }
  const today = todayIso();
  const meetings = group.meetings.edges.map((e) => e.node);
  const sent = group.sent.edges.map((e) => e.node);
  const received = group.received.edges.map((e) => e.node);
  const items = group.actionItems.edges.map((e) => e.node);
  const open = items.filter((i) => i.status === 'OPEN' || i.status === 'IN_PROGRESS');
  const reports = group.reports.edges.map((e) => e.node);

  return {
    title: group.acronym,
    view: h(
      'div',
      { class: 'page group-page', 'data-group': group.acronym },
      pageHeader(
        group.acronym,
        group.name,
        h(
          'p',
          { class: 'group-facts' },
          chip(label(group.kind), 'neutral'),
          chip(label(group.sector), 'neutral'),
          group.parent ? h('span', null, 'part of ', groupLink(group.parent.acronym)) : null,
          group.subgroups.length ? h('span', null, 'subgroups: ', group.subgroups.map((g, i) => [i ? ', ' : '', groupLink(g.acronym)])) : null,
          group.aliases.length ? h('span', { class: 'muted' }, `also written ${group.aliases.join(', ')}`) : null,
        ),
      ),
      h(
        'section',
        { class: 'stats' },
        stat(group.meetings.totalCount, group.meetings.totalCount === 1 ? 'meeting' : 'meetings', undefined, meetings.length ? `#meeting-${meetings[0]!.id}` : undefined),
        stat(open.length, 'open action items owed', open.some((i) => i.isOverdue) ? 'overdue' : undefined, `/dashboard/follow-up?assignee=${encodeURIComponent(group.acronym)}`),
        stat(group.sent.totalCount, 'liaisons sent', undefined, '#liaisons'),
        stat(group.received.totalCount, 'liaisons received', undefined, '#liaisons'),
      ),
      h('p', { class: 'follow-up-link' }, h('a', { href: groupFollowUpPath(group.acronym) }, `What concerns ${group.acronym}: replies owed, open items, what came in, what comes next →`)),
      h('p', { class: 'history-link' }, h('a', { href: groupHistoryPath(group.acronym) }, `History of changes to ${group.acronym}'s meetings, liaisons, items and reports →`)),
      h('p', { class: 'mandates-link' }, h('a', { href: groupMandatesPath(group.acronym) }, `Mandates of ${group.acronym}: what the resolutions ask of it, and the evidence →`)),
      h(
        'div',
        { class: 'two-columns' },
        group.officers.length || group.mandates.length
          ? h(
              'section',
              { class: 'card about' },
              group.officers.length ? [h('h2', null, 'Officers'), h('ul', { class: 'plain' }, group.officers.map((o) => h('li', null, h('strong', null, o.role), ` — ${o.name}`)))] : null,
              group.mandates.length ? [h('h2', null, 'Mandate'), h('ul', { class: 'plain' }, group.mandates.map((m) => h('li', null, m)))] : null,
            )
          : null,
        attendance(meetings),
      ),
      h('h2', { class: 'section-title' }, `Meetings (${group.meetings.totalCount})`),
      meetings.length ? meetings.map((m) => meetingSection(m, group.acronym)) : empty('No meetings recorded.'),
      h('h2', { class: 'section-title', id: 'liaisons' }, 'Liaisons'),
      h(
        'div',
        { class: 'two-columns' },
        h('section', { class: 'card', 'data-direction': 'sent' }, h('h3', null, `Sent (${group.sent.totalCount})`), sent.length ? h('ul', { class: 'liaison-list' }, sent.map(liaisonRow)) : empty('None recorded.')),
        h('section', { class: 'card', 'data-direction': 'received' }, h('h3', null, `Received (${group.received.totalCount})`), received.length ? h('ul', { class: 'liaison-list' }, received.map(liaisonRow)) : empty('None recorded.')),
      ),
      h('h2', { class: 'section-title' }, 'Follow-up'),
      h(
        'div',
        { class: 'two-columns' },
        h(
          'section',
          { class: 'card' },
          h('h3', null, `Action items it owes (${group.actionItems.totalCount})`),
          items.length
            ? h(
                'ul',
                { class: 'item-list' },
                items.map((i) =>
                  h(
                    'li',
                    { class: i.isOverdue ? 'overdue' : i.status === 'DONE' || i.status === 'CANCELLED' ? 'closed' : undefined },
                    h('span', { class: 'item-title' }, i.title),
                    h(
                      'span',
                      { class: 'meta' },
                      actionStatusChip(i.status, i.isOverdue),
                      i.dueOn ? `due ${formatPartialDate(i.dueOn)}` : i.dueMeeting ? `due at the ${meetingName(i.dueMeeting)}` : null,
                    ),
                  ),
                ),
              )
            : empty('None.'),
        ),
        h(
          'section',
          { class: 'card' },
          h('h3', null, `Reports it owns (${group.reports.totalCount})`),
          reports.length
            ? h(
                'ul',
                { class: 'item-list' },
                reports.map((r) =>
                  h(
                    'li',
                    null,
                    h('a', { class: 'item-title', href: '/dashboard/timeline' }, r.title),
                    h(
                      'span',
                      { class: 'meta' },
                      chip(label(r.status), 'neutral'),
                      r.nextMilestone
                        ? [
                            `next: ${label(r.nextMilestone.kind).toLowerCase()} in `,
                            h('a', { href: groupPath(r.nextMilestone.group.acronym) }, r.nextMilestone.group.acronym),
                            `, ${formatPlanned(r.nextMilestone.plannedFor)}`,
                            milestoneStatusChip(r.nextMilestone.status, r.nextMilestone.plannedFor, today),
                          ]
                        : 'no milestone planned',
                    ),
                  ),
                ),
              )
            : empty('None.'),
        ),
      ),
    ),
  };
}
