// The decision graph laid out by d3-force, deterministically: every node starts on a golden-angle spiral around its
// stage cluster's cell, the simulation runs a fixed number of ticks (d3-force's own jiggle is a seeded LCG), and
// coordinates are rounded, so the same log always gives the same picture and a golden SVG can hold it.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import { round1 } from '../../../../electron/common/format.ts';
import type { GraphData, GraphLinkKind, GraphNode } from './data.ts';

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  r: number;
}

export interface PlacedLink {
  id: string;
  kind: GraphLinkKind;
  source: string;
  target: string;
  /** From the source's rim to the target's rim, so an arrowhead lands on the mark's edge. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlacedCluster {
  id: string | null;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  clusters: PlacedCluster[];
  links: PlacedLink[];
  /** In reading order: cluster by cluster, then top to bottom and left to right. */
  nodes: PlacedNode[];
}

export const TICKS = 300;
const PAD = 12;
const LABEL_ROOM = 34;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

type SimNode = SimulationNodeDatum & { node: GraphNode; r: number; cx: number; cy: number };

/** Cells of a grid as close to the drawing's aspect as the cluster count allows, in reading order. */
function clusterCells(data: GraphData, width: number, height: number): PlacedCluster[] {
  const n = Math.max(1, data.clusters.length);
  const cols = Math.min(n, Math.max(1, Math.round(Math.sqrt((n * width) / height))));
  const rows = Math.ceil(n / cols);
  const w = (width - PAD) / cols;
  const h = (height - PAD) / rows;
  return data.clusters.map((c, i) => ({
    ...c,
    x: round1(PAD + (i % cols) * w),
    y: round1(PAD + Math.floor(i / cols) * h),
    width: round1(w - PAD),
    height: round1(h - PAD),
  }));
}

export function layoutGraph(data: GraphData, size: { width: number; height: number }): GraphLayout {
  const width = Math.max(640, Math.round(size.width));
  const height = Math.max(520, Math.round(size.height));
  const clusters = clusterCells(data, width, height);
  const cell = new Map(clusters.map((c) => [c.id, c]));
  const seen = new Map<string | null, number>();
  const sims: SimNode[] = data.nodes.map((node) => {
    const c = cell.get(node.cluster)!;
    const cx = c.x + c.width / 2;
    const cy = c.y + c.height / 2 + 8;
    const i = seen.get(node.cluster) ?? 0;
    seen.set(node.cluster, i + 1);
    const radius = 10 * Math.sqrt(i + 0.5);
    return {
      node,
      r: node.kind === 'decision' ? 9 : 6,
      cx,
      cy,
      x: cx + radius * Math.cos(i * GOLDEN_ANGLE),
      y: cy + radius * Math.sin(i * GOLDEN_ANGLE),
    };
  });
  const byId = new Map(sims.map((s) => [s.node.id, s]));
  const simLinks: SimulationLinkDatum<SimNode>[] = data.links.map((l) => ({
    source: byId.get(l.source)!,
    target: byId.get(l.target)!,
  }));
  forceSimulation(sims)
    // A link inside a cluster holds its ends together; one across clusters barely pulls, so clusters keep their cells.
    .force(
      'link',
      forceLink(simLinks)
        .distance(60)
        .strength((l) => ((l.source as SimNode).node.cluster === (l.target as SimNode).node.cluster ? 0.5 : 0.02)),
    )
    .force('charge', forceManyBody().strength(-110).distanceMax(150))
    .force('collide', forceCollide<SimNode>((s) => s.r + LABEL_ROOM / 2).iterations(2))
    .force('x', forceX<SimNode>((s) => s.cx).strength(0.12))
    .force('y', forceY<SimNode>((s) => s.cy).strength(0.12))
    .stop()
    .tick(TICKS);
  const nodes: PlacedNode[] = sims.map((s) => {
    const c = cell.get(s.node.cluster)!;
    // Kept inside its cluster's cell, the label's room under it included.
    const x = Math.min(Math.max(s.x!, c.x + s.r + 4), c.x + c.width - s.r - 4);
    const y = Math.min(Math.max(s.y!, c.y + 22 + s.r), c.y + c.height - s.r - LABEL_ROOM / 2);
    return { ...s.node, x: round1(x), y: round1(y), r: s.r };
  });
  const clusterIndex = new Map(clusters.map((c, i) => [c.id, i]));
  nodes.sort(
    (a, b) =>
      clusterIndex.get(a.cluster)! - clusterIndex.get(b.cluster)! ||
      Math.round(a.y / 24) - Math.round(b.y / 24) ||
      a.x - b.x,
  );
  const at = new Map(nodes.map((n) => [n.id, n]));
  const links = data.links.map((l): PlacedLink => {
    const a = at.get(l.source)!;
    const b = at.get(l.target)!;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const ux = (b.x - a.x) / len;
    const uy = (b.y - a.y) / len;
    return {
      ...l,
      x1: round1(a.x + ux * a.r),
      y1: round1(a.y + uy * a.r),
      x2: round1(b.x - ux * (b.r + 2)),
      y2: round1(b.y - uy * (b.r + 2)),
    };
  });
  return { width, height, clusters, links, nodes };
}
