/**
 * A group's history of changes (/dashboard/groups/<acronym>/history): every recorded write to
 * its objects, oldest first as the API pages them, 50 a page: who, when, what, before and after.
 */
import { h } from '../dom.js';
import { query } from '../api.js';
import { GroupHistoryDocument, type GroupHistoryQuery } from '../generated.js';
import { chip, groupLink, pageHeader } from '../components.js';
import { label, plural } from '../format.js';
import { groupHistoryPath, objectLink, type Linkable } from '../browse.js';
import type { PageView } from '../page.js';

type Change = GroupHistoryQuery['changes']['edges'][number]['node'];

/** a recorded value as a person reads it: text as is, lists joined, nothing as "—" */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ') : '—';
  return JSON.stringify(value);
}

const ACTION_TONE: Record<string, string> = { CREATE: 'done', UPDATE: 'progress', STATUS: 'open', TAG: 'topic' };

function changeRow(c: Change): HTMLElement {
  const before = (c.before ?? {}) as Record<string, unknown>;
  const after = (c.after ?? {}) as Record<string, unknown>;
  const at = new Date(c.at);
  return h(
    'li',
    { class: 'change', 'data-action': c.action },
    h(
      'div',
      { class: 'change-head' },
      h('time', { datetime: c.at }, `${at.toISOString().slice(0, 10)} ${at.toISOString().slice(11, 16)} UTC`),
      ' ',
      chip(label(c.action), ACTION_TONE[c.action] ?? 'neutral'),
      ' ',
      label(c.objectType),
      ' ',
      c.object ? objectLink(c.object as Linkable) : h('span', { class: 'muted' }, '(not shown)'),
      h('span', { class: 'muted' }, ` by ${c.by.label} (${label(c.by.role)})`),
    ),
    c.note ? h('p', { class: 'note' }, c.note) : null,
    h(
      'table',
      { class: 'change-fields' },
      h('thead', null, h('tr', null, h('th', null, 'Field'), c.action === 'CREATE' ? null : h('th', null, 'Before'), h('th', null, c.action === 'CREATE' ? 'Value' : 'After'))),
      h('tbody', null, c.fields.map((f) => h('tr', null, h('th', { scope: 'row' }, f), c.action === 'CREATE' ? null : h('td', null, shown(before[f])), h('td', null, shown(after[f]))))),
    ),
  );
}

export async function groupHistoryPage(acronym: string, url: URL): Promise<PageView> {
  const after = url.searchParams.get('after');
  const { group, changes } = await query(GroupHistoryDocument, { acronym, after });
  if (!group) {
    return { title: 'Unknown group', view: h('section', { class: 'notice' }, h('h1', null, 'No such group'), h('p', null, h('a', { href: '/dashboard' }, 'Back to the overview'))) };
  }
  const base = groupHistoryPath(group.acronym);
  return {
    title: `${group.acronym}: history`,
    view: h(
      'div',
      { class: 'page group-history-page', 'data-group': group.acronym },
      pageHeader(`History of ${group.acronym}`, ['Every recorded change to what ', groupLink(group.acronym), ` does: ${plural(changes.totalCount, 'change')}, oldest first`]),
      changes.edges.length
        ? h('section', { class: 'card' }, h('ol', { class: 'plain changes' }, changes.edges.map((e) => changeRow(e.node))))
        : h('section', { class: 'card' }, h('p', { class: 'muted' }, 'No change recorded.')),
      h(
        'p',
        { class: 'pager' },
        changes.pageInfo.hasPreviousPage ? h('a', { href: base }, '← First page') : null,
        ' ',
        changes.pageInfo.hasNextPage && changes.pageInfo.endCursor ? h('a', { href: `${base}?after=${encodeURIComponent(changes.pageInfo.endCursor)}`, rel: 'next' }, 'Next changes →') : null,
      ),
    ),
  };
}
