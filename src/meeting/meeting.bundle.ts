import { z } from 'zod';
import { LIMITS } from '../platform/errors/input-check.js';
import { count, formed, isoDate, oneOf, short, shortAny, sources, texts } from '../bundle/bundle.types.js';
import { clean, pad, sorted, sources as canonicalSources, value } from '../bundle/bundle.canonical.js';
import { defineSection, type ImportContext } from '../bundle/bundle.section.js';
import { BundleError } from '../bundle/bundle.import.js';
import type { Names, RowHistory } from '../bundle/bundle.rows.js';
import { replaceLinks } from '../bundle/bundle.store.js';
import { acronymOf, type GroupRow } from '../group/group.bundle.js';
import { slugOf } from '../topic/topic.bundle.js';
import { HalfDay, MeetingFormat } from './meeting.entity.js';
import { meetingLabelOf, meetingSnapshot } from './meeting.service.js';
import { meetingDatesProblem } from './meeting.rules.js';

/** The meetings in a bundle (bundle.section.ts): keyed by "<group>#<number>", or "<group>@<start date>" without a number, ignoring case. */

/** "CWG-COP#22", or for a meeting without a number "CWG-COP@2025-02-12" */
export function meetingKey(groupAcronym: string, number: number | null | undefined, startsOn: string): string {
  return number != null ? `${groupAcronym}#${number}` : `${groupAcronym}@${startsOn}`;
}

/** what follows the group's acronym in a meeting's key */
export const MEETING_KEY = '(#[1-9][0-9]*|@\\d{4}-\\d{2}-\\d{2})';
/** A meeting's natural key as a record's field: "<group acronym>#<number>", or "<group acronym>@<start date>" for a meeting without a number */
export const meetingKeyField = () =>
  formed(LIMITS.short, new RegExp(`^.+${MEETING_KEY}$`), 'A meeting\'s natural key: "<group acronym>#<ordinal number>", e.g. "CWG-COP#22", or "<group acronym>@<start date>", e.g. "CG-COP@2025-04-08"');

export const BundleMeeting = z
  .strictObject({
    group: short().describe('acronym of the group that held it'),
    number: count(1).optional().describe('ordinal: 21 for the twenty-first meeting; with the group, the meeting\'s natural key'),
    title: short(),
    startsOn: isoDate(),
    startHalf: oneOf(HalfDay).optional(),
    endsOn: isoDate(),
    endHalf: oneOf(HalfDay).optional(),
    location: shortAny().optional(),
    format: oneOf(MeetingFormat),
    participantCount: count(0).optional(),
    topics: texts().optional().describe('topic slugs'),
    sources: sources(),
  })
  .meta({ id: 'BundleMeeting' });
export type BundleMeeting = z.infer<typeof BundleMeeting>;

declare module '../bundle/bundle.types.js' {
  interface BundleLists {
    meetings: BundleMeeting[];
  }
  /** the kinds its records are, as the history names them */
  interface BundleKinds {
    Meeting: true;
  }
}

export interface MeetingRow {
  id: number;
  group_id: number;
  number: number | null;
  title: string;
  starts_on: string;
  start_half: string | null;
  ends_on: string;
  end_half: string | null;
  location: string | null;
  format: string;
  participant_count: number | null;
  topics: number[];
}

/** numbered meetings by number, then unnumbered ones by date (the canonical order) */
function meetingOrder(group: string, number: number | undefined, startsOn: string): string[] {
  return number != null ? [group, '0', pad(number)] : [group, '1', startsOn];
}

/** a meeting key's place in the canonical order */
export function meetingKeyOrder(key: string): string[] {
  const numbered = /^(.*)#(\d+)$/.exec(key);
  if (numbered) return meetingOrder(numbered[1], Number(numbered[2]), '');
  const dated = /^(.*)@(.*)$/.exec(key);
  return dated ? meetingOrder(dated[1], undefined, dated[2]) : [key];
}

/** how the history names a meeting: the meeting domain's label */
export function meetingLabel(names: Names, id: number | null): string | null {
  if (id == null) return null;
  const m = names.row<MeetingRow>('Meeting', id);
  return meetingLabelOf(id, m.number, acronymOf(names, m.group_id));
}

/** the group that held a meeting */
export const meetingGroup = (names: Names, id: number | null) => (id == null ? null : names.row<MeetingRow>('Meeting', id).group_id);

/** a meeting's natural key in lower case, from the rows as they will be */
export function meetingKeyOf(ctx: ImportContext, meetingId: number): string {
  const m = ctx.kindOf<MeetingRow>('Meeting').after.get(meetingId)!;
  return meetingKey(ctx.kindOf<GroupRow>('Group').after.get(m.group_id)!.acronym, m.number, m.starts_on).toLowerCase();
}

const meetingRows: RowHistory<MeetingRow> = {
  type: 'Meeting',
  snapshot: (names, m) =>
    meetingSnapshot({
      group: acronymOf(names, m.group_id),
      number: m.number,
      title: m.title,
      startsOn: m.starts_on,
      startHalf: m.start_half,
      endsOn: m.ends_on,
      endHalf: m.end_half,
      location: m.location,
      format: m.format,
      participantCount: m.participant_count,
      topics: m.topics.map((t) => slugOf(names, t)),
    }),
  groupIds: (_names, m) => [m.group_id],
};

