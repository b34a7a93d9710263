// Layout of the stage interdependency map (the paper's Fig. 6): stages on a snaking lifecycle grid, one band per area, arrows and the repetitive-maintenance loop.
import { round1 } from '../../../../electron/common/format.ts';
import { arrowBetween, textWidth, wrap, type Box } from './geometry.ts';
import { labelFor, portCurve, type RoutedLabel } from './route.ts';
import type { MapLink, MapLoop, MapStage, StageMapData } from './data.ts';
import { lifecycleSequence } from './sequence.ts';

export interface NodeMark extends Box {
  id: string;
  area: string;
  count: number;
  countLabel: string;
  title: string;
  lines: { text: string; y: number }[];
  countY: number;
  /** Whether the stage is where the loop starts ("from") or one it returns to ("to"). */
  loopRole: 'from' | 'to' | null;
}
export interface EdgeMark {
  id: string;
  from: string;
  to: string;
  path: string;
  title: string;
  markerStart: boolean;
  markerEnd: boolean;
  label: RoutedLabel;
}
export interface BandMark {
  area: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
  labelY: number;
}
export interface LoopMark {
  id: string;
  title: string;
  path: string;
  label: { x: number; y: number; lines: { text: string; y: number }[] };
  labelBox: Box;
}
export interface StageMapLayout {
  width: number;
  height: number;
  bands: BandMark[];
  nodes: NodeMark[];
  edges: EdgeMark[];
  loop: LoopMark | null;
}

const COLUMNS = 4;
const MARGIN = 16;
const GUTTER = 48; // room on the right for the loop
const BAND_HEAD = 28;
const BAND_GAP = 14;
const FONT = 12;
const LINE_H = 16;
const COUNT_H = 18;
const PAD = 8;
const GAP = 3; // between a node's border and an arrow's tip
const MIN_W = 740; // below this, labels of arrows between neighbours no longer fit between them
const MIN_H = 480;
const LABEL_FONT = 12;

