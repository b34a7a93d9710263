// Tests for utilities, weighted scores, contributions and tie-aware ranks.
import { describe, expect, it } from 'vitest';
import {
  contributions,
  leaderIndices,
  rankScores,
  utility,
  weightedScores,
  type UtilityTable,
} from './weighted-sum.ts';

// The three-option example used across these tests. Weights 2, 1, 1 normalise to 0.5, 0.25, 0.25; c3 is a cost.
//   A: c1=5 → u=1,    c2=1 → u=0,    c3=3 → u=(5−3)/4=0.5  score = 0.5·1    + 0.25·0    + 0.25·0.5 = 0.625
//   B: c1=3 → u=0.5,  c2=4 → u=0.75, c3=1 → u=1            score = 0.5·0.5  + 0.25·0.75 + 0.25·1   = 0.6875
//   C: c1=4 → u=0.75, c2=3 → u=0.5,  c3=5 → u=0            score = 0.5·0.75 + 0.25·0.5  + 0.25·0   = 0.5
const table: UtilityTable = {
  optionCount: 3,
  criterionCount: 3,
  values: Float64Array.from([1, 0, 0.5, 0.5, 0.75, 1, 0.75, 0.5, 0]),
};
const weights = [0.5, 0.25, 0.25];

describe('utility', () => {
  it('maps benefit ratings up and cost ratings down onto [0, 1]', () => {
    expect([1, 2, 3, 4, 5].map((r) => utility(r, 'benefit'))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect([1, 2, 3, 4, 5].map((r) => utility(r, 'cost'))).toEqual([1, 0.75, 0.5, 0.25, 0]);
  });
});

describe('weightedScores and contributions', () => {
  it('computes the three-option example', () => {
    expect([...weightedScores(table, weights, new Float64Array(3))]).toEqual([0.625, 0.6875, 0.5]);
    expect(contributions(table, weights)).toEqual([
      [0.5, 0, 0.125],
      [0.25, 0.1875, 0.25],
      [0.375, 0.125, 0],
    ]);
  });

  it('writes into the buffer it is given', () => {
    const out = new Float64Array(3);
    expect(weightedScores(table, weights, out)).toBe(out);
  });
});

describe('rankScores', () => {
  it('ranks the three-option example B, A, C', () => {
    expect(rankScores([0.625, 0.6875, 0.5])).toEqual([2, 1, 3]);
  });

  it('gives tied options one rank and skips the next', () => {
    // Two options at 0.7 share rank 1, 0.3 has two above it (rank 3), 0.1 has three above it (rank 4).
    expect(rankScores([0.3, 0.7, 0.7, 0.1])).toEqual([3, 1, 1, 4]);
  });

  it('treats scores within 1e-9 as tied, whatever their order', () => {
    expect(rankScores([0.5, 0.5 + 5e-10, 0.2])).toEqual([1, 1, 3]);
    expect(rankScores([0.5 + 5e-10, 0.5, 0.2])).toEqual([1, 1, 3]);
    // 2e-9 apart is a real difference.
    expect(rankScores([0.5, 0.5 + 2e-9])).toEqual([2, 1]);
  });

  it('names every rank-1 option a leader', () => {
    expect(leaderIndices([3, 1, 1, 4])).toEqual([1, 2]);
  });
});
