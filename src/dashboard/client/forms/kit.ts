/**
 * What every form shares: labelled fields with their error beside them, group fields that
 * suggest acronyms and aliases and say which group a name resolves to, a save that keeps the
 * form's values when it fails, and the conflict notice (what changed since the form was opened,
 * and a reload).
 */
import { h, type Child } from '../dom.js';
import { ApiError, query } from '../api.js';
import { FormGroupsDocument, ResolveGroupDocument, type FormChangeFragment, type FormUserErrorFragment } from '../generated.js';
import { formatDate, label } from '../format.js';
import { parsePartialDate, type DatePrecision } from '../../../platform/dates/partial-date.js';
import { pageHeader } from '../components.js';
import { currentViewer, type SessionViewer } from '../session.js';
import type { PageView } from '../page.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

let fieldCount = 0;

/** A labelled field; `name` is the input field the API names in its errors ("deadline", "to[1].group"). */
export function field(name: string, text: string, control: Control, hint?: Child): HTMLElement {
  const id = control.id || `f${++fieldCount}`;
  control.id = id;
  control.name ||= name;
  const error = h('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true });
  control.setAttribute('aria-describedby', `${id}-error`);
  return h('div', { class: 'field', 'data-field': name }, h('label', { for: id }, text), control, hint ? h('p', { class: 'hint' }, hint) : null, error);
}

export function input(attrs: Record<string, string | boolean | undefined> = {}): HTMLInputElement {
  return h('input', { type: 'text', autocomplete: 'off', ...attrs });
}

const PRECISIONS: readonly (readonly [DatePrecision, string])[] = [['day', 'Day'], ['month', 'Month'], ['year', 'Year']];
/** each partial-date control's precision choice */
const precisionOf = new WeakMap<HTMLInputElement, HTMLSelectElement>();

/** shows the control as a day (a calendar), a month or a year, keeping what still fits of its value */
function showPrecision(el: HTMLInputElement, precision: DatePrecision, value = el.value): void {
  const period = parsePartialDate(value.trim());
  el.type = precision === 'day' ? 'date' : precision === 'month' ? 'month' : 'number';
  for (const [name, v] of Object.entries({ min: '1900', max: '2999', step: '1', placeholder: 'YYYY' })) {
    if (precision === 'year') el.setAttribute(name, v);
    else el.removeAttribute(name);
  }
  // a coarser precision keeps the year (and month); a finer one asks again rather than invent a day
  const keep = !period ? '' : precision === 'year' ? period.start.slice(0, 4) : precision === 'month' && period.precision !== 'year' ? period.start.slice(0, 7) : precision === period.precision ? value.trim() : '';
  el.value = keep;
}

/**
 * A date as precise as the source gives it (the API's PartialDate): a day, a month ("April
 * 2025": 2025-04) or a year. A choice beside it switches the control between a calendar day, a
 * month and a year; its value is what the API takes (2025-04-15, 2025-04, 2025), read with the
 * partial-date functions the server uses (platform/dates/partial-date.ts).
 */
export function partialDateInput(attrs: Record<string, string | boolean | undefined> = {}, precision: DatePrecision = 'day'): HTMLInputElement {
  const el = input({ ...attrs, 'data-partial-date': 'true' });
  const choice = select(PRECISIONS, { class: 'precision', 'aria-label': 'How precise: a day, a month or a year' });
  choice.value = precision;
  showPrecision(el, precision);
  choice.addEventListener('change', () => showPrecision(el, choice.value as DatePrecision));
  precisionOf.set(el, choice);
  queueMicrotask(() => el.after(choice));
  return el;
}

/** puts a partial date back in its control, at its own precision (a month in a month control) */
function setPartialDate(el: HTMLInputElement, value: string): void {
  const precision = parsePartialDate(value.trim())?.precision;
  const choice = precisionOf.get(el);
  if (precision && choice) {
    choice.value = precision;
    showPrecision(el, precision, value);
  } else el.value = value;
}

export function textarea(attrs: Record<string, string | boolean | undefined> = {}): HTMLTextAreaElement {
  return h('textarea', { rows: '4', ...attrs });
}

/** a select of [value, text] pairs; `blank` adds an empty first choice */
export function select(options: readonly (readonly [string, string])[], attrs: Record<string, string | boolean | undefined> = {}, blank?: string): HTMLSelectElement {
  return h('select', attrs, blank !== undefined ? h('option', { value: '' }, blank) : null, options.map(([value, text]) => h('option', { value }, text)));
}

/** an enum's values as choices: FOR_ACTION → "For action" */
export function enumOptions(values: readonly string[]): [string, string][] {
  return values.map((v) => [v, label(v)]);
}

/** the value of a text control, or undefined when blank (the API's "not given") */
export function valueOf(control: Control): string | undefined {
  const v = control.value.trim();
  return v === '' ? undefined : v;
}

// --- groups ---------------------------------------------------------------------------------

let groupNames: Promise<{ acronym: string; name: string; aliases: string[] }[]> | undefined;

function knownGroups() {
  groupNames ??= query(FormGroupsDocument).then((r) => r.groups.edges.map((e) => e.node));
  return groupNames;
}

/** One <datalist> of every group's acronym and aliases, shared by the group fields of a page. */
async function groupDatalist(): Promise<HTMLDataListElement> {
  const existing = document.getElementById('group-suggestions');
  if (existing instanceof HTMLDataListElement) return existing;
  const list = h('datalist', { id: 'group-suggestions' });
  const groups = await knownGroups();
  for (const g of groups) {
    list.append(h('option', { value: g.acronym }, g.name));
    for (const alias of g.aliases) list.append(h('option', { value: alias }, `${alias} → ${g.acronym}`));
  }
  document.body.append(list);
  return list;
}

/**
 * A group typed as people type it ("SG17", "cwg cop"), suggested from acronyms and aliases, and
 * resolved as the API will resolve it: the field says "→ ITU-T SG17" or that no group has that name.
 * `only` limits the suggestions (an EDITOR's own groups for a sender).
 */
export function groupInput(attrs: Record<string, string | boolean | undefined> = {}, only?: readonly string[]): HTMLInputElement {
  const el = input({ ...attrs, class: 'group-input', spellcheck: 'false' });
  if (only) {
    const id = `groups-${++fieldCount}`;
    el.setAttribute('list', id);
    queueMicrotask(() => el.after(h('datalist', { id }, only.map((a) => h('option', { value: a })))));
  } else {
    el.setAttribute('list', 'group-suggestions');
    void groupDatalist();
  }
  const resolved = h('span', { class: 'resolved', 'aria-live': 'polite' });
  queueMicrotask(() => el.after(resolved));
  let ticket = 0;
  const check = async () => {
    const name = el.value.trim();
    const mine = ++ticket;
    if (!name) {
      resolved.textContent = '';
      return;
    }
    const { group } = await query(ResolveGroupDocument, { name }).catch(() => ({ group: undefined }));
    if (mine !== ticket) return;
    resolved.className = group === null ? 'resolved unknown' : 'resolved';
    resolved.textContent = group ? (group.acronym === name ? group.name : `→ ${group.acronym}`) : group === null ? 'no group has this name' : '';
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  el.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), 250);
  });
  el.addEventListener('change', () => void check());
  return el;
}

