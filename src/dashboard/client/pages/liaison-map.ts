/**
 * Liaison map: the groups as nodes on an ellipse (by sector, parents before their subgroups) and
 * one arrow per sender → addressee pair, coloured by the most pressing status among its liaisons.
 * Clicking a group or an arrow lists its liaisons beside the map; each links to its own page.
 */
import { h, s, type Child } from '../dom.js';
import { query } from '../api.js';
import { LiaisonMapDocument, type LiaisonMapQuery, type LiaisonSummaryFragment } from '../generated.js';
import { empty, liaisonRow, pageHeader } from '../components.js';
import { groupPath, label, liaisonClass, LIAISON_CLASS_LABEL, LIAISON_CLASS_ORDER, plural, type LiaisonClass } from '../format.js';
import type { PageView } from '../page.js';

type MapGroup = LiaisonMapQuery['groups']['edges'][number]['node'];

interface Edge {
  from: string;
  to: string;
  liaisons: LiaisonSummaryFragment[];
  cls: LiaisonClass;
  /** every liaison on it names the addressee in copy only */
  ccOnly: boolean;
}

type Selection = { kind: 'group'; acronym: string } | { kind: 'edge'; from: string; to: string } | null;

const WIDTH = 800;
const HEIGHT = 560;
const NODE_W = 150;
const NODE_H = 48;
/** beyond this many groups only those with liaisons are drawn, or the picture turns to noise */
const ALL_GROUPS_UP_TO = 24;

const SECTOR_ORDER = ['GENERAL_SECRETARIAT', 'ITU_D', 'ITU_T', 'ITU_R', 'EXTERNAL'];

/** sector by sector; inside a sector each root followed by its subgroups */
function orderGroups(groups: MapGroup[]): MapGroup[] {
  const byAcronym = new Map(groups.map((g) => [g.acronym, g]));
  const children = new Map<string, MapGroup[]>();
  const roots: MapGroup[] = [];
  for (const g of groups) {
    const parent = g.parent && byAcronym.has(g.parent.acronym) && byAcronym.get(g.parent.acronym)!.sector === g.sector ? g.parent.acronym : null;
    if (parent) children.set(parent, [...(children.get(parent) ?? []), g]);
    else roots.push(g);
  }
  const out: MapGroup[] = [];
  const visit = (g: MapGroup) => {
    out.push(g);
    for (const c of children.get(g.acronym) ?? []) visit(c);
  };
  const sectorRank = (g: MapGroup) => {
    const rank = SECTOR_ORDER.indexOf(g.sector);
    return rank === -1 ? SECTOR_ORDER.length : rank;
  };
  roots.sort((a, b) => sectorRank(a) - sectorRank(b));
  roots.forEach(visit);
  return out;
}

function buildEdges(liaisons: LiaisonSummaryFragment[]): Edge[] {
  const edges = new Map<string, Edge & { classes: Set<LiaisonClass>; anyTo: boolean }>();
  for (const l of liaisons) {
    for (const a of l.addressees) {
      if (a.group.acronym === l.fromGroup.acronym) continue;
      const key = `${l.fromGroup.acronym}\u0000${a.group.acronym}`;
      const edge = edges.get(key) ?? { from: l.fromGroup.acronym, to: a.group.acronym, liaisons: [], cls: 'information', ccOnly: true, classes: new Set(), anyTo: false };
      if (!edge.liaisons.includes(l)) edge.liaisons.push(l);
      edge.classes.add(liaisonClass(l, a));
      if (a.role === 'TO') edge.anyTo = true;
      edges.set(key, edge);
    }
  }
  return [...edges.values()].map(({ classes, anyTo, ...edge }) => ({
    ...edge,
    cls: LIAISON_CLASS_ORDER.find((c) => classes.has(c)) ?? 'information',
    ccOnly: !anyTo,
  }));
}

interface Point {
  x: number;
  y: number;
}

/** where a ray from a node's centre towards `toward` leaves its box, plus a gap */
function exitPoint(center: Point, toward: Point, gap: number): Point {
  const dx = toward.x - center.x;
  const dy = toward.y - center.y;
  const len = Math.hypot(dx, dy) || 1;
  const t = Math.min((NODE_W / 2) / Math.abs(dx || 1e-9), (NODE_H / 2) / Math.abs(dy || 1e-9));
  const along = Math.hypot(dx * t, dy * t) + gap;
  return { x: center.x + (dx / len) * along, y: center.y + (dy / len) * along };
}

function describeEdge(e: Edge): string {
  return `${plural(e.liaisons.length, 'liaison')} from ${e.from} to ${e.to}: ${LIAISON_CLASS_LABEL[e.cls].toLowerCase()}`;
}

