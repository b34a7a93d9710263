// The decision graph: what a filter keeps, links between records, stage clusters, and a repeatable force layout.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../../catalog/index.ts';
import { graphData } from './data.ts';
import { graphLog } from '../../../../tests/fixtures/graph-log.ts';
import { layoutGraph } from './layout.ts';
import { nextNode } from './keys.ts';

describe('graphData', () => {
  const all = graphData(catalog, graphLog, { lifecycle: null, tag: null });

  it('draws each record and each catalogue entry it cites once, an unknown key not at all', () => {
    expect(all.nodes.filter((n) => n.kind === 'decision')).toHaveLength(5);
    expect(all.nodes.filter((n) => n.kind !== 'decision').map((n) => n.id)).toEqual([
      'CM12',
      'SM13',
      'LR12',
      'CM10',
      'CM11',
      'T2',
      'CM07',
      'CM14',
    ]);
    expect(all.nodes.find((n) => n.id === 'SM13')).toMatchObject({ kind: 'solution', cluster: 'model-drift' });
    expect(all.nodes.find((n) => n.id === 'LR12')).toMatchObject({ kind: 'paper', cluster: null });
  });

  it('links supersede (declared on either side, once) and amend between records', () => {
    const between = all.links.filter((l) => l.kind !== 'cites').map((l) => [l.kind, l.source, l.target]);
    expect(between).toEqual([
      ['supersedes', '0003-d.md', '0002-d.md'],
      ['amends', '0003-d.md', '0004-d.md'],
    ]);
  });

  it('puts a record in the stage most of its citations sit in, clusters in stage order, "No stage" last', () => {
    expect(all.nodes.find((n) => n.id === '0001-d.md')!.cluster).toBe('model-drift');
    expect(all.nodes.find((n) => n.id === '0003-d.md')!.cluster).toBe('data-management');
    expect(all.clusters.at(-1)).toEqual({ id: null, name: 'No stage' });
  });

  it('keeps only the records of a lifecycle or tag, and only what they cite', () => {
    const data = graphData(catalog, graphLog, { lifecycle: 'accepted', tag: 'data' });
    expect(data.nodes.filter((n) => n.kind === 'decision').map((n) => n.id)).toEqual(['0003-d.md', '0004-d.md']);
    expect(data.nodes.some((n) => n.id === 'CM12')).toBe(false);
    expect(data.links.filter((l) => l.kind === 'supersedes')).toEqual([]);
  });
});

describe('layoutGraph', () => {
  const data = graphData(catalog, graphLog, { lifecycle: null, tag: null });
  const layout = layoutGraph(data, { width: 800, height: 600 });

  it('places every node the same way each time, rounded to a tenth, inside its cluster', () => {
    expect(layoutGraph(data, { width: 800, height: 600 })).toEqual(layout);
    expect(layout.nodes.map((n) => [n.id, n.x, n.y])).toMatchSnapshot();
    for (const n of layout.nodes) {
      expect(Number.isInteger(n.x * 10) && Number.isInteger(n.y * 10)).toBe(true);
      const c = layout.clusters.find((k) => k.id === n.cluster)!;
      expect(n.x).toBeGreaterThanOrEqual(c.x);
      expect(n.x).toBeLessThanOrEqual(c.x + c.width);
      expect(n.y).toBeGreaterThanOrEqual(c.y);
      expect(n.y).toBeLessThanOrEqual(c.y + c.height);
    }
  });

  it('lists nodes in reading order: cluster by cluster', () => {
    const order = layout.clusters.map((c) => c.id);
    const seen = layout.nodes.map((n) => order.indexOf(n.cluster));
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('ends each arrow on the rim of the record it points to', () => {
    const amend = layout.links.find((l) => l.kind === 'amends')!;
    const target = layout.nodes.find((n) => n.id === amend.target)!;
    expect(Math.hypot(amend.x2 - target.x, amend.y2 - target.y)).toBeCloseTo(target.r + 2, 0);
  });
});

describe('nextNode', () => {
  const nodes = [
    { id: 'a', x: 0, y: 0 },
    { id: 'b', x: 100, y: 5 },
    { id: 'c', x: 10, y: 100 },
    { id: 'd', x: 100, y: 100 },
  ];

  it('moves to the nearest node in the arrow’s direction, straight ahead before sideways', () => {
    expect(nextNode(nodes, 'a', 'ArrowRight')).toBe('b');
    expect(nextNode(nodes, 'a', 'ArrowDown')).toBe('c');
    expect(nextNode(nodes, 'd', 'ArrowLeft')).toBe('c');
    expect(nextNode(nodes, 'd', 'ArrowUp')).toBe('b');
  });

  it('falls back to reading order at an edge, and Home/End go to the ends', () => {
    expect(nextNode(nodes, 'b', 'ArrowRight')).toBe('c');
    expect(nextNode(nodes, 'a', 'ArrowLeft')).toBe('a');
    expect(nextNode(nodes, 'c', 'End')).toBe('d');
    expect(nextNode(nodes, 'c', 'Home')).toBe('a');
    expect(nextNode(nodes, 'c', 'x')).toBeNull();
  });
});