// --- saving ---------------------------------------------------------------------------------

/** Marks the fields the API names; errors about no field (or a field the form lacks) go in the summary. */
export function showErrors(form: HTMLElement, errors: readonly { field?: string | null; message: string }[]): void {
  clearErrors(form);
  const summary = form.querySelector<HTMLElement>('.form-errors');
  const loose: string[] = [];
  for (const error of errors) {
    const target = fieldFor(form, error.field);
    if (target) {
      const p = target.querySelector<HTMLElement>(':scope > .field-error');
      if (p) {
        p.textContent = p.hidden ? error.message : `${p.textContent} ${error.message}`;
        p.hidden = false;
      }
      target.classList.add('invalid');
      target.querySelector(':scope > input, :scope > select, :scope > textarea')?.setAttribute('aria-invalid', 'true');
    } else loose.push(error.message);
  }
  if (summary && loose.length) {
    summary.replaceChildren(...loose.map((m) => h('p', null, m)));
    summary.hidden = false;
  }
  form.querySelector<HTMLElement>('.invalid input, .invalid select, .invalid textarea, .form-errors:not([hidden])')?.scrollIntoView({ block: 'center' });
}

function fieldFor(form: HTMLElement, name: string | null | undefined): HTMLElement | null {
  if (!name) return null;
  // "input.to[1].group" → "to[1].group" → "to[1]" → "to"
  let key = name.replace(/^input\./, '');
  for (;;) {
    const found = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(key)}"]`);
    if (found) return found;
    const shorter = key.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (shorter === key) return null;
    key = shorter;
  }
}

