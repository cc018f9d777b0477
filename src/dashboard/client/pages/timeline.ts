/**
 * Report timeline: each travelling report's milestones on one time axis shared by all reports,
 * one lane per group the report passes through, past and planned, with today marked.
 */
import { h, s } from '../dom.js';
import { query } from '../api.js';
import { ReportTimelineDocument, type ReportTimelineQuery } from '../generated.js';
import { chip, empty, groupLink, milestoneStatusChip, pageHeader, sourceDetails } from '../components.js';
import { formatPlanned, groupPath, periodEnd, periodStart, label, meetingName, meetingPath, plural, todayIso } from '../format.js';
import type { PageView } from '../page.js';

type Report = ReportTimelineQuery['reports']['edges'][number]['node'];
type Milestone = Report['milestones'][number];

const WIDTH = 960;
const GUTTER = 150;
const RIGHT = 24;
const LANE_H = 70;
const AXIS_H = 34;
const TOP = 26;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** months since year 0, from an ISO date (days as a fraction, so mid-month sits mid-month) */
function monthIndex(iso: string): number {
  const [y, m, d] = periodStart(iso).split('-').map(Number);
  return y! * 12 + (m! - 1) + (d! - 1) / 31;
}

function when(m: Milestone): string | null {
  return m.plannedFor ?? m.meeting?.startsOn ?? null;
}

interface Axis {
  from: number;
  to: number;
  x(iso: string): number;
}

function makeAxis(dates: string[]): Axis {
  const idx = dates.map(monthIndex);
  const from = Math.floor(Math.min(...idx)) - 1;
  const to = Math.ceil(Math.max(...idx)) + 2;
  const span = WIDTH - GUTTER - RIGHT;
  return { from, to, x: (iso) => GUTTER + ((monthIndex(iso) - from) / (to - from)) * span };
}

function markerTone(m: Milestone, today: string): string {
  const at = when(m);
  if (m.status === 'PLANNED' && at && periodEnd(at) < today) return 'passed';
  return m.status.toLowerCase();
}

function reportChart(report: Report, axis: Axis, today: string): SVGSVGElement {
  const dated = report.milestones.filter((m) => when(m));
  const lanes: string[] = [];
  for (const m of dated) if (!lanes.includes(m.group.acronym)) lanes.push(m.group.acronym);
  const height = TOP + lanes.length * LANE_H + AXIS_H;
  // the marker sits a little above the lane's middle; its label goes under it
  const laneY = (acronym: string) => TOP + lanes.indexOf(acronym) * LANE_H + LANE_H / 2 - 8;
  const span = axis.to - axis.from;
  const step = span <= 18 ? 1 : span <= 48 ? 3 : 12;

  const ticks = [];
  let first = true;
  for (let mi = Math.ceil(axis.from); mi <= axis.to; mi++) {
    if (mi % step !== 0) continue;
    const year = Math.floor(mi / 12);
    const month = mi % 12;
    const iso = `${year}-${String(month + 1).padStart(2, '0')}-01`;
    const x = axis.x(iso);
    ticks.push(
      s('line', { class: month === 0 ? 'tick year' : 'tick', x1: x, x2: x, y1: TOP - 6, y2: height - AXIS_H + 4 }),
      s('text', { class: 'tick-label', x, y: height - AXIS_H + 20 }, month === 0 || first ? `${MONTHS[month]} ${year}` : MONTHS[month]!),
    );
    first = false;
  }

  const points = dated.map((m) => ({ m, x: axis.x(when(m)!), y: laneY(m.group.acronym) }));
  const todayX = axis.x(today);
  // the report stays in a group until its next milestone, then moves: along the lane, then across
  const segments = points.slice(1).map((p, i) => {
    const prev = points[i]!;
    const r = Math.min(10, Math.abs(p.y - prev.y) / 2, Math.abs(p.x - prev.x) / 2);
    const dir = p.y > prev.y ? 1 : -1;
    const d =
      p.y === prev.y
        ? `M ${prev.x} ${prev.y} H ${p.x}`
        : `M ${prev.x} ${prev.y} H ${p.x - r} Q ${p.x} ${prev.y} ${p.x} ${prev.y + dir * r} V ${p.y}`;
    return s('path', { class: `journey${p.m.status === 'DONE' ? ' done' : ''}`, d });
  });

  return s(
    'svg',
    { class: 'timeline-chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': `Milestones of ${report.title}` },
    lanes.map((acronym, i) => [
      s('rect', { class: `lane${i % 2 ? ' odd' : ''}`, x: 0, y: TOP + i * LANE_H, width: WIDTH, height: LANE_H }),
      s('text', { class: 'lane-label', x: 12, y: laneY(acronym) + 5 }, acronym),
    ]),
    ticks,
    todayX >= GUTTER && todayX <= WIDTH - RIGHT
      ? [s('line', { class: 'today', x1: todayX, x2: todayX, y1: 8, y2: height - AXIS_H + 4 }), s('text', { class: 'today-label', x: todayX, y: 14 }, 'Today')]
      : null,
    segments,
    points.map(({ m, x, y }) => {
      const tone = markerTone(m, today);
      const isNext = report.nextMilestone?.id === m.id;
      return s(
        'g',
        { class: `milestone-mark ${tone}${isNext ? ' next' : ''}`, 'data-milestone': m.id },
        s('title', null, `${label(m.kind)} in ${m.group.acronym}, ${formatPlanned(when(m))} — ${label(m.status).toLowerCase()}${isNext ? ' (next)' : ''}`),
        isNext ? s('circle', { class: 'next-ring', cx: x, cy: y, r: 14 }) : null,
        s('circle', { cx: x, cy: y, r: 8 }),
        s('text', { class: 'milestone-label', x, y: y + 29 }, `${label(m.kind)} · ${formatPlanned(when(m)).replace(/^(\w{3})\w* /, '$1 ')}`),
      );
    }),
  );
}

