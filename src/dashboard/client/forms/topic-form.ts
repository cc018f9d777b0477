/** Tag a meeting or one of its outcomes with a topic (what tagTopic supports), or a new topic. */
import { h } from '../dom.js';
import { query } from '../api.js';
import { FormTagTopicDocument, FormTopicsDocument } from '../generated.js';
import { groupPath } from '../format.js';
import type { PageView } from '../page.js';
import type { SessionViewer } from '../session.js';
import { field, formActions, formPage, input, onSave, savedNotice } from './kit.js';
import { meetingPicker } from './pickers.js';

async function topicForm(viewer: SessionViewer): Promise<HTMLElement> {
  const { topics } = await query(FormTopicsDocument);
  const picker = meetingPicker({ names: { meeting: 'meeting', outcome: 'outcome' }, groups: viewer.role === 'EDITOR' ? viewer.groups : undefined });
  const topic = input({ required: true, list: 'topic-suggestions', placeholder: 'e.g. Age verification' });
  const create = h('input', { type: 'checkbox', name: 'create' });
  const form = h(
    'form',
    { class: 'card form topic-form', novalidate: true },
    h('fieldset', { class: 'group-fieldset' }, h('legend', null, 'What to tag: the meeting, or one of its outcomes'), picker.el),
    field('topic', 'Topic', topic),
    h('datalist', { id: 'topic-suggestions' }, topics.map((t) => h('option', { value: t.name }, t.slug))),
    h('label', { class: 'check' }, create, ' a new topic: create it with this name'),
    formActions('Tag'),
  );
  onSave(
    form,
    async () => {
      const m = picker.picked();
      const outcomeRef = picker.outcome();
      const o = outcomeRef ? m?.outcomes.find((x) => outcomeRef.endsWith(`/${x.position}`)) : undefined;
      const subject = o?.id ?? m?.id;
      if (!subject) return { userErrors: [{ code: 'BAD_USER_INPUT', field: 'meeting', message: 'Pick the meeting (and the outcome, to tag that).', currentVersion: null }] };
      const { tagTopic } = await query(FormTagTopicDocument, { input: { subject, topic: topic.value.trim(), create: create.checked || undefined } });
      const saved = tagTopic ?? { userErrors: [], topic: null };
      if (saved.topic) {
        const acronym = m!.group.acronym;
        form.replaceWith(savedNotice([`${outcomeRef || picker.meeting()} tagged `, h('strong', { class: 'saved-title' }, saved.topic.name)], h('a', { class: 'saved-link', href: groupPath(acronym) }, `${acronym}’s page`)));
      }
      return saved;
    },
    { onSuccess: () => undefined },
  );
  return form;
}

export function topicPage(): Promise<PageView> {
  return formPage('Tag with a topic', 'Topics tie meetings and outcomes of different groups together.', (viewer) => topicForm(viewer));
}
