/**
 * Record a liaison received or sent, or a reply to one: groups typed as people type them,
 * addressees each with their own purpose, deadline, contacts, and attachments named by symbol or
 * uploaded as a document's text. One createLiaison (after the uploads' createDocument).
 */
import { h } from '../dom.js';
import { query } from '../api.js';
import {
  FormCreateDocumentDocument,
  FormCreateLiaisonDocument,
  FormMeetingListDocument,
  LiaisonForFormDocument,
  type CreateLiaisonInput,
  type LiaisonPurpose,
  type LiaisonStatus,
} from '../generated.js';
import { liaisonPath } from '../format.js';
import type { PageView } from '../page.js';
import { mayWriteFor, type SessionViewer } from '../session.js';
import { enumOptions, field, formActions, formPage, groupInput, input, onSave, partialDateInput, savedNotice, select, showErrors, textarea, valueOf } from './kit.js';

const PURPOSES: LiaisonPurpose[] = ['FOR_ACTION', 'FOR_COMMENT', 'FOR_CONSIDERATION', 'FOR_INFORMATION', 'IN_RESPONSE'];
const INITIAL_STATUSES: LiaisonStatus[] = ['DRAFT', 'APPROVED', 'SENT'];

export type LiaisonDirection = 'received' | 'sent';

/** "CWG-COP#22 — title (date)" choices for the meeting field, all groups' meetings */
async function meetingList(): Promise<HTMLDataListElement> {
  const { meetings } = await query(FormMeetingListDocument);
  return h(
    'datalist',
    { id: 'meeting-suggestions' },
    meetings.edges.map(({ node: m }) => (m.number ? h('option', { value: `${m.group.acronym}#${m.number}` }, `${m.title} (${m.startsOn})`) : null)),
  );
}

/** a list of rows the person grows ("Add an addressee") and shrinks; `name[i]` keys their errors */
function rowList(name: string, addText: string, makeRow: (values?: Record<string, string>) => HTMLElement[], initial: Record<string, string>[] = []): { el: HTMLElement; rows: () => HTMLElement[] } {
  const list = h('div', { class: 'rows', 'data-field': name });
  const renumber = () =>
    list.querySelectorAll<HTMLElement>(':scope > .row').forEach((row, i) => {
      row.dataset.field = `${name}[${i}]`;
      row.querySelectorAll<HTMLElement>('[data-part]').forEach((part) => (part.dataset.field = `${name}[${i}].${part.dataset.part}`));
    });
  const add = (values?: Record<string, string>) => {
    const row: HTMLElement = h(
      'div',
      { class: 'row' },
      makeRow(values),
      h('button', { type: 'button', class: 'link-button remove', 'aria-label': 'Remove', onclick: () => (row.remove(), renumber()) }, 'Remove'),
      h('p', { class: 'field-error', role: 'alert', hidden: true }),
    );
    list.insertBefore(row, list.querySelector(':scope > .add'));
    renumber();
  };
  list.append(h('button', { type: 'button', class: 'link-button add', onclick: () => add() }, addText), h('p', { class: 'field-error', role: 'alert', hidden: true }));
  for (const values of initial) add(values);
  return { el: list, rows: () => Array.from(list.querySelectorAll<HTMLElement>(':scope > .row')) };
}

/** one part of a row: a small labelled control whose errors are `name[i].part` */
function part(partName: string, text: string, control: HTMLInputElement | HTMLSelectElement): HTMLElement {
  const el = field(partName, text, control);
  el.dataset.part = partName;
  el.classList.add('part');
  return el;
}