const date = (column: string) => `to_char(${column}, 'YYYY-MM-DD') as ${column}`;

export const meetingBundle = defineSection({
  list: 'meetings',
  record: BundleMeeting,
  types: ['Meeting'],
  needs: ['Group', 'Topic'],
  canonical: (m) =>
    clean({
      group: m.group,
      number: value(m.number),
      title: m.title,
      startsOn: m.startsOn,
      startHalf: value(m.startHalf),
      endsOn: m.endsOn,
      endHalf: value(m.endHalf),
      location: value(m.location),
      format: m.format,
      participantCount: value(m.participantCount),
      topics: sorted(m.topics),
      sources: canonicalSources(m.sources),
    }),
  order: (m) => meetingOrder(m.group, m.number, m.startsOn),

  async export(ctx) {
    const meetings = await ctx.rows(
      'meetings',
      `select id, group_id, number, title, ${date('starts_on')}, start_half, ${date('ends_on')}, end_half, location, format, participant_count from meetings`,
    );
    const keys = new Map<number, string>();
    const meetingOfKey = new Map<string, Record<string, any>>();
    for (const m of meetings) {
      const group = ctx.key('Group', m.group_id)!;
      const key = meetingKey(group, m.number, m.starts_on);
      const twin = meetingOfKey.get(key);
      if (twin) {
        throw new Error(`Two meetings of ${group} start on ${m.starts_on} without a number ("${twin.title}", "${m.title}"): give one a number so a bundle can tell them apart.`);
      }
      meetingOfKey.set(key, m);
      keys.set(m.id, key);
    }
    ctx.setKeys('Meeting', keys);
    const topics = await ctx.listsOf(`select meeting_id as owner, topic_id as target from meeting_topics`, (t) => ctx.key('Topic', t)!);
    return () =>
      meetings.map((m): BundleMeeting => ({
        group: ctx.key('Group', m.group_id)!,
        number: m.number,
        title: m.title,
        startsOn: m.starts_on,
        startHalf: m.start_half,
        endsOn: m.ends_on,
        endHalf: m.end_half,
        location: m.location,
        format: m.format,
        participantCount: m.participant_count,
        topics: topics.get(m.id),
        sources: ctx.sources('Meeting', m.id),
      }));
  },

  import(ctx, records) {
    const meetings = ctx.kind<MeetingRow>({
      table: 'meetings',
      columns: ['group_id', 'number', 'title', 'starts_on', 'start_half', 'ends_on', 'end_half', 'location', 'format', 'participant_count'],
      history: meetingRows,
      caseless: true,
    });
    const groups = ctx.kindOf<GroupRow>('Group');
    return {
      async read() {
        const topics = await ctx.idsOf(`select meeting_id as owner, topic_id as target from meeting_topics`);
        const rows = meetings.read(await ctx.select<MeetingRow & { version: number }>(
          `select id, group_id, number, title, ${date('starts_on')}, start_half, ${date('ends_on')}, end_half, location, format, participant_count, version from meetings`));
        for (const m of rows) m.topics = topics.get(m.id) ?? [];
        meetings.load(rows, (m) => meetingKey(groups.before.get(m.group_id)!.acronym, m.number, m.starts_on).toLowerCase());
      },
      async resolve() {
        await ctx.resolve(meetings, records, {
          name: 'meetings',
          keyOf: (m, i) => {
            const group = ctx.ref<GroupRow>('Group', m.group, `meetings[${i}]`, 'group');
            return meetingKey(group.acronym, m.number, m.startsOn).toLowerCase();
          },
          build: (m, id, i): MeetingRow => {
            const record = `meetings[${i}]`;
            const dates = meetingDatesProblem(m);
            if (dates) throw new BundleError(record, dates.field, dates.problem);
            return {
              id,
              group_id: ctx.id('Group', m.group, record, 'group')!,
              number: m.number ?? null,
              title: m.title,
              starts_on: m.startsOn,
              start_half: m.startHalf ?? null,
              ends_on: m.endsOn,
              end_half: m.endHalf ?? null,
              location: m.location ?? null,
              format: m.format,
              participant_count: m.participantCount ?? null,
              topics: ctx.ids('Topic', m.topics, record, 'topics'),
            };
          },
          keyField: (m) => (m.number == null ? 'startsOn' : 'number'),
          shown: (m) => meetingKey(groups.byKey.get(m.group.toLowerCase())!.acronym, m.number, m.startsOn),
          historyKey: (m) => meetingKey(m.group, m.number, m.startsOn),
          sources: (m) => m.sources,
        });
      },
      async write() {
        await ctx.put(meetings);
        await replaceLinks(ctx.knex, 'meeting_topics', ['meeting_id', 'topic_id'], meetings.updates.map((m) => m.id),
          meetings.changedOrNew().flatMap((m) => m.topics.map((t) => ({ meeting_id: m.id, topic_id: t }))));
      },
    };
  },
});
