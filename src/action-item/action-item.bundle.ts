import { z } from 'zod';
import { oneOf, partialDate, recordKey, short, sources } from '../bundle/bundle.types.js';
import { clean, sources as canonicalSources, value } from '../bundle/bundle.canonical.js';
import { defineSection } from '../bundle/bundle.section.js';
import { present, type RowHistory } from '../bundle/bundle.rows.js';
import { partialDateSql } from '../platform/database/period-sql.js';
import { acronymOf } from '../group/group.bundle.js';
import { meetingKeyField, meetingLabel } from '../meeting/meeting.bundle.js';
import { outcomeGroup, outcomeKeyField, outcomeLabel } from '../outcome/outcome.bundle.js';
import { ActionStatus } from './action-item.entity.js';
import { actionItemSnapshot } from './action-item.service.js';

/** The action items in a bundle (bundle.section.ts): keyed by `key`. */

export const BundleActionItem = z
  .strictObject({
    key: recordKey(),
    title: short(),
    assignee: short().describe('acronym of the group or body that owes it'),
    raisedBy: outcomeKeyField().optional(),
    resolvedBy: outcomeKeyField().optional(),
    dueOn: partialDate().optional(),
    dueMeeting: meetingKeyField().optional(),
    status: oneOf(ActionStatus),
    sources: sources(),
  })
  .meta({ id: 'BundleActionItem' });
export type BundleActionItem = z.infer<typeof BundleActionItem>;

declare module '../bundle/bundle.types.js' {
  interface BundleLists {
    actionItems: BundleActionItem[];
  }
  /** the kinds its records are, as the history names them */
  interface BundleKinds {
    ActionItem: true;
  }
}

export interface ActionItemRow {
  id: number;
  key: string | null;
  title: string;
  assignee_id: number;
  raised_by_id: number | null;
  resolved_by_id: number | null;
  due_on: string | null;
  due_meeting_id: number | null;
  status: string;
}

const actionItemRows: RowHistory<ActionItemRow> = {
  type: 'ActionItem',
  snapshot: (names, a) =>
    actionItemSnapshot({
      title: a.title,
      assignee: acronymOf(names, a.assignee_id),
      raisedBy: outcomeLabel(names, a.raised_by_id),
      resolvedBy: outcomeLabel(names, a.resolved_by_id),
      dueOn: a.due_on,
      dueMeeting: meetingLabel(names, a.due_meeting_id),
      status: a.status,
    }),
  groupIds: (names, a) => present([a.assignee_id, a.raised_by_id != null ? outcomeGroup(names, a.raised_by_id) : null]),
};

/** a date as precise as its source (2025, 2025-04, 2025-04-15), as the API shows it */
const partial = (column: string) => `${partialDateSql(column)} as ${column}`;

export const actionItemBundle = defineSection({
  list: 'actionItems',
  record: BundleActionItem,
  types: ['ActionItem'],
  needs: ['Group', 'Meeting', 'Outcome'],
  canonical: (a) =>
    clean({
      key: a.key,
      title: a.title,
      assignee: a.assignee,
      raisedBy: value(a.raisedBy),
      resolvedBy: value(a.resolvedBy),
      dueOn: value(a.dueOn),
      dueMeeting: value(a.dueMeeting),
      status: a.status,
      sources: canonicalSources(a.sources),
    }),
  order: (a) => [a.key],

  async export(ctx) {
    // in creation order, so that derived keys come out the same every time
    const items = await ctx.rows(
      'action items',
      `select id, key, title, assignee_id, raised_by_id, resolved_by_id, ${partial('due_on')}, due_meeting_id, status, created_at from action_items order by created_at, id`,
    );
    const keys = ctx.keyed('ActionItem', items);
    const ref = (type: 'Outcome' | 'Meeting', id: number | null) => (id == null ? undefined : ctx.key(type, id));
    return () =>
      items.map((a): BundleActionItem => ({
        key: keys.get(a.id)!,
        title: a.title,
        assignee: ctx.key('Group', a.assignee_id)!,
        raisedBy: ref('Outcome', a.raised_by_id),
        resolvedBy: ref('Outcome', a.resolved_by_id),
        dueOn: a.due_on,
        dueMeeting: ref('Meeting', a.due_meeting_id),
        status: a.status,
        sources: ctx.sources('ActionItem', a.id),
      }));
  },

  import(ctx, records) {
    const items = ctx.kind<ActionItemRow>({
      table: 'action_items',
      columns: ['key', 'title', 'assignee_id', 'raised_by_id', 'resolved_by_id', 'due_on', 'due_meeting_id', 'status'],
      partialDates: ['due_on'],
      history: actionItemRows,
    });
    return {
      async read() {
        // records without a key of their own get the one export gives them, in the same order
        items.loadKeyed(items.read(await ctx.select<ActionItemRow & { version: number }>(
          `select id, key, title, assignee_id, raised_by_id, resolved_by_id, ${partial('due_on')}, due_meeting_id, status, version from action_items order by created_at, id`)));
      },
      async resolve() {
        await ctx.resolve(items, records, {
          name: 'action items',
          keyOf: (a) => a.key,
          build: (a, id, i): ActionItemRow => {
            const record = `actionItems[${i}]`;
            return {
              id,
              key: a.key,
              title: a.title,
              assignee_id: ctx.id('Group', a.assignee, record, 'assignee')!,
              raised_by_id: ctx.id('Outcome', a.raisedBy, record, 'raisedBy'),
              resolved_by_id: ctx.id('Outcome', a.resolvedBy, record, 'resolvedBy'),
              due_on: a.dueOn ?? null,
              due_meeting_id: ctx.id('Meeting', a.dueMeeting, record, 'dueMeeting'),
              status: a.status,
            };
          },
          keyField: 'key',
          storesKey: true,
          sources: (a) => a.sources,
        });
      },
      async write() {
        await ctx.put(items);
      },
    };
  },
});
