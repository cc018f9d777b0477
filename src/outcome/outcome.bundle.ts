import { z } from 'zod';
import { LIMITS } from '../platform/errors/input-check.js';
import { count, formed, oneOf, sources, text, texts } from '../bundle/bundle.types.js';
import { clean, pad, sorted, sources as canonicalSources } from '../bundle/bundle.canonical.js';
import { defineSection } from '../bundle/bundle.section.js';
import type { Names, RowHistory } from '../bundle/bundle.rows.js';
import { replaceLinks } from '../bundle/bundle.store.js';
import { MEETING_KEY, meetingKeyField, meetingKeyOf, meetingKeyOrder, meetingLabel, type MeetingRow } from '../meeting/meeting.bundle.js';
import { slugOf } from '../topic/topic.bundle.js';
import { OutcomeKind } from './outcome.entity.js';
import { outcomeLabelOf, outcomeSnapshot } from './outcome.service.js';

/** The outcomes of meetings in a bundle (bundle.section.ts): keyed by "<meeting key>/<position>", ignoring case. */

/** "CWG-COP#21/2" */
export function outcomeKey(meeting: string, position: number): string {
  return `${meeting}/${position}`;
}

/** An outcome's natural key as a record's field: "<meeting key>/<position>" */
export const outcomeKeyField = () => formed(LIMITS.short, new RegExp(`^.+${MEETING_KEY}/[1-9][0-9]*$`), 'An outcome\'s natural key: "<meeting key>/<position>", e.g. "CWG-COP#21/2"');

export const BundleOutcome = z
  .strictObject({
    meeting: meetingKeyField(),
    position: count(1).describe('1-based, in the order the meeting recorded them'),
    kind: oneOf(OutcomeKind),
    text: text(),
    topics: texts().optional().describe('topic slugs'),
    sources: sources(),
  })
  .meta({ id: 'BundleOutcome' });
export type BundleOutcome = z.infer<typeof BundleOutcome>;

declare module '../bundle/bundle.types.js' {
  interface BundleLists {
    outcomes: BundleOutcome[];
  }
  /** the kinds its records are, as the history names them */
  interface BundleKinds {
    Outcome: true;
  }
}

export interface OutcomeRow {
  id: number;
  meeting_id: number;
  position: number;
  kind: string;
  text: string;
  topics: number[];
}

/** how the history names an outcome: the outcome domain's label */
export function outcomeLabel(names: Names, id: number | null): string | null {
  if (id == null) return null;
  const o = names.row<OutcomeRow>('Outcome', id);
  return outcomeLabelOf(id, o.position, meetingLabel(names, o.meeting_id));
}

/** the group whose meeting recorded an outcome */
export const outcomeGroup = (names: Names, id: number) => names.row<MeetingRow>('Meeting', names.row<OutcomeRow>('Outcome', id).meeting_id).group_id;

const outcomeRows: RowHistory<OutcomeRow> = {
  type: 'Outcome',
  snapshot: (names, o) =>
    outcomeSnapshot({ meeting: meetingLabel(names, o.meeting_id), position: o.position, kind: o.kind, text: o.text, topics: o.topics.map((t) => slugOf(names, t)) }),
  groupIds: (names, o) => [names.row<MeetingRow>('Meeting', o.meeting_id).group_id],
};

export const outcomeBundle = defineSection({
  list: 'outcomes',
  record: BundleOutcome,
  types: ['Outcome'],
  needs: ['Meeting', 'Topic'],
  canonical: (o) => clean({ meeting: o.meeting, position: o.position, kind: o.kind, text: o.text, topics: sorted(o.topics), sources: canonicalSources(o.sources) }),
  order: (o) => [...meetingKeyOrder(o.meeting), pad(o.position)],

  async export(ctx) {
    const outcomes = await ctx.rows('outcomes', `select id, meeting_id, position, kind, text from outcomes`);
    ctx.setKeys('Outcome', new Map(outcomes.map((o) => [o.id as number, outcomeKey(ctx.key('Meeting', o.meeting_id)!, o.position)])));
    const topics = await ctx.listsOf(`select outcome_id as owner, topic_id as target from outcome_topics`, (t) => ctx.key('Topic', t)!);
    return () =>
      outcomes.map((o): BundleOutcome => ({
        meeting: ctx.key('Meeting', o.meeting_id)!,
        position: o.position,
        kind: o.kind,
        text: o.text,
        topics: topics.get(o.id),
        sources: ctx.sources('Outcome', o.id),
      }));
  },

  import(ctx, records) {
    const outcomes = ctx.kind<OutcomeRow>({ table: 'outcomes', columns: ['meeting_id', 'position', 'kind', 'text'], history: outcomeRows, caseless: true });
    return {
      async read() {
        const topics = await ctx.idsOf(`select outcome_id as owner, topic_id as target from outcome_topics`);
        const rows = outcomes.read(await ctx.select<OutcomeRow & { version: number }>(`select id, meeting_id, position, kind, text, version from outcomes`));
        for (const o of rows) o.topics = topics.get(o.id) ?? [];
        outcomes.load(rows, (o) => `${meetingKeyOf(ctx, o.meeting_id)}/${o.position}`);
      },
      async resolve() {
        await ctx.resolve(outcomes, records, {
          name: 'outcomes',
          keyOf: (o, i) => `${meetingKeyOf(ctx, ctx.id('Meeting', o.meeting, `outcomes[${i}]`, 'meeting')!)}/${o.position}`,
          build: (o, id, i): OutcomeRow => ({
            id,
            meeting_id: ctx.id('Meeting', o.meeting, `outcomes[${i}]`, 'meeting')!,
            position: o.position,
            kind: o.kind,
            text: o.text,
            topics: ctx.ids('Topic', o.topics, `outcomes[${i}]`, 'topics'),
          }),
          keyField: 'position',
          shown: (o) => `${o.meeting}/${o.position}`,
          historyKey: (o) => `${o.meeting}/${o.position}`,
          sources: (o) => o.sources,
        });
      },
      async write() {
        await ctx.put(outcomes);
        await replaceLinks(ctx.knex, 'outcome_topics', ['outcome_id', 'topic_id'], outcomes.updates.map((o) => o.id),
          outcomes.changedOrNew().flatMap((o) => o.topics.map((t) => ({ outcome_id: o.id, topic_id: t }))));
      },
    };
  },
});
