/** Raise an action item from an outcome ("CWG-COP#22/3"): what is to be done, who owes it, by when. */
import { h } from '../dom.js';
import { query } from '../api.js';
import { FormCreateActionItemDocument } from '../generated.js';
import { groupFollowUpPath } from '../format.js';
import type { PageView } from '../page.js';
import type { SessionViewer } from '../session.js';
import { field, formActions, formPage, groupInput, input, onSave, partialDateInput, savedNotice, textarea, valueOf } from './kit.js';
import { meetingPicker } from './pickers.js';

function actionItemForm(viewer: SessionViewer, url: URL): HTMLElement {
  // an EDITOR raises items from its own groups' outcomes
  const picker = meetingPicker({
    names: { meeting: 'raisedBy-meeting', outcome: 'raisedBy' },
    groups: viewer.role === 'EDITOR' ? viewer.groups : undefined,
    initial: { group: url.searchParams.get('group') ?? undefined, meeting: url.searchParams.get('meeting') ?? undefined, outcome: url.searchParams.get('outcome') ?? undefined },
  });
  const title = textarea({ rows: '2', required: true });
  const assignee = groupInput({ required: true, placeholder: 'the group or body that owes it' });
  const dueOn = partialDateInput();
  const dueMeeting = input({ placeholder: 'e.g. CWG-COP#23', list: 'meeting-suggestions' });
  const form = h(
    'form',
    { class: 'card form action-item-form', novalidate: true },
    h('fieldset', { class: 'group-fieldset' }, h('legend', null, 'Raised by'), picker.el),
    field('title', 'What is to be done', title),
    h('div', { class: 'grid-3' }, field('assignee', 'Owed by', assignee), field('dueOn', 'Due by', dueOn), field('dueMeeting', 'or due at a meeting', dueMeeting, 'As "ACRONYM#number"')),
    formActions('Raise the action item'),
  );
  onSave(
    form,
    async () => {
      const { createActionItem } = await query(FormCreateActionItemDocument, {
        input: { title: title.value.trim(), assignee: assignee.value.trim(), raisedBy: picker.outcome() || undefined, dueOn: valueOf(dueOn), dueMeeting: valueOf(dueMeeting) },
      });
      const saved = createActionItem ?? { userErrors: [], actionItem: null };
      if (saved.actionItem) {
        const who = assignee.value.trim();
        form.replaceWith(
          savedNotice(
            ['Action item raised: ', h('strong', { class: 'saved-title' }, saved.actionItem.title), picker.outcome() ? ` (by ${picker.outcome()})` : ''],
            h('a', { class: 'saved-link', href: groupFollowUpPath(who) }, `What concerns ${who}`),
            ' · ',
            h('a', { href: location.pathname + location.search }, 'Raise another'),
          ),
        );
      }
      return saved;
    },
    { onSuccess: () => undefined },
  );
  return form;
}

export function actionItemPage(url: URL): Promise<PageView> {
  return formPage('Raise an action item', 'An outcome asked someone to do something: record what, who owes it and by when.', (viewer) => actionItemForm(viewer, url));
}
