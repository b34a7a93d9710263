// The stage map's layout: deterministic, inside its box, arrows with the right heads, the loop, no label or arrow over a stage.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../../catalog/index.ts';
import { stageMapData } from './data.ts';
import type { Box, Point } from './geometry.ts';
import type { StageMapData } from './data.ts';
import { layoutStageMap } from './layout.ts';
import { lifecycleSequence } from './sequence.ts';

const data = stageMapData(catalog);

const inside = (p: Point, box: Box, margin = 0) =>
  Math.abs(p.x - box.x) * 2 < box.width + 2 * margin && Math.abs(p.y - box.y) * 2 < box.height + 2 * margin;
const overlaps = (a: Box, b: Box) =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

/** Points along an SVG path made of M, L, Q and C segments. */
function samplePath(d: string): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  let at = { x: 0, y: 0 };
  for (const [, cmd, args] of d.matchAll(/([MLQC])([^MLQC]*)/g)) {
    const n = args!
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    const pts = Array.from({ length: n.length / 2 }, (_, i) => ({ x: n[2 * i]!, y: n[2 * i + 1]! }));
    const end = pts[pts.length - 1]!;
    for (let k = 0; k <= 20 && cmd !== 'M'; k++) {
      const t = k / 20;
      const ctrl = [at, ...pts];
      // de Casteljau on the segment's control points
      let level = ctrl;
      while (level.length > 1)
        level = level
          .slice(1)
          .map((p, i) => ({ x: level[i]!.x + (p.x - level[i]!.x) * t, y: level[i]!.y + (p.y - level[i]!.y) * t }));
      out.push(level[0]!);
    }
    at = end;
  }
  return out;
}
const sizes = [
  { width: 745, height: 700 },
  { width: 1400, height: 960 },
  { width: 300, height: 200 },
];

describe('stage map layout', () => {
  it('shows the 11 stages the 13 maintainability interdependencies join, each with its challenge count', () => {
    expect(data.stages.map((s) => s.id).sort()).toEqual([
      'data-management',
      'data-preprocessing',
      'data-validation',
      'dataset-creation',
      'hpo',
      'model-deployment',
      'model-drift',
      'model-governance',
      'model-monitoring',
      'model-testing',
      'model-training',
    ]);
    const layout = layoutStageMap(data, sizes[0]!);
    expect(layout.edges.map((e) => e.id)).toEqual(
      Array.from({ length: 13 }, (_, i) => `IM${String(i + 1).padStart(2, '0')}`),
    );
    expect(layout.nodes.find((n) => n.id === 'model-testing')?.countLabel).toBe(
      `${catalog.challengesOf('model-testing').length} challenges`,
    );
  });

  it('is a pure function of data and size', () => {
    expect(layoutStageMap(data, sizes[0]!)).toEqual(layoutStageMap(structuredClone(data), { ...sizes[0]! }));
    expect(layoutStageMap(data, sizes[1]!)).not.toEqual(layoutStageMap(data, sizes[0]!));
  });

  it.each(sizes)('keeps every node inside the margins at %o', (size) => {
    const layout = layoutStageMap(data, size);
    expect(layout.width).toBeGreaterThanOrEqual(Math.max(size.width, 740));
    for (const n of layout.nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(16);
      expect(n.x + n.width / 2).toBeLessThanOrEqual(layout.width - 16);
      expect(n.y - n.height / 2).toBeGreaterThanOrEqual(16);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(layout.height - 16);
    }
  });

  it.each(sizes)('overlaps no node, edge label or loop label with another at %o', (size) => {
    const { nodes, edges, loop } = layoutStageMap(data, size);
    const boxes = [...nodes, ...edges.map((e) => e.label), ...(loop ? [loop.labelBox] : [])];
    boxes.forEach((a, i) =>
      boxes
        .slice(i + 1)
        .forEach((b) => expect(overlaps(a, b), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toBe(false)),
    );
  });

  it.each(sizes)('ends every arrow outside its stages and runs none through another stage at %o', (size) => {
    const { nodes, edges } = layoutStageMap(data, size);
    for (const e of edges) {
      const points = samplePath(e.path);
      expect(points.length).toBeGreaterThan(10);
      for (const n of nodes) {
        const touches = n.id === e.from || n.id === e.to;
        // An arrow may only come near its own stages, and never reaches inside them.
        for (const p of points) expect(inside(p, n, touches ? 0 : 4), `${e.id} over ${n.id}`).toBe(false);
      }
    }
  });

  it('puts heads at both ends of a two-way arrow and only at the end of a one-way one', () => {
    const edges = new Map(layoutStageMap(data, sizes[0]!).edges.map((e) => [e.id, e]));
    expect(edges.get('IM02')).toMatchObject({
      from: 'dataset-creation',
      to: 'data-preprocessing',
      markerStart: true,
      markerEnd: true,
    });
    expect(edges.get('IM07')).toMatchObject({
      from: 'model-training',
      to: 'model-deployment',
      markerStart: false,
      markerEnd: true,
    });
  });

  it('draws the repetitive-maintenance loop between stages on the map', () => {
    const { loop, nodes } = layoutStageMap(data, sizes[0]!);
    expect(loop?.id).toBe('repetitive-maintenance');
    expect(loop?.path).toMatch(/^M[\d.]+,[\d.]+C/);
    const ids = new Set(nodes.map((n) => n.id));
    for (const id of [...data.loop!.from, ...data.loop!.to]) expect(ids.has(id), id).toBe(true);
    expect(
      nodes
        .filter((n) => n.loopRole === 'from')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['model-governance', 'model-monitoring', 'model-testing']);
    expect(layoutStageMap({ ...data, loop: null }, sizes[0]!).loop).toBeNull();
  });

  it('follows the lifecycle: data engineering first, a stage after every stage with an arrow into it', () => {
    const order = lifecycleSequence(data.stages, data.links).map((s) => s.id);
    expect(order.slice(0, 4)).toEqual(['dataset-creation', 'data-preprocessing', 'data-validation', 'data-management']);
    for (const l of data.links.filter((l) => !l.bidirectional))
      expect(order.indexOf(l.from)).toBeLessThan(order.indexOf(l.to));
  });

  it('fans out arrows that join the same two stages', () => {
    const twin: StageMapData = {
      ...data,
      links: [
        ...data.links,
        { id: 'IMX', from: 'model-training', to: 'model-deployment', bidirectional: false, title: 'x' },
      ],
    };
    const edges = layoutStageMap(twin, sizes[0]!).edges.filter(
      (e) => e.from === 'model-training' && e.to === 'model-deployment',
    );
    expect(edges).toHaveLength(2);
    expect(edges[0]!.path).not.toBe(edges[1]!.path);
    expect(edges.every((e) => e.path.includes('Q'))).toBe(true);
  });

  it('lays out the map as recorded (rounded coordinates)', () => {
    const { nodes, edges, loop, bands } = layoutStageMap(data, sizes[0]!);
    expect({
      bands: bands.map((b) => `${b.label} ${b.x},${b.y} ${b.width}×${b.height}`),
      nodes: nodes.map((n) => `${n.id} ${n.x},${n.y} [${n.lines.map((l) => l.text).join(' / ')}]`),
      edges: edges.map((e) => `${e.id} ${e.path} @${e.label.x},${e.label.y}`),
      loop: loop?.path,
    }).toMatchSnapshot();
  });
});
