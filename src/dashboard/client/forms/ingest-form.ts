/**
 * /dashboard/record/document: a report or a liaison statement in, reviewed facts out. The
 * document (uploaded or pasted) is drafted by the API (draftFacts) and shown beside its text,
 * each excerpt highlighted; a person accepts, edits or rejects each fact, and the accepted ones
 * are applied in one transaction (applyFacts). Facts the graph already holds are shown as such
 * and cannot be chosen. Nothing is written before "Apply". SECRETARIAT and ADMIN only: a
 * document's facts span groups.
 */
import { h, type Child } from '../dom.js';
import { ApiError, mutateAt } from '../api.js';
import { ApplyDocumentFactsDocument, DraftDocumentFactsDocument, type DraftDocumentFactsMutation, type FormUserErrorFragment } from '../generated.js';
import { label } from '../format.js';
import type { PageView } from '../page.js';
import { field, formPage, input, select, savedNotice } from './kit.js';

/** the ingestion endpoint: /graphql refuses bodies over 100 kB */
const INGEST_ENDPOINT = '/graphql/ingest';
/** as the server's INGEST_MAX_BYTES: larger files are refused here before they are sent */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

type Draft = NonNullable<NonNullable<DraftDocumentFactsMutation['draftFacts']>['draft']>;
type DraftFact = Draft['facts'][number];
type Decision = 'accepted' | 'rejected' | 'undecided';
interface Reviewed {
  fact: DraftFact;
  decision: Decision;
  values: Record<string, unknown>;
  /** the excerpt marks in the text this fact cites */
  marks: HTMLElement[];
}

const KIND_ORDER = ['MEETING', 'OUTCOME', 'ACTION_ITEM', 'LIAISON', 'MILESTONE'];
const KIND_TITLES: Record<string, string> = {
  MEETING: 'Meetings',
  OUTCOME: 'Outcomes',
  ACTION_ITEM: 'Action items',
  LIAISON: 'Liaisons',
  MILESTONE: 'Report milestones',
};
/** the API's DocumentKind (the input takes it as a string) */
const DOCUMENT_KINDS = ['REPORT', 'SUMMARY_REPORT', 'LIAISON_STATEMENT', 'CONTRIBUTION', 'INFORMATION_DOCUMENT', 'CONCEPT_NOTE', 'RESOLUTION', 'OTHER'];

/** bytes to base64, in chunks (String.fromCharCode takes a bounded number of arguments) */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function errorList(errors: readonly (Omit<FormUserErrorFragment, 'code'> & { code: string })[]): HTMLElement {
  return h(
    'section',
    { class: 'notice error', role: 'alert', 'data-errors': '' },
    h('p', null, 'The API refused this:'),
    h('ul', null, errors.map((e) => h('li', null, e.field ? h('code', null, e.field) : null, e.field ? ' ' : null, e.message, h('span', { class: 'muted' }, ` (${e.code})`)))),
  );
}

/**
 * The document's text with each cited excerpt marked. Excerpts are verbatim, so each is found by
 * its first occurrence; one sentence cited by several facts is one mark shared by them.
 */
