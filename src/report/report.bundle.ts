import { z } from 'zod';
import { LIMITS } from '../platform/errors/input-check.js';
import { formed, oneOf, partialDate, recordKey, short, sources } from '../bundle/bundle.types.js';
import { clean, sortBy, sorted, sources as canonicalSources, value } from '../bundle/bundle.canonical.js';
import { assignKeys, slugKey } from '../bundle/bundle.keys.js';
import { defineSection, type Row } from '../bundle/bundle.section.js';
import { present, type RowHistory } from '../bundle/bundle.rows.js';
import { replaceLinks } from '../bundle/bundle.store.js';
import { partialDateSql } from '../platform/database/period-sql.js';
import { acronymOf, type GroupRow } from '../group/group.bundle.js';
import { meetingKeyField, meetingLabel } from '../meeting/meeting.bundle.js';
import { outcomeKeyField, outcomeLabel } from '../outcome/outcome.bundle.js';
import { MilestoneKind, MilestoneStatus, ReportStatus } from './report.entity.js';
import { milestoneSnapshot, reportSnapshot } from './report.service.js';

/** The reports in a bundle (bundle.section.ts), keyed by `key`, and their milestones, keyed by `key` within their report. */

export const BundleMilestone = z
  .strictObject({
    key: recordKey().describe('unique within its report'),
    group: short().describe('acronym of the group where it happens'),
    kind: oneOf(MilestoneKind),
    plannedFor: partialDate().optional().describe('as precise as the source: 2025-04 for "in April 2025"'),
    meeting: meetingKeyField().optional(),
    status: oneOf(MilestoneStatus),
    sources: sources(),
  })
  .meta({ id: 'BundleMilestone' });
export type BundleMilestone = z.infer<typeof BundleMilestone>;

export const BundleReport = z
  .strictObject({
    key: recordKey(),
    title: short(),
    kind: formed(LIMITS.name, /^[A-Z][A-Z0-9_]*$/, 'upper-case words joined by underscores, e.g. GAP_ANALYSIS'),
    ownerGroup: short().describe('acronym of the owning group'),
    status: oneOf(ReportStatus),
    outcomes: z.array(outcomeKeyField()).optional().describe('keys of the meeting outcomes that concern it, e.g. an expectation about when it is discussed; absent leaves a held report\'s as they are, [] clears them'),
    milestones: z.array(BundleMilestone).describe('in date order'),
    sources: sources(),
  })
  .meta({ id: 'BundleReport' });
export type BundleReport = z.infer<typeof BundleReport>;

declare module '../bundle/bundle.types.js' {
  interface BundleLists {
    reports: BundleReport[];
  }
  /** the kinds its records are, as the history names them */
  interface BundleKinds {
    Report: true;
    Milestone: true;
  }
}

interface ReportRow {
  id: number;
  key: string | null;
  title: string;
  kind: string;
  owner_group_id: number;
  status: string;
  /** ids of the outcomes that concern it (report_outcomes), sorted */
  outcomes: number[];
}
interface MilestoneRow {
  id: number;
  key: string | null;
  report_id: number;
  group_id: number;
  kind: string;
  planned_for: string | null;
  meeting_id: number | null;
  status: string;
}

const reportRows: RowHistory<ReportRow> = {
  type: 'Report',
  snapshot: (names, r) =>
    reportSnapshot({
      title: r.title,
      kind: r.kind,
      ownerGroup: acronymOf(names, r.owner_group_id),
      status: r.status,
      topics: [],
      outcomes: r.outcomes.map((id) => outcomeLabel(names, id)!),
    }),
  groupIds: (_names, r) => [r.owner_group_id],
};

const milestoneRows: RowHistory<MilestoneRow> = {
  type: 'Milestone',
  snapshot: (names, m) =>
    milestoneSnapshot({
      reportId: m.report_id,
      group: acronymOf(names, m.group_id),
      kind: m.kind,
      plannedFor: m.planned_for,
      meeting: meetingLabel(names, m.meeting_id),
      status: m.status,
    }),
  groupIds: (names, m) => present([names.row<ReportRow>('Report', m.report_id).owner_group_id, m.group_id]),
};

/** a milestone without a key of its own gets one from what it is, where and when */
const milestoneKeyBase = (m: Pick<MilestoneRow, 'kind' | 'planned_for'>, acronym: string) => slugKey(`${m.kind}-${acronym}-${m.planned_for?.slice(0, 7) ?? 'undated'}`);

