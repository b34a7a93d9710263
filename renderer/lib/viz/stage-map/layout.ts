// Layout of the stage interdependency map (the paper's Fig. 6): stages on a snaking lifecycle grid, one band per area, arrows and the repetitive-maintenance loop.
import { r1, textWidth, wrap, type Box } from './geometry.ts';
import { archBetween, routeArrow, type RoutedLabel } from './route.ts';

export interface MapStage { id: string; name: string; area: string; order: number; challenges: number }
export interface MapLink { id: string; from: string; to: string; bidirectional: boolean; title: string }
export interface MapLoop { id: string; name: string; from: string[]; to: string[] }
export interface StageMapData {
  /** Areas in band order, each with the label its band shows. */
  areas: { area: string; label: string }[];
  stages: MapStage[];
  links: MapLink[];
  loop: MapLoop | null;
}

export interface NodeMark extends Box {
  id: string; area: string; count: number; countLabel: string; title: string;
  lines: { text: string; y: number }[]; countY: number;
  /** Whether the stage is where the loop starts ("from") or one it returns to ("to"). */
  loopRole: 'from' | 'to' | null;
}
export interface EdgeMark {
  id: string; from: string; to: string; path: string; title: string;
  markerStart: boolean; markerEnd: boolean; label: RoutedLabel;
}
export interface BandMark { area: string; label: string; x: number; y: number; width: number; height: number; labelX: number; labelY: number }
export interface LoopMark { id: string; title: string; path: string; label: { x: number; y: number; lines: { text: string; y: number }[] }; labelBox: Box }
export interface StageMapLayout { width: number; height: number; bands: BandMark[]; nodes: NodeMark[]; edges: EdgeMark[]; loop: LoopMark | null }

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
const MIN_W = 640;
const MIN_H = 480;
const LABEL_FONT = 12;

/** Lifecycle order refined by the arrows: a topological order (two-way links run from the earlier stage) that breaks ties by `order`. */
export function lifecycleSequence(stages: MapStage[], links: MapLink[]): MapStage[] {
  const byId = new Map(stages.map((s) => [s.id, s]));
  const before = new Map(stages.map((s) => [s.id, new Set<string>()]));
  for (const l of links) {
    const a = byId.get(l.from);
    const b = byId.get(l.to);
    if (!a || !b) continue;
    const [first, second] = l.bidirectional && b.order < a.order ? [b, a] : [a, b];
    before.get(second.id)?.add(first.id);
  }
  const done = new Set<string>();
  const rest = [...stages].sort((a, b) => a.order - b.order);
  const out: MapStage[] = [];
  while (rest.length) {
    // On a cycle of one-way arrows nothing is ready; the earliest stage then goes next.
    const i = Math.max(0, rest.findIndex((s) => [...(before.get(s.id) ?? [])].every((p) => done.has(p))));
    const [next] = rest.splice(i, 1);
    if (!next) break;
    out.push(next);
    done.add(next.id);
  }
  return out;
}

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
      area: band.area, label: band.label, x: r1(x0), y: r1(y), width: r1(gridW), height: r1(BAND_HEAD + rows * rowH),
      labelX: r1(x0 + 12), labelY: r1(y + 19),
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
        id: s.id, area: s.area, x: r1(cx), y: r1(cy), width: r1(nodeW), height: r1(nodeH),
        lines: lines.map((text, i) => ({ text, y: r1(textTop + (i + 0.5) * LINE_H) })),
        count: s.challenges, countLabel, countY: r1(top + nodeH - PAD - COUNT_H / 2 + 1),
        title: `${s.name}: ${countLabel}`,
        loopRole: data.loop?.from.includes(s.id) ? 'from' : data.loop?.to.includes(s.id) ? 'to' : null,
      };
      nodes.push(node);
      place.set(s.id, { node, row: row + rowInBand, col });
    });
    row += rows;
    y += BAND_HEAD + rows * rowH + BAND_GAP;
  }

  const pairKey = (l: MapLink) => [l.from, l.to].sort().join('|');
  const links = data.links.filter((l) => place.has(l.from) && place.has(l.to));
  const isArch = (l: MapLink) => place.get(l.from)!.row === place.get(l.to)!.row && Math.abs(place.get(l.from)!.col - place.get(l.to)!.col) > 1;
  const ports = archPorts(links.filter(isArch), place);
  const labels: Box[] = [];
  const edges = links.map((l): EdgeMark => {
    const a = place.get(l.from)!;
    const b = place.get(l.to)!;
    const base = { id: l.id, from: l.from, to: l.to, title: `${l.id}: ${l.title}`, markerStart: l.bidirectional, markerEnd: true };
    if (isArch(l)) {
      // Arches clear the stages in between, outwards from the middle of the map; longer spans rise higher.
      const side = a.row < totalRows / 2 ? -1 : 1;
      const rise = 22 + 26 * (Math.abs(a.col - b.col) - 2);
      const arch = archBetween(a.node, b.node, ports.get(`${l.id}@${l.from}`)!, ports.get(`${l.id}@${l.to}`)!, side, rise, GAP, l.id);
      labels.push(arch.label);
      return { ...base, ...arch };
    }
    // Arrows joining the same two stages fan out instead of lying on top of each other.
    const twins = links.filter((o) => pairKey(o) === pairKey(l));
    const bend = (twins.indexOf(l) - (twins.length - 1) / 2) * 40;
    const others = nodes.filter((n) => n !== a.node && n !== b.node);
    const { arrow, label } = routeArrow(a.node, b.node, bend, GAP, l.id, others, labels);
    labels.push(label);
    return { ...base, path: arrow.path, label };
  });

  return { width, height, bands, nodes, edges, loop: data.loop ? loopMark(data.loop, nodes, x0 + gridW + 30, sequence) : null };
}

/**
 * Where each arch meets each of its stages, keyed "link@stage": spread along the edge so arches nest
 * without crossing — arches to the left first, nearest leftmost, then arches to the right, nearest rightmost.
 */
function archPorts(arches: MapLink[], place: Map<string, { node: NodeMark }>): Map<string, number> {
  const ports = new Map<string, number>();
  for (const [id, { node }] of place) {
    const ends = arches
      .filter((l) => l.from === id || l.to === id)
      .map((l) => ({ key: `${l.id}@${id}`, dx: place.get(l.from === id ? l.to : l.from)!.node.x - node.x }))
      .sort((p, q) => Math.sign(p.dx) - Math.sign(q.dx) || q.dx - p.dx);
    ends.forEach((e, i) => ports.set(e.key, node.x - node.width / 2 + ((i + 1) * node.width) / (ends.length + 1)));
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
  const path = `M${r1(s.x)},${r1(s.y)}C${r1(cx)},${r1(s.y)} ${r1(cx)},${r1(e.y)} ${r1(e.x)},${r1(e.y)}`;
  const words = ['Repetitive', 'maintenance'];
  const lx = s.x + 12;
  const ly = s.y + 14;
  const boxW = Math.max(...words.map((w) => textWidth(w, LABEL_FONT)));
  return {
    id: loop.id, path, title: `${loop.name}: problems found in ${names(loop.from)} loop back to ${names(loop.to)}`,
    label: { x: r1(lx), y: r1(ly), lines: words.map((text, i) => ({ text, y: r1(ly + (i + 0.5) * LINE_H) })) },
    labelBox: { x: r1(lx + boxW / 2), y: r1(ly + LINE_H), width: r1(boxW), height: 2 * LINE_H },
  };
}