function textView(text: string, reviewed: Reviewed[]): HTMLElement {
  const ranges: { start: number; end: number; facts: Reviewed[] }[] = [];
  for (const r of reviewed) {
    for (const source of r.fact.sources) {
      const start = text.indexOf(source.excerpt);
      if (start < 0) continue;
      const end = start + source.excerpt.length;
      const same = ranges.find((x) => x.start === start && x.end === end);
      if (same) same.facts.push(r);
      else ranges.push({ start, end, facts: [r] });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Child[] = [];
  let at = 0;
  ranges.forEach((range, i) => {
    // a range inside one already marked is shown by that mark
    if (range.start < at) {
      for (const r of range.facts) {
        const holder = pieces.at(-1);
        if (holder instanceof HTMLElement) r.marks.push(holder);
      }
      return;
    }
    pieces.push(text.slice(at, range.start));
    const mark = h('mark', { class: 'excerpt', id: `excerpt-${i + 1}`, 'data-excerpt': String(i + 1) }, text.slice(range.start, range.end));
    for (const r of range.facts) r.marks.push(mark);
    pieces.push(mark);
    at = range.end;
  });
  pieces.push(text.slice(at));
  return h('div', { class: 'document-text', 'data-document-text': '', tabindex: '0' }, pieces);
}

/** show where a fact was read: its marks lit, the first scrolled into view */
function reveal(r: Reviewed, all: Reviewed[]): void {
  for (const other of all) for (const mark of other.marks) mark.classList.remove('active');
  for (const mark of r.marks) mark.classList.add('active');
  r.marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** a fact's fields, editable: scalars as inputs, lists and objects as JSON (sources are kept as drafted) */
function editor(r: Reviewed, onChange: () => void): HTMLElement {
  const rows = Object.entries(r.values)
    .filter(([name]) => !['kind', 'key', 'sources'].includes(name))
    .map(([name, value]) => {
      const structured = value !== null && typeof value === 'object';
      const control = structured
        ? h('textarea', { rows: '3', 'data-json': '' }, JSON.stringify(value))
        : input({ value: value === undefined || value === null ? '' : String(value) });
      const error = h('p', { class: 'field-error', hidden: true });
      control.addEventListener('change', () => {
        error.hidden = true;
        const raw = control.value.trim();
        try {
          if (structured) r.values[name] = JSON.parse(raw);
          else if (typeof value === 'number') r.values[name] = raw === '' ? undefined : Number(raw);
          else r.values[name] = raw === '' ? undefined : raw;
          if (typeof value === 'number' && Number.isNaN(r.values[name])) throw new Error('not a number');
        } catch {
          error.textContent = structured ? 'Not valid JSON: the previous value is kept.' : 'Not a number: the previous value is kept.';
          error.hidden = false;
          r.values[name] = value;
        }
        onChange();
      });
      return h('div', { class: 'field', 'data-field': name }, h('label', null, name, control), error);
    });
  return h('div', { class: 'fact-editor', hidden: true }, rows);
}

function factSummary(fact: DraftFact): string {
  const v = fact.values as Record<string, unknown>;
  switch (fact.kind) {
    case 'OUTCOME':
      return `${label(String(v.outcomeKind ?? ''))}: ${String(v.text ?? '')}`;
    case 'ACTION_ITEM':
      return `${String(v.title ?? '')} → ${String(v.assignee ?? '')}${v.dueOn ? `, by ${String(v.dueOn)}` : ''}`;
    case 'LIAISON':
      return `${String(v.from ?? '')} → ${((v.to as { group: string; purpose: string }[] | undefined) ?? []).map((t) => `${t.group} (${label(t.purpose)})`).join(', ')}`;
    case 'MILESTONE':
      return `${label(String(v.milestoneKind ?? ''))} in ${String(v.group ?? '')}${v.plannedFor ? `, ${String(v.plannedFor)}` : ''}${v.reportKey ? ` (report ${String(v.reportKey)})` : ''}`;
    default:
      return [v.startsOn && `${String(v.startsOn)} to ${String(v.endsOn ?? '?')}`, v.location, v.format && label(String(v.format)), v.participantCount && `${String(v.participantCount)} participants`]
        .filter(Boolean)
        .join(' · ');
  }
}

/** where to see what a fact wrote, once applied */
function factLink(fact: DraftFact): HTMLElement | null {
  const v = fact.values as Record<string, unknown>;
  const group = fact.kind === 'MEETING' ? String(v.group) : fact.kind === 'OUTCOME' ? String(v.meeting).split('#')[0] : fact.kind === 'ACTION_ITEM' ? String(v.assignee) : fact.kind === 'LIAISON' ? String(v.from) : null;
  if (fact.kind === 'MILESTONE') return h('a', { href: '/dashboard/timeline' }, `${fact.key} on the report timeline`);
  if (!group) return null;
  const path = fact.kind === 'ACTION_ITEM' ? `/dashboard/groups/${encodeURIComponent(group)}/follow-up` : `/dashboard/groups/${encodeURIComponent(group)}`;
  return h('a', { href: path }, `${label(fact.kind)} ${fact.key}`);
}

function reviewView(file: { fileName: string; content: string }, draft: Draft): HTMLElement {
  const reviewed: Reviewed[] = draft.facts.map((fact) => ({
    fact,
    decision: fact.present ? 'rejected' : 'undecided',
    values: structuredClone(fact.values as Record<string, unknown>),
    marks: [],
  }));
  const text = textView(draft.text, reviewed);
  const result = h('div', { class: 'apply-result', 'aria-live': 'polite' });
  const applyButton = h('button', { type: 'submit', class: 'primary', 'data-apply': '' });
  const symbol = input({ required: true, placeholder: 'e.g. CWG-COP/23/REPORT', 'data-document': 'symbol' });
  const title = input({ required: true, 'data-document': 'title' });
  const kind = select(DOCUMENT_KINDS.map((k) => [k, label(k)] as [string, string]), { 'data-document': 'kind' });
  const isPublic = h('input', { type: 'checkbox', checked: true, 'data-document': 'public' });

  const refresh = () => {
    const n = reviewed.filter((r) => r.decision === 'accepted').length;
    applyButton.textContent = `Apply ${n} fact${n === 1 ? '' : 's'}`;
    applyButton.disabled = n === 0;
  };

  const card = (r: Reviewed): HTMLElement => {
    const { fact } = r;
    const item = h('li', { class: `fact ${fact.present ? 'present' : ''}`, 'data-fact': fact.key, 'data-kind': fact.kind, 'data-decision': r.decision });
    const edit = editor(r, refresh);
    const decide = (decision: Decision, editing = false) => {
      r.decision = decision;
      item.dataset.decision = decision;
      edit.hidden = !editing;
      refresh();
    };
    const show = h('button', { type: 'button', class: 'link', onclick: () => reveal(r, reviewed), title: 'Show its excerpt in the text' }, fact.key);
    item.append(
      h('p', { class: 'fact-head' }, show, fact.present ? h('span', { class: 'chip', 'data-present': '' }, 'Already in the graph') : null),
      h('p', { class: 'fact-summary' }, factSummary(fact)),
    );
    const notes = fact.sources.map((s) => s.note).filter(Boolean).join(' ');
    if (notes) item.append(h('p', { class: 'hint' }, notes));
    if (!fact.present) {
      item.append(
        h(
          'p',
          { class: 'fact-actions' },
          h('button', { type: 'button', 'data-action': 'accept', onclick: () => decide('accepted') }, 'Accept'),
          h('button', { type: 'button', 'data-action': 'edit', onclick: () => decide('accepted', true) }, 'Edit'),
          h('button', { type: 'button', 'data-action': 'reject', onclick: () => decide('rejected') }, 'Reject'),
        ),
        edit,
      );
    }
    item.addEventListener('click', (event) => {
      if (!(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLButtonElement)) reveal(r, reviewed);
    });
    return item;
  };

  const groups = KIND_ORDER.map((k) => ({ kind: k, facts: reviewed.filter((r) => r.fact.kind === k) })).filter((g) => g.facts.length);
  const factsView = h(
    'div',
    { class: 'fact-list' },
    groups.length ? null : h('p', { class: 'muted' }, 'The rules found no facts in this document.'),
    groups.map((g) =>
      h(
        'section',
        { class: 'fact-group', 'data-kind': g.kind },
        h('h3', null, `${KIND_TITLES[g.kind] ?? label(g.kind)} (${g.facts.length})`),
        h('ul', { class: 'plain' }, g.facts.map(card)),
      ),
    ),
  );

  const form = h(
    'form',
    {
      class: 'apply-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        void (async () => {
        event.preventDefault();
        const accepted = reviewed.filter((r) => r.decision === 'accepted');
        applyButton.disabled = true;
        result.replaceChildren(h('p', { class: 'muted' }, 'Applying…'));
        try {
          const { applyFacts } = await mutateAt(INGEST_ENDPOINT, ApplyDocumentFactsDocument, {
            input: {
              file,
              document: { symbol: symbol.value.trim(), title: title.value.trim(), kind: kind.value, public: isPublic.checked },
              facts: accepted.map((r) => ({ ...r.values, kind: r.fact.values.kind, key: r.fact.key, sources: r.fact.sources.map((s) => ({ excerpt: s.excerpt, ...(s.note ? { note: s.note } : {}) })) })),
            },
          });
          if (!applyFacts?.applied) {
            result.replaceChildren(errorList(applyFacts?.userErrors ?? []));
            refresh();
            return;
          }
          const { created, skipped } = applyFacts.applied;
          result.replaceChildren(
            savedNotice(
              `Applied: ${created} object${created === 1 ? '' : 's'} created${skipped ? `, ${skipped} already in the graph` : ''}, with the document ${symbol.value.trim()} as their source.`,
              ...accepted.map((r) => factLink(r.fact)).filter((l) => l !== null).flatMap((l) => [l, ' ']),
            ),
          );
          form.querySelectorAll('button').forEach((b) => (b.disabled = true));
          factsView.querySelectorAll('button[data-action]').forEach((b) => ((b as HTMLButtonElement).disabled = true));
        } catch (error) {
          result.replaceChildren(errorList([{ code: error instanceof ApiError ? (error.code ?? 'ERROR') : 'ERROR', field: null, message: (error as Error).message }]));
          refresh();
        }
        })();
      },
    },
    h('h3', null, 'Store the document as'),
    field('document.symbol', 'Symbol', symbol),
    field('document.title', 'Title', title),
    field('document.kind', 'Kind', kind),
    h('div', { class: 'field' }, h('label', null, isPublic, ' Public (its text searchable by everyone)')),
    applyButton,
    result,
  );
  refresh();
  return h(
    'div',
    { class: 'review', 'data-review': '' },
    h('p', { class: 'lead' }, `${draft.facts.length} facts drafted from a .${draft.fileKind} file, ${draft.facts.filter((f) => f.present).length} already in the graph. Nothing is written until you apply.`),
    h('div', { class: 'review-columns' }, h('section', { class: 'card review-text' }, h('h2', null, 'The document'), text), h('section', { class: 'card review-facts' }, h('h2', null, 'Proposed facts'), factsView, form)),
  );
}

