// Tests for the win-rate layout: bar widths follow the rates, values print as percentages, the most frequent winner is flagged.
import { describe, expect, it } from 'vitest';
import { layoutWinRates } from './layout.ts';

describe('layoutWinRates', () => {
  const l = layoutWinRates(
    {
      options: [
        { id: 'a', label: 'Batch', rate: 0.812 },
        { id: 'b', label: 'Online', rate: 0.188 },
      ],
    },
    { width: 500 },
  );

  it('scales bars to the plot, which spans 0–100%', () => {
    // labels take 0.28 × 500 = 140 px + 8; the plot is 500 − 148 − 60 = 292 px wide.
    expect([l.plotX, l.plotWidth]).toEqual([148, 292]);
    expect(l.bars.map((b) => [b.width, b.value, b.valueX])).toEqual([
      [237.1, '81.2%', 391.1],
      [54.9, '18.8%', 208.9],
    ]);
    expect(l.ticks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });

  it('flags every option sharing the highest rate, and none when nothing was sampled', () => {
    expect(l.bars.map((b) => b.best)).toEqual([true, false]);
    const tie = layoutWinRates(
      {
        options: [
          { id: 'a', label: 'A', rate: 0.5 },
          { id: 'b', label: 'B', rate: 0.5 },
        ],
      },
      { width: 500 },
    );
    expect(tie.bars.map((b) => b.best)).toEqual([true, true]);
    expect(layoutWinRates({ options: [{ id: 'a', label: 'A', rate: 0 }] }, { width: 500 }).bars[0]!.best).toBe(false);
  });

  it('wraps a long option name onto two lines inside the label column before cutting it', () => {
    const name = 'Online updates with a weekly rebuild';
    const l = layoutWinRates({ options: [{ id: 'h', label: name, rate: 0.4 }] }, { width: 500 });
    const bar = l.bars[0]!;
    expect(bar.label).toBe(name);
    expect(bar.lines.map((x) => x.text)).toEqual(['Online updates with', 'a weekly rebuild']);
    expect(bar.lines.map((x) => x.dy)).toEqual([-7, 7]);
    // No line leaves the label column (140 px at about 7 px a character).
    for (const line of bar.lines) expect(line.text.length * 7).toBeLessThanOrEqual(140);
    const longer = layoutWinRates({ options: [{ id: 'x', label: `${name} ${name}`, rate: 0.4 }] }, { width: 500 });
    expect(longer.bars[0]!.lines).toHaveLength(2);
    expect(longer.bars[0]!.lines[1]!.text.endsWith('…')).toBe(true);
  });
});
