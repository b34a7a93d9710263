// The rating spread worked by hand: the population standard deviation of the judges' ratings of each cell.
import { describe, expect, it } from 'vitest';
import { ratingSpread } from './disagreement.ts';

describe('ratingSpread', () => {
  it('is the population standard deviation per option and criterion', () => {
    // A/c1: 2 and 4 around 3 → √((1 + 1) / 2) = 1. A/c2: all 3 → 0.
    // B/c1: 1, 3, 5 around 3 → √((4 + 0 + 4) / 3) = √(8/3) ≈ 1.632993. B/c2: 5, 5, 2 around 4 → √((1 + 1 + 4) / 3) = √2.
    const spread = ratingSpread(
      [
        { A: { c1: 2, c2: 3 }, B: { c1: 1, c2: 5 } },
        { A: { c1: 4, c2: 3 }, B: { c1: 3, c2: 5 } },
        { A: { c1: 3, c2: 3 }, B: { c1: 5, c2: 2 } },
      ],
      ['A', 'B'],
      ['c1', 'c2'],
    );
    expect(spread[0]![1]).toBe(0);
    expect(spread[1]![0]).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(spread[1]![1]).toBeCloseTo(Math.SQRT2, 12);
    // With the third judge at 3, A/c1 is 2, 4, 3 around 3: √(2/3).
    expect(spread[0]![0]).toBeCloseTo(Math.sqrt(2 / 3), 12);
  });

  it('is 1 for two judges a rating of 2 apart and 0 for one judge', () => {
    expect(ratingSpread([{ A: { c: 2 } }, { A: { c: 4 } }], ['A'], ['c'])).toEqual([[1]]);
    expect(ratingSpread([{ A: { c: 2 } }], ['A'], ['c'])).toEqual([[0]]);
  });
});
