// Papers by year: a slot per year from first to last, counts as bar heights, undated papers apart and never at 0.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../../catalog/index.ts';
import { layoutPapersByYear, undatedKey } from './layout.ts';

describe('layoutPapersByYear', () => {
  const layout = layoutPapersByYear(catalog.data.references, { width: 760, height: 500 });

  it('counts the 124 papers, a bar per year 2016–2022, and LR89 (no year) in a bar of its own after a gap', () => {
    expect(layout.bars.map((b) => [b.key, b.papers.length])).toEqual([
      ['2016', 2],
      ['2017', 1],
      ['2018', 6],
      ['2019', 22],
      ['2020', 31],
      ['2021', 35],
      ['2022', 26],
      [undatedKey, 1],
    ]);
    expect(layout.bars.reduce((n, b) => n + b.papers.length, 0)).toBe(124);
    expect(layout.bars.at(-1)).toMatchObject({ label: 'No year', papers: ['LR89'], title: 'No year: 1 paper' });
    const [last, undated] = layout.bars.slice(-2);
    expect(layout.apart!.x).toBeGreaterThan(last!.x + last!.width);
    expect(layout.apart!.x).toBeLessThan(undated!.x);
  });

  it('draws heights in proportion to the counts, on one baseline, at rounded coordinates', () => {
    expect(layout.bars.map((b) => [b.key, b.x, b.y, b.width, b.height])).toMatchSnapshot();
    const perPaper = layout.bars[5]!.height / 35;
    for (const b of layout.bars) {
      expect(b.height).toBeCloseTo(b.papers.length * perPaper, 0);
      expect(b.y + b.height).toBeCloseTo(layout.baseline, 1);
    }
  });

  it('keeps an empty slot for a year without papers, and no undated bar when every paper has a year', () => {
    const few = layoutPapersByYear(
      [
        { id: 'A', year: 2019 },
        { id: 'B', year: 2021 },
      ],
      { width: 600, height: 400 },
    );
    expect(few.bars.map((b) => [b.key, b.papers])).toEqual([
      ['2019', ['A']],
      ['2020', []],
      ['2021', ['B']],
    ]);
    expect(few.bars[1]!.height).toBe(0);
    expect(few.apart).toBeNull();
  });
});
