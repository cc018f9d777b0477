/**
 * Move a liaison or an action item along its lifecycle: only the moves the API allows from the
 * current status are offered (the tables the services enforce), saved from the version the
 * form was opened on; a newer version is a conflict the form explains and reloads.
 */
import { h, type Child } from '../dom.js';
import { query } from '../api.js';
import {
  ActionItemForFormDocument,
  FormSetActionItemStatusDocument,
  FormSetLiaisonStatusDocument,
  LiaisonForFormDocument,
  type FormChangeFragment,
} from '../generated.js';
import { chip } from '../components.js';
import { formatDate, groupFollowUpPath, label, liaisonPath } from '../format.js';
import type { PageView } from '../page.js';
import { mayWriteFor } from '../session.js';
import { LIAISON_TRANSITIONS } from '../../../liaison/liaison.lifecycle.js';
import { ACTION_TRANSITIONS } from '../../../action-item/action-item.lifecycle.js';
import { enumOptions, field, formActions, formPage, input, keepValues, onSave, restoreValues, savedNotice, select, showConflict, valueOf, type Saved } from './kit.js';

interface Loaded {
  version: number;
  status: string;
  history: FormChangeFragment;
  /** what the object is, above the form */
  summary: Child;
  owners: string[];
}

interface StatusFormSpec {
  what: string;
  load: () => Promise<Loaded | null>;
  moves: (status: string) => readonly string[];
  /** fields some moves need (a sent date, the resolving outcome) */
  extra: () => HTMLElement[];
  save: (form: HTMLFormElement, status: string, version: number) => Promise<Saved>;
  done: (status: string) => Child;
}

/** The form, redrawn on the current version when a conflict's "reload" is pressed. */
async function statusForm(spec: StatusFormSpec, holder: HTMLElement, kept?: Map<string, string>): Promise<void> {
  const loaded = await spec.load();
  if (!loaded) {
    holder.replaceChildren(h('p', { class: 'notice' }, `No such ${spec.what}.`));
    return;
  }
  const moves = spec.moves(loaded.status);
  const status = select(enumOptions(moves), { required: true }, moves.length ? 'Choose…' : undefined);
  const form = h(
    'form',
    { class: 'card form status-form', novalidate: true, 'data-version': loaded.version },
    h('div', { class: 'current' }, loaded.summary, h('p', null, 'Now: ', chip(label(loaded.status), 'neutral'), h('span', { class: 'muted' }, ` (version ${loaded.version})`))),
    moves.length
      ? [field('status', 'Move to', status), spec.extra(), formActions('Save')]
      : h('p', { class: 'muted' }, `${label(loaded.status)} is final: there is nowhere to move it.`),
  );
  if (kept) restoreValues(form, kept);
  onSave(
    form,
    () => {
      if (!status.value) return Promise.resolve({ userErrors: [{ code: 'BAD_USER_INPUT', field: 'status', message: 'Choose where it moves.', currentVersion: null }] });
      return spec.save(form, status.value, loaded.version);
    },
    {
      onSuccess: () => form.replaceWith(savedNotice(spec.done(status.value))),
      onConflict: () => {
        // the history of the object as it is now says who changed what since loaded.version
        void spec.load().then((now) =>
          showConflict(form, loaded.version, now?.history ?? { edges: [] }, () => {
            const values = keepValues(form);
            void statusForm(spec, holder, values);
          }),
        );
      },
    },
  );
  holder.replaceChildren(form);
}

async function statusPage(title: string, lead: string, spec: StatusFormSpec): Promise<PageView> {
  const first = await spec.load();
  return formPage(
    title,
    lead,
    async () => {
      const holder = h('div', { class: 'status-holder' });
      await statusForm({ ...spec, load: (() => {
        let initial: Loaded | null | undefined = first;
        return () => {
          // the first draw reuses what the page loaded; a reload asks again
          if (initial !== undefined) {
            const value = initial;
            initial = undefined;
            return Promise.resolve(value);
          }
          return spec.load();
        };
      })() }, holder);
      return holder;
    },
    (viewer) => !first || mayWriteFor(viewer, first.owners),
  );
}

export function liaisonStatusPage(id: string): Promise<PageView> {
  const sentOn = input({ type: 'date' });
  return statusPage('Move a liaison along', 'Approve, send, acknowledge, close or withdraw it; a reply recorded as such marks it responded by itself.', {
    what: 'liaison',
    async load() {
      const { node } = await query(LiaisonForFormDocument, { id });
      if (!node || node.__typename !== 'Liaison') return null;
      return {
        version: node.version,
        status: node.status,
        history: node.history,
        owners: [node.fromGroup.acronym],
        summary: h('p', { class: 'subject' }, h('a', { href: liaisonPath(node.id) }, node.title), node.reference ? ` (${node.reference})` : '', ` — from ${node.fromGroup.acronym}`),
      };
    },
    moves: (status) => LIAISON_TRANSITIONS[status as keyof typeof LIAISON_TRANSITIONS] ?? [],
    extra: () => [field('sentOn', 'Sent on (with Sent; default today)', sentOn)],
    async save(_form, status, version) {
      const { setLiaisonStatus } = await query(FormSetLiaisonStatusDocument, { input: { id, status: status as never, version, sentOn: status === 'SENT' ? valueOf(sentOn) : undefined } });
      return setLiaisonStatus ?? { userErrors: [] };
    },
    done: (status) => ['The liaison is now ', h('strong', { class: 'saved-status' }, label(status).toLowerCase()), '. ', h('a', { href: liaisonPath(id) }, 'Back to the liaison')],
  });
}

export function actionItemStatusPage(id: string): Promise<PageView> {
  const resolvedBy = input({ placeholder: 'e.g. CWG-COP#23/2', list: 'outcome-suggestions' });
  let assignee = '';
  return statusPage('Move an action item along', 'Start it, mark it done (and by which outcome), or cancel it.', {
    what: 'action item',
    async load() {
      const { node } = await query(ActionItemForFormDocument, { id });
      if (!node || node.__typename !== 'ActionItem') return null;
      assignee = node.assignee.acronym;
      const raised = node.raisedBy ? `${node.raisedBy.meeting.group.acronym}#${node.raisedBy.meeting.number ?? '?'}/${node.raisedBy.position}` : null;
      return {
        version: node.version,
        status: node.status,
        history: node.history,
        owners: [node.assignee.acronym, ...(node.raisedBy ? [node.raisedBy.meeting.group.acronym] : [])],
        summary: h(
          'p',
          { class: 'subject' },
          h('strong', null, node.title),
          ` — owed by ${node.assignee.acronym}`,
          raised ? `, raised by ${raised}` : '',
          node.dueOn ? `, due ${formatDate(node.dueOn)}` : '',
          node.isOverdue ? [' ', chip('Overdue', 'overdue')] : null,
        ),
      };
    },
    moves: (status) => ACTION_TRANSITIONS[status as keyof typeof ACTION_TRANSITIONS] ?? [],
    extra: () => [field('resolvedBy', 'Resolved by (with Done: the outcome, as "ACRONYM#meeting/position")', resolvedBy)],
    async save(_form, status, version) {
      const { setActionItemStatus } = await query(FormSetActionItemStatusDocument, { input: { id, status: status as never, version, resolvedBy: status === 'DONE' ? valueOf(resolvedBy) : undefined } });
      return setActionItemStatus ?? { userErrors: [] };
    },
    done: (status) => ['The action item is now ', h('strong', { class: 'saved-status' }, label(status).toLowerCase()), '. ', h('a', { href: groupFollowUpPath(assignee) }, `What concerns ${assignee}`)],
  });
}