export function layoutStageMap(data: StageMapData, size: { width: number; height: number }): StageMapLayout {
  const width = Math.max(MIN_W, Math.round(size.width));
  const height = Math.max(MIN_H, Math.round(size.height));
  const sequence = lifecycleSequence(data.stages, data.links);
  const bandsIn = data.areas
    .map((a) => ({ ...a, stages: sequence.filter((s) => s.area === a.area) }))
    .filter((a) => a.stages.length > 0);
  const rowsOf = (n: number) => Math.ceil(n / COLUMNS);
  const totalRows = bandsIn.reduce((n, b) => n + rowsOf(b.stages.length), 0);
  const gutter = data.loop ? GUTTER : 0;

  const cellW = Math.min(290, (width - 2 * MARGIN - gutter) / COLUMNS);
  const longestWord = Math.max(...sequence.flatMap((s) => s.name.split(/\s+/).map((w) => textWidth(w, FONT))));
  const nodeW = Math.min(190, Math.max(longestWord + 2 * PAD, cellW - 60));
  const maxChars = Math.floor((nodeW - 2 * PAD) / (FONT * 0.6));
  const wrapped = new Map(sequence.map((s) => [s.id, wrap(s.name, maxChars)]));
  const maxLines = Math.max(1, ...[...wrapped.values()].map((l) => l.length));
  const nodeH = 2 * PAD + maxLines * LINE_H + COUNT_H;
  const chrome = bandsIn.length * BAND_HEAD + (bandsIn.length - 1) * BAND_GAP;
  const rowH = Math.min(220, (height - 2 * MARGIN - chrome) / Math.max(1, totalRows));
  const gridW = COLUMNS * cellW;
  const x0 = (width - gridW - gutter) / 2;
  let y = (height - chrome - totalRows * rowH) / 2;

  const bands: BandMark[] = [];
  const nodes: NodeMark[] = [];
  const place = new Map<string, { node: NodeMark; row: number; col: number }>();
  let row = 0;
  for (const band of bandsIn) {
    const rows = rowsOf(band.stages.length);
    bands.push({
      area: band.area,
      label: band.label,
      x: round1(x0),
      y: round1(y),
      width: round1(gridW),
      height: round1(BAND_HEAD + rows * rowH),
      labelX: round1(x0 + 12),
      labelY: round1(y + 19),
    });
    band.stages.forEach((s, k) => {
      const rowInBand = Math.floor(k / COLUMNS);
      const along = k % COLUMNS;
      // Rows snake: even rows run left to right, odd rows back, so consecutive stages stay neighbours.
      const col = (row + rowInBand) % 2 === 0 ? along : COLUMNS - 1 - along;
      const cx = x0 + (col + 0.5) * cellW;
      const cy = y + BAND_HEAD + (rowInBand + 0.5) * rowH;
      const top = cy - nodeH / 2;
      const lines = wrapped.get(s.id) ?? [s.name];
      const textTop = top + PAD + ((maxLines - lines.length) * LINE_H) / 2;
      const countLabel = `${s.challenges} challenge${s.challenges === 1 ? '' : 's'}`;
      const node: NodeMark = {
        id: s.id,
        area: s.area,
        x: round1(cx),
        y: round1(cy),
        width: round1(nodeW),
        height: round1(nodeH),
        lines: lines.map((text, i) => ({ text, y: round1(textTop + (i + 0.5) * LINE_H) })),
        count: s.challenges,
        countLabel,
        countY: round1(top + nodeH - PAD - COUNT_H / 2 + 1),
        title: `${s.name}: ${countLabel}`,
        loopRole: data.loop?.from.includes(s.id) ? 'from' : data.loop?.to.includes(s.id) ? 'to' : null,
      };
      nodes.push(node);
      place.set(s.id, { node, row: row + rowInBand, col });
    });
    row += rows;
    y += BAND_HEAD + rows * rowH + BAND_GAP;
  }

  const links = data.links.filter((l) => place.has(l.from) && place.has(l.to));
  const ends = (l: MapLink) => [place.get(l.from)!, place.get(l.to)!] as const;
  const kind = (l: MapLink) => {
    const [a, b] = ends(l);
    return a.row !== b.row ? 'cross' : Math.abs(a.col - b.col) > 1 ? 'arch' : 'next';
  };
  // Arches bow outwards from the middle of the map; arrows between rows leave the side facing the other stage.
  const outward = (row: number): -1 | 1 => (row < totalRows / 2 ? -1 : 1);
  const sides = (l: MapLink): [-1 | 1, -1 | 1] => {
    const [a, b] = ends(l);
    if (kind(l) === 'arch') return [outward(a.row), outward(a.row)];
    return a.row < b.row ? [1, -1] : [-1, 1];
  };
  const ports = assignPorts(
    links.filter((l) => kind(l) !== 'next'),
    sides,
    (id) => place.get(id)!.node,
    (l) => kind(l) === 'arch',
  );

  const edges = links.map((l): EdgeMark => {
    const [a, b] = ends(l);
    const base = {
      id: l.id,
      from: l.from,
      to: l.to,
      title: `${l.id}: ${l.title}`,
      markerStart: l.bidirectional,
      markerEnd: true,
    };
    if (kind(l) === 'next') {
      // Arrows joining the same two neighbours fan out instead of lying on top of each other.
      const twins = links.filter((o) => [o.from, o.to].sort().join() === [l.from, l.to].sort().join());
      const bend = (twins.indexOf(l) - (twins.length - 1) / 2) * 40;
      const arrow = arrowBetween(a.node, b.node, bend, GAP);
      return { ...base, path: arrow.path, label: labelFor(l.id, arrow, bend === 0) };
    }
    const [sa, sb] = sides(l);
    // Longer arches rise higher so they nest; S-curves reach halfway across the gap between rows.
    const reach =
      kind(l) === 'arch'
        ? ((22 + 26 * (Math.abs(a.col - b.col) - 2)) * 4) / 3
        : (Math.abs(a.node.y - b.node.y) - nodeH - 2 * GAP) / 2;
    const pa = { box: a.node, x: ports.get(`${l.id}@${l.from}`)!, side: sa };
    const pb = { box: b.node, x: ports.get(`${l.id}@${l.to}`)!, side: sb };
    return { ...base, ...portCurve(pa, pb, reach, GAP, l.id) };
  });

  return {
    width,
    height,
    bands,
    nodes,
    edges,
    loop: data.loop ? loopMark(data.loop, nodes, x0 + gridW + 30, sequence) : null,
  };
}

