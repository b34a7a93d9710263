// Tests for the contributions layout: segments stack in criterion order, widths follow the values, narrow segments lose their label.
import { describe, expect, it } from 'vitest';
import { layoutContributions, type ContributionsData } from './layout.ts';

const data: ContributionsData = {
  options: [
    { id: 'a', label: 'Batch', score: 0.75, rank: '1' },
    { id: 'b', label: 'Online', score: 0.3, rank: '2' },
  ],
  criteria: [
    { id: 'x', label: 'Accuracy' },
    { id: 'y', label: 'Cost' },
  ],
  values: [
    [0.5, 0.25],
    [0.3, 0],
  ],
};

describe('layoutContributions', () => {
  const l = layoutContributions(data, { width: 600 });

  it('puts the plot right of the labels and leaves room for the score', () => {
    // labels take min(200, 0.28 × 600) = 168 px, then an 8 px gap; 76 px stay for the score.
    expect([l.plotX, l.plotWidth, l.width]).toEqual([176, 348, 600]);
  });

  it('stacks segments left to right with widths proportional to the contributions', () => {
    expect(
      l.segments.map(({ option, criterion, x, width, label, pattern }) => ({
        option,
        criterion,
        x,
        width,
        label,
        pattern,
      })),
    ).toEqual([
      { option: 'a', criterion: 'x', x: 176, width: 174, label: 'C1', pattern: 0 },
      { option: 'a', criterion: 'y', x: 350, width: 87, label: 'C2', pattern: 1 },
      { option: 'b', criterion: 'x', x: 176, width: 104.4, label: 'C1', pattern: 0 },
    ]);
    expect(l.segments[1]!.title).toBe('Batch · Cost: 25.0 points');
  });

  it('prints each score with its rank after the bar, one row per option', () => {
    expect(l.rows.map((r) => [r.label, r.scoreText, r.scoreX, r.y])).toEqual([
      ['Batch', '75.0 · rank 1', 443, 6],
      ['Online', '30.0 · rank 2', 286.4, 42],
    ]);
    expect(l.ticks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100']);
    expect(l.height).toBeGreaterThan(l.axisY);
  });

  it('drops the key of a segment too narrow to hold it', () => {
    const thin = layoutContributions(
      {
        ...data,
        values: [
          [0.7, 0.05],
          [0.3, 0],
        ],
      },
      { width: 600 },
    );
    expect(thin.segments.find((s) => s.option === 'a' && s.criterion === 'y')?.label).toBeNull();
  });

  it('keeps a short name on one line and wraps a long one onto two within the label column', () => {
    expect(l.rows[0]!.lines).toEqual([{ text: 'Batch', dy: 0 }]);
    const long = 'Managed feature store with streaming ingestion';
    const wrapped = layoutContributions(
      { ...data, options: [{ id: 'a', label: long, score: 0.75, rank: '1' }], values: [[0.5, 0.25]] },
      { width: 600 },
    ).rows[0]!;
    expect(wrapped.label).toBe(long);
    expect(wrapped.lines.map((x) => x.text)).toEqual(['Managed feature store', 'with streaming ingestion']);
    for (const line of wrapped.lines) expect(line.text.length * 7).toBeLessThanOrEqual(168);
  });
});