export function clearErrors(form: HTMLElement): void {
  form.querySelectorAll<HTMLElement>('.field-error').forEach((p) => {
    p.hidden = true;
    p.textContent = '';
  });
  form.querySelectorAll('.invalid').forEach((f) => f.classList.remove('invalid'));
  form.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
  const summary = form.querySelector<HTMLElement>('.form-errors');
  if (summary) summary.hidden = true;
}

/** What a mutation answered: userErrors, and the saved object when there were none. */
export interface Saved {
  userErrors: readonly FormUserErrorFragment[];
}

/**
 * Submits a form through `save`: the button is disabled while it runs; userErrors go next to
 * their fields; a CONFLICT calls `onConflict`; a refusal (FORBIDDEN, UNAUTHENTICATED) or an
 * unreachable server is said in the form's summary. Nothing is cleared on failure: the person
 * corrects and saves again.
 */
export function onSave(form: HTMLFormElement, save: () => Promise<Saved | 'invalid'>, handlers: { onSuccess: (saved: Saved) => void; onConflict?: (error: FormUserErrorFragment) => void }): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const buttons = form.querySelectorAll<HTMLButtonElement>('button[type="submit"]');
    buttons.forEach((b) => (b.disabled = true));
    form.dataset.state = 'saving';
    clearErrors(form);
    removeConflict(form);
    void (async () => {
      try {
        const saved = await save();
        if (saved === 'invalid') {
          form.dataset.state = 'error';
          return;
        }
        const conflict = saved.userErrors.find((e) => e.code === 'CONFLICT');
        if (conflict && handlers.onConflict) {
          form.dataset.state = 'conflict';
          handlers.onConflict(conflict);
        } else if (saved.userErrors.length) {
          form.dataset.state = 'error';
          showErrors(form, saved.userErrors);
        } else {
          form.dataset.state = 'saved';
          handlers.onSuccess(saved);
        }
      } catch (error) {
        form.dataset.state = 'error';
        const message = error instanceof ApiError && error.code ? `${error.message} (${error.code})` : error instanceof Error ? error.message : String(error);
        showErrors(form, [{ field: error instanceof ApiError ? error.field : undefined, message }]);
      } finally {
        buttons.forEach((b) => (b.disabled = false));
      }
    })();
  });
}