/** a date as precise as its source (2025, 2025-04, 2025-04-15), as the API shows it */
const partial = (column: string) => `${partialDateSql(column)} as ${column}`;

const milestone = (m: BundleMilestone): BundleMilestone =>
  clean({
    key: m.key,
    group: m.group,
    kind: m.kind,
    plannedFor: value(m.plannedFor),
    meeting: value(m.meeting),
    status: m.status,
    sources: canonicalSources(m.sources),
  });

export const reportBundle = defineSection({
  list: 'reports',
  record: BundleReport,
  types: ['Report', 'Milestone'],
  needs: ['Group', 'Meeting', 'Outcome'],
  canonical: (r) =>
    clean({
      key: r.key,
      title: r.title,
      kind: r.kind,
      ownerGroup: r.ownerGroup,
      status: r.status,
      outcomes: sorted(r.outcomes),
      // in date order (undated last), then by key
      milestones: sortBy(r.milestones.map(milestone), (m) => [m.plannedFor ? `0${m.plannedFor}` : '1', m.key]),
      sources: canonicalSources(r.sources),
    }),
  order: (r) => [r.key],
  counts: (reports) => ({ reports: reports.length, milestones: reports.reduce((n, r) => n + r.milestones.length, 0) }),

  async export(ctx) {
    // in creation order, so that derived keys come out the same every time
    const reports = await ctx.rows('reports', `select id, key, title, kind, owner_group_id, status, created_at from reports order by created_at, id`);
    const keys = ctx.keyed('Report', reports);
    const outcomes = await ctx.listsOf(`select report_id as owner, outcome_id as target from report_outcomes`, (o) => ctx.key('Outcome', o)!);
    const milestones = await ctx.rows(
      'milestones',
      `select id, key, report_id, group_id, kind, ${partial('planned_for')}, meeting_id, status from milestones order by report_id, created_at, id`,
    );
    const milestoneKeys = new Map<number, string>();
    const milestonesOf = new Map<number, Row[]>();
    for (const m of milestones) milestonesOf.set(m.report_id, [...(milestonesOf.get(m.report_id) ?? []), m]);
    for (const list of milestonesOf.values()) {
      const own = assignKeys(list, (m) => m.key, (m) => milestoneKeyBase(m as MilestoneRow, ctx.key('Group', m.group_id)!));
      for (const m of list) milestoneKeys.set(m.id, own.get(m)!);
    }
    const reportOf = new Map(milestones.map((m) => [m.id as number, m.report_id as number]));
    // the history names a milestone "<report key>/<milestone key>"
    ctx.setKeys('Milestone', (id) => {
      const report = keys.get(reportOf.get(id)!);
      return report && `${report}/${milestoneKeys.get(id)}`;
    });
    return () =>
      reports.map((r): BundleReport => ({
        key: keys.get(r.id)!,
        title: r.title,
        kind: r.kind,
        ownerGroup: ctx.key('Group', r.owner_group_id)!,
        status: r.status,
        outcomes: outcomes.get(r.id),
        milestones: (milestonesOf.get(r.id) ?? []).map((m): BundleMilestone => ({
          key: milestoneKeys.get(m.id)!,
          group: ctx.key('Group', m.group_id)!,
          kind: m.kind,
          plannedFor: m.planned_for,
          meeting: m.meeting_id == null ? undefined : ctx.key('Meeting', m.meeting_id),
          status: m.status,
          sources: ctx.sources('Milestone', m.id),
        })),
        sources: ctx.sources('Report', r.id),
      }));
  },

  import(ctx, records) {
    const reports = ctx.kind<ReportRow>({ table: 'reports', columns: ['key', 'title', 'kind', 'owner_group_id', 'status'], history: reportRows });
    const milestones = ctx.kind<MilestoneRow>({
      table: 'milestones',
      columns: ['key', 'report_id', 'group_id', 'kind', 'planned_for', 'meeting_id', 'status'],
      partialDates: ['planned_for'],
      history: milestoneRows,
    });
    const groups = ctx.kindOf<GroupRow>('Group');
    /** report id → its milestones by key */
    const milestonesOf = new Map<number, Map<string, MilestoneRow>>();
    return {
      async read() {
        const outcomes = await ctx.idsOf(`select report_id as owner, outcome_id as target from report_outcomes`);
        const rows = reports.read(await ctx.select<ReportRow & { version: number }>(`select id, key, title, kind, owner_group_id, status, version from reports order by created_at, id`));
        for (const r of rows) r.outcomes = outcomes.get(r.id) ?? [];
        reports.loadKeyed(rows);

        const held = milestones.read(await ctx.select<MilestoneRow & { version: number }>(
          `select id, key, report_id, group_id, kind, ${partial('planned_for')}, meeting_id, status, version from milestones order by report_id, created_at, id`));
        const byReport = new Map<number, MilestoneRow[]>();
        for (const m of held) byReport.set(m.report_id, [...(byReport.get(m.report_id) ?? []), m]);
        for (const [reportId, list] of byReport) {
          const keys = assignKeys(list, (m) => m.key, (m) => milestoneKeyBase(m, groups.before.get(m.group_id)!.acronym));
          milestonesOf.set(reportId, new Map([...keys].map(([m, key]) => [key, m])));
          for (const m of list) {
            milestones.before.set(m.id, m);
            milestones.after.set(m.id, m);
          }
        }
      },
      async resolve() {
        const rows = await ctx.resolve(reports, records, {
          name: 'reports',
          keyOf: (r) => r.key,
          build: (r, id, i): ReportRow => ({
            id,
            key: r.key,
            title: r.title,
            kind: r.kind,
            owner_group_id: ctx.id('Group', r.ownerGroup, `reports[${i}]`, 'ownerGroup')!,
            status: r.status,
            // a record without outcomes leaves the report's as they are (an import merges: a partner's or an ingested report may not name them)
            outcomes: r.outcomes === undefined
              ? (reports.before.get(id)?.outcomes ?? [])
              : [...new Set(r.outcomes.map((key, j) => ctx.id('Outcome', key, `reports[${i}]`, `outcomes[${j}]`)!))].sort((a, b) => a - b),
          }),
          keyField: 'key',
          storesKey: true,
          sources: (r) => r.sources,
        });
        // milestones are matched within their report, all of them in one pass (ids from one sequence call)
        const flat: { reportKey: string; reportId: number; record: string; m: BundleMilestone }[] = [];
        records.forEach((r, i) => r.milestones.forEach((m, j) => flat.push({ reportKey: r.key, reportId: rows[i].id, record: `reports[${i}].milestones[${j}]`, m })));
        // a milestone's natural key within its report, matched against that report's milestones
        for (const { reportId } of flat) {
          if (!milestonesOf.has(reportId)) milestonesOf.set(reportId, new Map());
        }
        milestones.byKey.clear();
        for (const [reportId, byKey] of milestonesOf) for (const [key, m] of byKey) milestones.byKey.set(`${reportId}/${key}`, m);
        await ctx.resolve(milestones, flat, {
          name: 'milestones',
          keyOf: (f) => `${f.reportId}/${f.m.key}`,
          build: (f, id): MilestoneRow => ({
            id,
            key: f.m.key,
            report_id: f.reportId,
            group_id: ctx.id('Group', f.m.group, f.record, 'group')!,
            kind: f.m.kind,
            planned_for: f.m.plannedFor ?? null,
            meeting_id: ctx.id('Meeting', f.m.meeting, f.record, 'meeting'),
            status: f.m.status,
          }),
          keyField: 'key',
          shown: (f) => f.m.key,
          historyKey: (f) => `${f.reportKey}/${f.m.key}`,
          record: (i) => flat[i].record,
          storesKey: true,
          sources: (f) => f.m.sources,
        });
      },
      historyIds() {
        // the history names a milestone "<report key>/<milestone key>"; the importer keys it "<report id>/<milestone key>"
        const reportKeys = new Map<number, string>();
        for (const [key, r] of reports.byKey) reportKeys.set(r.id, key);
        const byName = new Map<string, number>();
        for (const [key, m] of milestones.byKey) {
          const slash = key.indexOf('/');
          const report = reportKeys.get(Number(key.slice(0, slash)));
          if (report !== undefined) byName.set(`${report}/${key.slice(slash + 1)}`, m.id);
        }
        return { Milestone: (key) => byName.get(key) };
      },
      async write() {
        await ctx.put(reports);
        await replaceLinks(ctx.knex, 'report_outcomes', ['report_id', 'outcome_id'], reports.updates.map((r) => r.id),
          reports.changedOrNew().flatMap((r) => r.outcomes.map((o) => ({ report_id: r.id, outcome_id: o }))));
        await ctx.put(milestones);
      },
    };
  },
});
