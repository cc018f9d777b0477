/** Pieces several pages share: chips, a liaison row, a source excerpt, an empty state. */
import { h, type Child } from './dom.js';
import type { LiaisonSummaryFragment, SourceTextFragment } from './generated.js';
import { documentPath, formatDate, groupPath, periodEnd, label, liaisonClass, LIAISON_CLASS_LABEL, liaisonPath } from './format.js';

/** a small coloured label; `tone` picks the colour */
export function chip(text: string, tone = 'neutral', title?: string): HTMLElement {
  return h('span', { class: `chip chip-${tone}`, title }, text);
}

const ACTION_TONE: Record<string, string> = { OPEN: 'open', IN_PROGRESS: 'progress', DONE: 'done', CANCELLED: 'neutral' };

export function actionStatusChip(status: string, isOverdue: boolean): Child[] {
  return [chip(label(status), ACTION_TONE[status] ?? 'neutral'), isOverdue ? chip('Overdue', 'overdue') : null];
}

export function milestoneStatusChip(status: string, plannedFor: string | null | undefined, today: string): Child[] {
  const passed = status === 'PLANNED' && !!plannedFor && periodEnd(plannedFor) < today;
  const tone = status === 'DONE' ? 'done' : status === 'SLIPPED' ? 'overdue' : status === 'CANCELLED' ? 'neutral' : 'open';
  return [
    chip(label(status), tone),
    passed ? chip('Date passed', 'warning', 'Still planned, but the planned period is over and no outcome is recorded') : null,
  ];
}

export function groupLink(acronym: string): HTMLElement {
  return h('a', { href: groupPath(acronym), class: 'group-link' }, acronym);
}

/** "CWG-COP → ITU-D SG2 Q3/2 (cc BDT)" */
export function liaisonRoute(l: LiaisonSummaryFragment): HTMLElement {
  const to = l.addressees.filter((a) => a.role === 'TO');
  const cc = l.addressees.filter((a) => a.role === 'CC');
  return h(
    'span',
    { class: 'route' },
    groupLink(l.fromGroup.acronym),
    ' → ',
    to.map((a, i) => [i ? ', ' : '', groupLink(a.group.acronym)]),
    cc.length ? [' (cc ', cc.map((a, i) => [i ? ', ' : '', groupLink(a.group.acronym)]), ')'] : null,
  );
}

export function liaisonClassChip(l: LiaisonSummaryFragment): HTMLElement {
  const cls = liaisonClass(l);
  return chip(LIAISON_CLASS_LABEL[cls], `liaison-${cls}`);
}

/** "Reply overdue" in red, "Reply due soon" in amber, as the API derives them; nothing otherwise */
export function replyChip(l: Pick<LiaisonSummaryFragment, 'replyOverdue' | 'replyDueSoon'>): HTMLElement | null {
  if (l.replyOverdue) return chip('Reply overdue', 'overdue', 'The deadline has passed and no reply has gone out');
  if (l.replyDueSoon) return chip('Reply due soon', 'warning', 'No reply yet, and the deadline is close');
  return null;
}

/** a document's symbol, linking to its page; its title after */
export function documentLink(d: { id: string; symbol: string; title: string }): HTMLElement {
  return h('span', { class: 'document-ref' }, h('a', { href: documentPath(d.id), class: 'document-link' }, d.symbol), ` — ${d.title}`);
}

/** one liaison in a list: title (links to its page), route, class, purpose, dates */
export function liaisonRow(l: LiaisonSummaryFragment): HTMLElement {
  return h(
    'li',
    { class: 'liaison-row', 'data-liaison-id': l.id },
    h('a', { href: liaisonPath(l.id), class: 'liaison-title' }, l.title),
    h(
      'div',
      { class: 'meta' },
      liaisonRoute(l),
      liaisonClassChip(l),
      // the purpose, unless the colour already says it
      label(l.purpose) !== LIAISON_CLASS_LABEL[liaisonClass(l)] ? chip(label(l.purpose), 'neutral') : null,
      l.sentOn ? h('span', null, `sent ${formatDate(l.sentOn)}`) : null,
      l.deadline ? h('span', { class: l.awaitingReply ? 'due' : undefined }, `reply by ${formatDate(l.deadline)}`) : null,
      replyChip(l),
      l.reference ? h('span', { class: 'muted' }, l.reference) : null,
    ),
  );
}

/** the verbatim sentence(s) a fact comes from, folded */
export function sourceDetails(sources: SourceTextFragment[], summary = 'Source text', open = false): HTMLElement | null {
  if (!sources.length) return null;
  return h(
    'details',
    { class: 'sources', open },
    h('summary', null, `${summary} (${sources.length})`),
    sources.map((src) =>
      h(
        'figure',
        { class: 'source' },
        h('blockquote', null, src.excerpt),
        h(
          'figcaption',
          null,
          documentLink(src.document),
          src.document.url ? [' (', h('a', { href: src.document.url, rel: 'noopener' }, 'original'), ')'] : null,
          src.note ? h('p', { class: 'note' }, src.note) : null,
        ),
      ),
    ),
  );
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

/** a big figure with its caption, for summary strips */
export function stat(value: number | string, caption: string, tone?: string, href?: string): HTMLElement {
  const body = [h('span', { class: 'stat-value' }, String(value)), h('span', { class: 'stat-caption' }, caption)];
  return href
    ? h('a', { class: `stat${tone ? ` stat-${tone}` : ''}`, href }, body)
    : h('div', { class: `stat${tone ? ` stat-${tone}` : ''}` }, body);
}

export function pageHeader(title: string, lead?: Child, ...extra: Child[]): HTMLElement {
  return h('header', { class: 'page-header' }, h('h1', null, title), lead ? h('p', { class: 'lead' }, lead) : null, extra);
}
