// Tests for weight sweeps and their exact crossings.
import { describe, expect, it } from 'vitest';
import { weightSweep } from './sweep.ts';
import type { UtilityTable } from './weighted-sum.ts';

describe('weightSweep', () => {
  it('sweeps c1 of the three-option example with exact crossings', () => {
    // Utilities A (1, 0, 0.5), B (0.5, 0.75, 1), C (0.75, 0.5, 0); w = (0.5, 0.25, 0.25). Sweeping c1 leaves
    // c2 and c3 at 0.5 each of the remaining 1 − t, so R_A = 0.25, R_B = 0.875, R_C = 0.25 and
    //   s_A = t + 0.25(1 − t) = 0.25 + 0.75t,  s_B = 0.5t + 0.875(1 − t) = 0.875 − 0.375t,  s_C = 0.25 + 0.5t.
    // At t = 0.5 these are the example's scores 0.625, 0.6875, 0.5. Crossings:
    //   A–C: 0.75t = 0.5t → t = 0 (both 0.25, B leads at 0.875: not leading)
    //   A–B: 1.125t = 0.625 → t = 5/9 (both 2/3 > C's 0.528: the leader changes) — the break-even weight for (A, c1)
    //   B–C: 0.875t = 0.625 → t = 5/7 (both 0.607 < A's 0.786: not leading)
    const table: UtilityTable = {
      optionCount: 3,
      criterionCount: 3,
      values: Float64Array.from([1, 0, 0.5, 0.5, 0.75, 1, 0.75, 0.5, 0]),
    };
    const sweep = weightSweep(table, [0.5, 0.25, 0.25], 0, 5);
    expect(sweep.weights).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(sweep.currentWeight).toBe(0.5);
    // s_A at t = 0, 0.25, …: 0.25, 0.4375, 0.625, 0.8125, 1; s_B: 0.875, 0.78125, 0.6875, 0.59375, 0.5; s_C: 0.25, 0.375, 0.5, 0.625, 0.75.
    expect(sweep.scores).toEqual([
      [0.25, 0.4375, 0.625, 0.8125, 1],
      [0.875, 0.78125, 0.6875, 0.59375, 0.5],
      [0.25, 0.375, 0.5, 0.625, 0.75],
    ]);
    expect(sweep.crossings.map((c) => c.options)).toEqual([
      [0, 2],
      [0, 1],
      [1, 2],
    ]);
    expect(sweep.crossings.map((c) => c.leading)).toEqual([false, true, false]);
    [0, 5 / 9, 5 / 7].forEach((t, i) => expect(sweep.crossings[i]!.weight).toBeCloseTo(t, 12));
  });

  it('shares the rest equally when every other weight is zero', () => {
    // w = (1, 0): the other criterion's proportion is undefined, so it takes all of 1 − t.
    // X (1, 0): s = t; Y (0, 1): s = 1 − t; they cross at t = 0.5, where they lead together.
    const table: UtilityTable = { optionCount: 2, criterionCount: 2, values: Float64Array.from([1, 0, 0, 1]) };
    const sweep = weightSweep(table, [1, 0], 0, 3);
    expect(sweep.scores).toEqual([
      [0, 0.5, 1],
      [1, 0.5, 0],
    ]);
    expect(sweep.crossings).toEqual([{ weight: 0.5, options: [0, 1], leading: true }]);
  });

  it("keeps a lone criterion's scores flat", () => {
    const table: UtilityTable = { optionCount: 2, criterionCount: 1, values: Float64Array.from([0.75, 0.25]) };
    const sweep = weightSweep(table, [1], 0, 2);
    expect(sweep.scores).toEqual([
      [0.75, 0.75],
      [0.25, 0.25],
    ]);
    expect(sweep.crossings).toEqual([]);
  });
});