export async function liaisonMapPage(url: URL): Promise<PageView> {
  const data = await query(LiaisonMapDocument);
  const liaisons = data.liaisons.edges.map((e) => e.node);
  const edges = buildEdges(liaisons);
  const involved = new Set(edges.flatMap((e) => [e.from, e.to]));
  const allGroups = data.groups.edges.map((e) => e.node);
  const shown = orderGroups(allGroups.length <= ALL_GROUPS_UP_TO ? allGroups : allGroups.filter((g) => involved.has(g.acronym)));

  // positions on an ellipse, starting at the top
  const pos = new Map<string, Point>();
  shown.forEach((g, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / shown.length;
    pos.set(g.acronym, { x: WIDTH / 2 + (WIDTH / 2 - NODE_W / 2 - 14) * Math.cos(angle), y: HEIGHT / 2 + (HEIGHT / 2 - NODE_H / 2 - 14) * Math.sin(angle) });
  });

  let selection: Selection = null;
  const fromParam = url.searchParams.get('from');
  const toParam = url.searchParams.get('to');
  const groupParam = url.searchParams.get('group');
  if (fromParam && toParam) selection = { kind: 'edge', from: fromParam, to: toParam };
  else if (groupParam) selection = { kind: 'group', acronym: groupParam };

  const panel = h('aside', { class: 'map-panel card', 'aria-live': 'polite' });
  const edgeEls = new Map<Edge, SVGGElement>();
  const nodeEls = new Map<string, SVGGElement>();

  const select = (next: Selection) => {
    selection = next;
    const params = new URLSearchParams();
    if (next?.kind === 'group') params.set('group', next.acronym);
    if (next?.kind === 'edge') {
      params.set('from', next.from);
      params.set('to', next.to);
    }
    history.replaceState(null, '', `/dashboard/map${params.toString() ? `?${params}` : ''}`);
    paint();
  };

  const activate = (el: SVGGElement, action: () => void) => {
    el.addEventListener('click', action);
    el.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' ') {
        event.preventDefault();
        action();
      }
    });
  };

  const markers = LIAISON_CLASS_ORDER.map((cls) =>
    s(
      'marker',
      { id: `arrow-${cls}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse', class: `marker-${cls}` },
      s('path', { d: 'M 0 0 L 10 5 L 0 10 z' }),
    ),
  );

  const edgeLayer = s('g', { class: 'edges' });
  for (const edge of edges) {
    const a = pos.get(edge.from);
    const b = pos.get(edge.to);
    if (!a || !b) continue;
    // bend every arrow towards the middle of the map, away from the other nodes on the ellipse;
    // when both directions are drawn, one bends more than the other so they never overlap
    const dist = Math.hypot(b.x - a.x, b.y - a.y);
    const reverse = edges.some((e) => e.from === edge.to && e.to === edge.from);
    const bend = Math.max(24, dist * (reverse && edge.from > edge.to ? 0.3 : 0.12));
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const normal = { x: (b.y - a.y) / dist, y: -(b.x - a.x) / dist };
    const inward = normal.x * (WIDTH / 2 - mid.x) + normal.y * (HEIGHT / 2 - mid.y) >= 0 ? 1 : -1;
    const ctrl = { x: mid.x + normal.x * bend * inward, y: mid.y + normal.y * bend * inward };
    const start = exitPoint(a, ctrl, 2);
    const end = exitPoint(b, ctrl, 4);
    const d = `M ${start.x.toFixed(1)} ${start.y.toFixed(1)} Q ${ctrl.x.toFixed(1)} ${ctrl.y.toFixed(1)} ${end.x.toFixed(1)} ${end.y.toFixed(1)}`;
    const labelAt = { x: 0.25 * start.x + 0.5 * ctrl.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * ctrl.y + 0.25 * end.y };
    const g = s(
      'g',
      {
        class: `edge edge-${edge.cls}${edge.ccOnly ? ' cc' : ''}`,
        role: 'button',
        tabindex: 0,
        'aria-label': describeEdge(edge),
        'data-from': edge.from,
        'data-to': edge.to,
      },
      s('title', null, `${describeEdge(edge)}\n${edge.liaisons.map((l) => `• ${l.title}`).join('\n')}`),
      s('path', { class: 'edge-hit', d }),
      s('path', { class: 'edge-line', d, 'marker-end': `url(#arrow-${edge.cls})` }),
      edge.liaisons.length > 1
        ? [s('circle', { class: 'edge-count', cx: labelAt.x, cy: labelAt.y, r: 11 }), s('text', { class: 'edge-count-text', x: labelAt.x, y: labelAt.y + 4 }, String(edge.liaisons.length))]
        : null,
    );
    activate(g, () => select({ kind: 'edge', from: edge.from, to: edge.to }));
    edgeEls.set(edge, g);
    edgeLayer.appendChild(g);
  }

  const nodeLayer = s('g', { class: 'nodes' });
  for (const group of shown) {
    const p = pos.get(group.acronym)!;
    const count = liaisons.filter((l) => l.fromGroup.acronym === group.acronym || l.addressees.some((a) => a.group.acronym === group.acronym)).length;
    const g = s(
      'g',
      {
        class: `node${involved.has(group.acronym) ? '' : ' idle'}`,
        role: 'button',
        tabindex: 0,
        'aria-label': `${group.acronym}: ${plural(count, 'liaison')}`,
        'data-group': group.acronym,
        transform: `translate(${(p.x - NODE_W / 2).toFixed(1)} ${(p.y - NODE_H / 2).toFixed(1)})`,
      },
      s('title', null, `${group.name}\n${plural(count, 'liaison')} sent or received`),
      s('rect', { width: NODE_W, height: NODE_H, rx: 10 }),
      s('text', { class: 'node-acronym', x: NODE_W / 2, y: 22 }, group.acronym),
      s('text', { class: 'node-kind', x: NODE_W / 2, y: 39 }, label(group.kind)),
    );
    activate(g, () => select({ kind: 'group', acronym: group.acronym }));
    nodeEls.set(group.acronym, g);
    nodeLayer.appendChild(g);
  }

  const svg = s(
    'svg',
    { class: 'liaison-map', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-label': 'Liaisons between groups' },
    s('defs', null, markers),
    edgeLayer,
    nodeLayer,
  );

  const counts = new Map<LiaisonClass, number>();
  for (const l of liaisons) counts.set(liaisonClass(l), (counts.get(liaisonClass(l)) ?? 0) + 1);
  const legend = h(
    'ul',
    { class: 'legend', 'aria-label': 'Arrow colours' },
    LIAISON_CLASS_ORDER.filter((c) => c !== 'unsent' || counts.get(c)).map((cls) =>
      h('li', { 'data-class': cls }, h('span', { class: `swatch swatch-${cls}` }), `${LIAISON_CLASS_LABEL[cls]} `, h('strong', null, String(counts.get(cls) ?? 0))),
    ),
    h('li', null, h('span', { class: 'swatch swatch-cc' }), 'In copy only'),
  );

  function paint() {
    for (const [edge, el] of edgeEls) {
      const on =
        selection?.kind === 'edge'
          ? edge.from === selection.from && edge.to === selection.to
          : selection?.kind === 'group'
            ? edge.from === selection.acronym || edge.to === selection.acronym
            : true;
      el.classList.toggle('dim', !!selection && !on);
      el.classList.toggle('selected', !!selection && on);
    }
    for (const [acronym, el] of nodeEls) {
      const on =
        selection?.kind === 'group' ? acronym === selection.acronym : selection?.kind === 'edge' ? acronym === selection.from || acronym === selection.to : true;
      el.classList.toggle('dim', !!selection && !on);
      el.classList.toggle('selected', !!selection && on && selection.kind === 'group');
    }

    let heading: Child[];
    let list: LiaisonSummaryFragment[];
    if (selection?.kind === 'edge') {
      const { from, to } = selection;
      list = liaisons.filter((l) => l.fromGroup.acronym === from && l.addressees.some((a) => a.group.acronym === to));
      heading = [h('a', { href: groupPath(from) }, from), ' → ', h('a', { href: groupPath(to) }, to)];
    } else if (selection?.kind === 'group') {
      const { acronym } = selection;
      list = liaisons.filter((l) => l.fromGroup.acronym === acronym || l.addressees.some((a) => a.group.acronym === acronym));
      heading = [h('a', { href: groupPath(acronym) }, acronym), ': sent and received'];
    } else {
      list = liaisons;
      heading = ['All liaisons'];
    }
    panel.replaceChildren(
      h('header', { class: 'panel-header' }, h('h2', null, heading), selection ? h('button', { type: 'button', class: 'link-button', onclick: () => select(null) }, 'Show all') : null),
      h('p', { class: 'muted' }, selection ? plural(list.length, 'liaison') : `${plural(data.liaisons.totalCount, 'liaison')}. Click a group or an arrow to narrow the list.`),
      list.length ? h('ul', { class: 'liaison-list' }, list.map(liaisonRow)) : empty('No liaisons recorded here.'),
    );
  }
  paint();

  return {
    title: 'Liaison map',
    view: h(
      'div',
      { class: 'page map-page' },
      pageHeader('Liaison map', 'Who sent what to whom. Each arrow runs from the sender to an addressee; its colour says whether a reply is awaited.'),
      legend,
      h('div', { class: 'map-layout' }, h('div', { class: 'card map-card' }, svg), panel),
      data.liaisons.totalCount > liaisons.length ? h('p', { class: 'muted' }, `Showing the first ${liaisons.length} of ${data.liaisons.totalCount} liaisons.`) : null,
    ),
  };
}
