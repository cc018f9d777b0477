/**
 * A report's milestones: add one (where, what, when), or move one along (done, slipped and
 * replanned, cancelled), each from the version shown; a stale one is explained and reloaded.
 */
import { h } from '../dom.js';
import { query } from '../api.js';
import { FormAddMilestoneDocument, FormReportsDocument, MilestoneHistoryDocument, FormSetMilestoneStatusDocument, ReportForFormDocument, type MilestoneKind, type MilestoneStatus } from '../generated.js';
import { chip } from '../components.js';
import { formatPlanned, label } from '../format.js';
import type { PageView } from '../page.js';
import { mayWriteFor, type SessionViewer } from '../session.js';
import { MILESTONE_TRANSITIONS } from '../../../report/milestone.lifecycle.js';
import { enumOptions, field, formActions, formPage, groupInput, input, keepValues, onSave, partialDateInput, restoreValues, select, showConflict, valueOf } from './kit.js';
import { parsePartialDate } from '../../../platform/dates/partial-date.js';

const KINDS: MilestoneKind[] = ['DISCUSSION', 'PRESENTATION', 'SUBMISSION', 'ADOPTION'];

async function reportSection(viewer: SessionViewer, reportId: string, holder: HTMLElement, kept?: Map<string, Map<string, string>>): Promise<void> {
  const { node } = await query(ReportForFormDocument, { id: reportId });
  if (!node || node.__typename !== 'Report') {
    holder.replaceChildren(h('p', { class: 'notice' }, 'No such report.'));
    return;
  }
  const redraw = () => {
    const values = new Map<string, Map<string, string>>();
    holder.querySelectorAll<HTMLFormElement>('form[data-milestone]').forEach((f) => values.set(f.dataset.milestone!, keepValues(f)));
    void reportSection(viewer, reportId, holder, values);
  };
  const rows = node.milestones.map((m) => {
    const moves = MILESTONE_TRANSITIONS[m.status as MilestoneStatus] ?? [];
    const where = `${m.group.acronym}${m.meeting ? ` (${m.meeting.group.acronym}#${m.meeting.number ?? '?'})` : ''}`;
    const status = select(enumOptions(moves), {}, 'Move to…');
    // replanned as precisely as it was planned (a month stays a month), or changed beside it
    const plannedFor = partialDateInput({}, (m.plannedFor && parsePartialDate(m.plannedFor)?.precision) || 'month');
    const form = h(
      'form',
      { class: 'milestone-row status-form', 'data-milestone': `${m.kind} ${where}`, novalidate: true },
      h('div', { class: 'current' }, h('strong', null, `${label(m.kind)} in ${where}`), ` — ${formatPlanned(m.plannedFor)} `, chip(label(m.status), 'neutral')),
      moves.length && mayWriteFor(viewer, [node.ownerGroup.acronym, m.group.acronym])
        ? [h('div', { class: 'grid-2' }, field('status', 'Move to', status), field('plannedFor', 'New planned date (to replan)', plannedFor)), formActions('Save')]
        : null,
    );
    const values = kept?.get(`${m.kind} ${where}`);
    if (values) restoreValues(form, values);
    onSave(
      form,
      async () => {
        if (!status.value) return { userErrors: [{ code: 'BAD_USER_INPUT', field: 'status', message: 'Choose where it moves.', currentVersion: null }] };
        const { setMilestoneStatus } = await query(FormSetMilestoneStatusDocument, { input: { id: m.id, version: m.version, status: status.value as MilestoneStatus, plannedFor: valueOf(plannedFor) } });
        return setMilestoneStatus ?? { userErrors: [] };
      },
      {
        onSuccess: () => redraw(),
        onConflict: () =>
          void query(MilestoneHistoryDocument, { id: m.id }).then(({ node: now }) => showConflict(form, m.version, now?.__typename === 'Milestone' ? now.history : { edges: [] }, redraw)),
      },
    );
    return h('li', null, form);
  });

  // add one: an EDITOR adds to its own group's report, or a stop held at its group
  const group = groupInput({ required: true, placeholder: 'where: e.g. ITU-T SG17' }, viewer.role === 'EDITOR' && !viewer.groups.includes(node.ownerGroup.acronym) ? viewer.groups : undefined);
  const kind = select(enumOptions(KINDS));
  const plannedFor = partialDateInput({}, 'month');
  const meeting = input({ placeholder: 'e.g. ITU-T SG17#5' });
  const add = h(
    'form',
    { class: 'card form add-milestone-form', novalidate: true },
    h('h2', null, 'Add a milestone'),
    h('div', { class: 'grid-2' }, field('group', 'Where (group)', group), field('kind', 'What', kind)),
    h('div', { class: 'grid-2' }, field('plannedFor', 'Planned for', plannedFor), field('meeting', 'At the meeting', meeting, 'Optional, as "ACRONYM#number"')),
    formActions('Add the milestone'),
  );
  onSave(
    add,
    async () => {
      const { addMilestone } = await query(FormAddMilestoneDocument, {
        input: { report: reportId, group: group.value.trim(), kind: kind.value as MilestoneKind, plannedFor: plannedFor.value || undefined, meeting: valueOf(meeting) },
      });
      return addMilestone ?? { userErrors: [] };
    },
    { onSuccess: () => redraw() },
  );
  holder.replaceChildren(
    h('section', { class: 'card' }, h('h2', null, `${node.title} (${node.ownerGroup.acronym})`), rows.length ? h('ul', { class: 'plain milestone-rows' }, rows) : h('p', { class: 'empty' }, 'No milestone yet.')),
    add,
  );
}

async function milestonesForm(viewer: SessionViewer, url: URL): Promise<HTMLElement> {
  const { reports } = await query(FormReportsDocument);
  const choice = select(
    reports.edges.map(({ node: r }) => [r.id, `${r.title} (${r.ownerGroup.acronym})`] as [string, string]),
    {},
    'Choose the report…',
  );
  const holder = h('div', { class: 'report-holder' });
  const show = () => {
    const url2 = new URL(location.href);
    if (choice.value) url2.searchParams.set('report', choice.value);
    history.replaceState(null, '', url2);
    if (choice.value) reportSection(viewer, choice.value, holder).catch((e: unknown) => holder.replaceChildren(h('p', { class: 'notice error', role: 'alert' }, e instanceof Error ? e.message : String(e))));
    else holder.replaceChildren();
  };
  choice.addEventListener('change', show);
  const wanted = url.searchParams.get('report');
  if (wanted) {
    choice.value = wanted;
    await reportSection(viewer, wanted, holder);
  }
  return h('div', null, h('div', { class: 'card form' }, field('report', 'Report', choice)), holder);
}

export function milestonesPage(url: URL): Promise<PageView> {
  return formPage('Report milestones', 'Where a travelling report is discussed, presented, submitted or adopted, and when.', (viewer) => milestonesForm(viewer, url));
}

