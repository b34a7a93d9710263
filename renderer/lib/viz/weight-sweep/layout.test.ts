// Tests for the weight-sweep layout: lines, the current weight, the leader-changing crossing and label spreading.
import { describe, expect, it } from 'vitest';
import { weightSweep } from '../../../../electron/common/scoring/sweep.ts';
import { layoutWeightSweep, spreadLabels } from './layout.ts';

// A is perfect on criterion 0 and useless on 1; B the reverse. Sweeping criterion 0: A(t) = t, B(t) = 1 − t.
const table = { optionCount: 2, criterionCount: 2, values: new Float64Array([1, 0, 0, 1]) };
const sweep = weightSweep(table, [0.3, 0.7], 0, 3);
const options = [
  { id: 'a', label: 'Batch' },
  { id: 'b', label: 'Online' },
];

describe('layoutWeightSweep', () => {
  const l = layoutWeightSweep({ options, criterion: 'Accuracy', sweep }, { width: 500, height: 260 });

  it('draws one line per option over the plot, each with its own dash', () => {
    expect(l.plot).toEqual({ x: 44, y: 22, width: 306, height: 204 });
    expect(l.lines.map((x) => [x.d, x.dash])).toEqual([
      ['M44,226L197,124L350,22', 0],
      ['M44,22L197,124L350,226', 1],
    ]);
    expect(l.lines.map((x) => [x.label.text, x.label.y])).toEqual([
      ['Batch', 22],
      ['Online', 226],
    ]);
  });

  it('wraps a long name onto two lines beside the plot, and cuts it only where the height is short', () => {
    const long = [
      { id: 'a', label: 'Nightly batch retraining from scratch' },
      { id: 'b', label: 'Online learning' },
    ];
    const tall = layoutWeightSweep({ options: long, criterion: 'Accuracy', sweep }, { width: 500, height: 260 });
    const a = tall.lines[0]!.label;
    expect(a.text).toBe('Nightly batch retraining from scratch');
    expect(a.lines).toEqual([
      { text: 'Nightly batch', dy: -7 },
      { text: 'retraining from sc…', dy: 7 },
    ]);
    expect(tall.lines[1]!.label.lines).toEqual([{ text: 'Online learning', dy: 0 }]);
    // Every line stays inside the chart: right of the plot, within the width, above the bottom.
    for (const { label } of tall.lines)
      for (const line of label.lines) {
        expect(label.x + line.text.length * 7).toBeLessThanOrEqual(tall.width);
        expect(label.y + line.dy).toBeGreaterThan(0);
        expect(label.y + line.dy).toBeLessThan(tall.height);
      }
    // Twenty options leave no room for second lines: each name keeps one, cut.
    const many = Array.from({ length: 20 }, (_, i) => ({ id: `o${i}`, label: `${long[0]!.label} ${i}` }));
    const table20 = { optionCount: 20, criterionCount: 2, values: new Float64Array(40).fill(0.5) };
    const crowded = layoutWeightSweep(
      { options: many, criterion: 'Accuracy', sweep: weightSweep(table20, [0.3, 0.7], 0, 3) },
      { width: 500, height: 260 },
    );
    for (const { label } of crowded.lines) expect(label.lines).toHaveLength(1);
  });

  it('marks the current weight and the crossing where the leader changes', () => {
    expect(l.current).toEqual({ x: 135.8, label: 'now 30%' });
    expect(l.crossings).toEqual([
      { x: 197, y: 124, label: '50%', title: 'Batch and Online tie for first when Accuracy weighs 50%' },
    ]);
    expect(l.xTicks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });

  it('leaves out crossings below first place', () => {
    // C leads throughout; A and B still cross at 50%, but that changes nothing at the top.
    const three = weightSweep(
      { optionCount: 3, criterionCount: 2, values: new Float64Array([1, 0, 0, 1, 1, 1]) },
      [0.3, 0.7],
      0,
      3,
    );
    const l3 = layoutWeightSweep(
      { options: [...options, { id: 'c', label: 'Hybrid' }], criterion: 'Accuracy', sweep: three },
      { width: 500, height: 260 },
    );
    expect(three.crossings.length).toBeGreaterThan(0);
    expect(l3.crossings.filter((c) => c.label === '50%')).toEqual([]);
  });
});

describe('spreadLabels', () => {
  it('pushes close labels apart in order and slides an overflowing stack back up', () => {
    expect(spreadLabels([50, 52, 200], 14, 0, 300)).toEqual([50, 64, 200]);
    expect(spreadLabels([295, 290], 14, 0, 300)).toEqual([300, 286]);
  });
});