function milestoneList(report: Report, today: string): HTMLElement {
  return h(
    'ol',
    { class: 'milestone-list' },
    report.milestones.map((m) =>
      h(
        'li',
        { class: report.nextMilestone?.id === m.id ? 'next' : undefined, 'data-milestone': m.id },
        h('span', { class: 'when' }, formatPlanned(when(m))),
        h(
          'span',
          { class: 'what' },
          h('strong', null, label(m.kind)),
          ' in ',
          h('a', { href: groupPath(m.group.acronym) }, m.group.acronym),
          m.meeting ? [', at the ', h('a', { href: meetingPath(m.meeting) }, meetingName(m.meeting))] : null,
          ' ',
          milestoneStatusChip(m.status, when(m), today),
          report.nextMilestone?.id === m.id ? chip('Next', 'next') : null,
        ),
        sourceDetails(m.sources),
      ),
    ),
  );
}

export async function timelinePage(): Promise<PageView> {
  const data = await query(ReportTimelineDocument);
  const today = todayIso();
  const reports = data.reports.edges.map((e) => e.node);
  const dates = reports.flatMap((r) => r.milestones.map(when).filter((d): d is string => !!d));
  const axis = dates.length ? makeAxis([...dates, today]) : null;

  return {
    title: 'Report timeline',
    view: h(
      'div',
      { class: 'page timeline-page' },
      pageHeader('Report timeline', 'Where each travelling report goes: its milestones in the groups it passes through, past and planned, on one time axis.'),
      h(
        'ul',
        { class: 'legend' },
        h('li', null, h('span', { class: 'dot done' }), 'Done'),
        h('li', null, h('span', { class: 'dot planned' }), 'Planned'),
        h('li', null, h('span', { class: 'dot passed' }), 'Planned, date passed'),
        h('li', null, h('span', { class: 'dot slipped' }), 'Slipped'),
        h('li', null, h('span', { class: 'dot next' }), 'Next milestone'),
      ),
      reports.length
        ? reports.map((r) =>
            h(
              'article',
              { class: 'card report-card', 'data-report': r.title },
              h(
                'header',
                { class: 'card-header' },
                h('h2', null, r.title),
                chip(label(r.status), 'neutral'),
                h(
                  'p',
                  { class: 'card-subtitle' },
                  `${label(r.kind)} · owned by `,
                  groupLink(r.ownerGroup.acronym),
                  ` · ${plural(r.milestones.length, 'milestone')}`,
                ),
              ),
              axis && r.milestones.some(when) ? h('div', { class: 'chart-wrap' }, reportChart(r, axis, today)) : null,
              r.milestones.length ? milestoneList(r, today) : empty('No milestones recorded.'),
            ),
          )
        : empty('No reports recorded yet.'),
    ),
  };
}
