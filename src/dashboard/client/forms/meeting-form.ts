/**
 * Record a meeting and its outcomes in the order they were decided: createMeeting, then one
 * recordOutcome per row, in order. A row the API refuses keeps its place: what was saved stays
 * saved (the form says so) and the next save records only the rows still to go, on the same meeting.
 */
import { h } from '../dom.js';
import { query } from '../api.js';
import { FormCreateMeetingDocument, FormRecordOutcomeDocument, type FormUserErrorFragment, type HalfDay, type MeetingFormat, type OutcomeKind } from '../generated.js';
import { groupPath } from '../format.js';
import type { PageView } from '../page.js';
import type { SessionViewer } from '../session.js';
import { enumOptions, field, formActions, formPage, groupInput, input, onSave, savedNotice, select, showErrors, textarea, valueOf } from './kit.js';

const KINDS: OutcomeKind[] = ['AGREED', 'ENDORSED', 'NOTED', 'WELCOMED', 'REQUESTED', 'INVITED', 'ENCOURAGED', 'REAFFIRMED', 'EXPECTED'];
const FORMATS: MeetingFormat[] = ['IN_PERSON', 'VIRTUAL', 'HYBRID'];

function meetingForm(viewer: SessionViewer): HTMLElement {
  const group = groupInput({ required: true, placeholder: 'e.g. CWG-COP' }, viewer.role === 'EDITOR' ? viewer.groups : undefined);
  const number = input({ type: 'number', min: '1', placeholder: 'e.g. 23' });
  const title = input({ required: true });
  const startsOn = input({ type: 'date', required: true });
  const endsOn = input({ type: 'date' });
  const startHalf = select(enumOptions(['AM', 'PM']), {}, 'whole day');
  const format = select(enumOptions(FORMATS));
  const location = input();
  const participants = input({ type: 'number', min: '0' });
  const outcomes = h('ol', { class: 'outcome-rows rows', 'data-field': 'outcomes' });
  const renumber = () =>
    outcomes.querySelectorAll<HTMLElement>(':scope > li').forEach((row, i) => {
      row.dataset.field = `outcomes[${i}]`;
      row.querySelectorAll<HTMLElement>('[data-part]').forEach((p) => (p.dataset.field = `outcomes[${i}].${p.dataset.part}`));
    });
  const addOutcome = () => {
    const kind = select(enumOptions(KINDS));
    const text = textarea({ rows: '2' });
    const kindField = field('kind', 'Verb', kind);
    const textField = field('text', 'The decision, as recorded', text);
    kindField.dataset.part = 'kind';
    textField.dataset.part = 'text';
    const row: HTMLElement = h(
      'li',
      { class: 'row outcome-row' },
      kindField,
      textField,
      h('button', { type: 'button', class: 'link-button up', onclick: () => (row.previousElementSibling ? (outcomes.insertBefore(row, row.previousElementSibling), renumber()) : undefined) }, 'Move up'),
      h('button', { type: 'button', class: 'link-button remove', onclick: () => (row.remove(), renumber()) }, 'Remove'),
      h('p', { class: 'field-error', role: 'alert', hidden: true }),
    );
    outcomes.append(row);
    renumber();
  };
  const form = h(
    'form',
    { class: 'card form meeting-form', novalidate: true },
    h('div', { class: 'grid-3' }, field('group', 'Group', group), field('number', 'Number', number, 'The 23rd meeting: 23'), field('format', 'Format', format)),
    field('title', 'Title', title),
    h('div', { class: 'grid-3' }, field('startsOn', 'Starts on', startsOn), field('startHalf', 'Starts', startHalf), field('endsOn', 'Ends on', endsOn, 'Default: the same day')),
    h('div', { class: 'grid-2' }, field('location', 'Location', location), field('participantCount', 'Participants', participants)),
    h('fieldset', { class: 'group-fieldset' }, h('legend', null, 'Outcomes, in order'), outcomes, h('button', { type: 'button', class: 'link-button add-outcome', onclick: addOutcome }, 'Add an outcome')),
    formActions('Record the meeting'),
  );
  let meetingRef: string | undefined; // once the meeting is saved, later saves only add outcomes
  let recorded = 0;
  onSave(
    form,
    async () => {
      if (!meetingRef) {
        const { createMeeting } = await query(FormCreateMeetingDocument, {
          input: {
            group: group.value.trim(),
            number: number.value ? Number(number.value) : undefined,
            title: title.value.trim(),
            startsOn: startsOn.value,
            endsOn: valueOf(endsOn),
            startHalf: (valueOf(startHalf) as HalfDay | undefined) ?? null,
            format: format.value as MeetingFormat,
            location: valueOf(location),
            participantCount: participants.value ? Number(participants.value) : undefined,
          },
        });
        if (!createMeeting?.meeting) return createMeeting ?? { userErrors: [] };
        const m = createMeeting.meeting;
        meetingRef = `${m.group.acronym}#${m.number ?? ''}`;
        form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.grid-3 input, .grid-3 select, .grid-2 input, [data-field="title"] input').forEach((c) => (c.disabled = true));
      }
      const rows = Array.from(outcomes.querySelectorAll<HTMLElement>(':scope > li'));
      for (const [i, row] of rows.entries()) {
        if (i < recorded) continue;
        const { recordOutcome } = await query(FormRecordOutcomeDocument, {
          input: { meeting: meetingRef, kind: row.querySelector<HTMLSelectElement>('select')!.value as OutcomeKind, text: row.querySelector('textarea')!.value.trim() },
        });
        if (!recordOutcome?.outcome) {
          const errors: FormUserErrorFragment[] = (recordOutcome?.userErrors ?? []).map((e) => ({ ...e, field: `outcomes[${i}].${e.field ?? 'text'}` }));
          showErrors(form, [...errors, { field: null, message: `The meeting ${meetingRef} is saved${recorded ? ` with its first ${recorded} outcome(s)` : ''}; correct outcome ${i + 1} and save again to record the rest.` }]);
          return 'invalid';
        }
        recorded = i + 1;
        row.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('select, textarea').forEach((c) => (c.disabled = true));
      }
      const acronym = meetingRef.split('#')[0]!;
      form.replaceWith(savedNotice(['Meeting recorded: ', h('strong', { class: 'saved-title' }, meetingRef), ` with ${recorded} outcome(s).`], h('a', { class: 'saved-link', href: groupPath(acronym) }, `${acronym}’s page`)));
      return { userErrors: [] };
    },
    { onSuccess: () => undefined },
  );
  return form;
}

export function meetingPage(): Promise<PageView> {
  return formPage('Record a meeting', 'The meeting, then its outcomes in the order the report lists them.', (viewer) => meetingForm(viewer));
}