/**
 * Where each curve meets each of its stages, keyed "link@stage", spread along the edge so curves do not
 * cross: arches to the left first (nearest leftmost, so they nest), then curves to other rows by where
 * they go, then arches to the right (nearest rightmost).
 */
function assignPorts(
  links: MapLink[],
  sides: (l: MapLink) => [-1 | 1, -1 | 1],
  node: (id: string) => NodeMark,
  isArch: (l: MapLink) => boolean,
): Map<string, number> {
  const groups = new Map<string, { key: string; rank: [number, number] }[]>();
  for (const l of links) {
    const [sa, sb] = sides(l);
    for (const [self, other, side] of [
      [l.from, l.to, sa],
      [l.to, l.from, sb],
    ] as const) {
      const dx = node(other).x - node(self).x;
      const rank: [number, number] = isArch(l) ? [Math.sign(dx), 1 / dx] : [0, dx];
      const group = `${self}|${side}`;
      groups.set(group, [...(groups.get(group) ?? []), { key: `${l.id}@${self}`, rank }]);
    }
  }
  const ports = new Map<string, number>();
  for (const [group, list] of groups) {
    const n = node(group.split('|')[0]!);
    list.sort((p, q) => p.rank[0] - q.rank[0] || p.rank[1] - q.rank[1]);
    list.forEach((e, i) => ports.set(e.key, n.x - n.width / 2 + ((i + 1) * n.width) / (list.length + 1)));
  }
  return ports;
}

/** One dashed path from the right of the rightmost stage the loop leaves, round the right gutter, into the rightmost (then topmost) stage it returns to. */
function loopMark(loop: MapLoop, nodes: NodeMark[], apexX: number, stages: MapStage[]): LoopMark | null {
  const names = (ids: string[]) => ids.map((id) => stages.find((s) => s.id === id)?.name ?? id).join(', ');
  const pick = (ids: string[], tie: number) =>
    nodes.filter((n) => ids.includes(n.id)).sort((a, b) => b.x - a.x || tie * (a.y - b.y))[0];
  const from = pick(loop.from, -1);
  const to = pick(loop.to, 1);
  if (!from || !to) return null;
  const s = { x: from.x + from.width / 2 + GAP, y: from.y };
  const e = { x: to.x + to.width / 2 + GAP, y: to.y };
  // A cubic with both control points at cx reaches x = apexX halfway along.
  const cx = (apexX - (s.x + e.x) / 8) / 0.75;
  const path = `M${round1(s.x)},${round1(s.y)}C${round1(cx)},${round1(s.y)} ${round1(cx)},${round1(e.y)} ${round1(e.x)},${round1(e.y)}`;
  const words = ['Repetitive', 'maintenance'];
  const lx = s.x + 12;
  const ly = s.y + 14;
  const boxW = Math.max(...words.map((w) => textWidth(w, LABEL_FONT)));
  return {
    id: loop.id,
    path,
    title: `${loop.name}: problems found in ${names(loop.from)} loop back to ${names(loop.to)}`,
    label: {
      x: round1(lx),
      y: round1(ly),
      lines: words.map((text, i) => ({ text, y: round1(ly + (i + 0.5) * LINE_H) })),
    },
    labelBox: { x: round1(lx + boxW / 2), y: round1(ly + LINE_H), width: round1(boxW), height: 2 * LINE_H },
  };
}