const get = (row: HTMLElement, partName: string) => row.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-part="${partName}"] input, [data-part="${partName}"] select`)!;

interface ReplyTo {
  id: string;
  title: string;
  reference: string | null | undefined;
  from: string;
  addressees: string[];
}

async function liaisonForm(viewer: SessionViewer, direction: LiaisonDirection, replyTo?: ReplyTo): Promise<HTMLElement> {
  // an EDITOR records what its own groups send (a reply: from a group it was addressed to)
  const senders = replyTo
    ? replyTo.addressees.filter((a) => mayWriteFor(viewer, [a]))
    : viewer.role === 'EDITOR'
      ? viewer.groups
      : undefined;
  const title = input({ required: true, placeholder: replyTo ? `Reply to ${replyTo.title}` : 'Liaison statement on …' });
  const reference = input({ placeholder: 'e.g. SG17-LS12' });
  const from = senders && senders.length === 1 ? input({ value: senders[0], readonly: true }) : groupInput({ required: true, placeholder: 'acronym or name, e.g. SG17' }, senders);
  const purpose = select(enumOptions(PURPOSES), {}, replyTo ? 'In response (default for a reply)' : 'For information (default)');
  const status = select(
    INITIAL_STATUSES.map((s) => [s, s === 'SENT' ? 'Sent' : s === 'DRAFT' ? 'Draft' : 'Approved, not yet sent'] as [string, string]),
    {},
  );
  status.value = 'SENT';
  const sentOn = input({ type: 'date' });
  const deadline = partialDateInput();
  const meetingField = input({ list: 'meeting-suggestions', placeholder: 'e.g. CWG-COP#22' });
  const body = textarea({ rows: '6' });

  const to = rowList(
    'to',
    'Add an addressee',
    (v) => [part('group', 'Group', groupInput({ value: v?.group ?? '', placeholder: 'e.g. ITU-D SG2 Q3/2' })), part('purpose', 'Asks it', select(enumOptions(PURPOSES), {}, 'the liaison’s purpose'))],
    [{ group: replyTo?.from ?? '' }],
  );
  const cc = rowList('cc', 'Add a group in copy', (v) => [part('group', 'Group', groupInput({ value: v?.group ?? '' }))]);
  const contacts = rowList('contacts', 'Add a contact', () => [
    part('name', 'Name', input()),
    part('email', 'Email', input({ type: 'email' })),
    part('group', 'Group', groupInput()),
    part('role', 'Role', input({ placeholder: 'e.g. Rapporteur' })),
  ]);
  const uploaded = new Map<string, string>(); // symbol → document id, so a retry does not upload twice
  const attachments = rowList('attachments', 'Add an attachment', () => [
    part('symbol', 'Document symbol', input({ placeholder: 'e.g. CWG-COP-22/INF/3' })),
    part('file', 'or upload its text', h('input', { type: 'file', accept: '.txt,.md,text/plain,text/markdown' })),
    part('title', 'Title (for an upload)', input()),
  ]);

  const form = h(
    'form',
    { class: 'card form liaison-form', 'data-direction': direction, novalidate: true },
    replyTo ? h('p', { class: 'reply-to' }, 'In reply to ', h('a', { href: liaisonPath(replyTo.id) }, replyTo.title), replyTo.reference ? ` (${replyTo.reference})` : '', ` from ${replyTo.from}`) : null,
    h('div', { class: 'grid-2' }, field('title', 'Title', title), field('reference', 'Reference', reference, 'The symbol the groups use')),
    h('div', { class: 'grid-2' }, field('from', direction === 'received' ? 'From (the sender)' : 'From', from), direction === 'sent' ? field('status', 'Status', status) : null),
    h('fieldset', { class: 'group-fieldset' }, h('legend', null, direction === 'received' ? 'To (the groups that received it)' : 'To'), to.el),
    h('div', { class: 'grid-3' }, field('purpose', 'Purpose', purpose, 'For addressees without their own'), field('sentOn', 'Sent on', sentOn), field('deadline', 'Reply due by', deadline, 'A day, a month or a year, as the statement says; required when it asks for action or comment')),
    field('meeting', direction === 'received' ? 'Meeting where it was received' : 'Meeting that decided it', meetingField, 'As "ACRONYM#number"'),
    h('fieldset', { class: 'group-fieldset' }, h('legend', null, 'In copy'), cc.el),
    h('fieldset', { class: 'group-fieldset' }, h('legend', null, 'Contacts'), contacts.el),
    h('fieldset', { class: 'group-fieldset' }, h('legend', null, 'Attachments'), attachments.el),
    field('body', 'Text', body),
    formActions(replyTo ? 'Record the reply' : direction === 'received' ? 'Record the liaison received' : 'Record the liaison'),
  );
  // suggestions only: without them the field still takes "ACRONYM#number"
  meetingList().then((list) => form.append(list), () => undefined);

  onSave(
    form,
    async () => {
      // uploads first: each becomes a document (its text searchable), attached by its symbol
      const symbols: string[] = [];
      const uploadErrors: { field: string; message: string }[] = [];
      for (const [i, row] of attachments.rows().entries()) {
        const symbol = valueOf(get(row, 'symbol'));
        const file = (get(row, 'file') as HTMLInputElement).files?.[0];
        if (!symbol) {
          if (file) uploadErrors.push({ field: `attachments[${i}].symbol`, message: 'Give the uploaded document a symbol.' });
          continue;
        }
        if (file && !uploaded.has(symbol)) {
          const { createDocument } = await query(FormCreateDocumentDocument, {
            input: { symbol, title: valueOf(get(row, 'title')) ?? file.name, kind: 'LIAISON_STATEMENT', text: await file.text(), sourceGroup: valueOf(from), publishedOn: valueOf(sentOn) },
          });
          if (!createDocument?.document) {
            for (const e of createDocument?.userErrors ?? []) uploadErrors.push({ field: `attachments[${i}].${e.field === 'text' ? 'file' : (e.field ?? 'symbol')}`, message: e.message });
            continue;
          }
          uploaded.set(symbol, createDocument.document.id);
        }
        symbols.push(symbol);
      }
      if (uploadErrors.length) {
        showErrors(form, uploadErrors);
        return 'invalid';
      }
      const input: CreateLiaisonInput = {
        title: title.value.trim(),
        from: from.value.trim(),
        reference: valueOf(reference),
        purpose: (valueOf(purpose) as LiaisonPurpose | undefined) ?? null,
        // a liaison received is recorded as sent (by its sender, on sentOn)
        status: direction === 'received' ? 'SENT' : (status.value as LiaisonStatus),
        sentOn: valueOf(sentOn),
        deadline: valueOf(deadline),
        meeting: valueOf(meetingField),
        body: valueOf(body),
        inReplyTo: replyTo?.id,
        to: to
          .rows()
          .map((row) => ({ group: get(row, 'group').value.trim(), purpose: (valueOf(get(row, 'purpose')) as LiaisonPurpose | undefined) ?? null }))
          // none: a reply goes to the sender of what it answers; otherwise the API names the field
          .filter((a) => a.group !== ''),
        cc: cc.rows().map((row) => get(row, 'group').value.trim()),
        contacts: contacts.rows().map((row) => ({ name: get(row, 'name').value.trim(), email: get(row, 'email').value.trim(), group: valueOf(get(row, 'group')), role: valueOf(get(row, 'role')) })),
        attachments: symbols,
      };
      const { createLiaison } = await query(FormCreateLiaisonDocument, { input });
      const saved = createLiaison ?? { userErrors: [], liaison: null };
      if (saved.liaison) {
        const l = saved.liaison;
        form.replaceWith(
          savedNotice(
            [replyTo ? 'Reply recorded: ' : 'Liaison recorded: ', h('a', { class: 'saved-link', href: liaisonPath(l.id) }, l.title), l.reference ? ` (${l.reference})` : ''],
            h('a', { href: location.pathname + location.search }, 'Record another'),
          ),
        );
      }
      return saved;
    },
    { onSuccess: () => undefined },
  );
  return form;
}

export function recordLiaisonPage(url: URL): Promise<PageView> {
  const direction: LiaisonDirection = url.searchParams.get('direction') === 'received' ? 'received' : 'sent';
  return formPage(
    direction === 'received' ? 'Record a liaison received' : 'Record a liaison sent',
    direction === 'received' ? 'A liaison statement another group sent to one of ours, recorded as sent on the day it went out.' : 'A liaison statement one of our groups sends (a draft, approved, or already sent).',
    (viewer) => liaisonForm(viewer, direction),
    // an EDITOR records only what its own groups send
    (viewer) => direction === 'sent' || viewer.role !== 'EDITOR',
  );
}

export async function replyPage(id: string): Promise<PageView> {
  const { node } = await query(LiaisonForFormDocument, { id });
  if (!node || node.__typename !== 'Liaison') return formPage('Record a reply', null, () => h('p', { class: 'notice' }, 'No such liaison.'));
  const addressees = node.addressees.map((a) => a.group.acronym);
  const replyTo: ReplyTo = { id: node.id, title: node.title, reference: node.reference, from: node.fromGroup.acronym, addressees: [...addressees, node.fromGroup.acronym] };
  return formPage(
    'Record a reply',
    `The answer of an addressee (or a follow-up of ${node.fromGroup.acronym}) to “${node.title}”: the original is then marked responded.`,
    (viewer) => liaisonForm(viewer, 'sent', replyTo),
    (viewer) => mayWriteFor(viewer, replyTo.addressees),
  );
}
