// The scalability triangle's layout: three corners inside the box, three two-way sides labelled outside the triangle.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../../catalog/index.ts';
import { triangleData } from './data.ts';
import { layoutTriangle } from './layout.ts';

const data = triangleData(catalog);
const sizes = [
  { width: 745, height: 700 },
  { width: 1400, height: 960 },
  { width: 200, height: 100 },
];

describe('scalability triangle layout', () => {
  it('counts the scalability challenges spanning each area', () => {
    for (const a of data.areas) {
      const expected = catalog.challengesOf(a.id).filter((c) => c.kind === 'scalability').length;
      expect(a.challenges, a.id).toBe(expected);
      expect(expected).toBeGreaterThan(0);
    }
  });

  it('has three corners and three two-way sides', () => {
    const { corners, sides } = layoutTriangle(data, sizes[0]!);
    expect(corners.map((c) => c.id)).toEqual(['data-engineering', 'model-engineering', 'current-ecosystem']);
    expect(sides.map((s) => `${s.id} ${s.from}↔${s.to}`)).toEqual([
      'IS01 data-engineering↔model-engineering',
      'IS02 data-engineering↔current-ecosystem',
      'IS03 model-engineering↔current-ecosystem',
    ]);
    for (const s of sides) expect([s.markerStart, s.markerEnd]).toEqual([true, true]);
  });

  it('is a pure function of data and size', () => {
    expect(layoutTriangle(data, sizes[0]!)).toEqual(layoutTriangle(structuredClone(data), { ...sizes[0]! }));
  });

  it.each(sizes)('keeps corners and side labels inside the margins at %o', (size) => {
    const layout = layoutTriangle(data, size);
    for (const b of [...layout.corners, ...layout.sides.map((s) => s.label)]) {
      expect(b.x - b.width / 2).toBeGreaterThanOrEqual(16);
      expect(b.x + b.width / 2).toBeLessThanOrEqual(layout.width - 16);
      expect(b.y - b.height / 2).toBeGreaterThanOrEqual(16);
      expect(b.y + b.height / 2).toBeLessThanOrEqual(layout.height - 16);
    }
    const [left, right, top] = layout.corners;
    expect(left!.y).toBe(right!.y);
    expect(top!.y).toBeLessThan(left!.y);
    // An equilateral triangle of corner centres.
    expect(Math.round(Math.hypot(top!.x - left!.x, top!.y - left!.y))).toBeCloseTo(right!.x - left!.x, -1);
  });

  it('lays out the triangle as recorded (rounded coordinates)', () => {
    const { corners, sides, shape } = layoutTriangle(data, sizes[0]!);
    expect({
      shape,
      corners: corners.map(
        (c) =>
          `${c.id} ${c.x},${c.y} ${c.width}×${c.height} [${c.lines.map((l) => l.text).join(' / ')}] ${c.countLabel}`,
      ),
      sides: sides.map((s) => `${s.id} ${s.path} @${s.label.x},${s.label.y}`),
    }).toMatchSnapshot();
  });
});
