/**
 * Picking a meeting and one of its outcomes by their readable references: a group typed as
 * people type it, then its meetings ("CWG-COP#22") and their outcomes in order ("CWG-COP#22/3").
 */
import { h } from '../dom.js';
import { query } from '../api.js';
import { FormMeetingsDocument, type FormMeetingsQuery } from '../generated.js';
import { formatDate, label } from '../format.js';
import { field, groupInput, select } from './kit.js';

export type PickedMeeting = FormMeetingsQuery['meetings']['edges'][number]['node'];

export interface MeetingPicker {
  /** the group field, the meeting field and (when asked) the outcome field */
  el: HTMLElement;
  /** "CWG-COP#22", or "" */
  meeting: () => string;
  /** "CWG-COP#22/3", or "" */
  outcome: () => string;
  picked: () => PickedMeeting | undefined;
  /** called when the pick changes */
  onChange: (listener: () => void) => void;
}

export const meetingRef = (m: Pick<PickedMeeting, 'number' | 'group'>): string => `${m.group.acronym}#${m.number ?? '?'}`;

export function meetingPicker(options: { names: { meeting: string; outcome?: string }; groups?: readonly string[]; initial?: { group?: string; meeting?: string; outcome?: string } }): MeetingPicker {
  const group = groupInput({ placeholder: 'e.g. CWG-COP', value: options.initial?.group ?? '' }, options.groups);
  const meeting = select([], { name: options.names.meeting }, 'Type the group first');
  const outcome = options.names.outcome ? select([], { name: options.names.outcome }, 'Pick the meeting first') : undefined;
  let meetings: PickedMeeting[] = [];
  const listeners: (() => void)[] = [];
  const fire = () => listeners.forEach((l) => l());
  const picked = () => meetings.find((m) => meetingRef(m) === meeting.value);

  const fillOutcomes = (want?: string) => {
    if (!outcome) return;
    const m = picked();
    outcome.replaceChildren(
      h('option', { value: '' }, m ? (m.outcomes.length ? 'Choose the outcome…' : 'No outcome recorded') : 'Pick the meeting first'),
      ...(m?.outcomes ?? []).map((o) => h('option', { value: `${meetingRef(m!)}/${o.position}` }, `${meetingRef(m!)}/${o.position} — ${label(o.kind)}: ${o.text.length > 90 ? `${o.text.slice(0, 90)}…` : o.text}`)),
    );
    if (want) outcome.value = want;
  };
  let ticket = 0;
  const load = async (want?: { meeting?: string; outcome?: string }) => {
    const name = group.value.trim();
    const mine = ++ticket;
    const result = name ? await query(FormMeetingsDocument, { group: name }).catch(() => undefined) : undefined;
    if (mine !== ticket) return;
    meetings = result?.meetings.edges.map((e) => e.node).filter((m) => m.number !== null && m.number !== undefined) ?? [];
    meeting.replaceChildren(
      h('option', { value: '' }, name ? (meetings.length ? 'Choose the meeting…' : 'No numbered meeting of this group') : 'Type the group first'),
      ...meetings.map((m) => h('option', { value: meetingRef(m) }, `${meetingRef(m)} — ${m.title} (${formatDate(m.startsOn)})`)),
    );
    if (want?.meeting) meeting.value = want.meeting;
    fillOutcomes(want?.outcome);
    fire();
  };
  group.addEventListener('change', () => void load());
  meeting.addEventListener('change', () => {
    fillOutcomes();
    fire();
  });
  outcome?.addEventListener('change', fire);
  if (options.initial?.group) void load(options.initial);

  return {
    el: h(
      'div',
      { class: outcome ? 'grid-3' : 'grid-2' },
      field(`${options.names.meeting}-group`, 'Group', group),
      field(options.names.meeting, 'Meeting', meeting),
      outcome ? field(options.names.outcome!, 'Outcome', outcome) : null,
    ),
    meeting: () => meeting.value,
    outcome: () => outcome?.value ?? '',
    picked,
    onChange: (listener) => listeners.push(listener),
  };
}
