// Kendall's W worked by hand: full agreement, reversed rankings, and three judges with ties.
import { describe, expect, it } from 'vitest';
import { averageRanks, kendallW } from './kendall-w.ts';

describe('averageRanks', () => {
  it('gives the best score rank 1 and tied scores the mean of their places', () => {
    // 0.5 and 0.5 span places 2 and 3, so each gets 2.5; the last is 4.
    expect(averageRanks([0.9, 0.5, 0.5, 0.1])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([0.2, 0.2, 0.2])).toEqual([2, 2, 2]);
  });
});

describe('kendallW', () => {
  it('is 1 when two judges rank alike', () => {
    // Rank sums 2, 4, 6 around their mean 4: S = 4 + 0 + 4 = 8; m²(n³ − n) = 4 · 24 = 96; W = 12 · 8 / 96 = 1.
    expect(
      kendallW([
        [1, 2, 3],
        [1, 2, 3],
      ]),
    ).toBe(1);
  });

  it('is 0 when two judges rank in reverse', () => {
    // Every rank sum is 1 + 3 = 2 + 2 = 3 + 1 = 4, the mean itself: S = 0.
    expect(
      kendallW([
        [1, 2, 3],
        [3, 2, 1],
      ]),
    ).toBe(0);
  });

  it('corrects for ties: three judges, four options', () => {
    // Judge 1: 1, 2, 3, 4 (no ties, T = 0). Judge 2 ties the first two: 1.5, 1.5, 3, 4 (T = 2³ − 2 = 6).
    // Judge 3 ties the last three: 1, 3, 3, 3 (T = 3³ − 3 = 24).
    // Rank sums 3.5, 6.5, 9, 11 (total 30 = m·n(n + 1)/2); mean 7.5; deviations −4, −1, 1.5, 3.5;
    // S = 16 + 1 + 2.25 + 12.25 = 31.5. Denominator: m²(n³ − n) − m ΣT = 9 · 60 − 3 · 30 = 450.
    // W = 12 · 31.5 / 450 = 0.84 (without the correction it would read 378 / 540 = 0.7).
    expect(
      kendallW([
        [1, 2, 3, 4],
        [1.5, 1.5, 3, 4],
        [1, 3, 3, 3],
      ]),
    ).toBeCloseTo(0.84, 12);
  });

  it('is undefined with fewer than two judges or options, or when every judge ties everything', () => {
    expect(kendallW([[1, 2, 3]])).toBeNull();
    expect(kendallW([[1], [1], [1]])).toBeNull();
    expect(kendallW([])).toBeNull();
    // T = 3³ − 3 = 24 each: 4 · 24 − 2 · 48 = 0, nothing to divide by.
    expect(
      kendallW([
        [2, 2, 2],
        [2, 2, 2],
      ]),
    ).toBeNull();
  });
});