function uploadForm(): HTMLElement {
  const fileInput = h('input', { type: 'file', accept: '.txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'data-upload': '' });
  const pasted = h('textarea', { rows: '8', placeholder: 'Or paste the text of a report or liaison statement here', 'data-paste': '' });
  const status = h('div', { 'aria-live': 'polite' });
  const place = h('div', { class: 'review-place' });
  const form = h(
    'form',
    {
      class: 'card ingest-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        void (async () => {
        event.preventDefault();
        const chosen = fileInput.files?.[0];
        let file: { fileName: string; content: string };
        if (chosen) {
          if (chosen.size > MAX_FILE_BYTES) {
            status.replaceChildren(errorList([{ code: 'BAD_USER_INPUT', field: 'file', message: `${chosen.name} is ${chosen.size} bytes; at most ${MAX_FILE_BYTES} are taken. (TOO_LARGE)` }]));
            return;
          }
          file = { fileName: chosen.name, content: base64(new Uint8Array(await chosen.arrayBuffer())) };
        } else if (pasted.value.trim()) {
          file = { fileName: 'pasted.txt', content: base64(new TextEncoder().encode(pasted.value)) };
        } else {
          status.replaceChildren(errorList([{ code: 'BAD_USER_INPUT', field: 'file', message: 'Choose a file or paste a text first.' }]));
          return;
        }
        status.replaceChildren(h('p', { class: 'muted' }, 'Reading the document…'));
        place.replaceChildren();
        try {
          const { draftFacts } = await mutateAt(INGEST_ENDPOINT, DraftDocumentFactsDocument, { input: file });
          if (!draftFacts?.draft) {
            status.replaceChildren(errorList(draftFacts?.userErrors ?? []));
            return;
          }
          status.replaceChildren();
          place.replaceChildren(reviewView(file, draftFacts.draft));
        } catch (error) {
          status.replaceChildren(errorList([{ code: error instanceof ApiError ? (error.code ?? 'ERROR') : 'ERROR', field: null, message: (error as Error).message }]));
        }
        })();
      },
    },
    field('file', 'A .txt, .docx or .pdf file (10 MB at most; a scanned PDF needs OCR first)', fileInput),
    field('text', 'Pasted text', pasted),
    h('button', { type: 'submit', class: 'primary' }, 'Draft the facts'),
    status,
  );
  return h('div', null, form, place);
}

export function ingestPage(): Promise<PageView> {
  return formPage(
    'Ingest a document',
    'A report or a liaison statement in: the facts it states are drafted beside its text, each with its excerpt. Accept, edit or reject each, then apply them in one go, with history and sources.',
    () => uploadForm(),
    (viewer) => viewer.role === 'SECRETARIAT' || viewer.role === 'ADMIN',
  );
}