/** The summary for errors about no one field, and the submit button. */
export function formActions(submitText: string, ...extra: Child[]): Child[] {
  return [h('div', { class: 'form-errors notice error', role: 'alert', hidden: true }), h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button primary' }, submitText), extra)];
}

// --- conflicts ------------------------------------------------------------------------------

function show(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return /^\d{4}-\d\d-\d\d$/.test(value) ? formatDate(value) : /^[A-Z_]+$/.test(value) ? label(value) : value;
  return JSON.stringify(value);
}

/** "status: Sent → Acknowledged", one line per field a later change touched */
function describeChange(change: FormChangeFragment['edges'][number]['node']): HTMLElement {
  const before = (change.before ?? {}) as Record<string, unknown>;
  const after = (change.after ?? {}) as Record<string, unknown>;
  return h(
    'li',
    { 'data-version': change.objectVersion ?? '' },
    h('span', { class: 'muted' }, `${change.by.label} (${label(change.by.role).toLowerCase()}), ${new Date(change.at).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC: `),
    h('ul', { class: 'plain changed-fields' }, change.fields.map((f) => h('li', { 'data-changed': f }, h('strong', null, label(f.replace(/([a-z])([A-Z])/g, '$1_$2'))), `: ${show(before[f])} → ${show(after[f])}`))),
  );
}

function removeConflict(form: HTMLElement): void {
  form.querySelector('.conflict')?.remove();
}

/**
 * Someone saved the object after the form was opened: say who changed what since `loadedVersion`
 * (from the object's history), and offer to reload the form on the current version; the
 * person's own entries are kept by the reload.
 */
export function showConflict(form: HTMLElement, loadedVersion: number, history: FormChangeFragment, reload: () => void): void {
  removeConflict(form);
  const later = history.edges.map((e) => e.node).filter((c) => (c.objectVersion ?? 0) > loadedVersion);
  const notice = h(
    'section',
    { class: 'conflict notice warning', role: 'alert' },
    h('h2', null, 'Someone saved a newer version while this form was open'),
    h('p', null, 'Nothing was saved. What changed since you opened the form:'),
    later.length ? h('ul', { class: 'plain changes' }, later.map(describeChange)) : h('p', { class: 'muted' }, 'The history does not say (the change was made outside the recorded fields).'),
    h('p', null, 'Reload to see the current version; your entries in the form are kept. Then check them and save again.'),
    h('button', { type: 'button', class: 'button primary reload', onclick: reload }, 'Reload the current version'),
  );
  form.prepend(notice);
  notice.scrollIntoView({ block: 'center' });
}

// --- pages ----------------------------------------------------------------------------------

/** Reads the values of a form's named controls, to put them back after a reload redraws it. */
export function keepValues(form: HTMLElement): Map<string, string> {
  const values = new Map<string, string>();
  form.querySelectorAll<Control>('input[name], select[name], textarea[name]').forEach((c) => {
    if (c instanceof HTMLInputElement && (c.type === 'file' || c.type === 'hidden')) return;
    values.set(c.name, c instanceof HTMLInputElement && c.type === 'checkbox' ? String(c.checked) : c.value);
  });
  return values;
}

export function restoreValues(form: HTMLElement, values: Map<string, string>): void {
  form.querySelectorAll<Control>('input[name], select[name], textarea[name]').forEach((c) => {
    const v = values.get(c.name);
    if (v === undefined) return;
    if (c instanceof HTMLInputElement && c.type === 'checkbox') c.checked = v === 'true';
    else if (c instanceof HTMLInputElement && c.dataset.partialDate) setPartialDate(c, v);
    else if (c instanceof HTMLSelectElement && !Array.from(c.options).some((o) => o.value === v)) return; // no longer a choice
    else c.value = v;
  });
}

/** The page a form lives on; without a token (or a role that may not do this), says so instead. */
export async function formPage(title: string, lead: Child, build: (viewer: SessionViewer) => Promise<Child> | Child, allowed: (viewer: SessionViewer) => boolean = () => true): Promise<PageView> {
  const viewer = await currentViewer();
  let body: Child;
  if (!viewer) {
    body = h(
      'section',
      { class: 'notice' },
      h('p', null, 'Recording needs an API token. ', h('a', { href: `/dashboard/sign-in?next=${encodeURIComponent(location.pathname + location.search)}` }, 'Sign in'), ' first.'),
    );
  } else if (!allowed(viewer)) {
    body = h('section', { class: 'notice' }, h('p', null, `The token "${viewer.label}" (${label(viewer.role).toLowerCase()}${viewer.groups.length ? ` of ${viewer.groups.join(', ')}` : ''}) may not do this.`));
  } else body = await build(viewer);
  return { title, view: h('div', { class: 'page form-page' }, h('p', { class: 'breadcrumb' }, h('a', { href: '/dashboard/record' }, '← Record')), pageHeader(title, lead), body) };
}

/** after a save: a confirmation with where to look, in place of the form */
export function savedNotice(text: Child, ...links: Child[]): HTMLElement {
  return h('section', { class: 'notice saved', role: 'status' }, h('p', null, text), links.length ? h('p', { class: 'saved-links' }, links) : null);
}
