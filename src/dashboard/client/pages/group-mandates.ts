/**
 * A group's mandates (/dashboard/groups/<acronym>/mandates): each resolution clause that asks the
 * group to act, with its source sentence, the status the graph shows (derived by the API's one
 * rule, src/mandate/mandate.rules.ts) and links to the evidence and to what is missing.
 */
import { h } from '../dom.js';
import { query } from '../api.js';
import { GroupMandatesDocument, type GroupMandatesQuery } from '../generated.js';
import { chip, empty, groupLink, pageHeader, sourceDetails } from '../components.js';
import { formatDate, label } from '../format.js';
import { objectLink, type Linkable } from '../browse.js';
import type { PageView } from '../page.js';

type Clause = NonNullable<GroupMandatesQuery['group']>['clauses'][number];

const STATUS_TONE: Record<string, string> = { MET: 'done', PARTLY: 'progress', NO_EVIDENCE: 'overdue', NOT_CHECKABLE: 'neutral' };

export function groupMandatesPath(acronym: string): string {
  return `/dashboard/groups/${encodeURIComponent(acronym)}/mandates`;
}

function links(nodes: Clause['coverage']['evidence']): HTMLElement {
  return h('ul', { class: 'plain' }, nodes.map((n) => h('li', null, objectLink(n as Linkable))));
}

function clauseCard(c: Clause): HTMLElement {
  const { status, since, rule, evidence, missing } = c.coverage;
  const resolution = `Resolution ${c.resolution.number}${c.resolution.revision ? ` (${c.resolution.revision})` : ''}`;
  return h(
    'li',
    { class: 'card clause', 'data-status': status, 'data-ask': c.ask },
    h(
      'div',
      { class: 'clause-head' },
      chip(label(status), STATUS_TONE[status] ?? 'neutral'),
      ' ',
      h('strong', null, `${resolution}, clause ${c.position}`),
      ' ',
      h('span', { class: 'muted' }, `${label(c.ask)}${c.target ? ` ${c.target.acronym}` : ''}${c.constituency ? ` (${c.constituency})` : ''}`),
    ),
    h('blockquote', { class: 'clause-text' }, c.text),
    status === 'NO_EVIDENCE' ? h('p', { class: 'since' }, since ? `No evidence in the graph since ${formatDate(since)}.` : 'No evidence in the graph.') : null,
    h('p', { class: 'muted rule' }, rule),
    evidence.length ? h('div', { class: 'evidence' }, h('h3', null, 'Evidence'), links(evidence)) : null,
    missing.length ? h('div', { class: 'missing' }, h('h3', null, 'Not carried out here'), links(missing)) : null,
    sourceDetails(c.sources),
  );
}

export async function groupMandatesPage(acronym: string): Promise<PageView> {
  const { group } = await query(GroupMandatesDocument, { acronym });
  if (!group) {
    return { title: 'Unknown group', view: h('section', { class: 'notice' }, h('h1', null, 'No such group'), h('p', null, h('a', { href: '/dashboard' }, 'Back to the overview'))) };
  }
  return {
    title: `${group.acronym}: mandates`,
    view: h(
      'div',
      { class: 'page group-mandates-page', 'data-group': group.acronym },
      pageHeader(`Mandates of ${group.acronym}`, ['What the resolutions ask ', groupLink(group.acronym), ' to do, and what the graph shows of it']),
      group.clauses.length
        ? h('ol', { class: 'plain clauses' }, group.clauses.map(clauseCard))
        : h('section', { class: 'card' }, empty('No resolution clause addresses this group.'), group.mandates.length ? h('ul', { class: 'plain' }, group.mandates.map((m) => h('li', null, m))) : null),
    ),
  };
}
