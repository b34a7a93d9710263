// Tests for break-even weight changes, including the exactness property under renormalisation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEvens, mostCritical, type BreakEven } from './break-even.ts';
import { normaliseWeights } from './weights.ts';
import { rankScores, weightedScores, type UtilityTable } from './weighted-sum.ts';

function analyse(table: UtilityTable, weights: number[]) {
  const scores = weightedScores(table, weights, new Float64Array(table.optionCount));
  return breakEvens(table, weights, scores, rankScores(scores));
}

describe('breakEvens', () => {
  it('finds every break-even of the three-option example', () => {
    // Utilities as in weighted-sum.test.ts: A (1, 0, 0.5), B (0.5, 0.75, 1), C (0.75, 0.5, 0); w = (0.5, 0.25, 0.25).
    // Scores A 0.625, B 0.6875 (leader), C 0.5. δ = (V_B − V_j) / (u_jk − u_Bk):
    //   A, c1: 0.0625 / (1 − 0.5)    =  0.125;  w' = 0.625 / 1.125  = 5/9;  |δ|/w = 0.25
    //   A, c2: 0.0625 / (0 − 0.75)   = −1/12;   w' = (1/6) / (11/12) = 2/11; |δ|/w = 1/3
    //   A, c3: 0.0625 / (0.5 − 1)    = −0.125;  w' = 0.125 / 0.875  = 1/7;  |δ|/w = 0.5
    //   C, c1: 0.1875 / (0.75 − 0.5) =  0.75;   w' = 1.25 / 1.75    = 5/7;  |δ|/w = 1.5
    //   C, c2: 0.1875 / (0.5 − 0.75) = −0.75;   w + δ = −0.5 < 0, not reachable
    //   C, c3: 0.1875 / (0 − 1)      = −0.1875; w' = 0.0625 / 0.8125 = 1/13; |δ|/w = 0.75
    const table: UtilityTable = {
      optionCount: 3,
      criterionCount: 3,
      values: Float64Array.from([1, 0, 0.5, 0.5, 0.75, 1, 0.75, 0.5, 0]),
    };
    const entries = analyse(table, [0.5, 0.25, 0.25]);
    expect(entries.map((e) => [e.leader, e.option, e.criterion])).toEqual([
      [1, 0, 0],
      [1, 0, 1],
      [1, 0, 2],
      [1, 2, 0],
      [1, 2, 2],
    ]);
    const expected = [
      [0.125, 5 / 9, 0.25],
      [-1 / 12, 2 / 11, 1 / 3],
      [-0.125, 1 / 7, 0.5],
      [0.75, 5 / 7, 1.5],
      [-0.1875, 1 / 13, 0.75],
    ];
    entries.forEach((e, n) => {
      const [delta, newWeight, relative] = expected[n]!;
      expect(e.delta).toBeCloseTo(delta!, 12);
      expect(e.newWeight).toBeCloseTo(newWeight!, 12);
      expect(e.relativeChange).toBeCloseTo(relative!, 12);
    });
    expect(mostCritical(entries)).toBe(entries[0]);
  });

  it('reports dropping a criterion entirely (w_k + δ = 0) as a break-even', () => {
    // P (1, 0.5), Q (0, 0.5), w = (0.5, 0.5): V_P − V_Q = 0.5 · 1 = 0.5, all from c1.
    // c1: δ = 0.5 / (0 − 1) = −0.5 = −w_1 → new weights (0, 0.5) / 0.5 = (0, 1), both score 0.5. c2: u equal, none.
    const table: UtilityTable = { optionCount: 2, criterionCount: 2, values: Float64Array.from([1, 0.5, 0, 0.5]) };
    const entries = analyse(table, [0.5, 0.5]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ option: 1, criterion: 0, delta: -0.5, newWeight: 0, relativeChange: 1 });
  });

  it('skips a change that would zero every weight, and falls back to zero-weight criteria', () => {
    // X (1, 0), Y (0.75, 1), w = (1, 0): V_X = 1, V_Y = 0.75, gap 0.25.
    // c1: δ = 0.25 / (0.75 − 1) = −1 → 1 + δ = 0 leaves no weight at all: skipped.
    // c2: δ = 0.25 / (1 − 0) = 0.25 → w' = 0.25 / 1.25 = 0.2; w_2 = 0 so no relative change.
    const table: UtilityTable = { optionCount: 2, criterionCount: 2, values: Float64Array.from([1, 0, 0.75, 1]) };
    const entries = analyse(table, [1, 0]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ criterion: 1, delta: 0.25, newWeight: 0.2, relativeChange: null });
    expect(mostCritical(entries)).toBe(entries[0]);
  });

  it('compares nothing between co-leaders', () => {
    // Identical options tie at rank 1; with no other option there is nothing to report.
    const table: UtilityTable = { optionCount: 2, criterionCount: 2, values: Float64Array.from([1, 0, 1, 0]) };
    expect(analyse(table, [0.5, 0.5])).toEqual([]);
    expect(mostCritical([])).toBeNull();
  });
});

describe('mostCritical', () => {
  const entry = (delta: number, relativeChange: number | null): BreakEven => ({
    leader: 0,
    option: 1,
    criterion: 0,
    delta,
    newWeight: 0,
    relativeChange,
  });

  it('prefers any weighted criterion over a zero-weight one, however small its δ', () => {
    const weighted = entry(0.5, 2);
    expect(mostCritical([entry(0.01, null), weighted])).toBe(weighted);
  });

  it('picks the smallest |δ| among zero-weight criteria', () => {
    const small = entry(-0.1, null);
    expect(mostCritical([entry(0.3, null), small])).toBe(small);
  });
});

describe('break-even exactness (property)', () => {
  const problem = fc
    .record({ n: fc.integer({ min: 2, max: 6 }), m: fc.integer({ min: 1, max: 6 }) })
    .chain(({ n, m }) =>
      fc.record({
        utilities: fc.array(
          fc.integer({ min: 0, max: 4 }).map((r) => r / 4),
          { minLength: n * m, maxLength: n * m },
        ),
        raw: fc
          .array(fc.integer({ min: 0, max: 10 }), { minLength: m, maxLength: m })
          .filter((w) => w.some((x) => x > 0)),
        n: fc.constant(n),
        m: fc.constant(m),
      }),
    );

  it('applying δ to w_k and renormalising ties leader and challenger within 1e-9', () => {
    let checked = 0;
    fc.assert(
      fc.property(problem, ({ utilities, raw, n, m }) => {
        const normalised = normaliseWeights(raw);
        if (!normalised.ok) throw new Error(normalised.error);
        const table: UtilityTable = { optionCount: n, criterionCount: m, values: Float64Array.from(utilities) };
        for (const e of analyse(table, [...normalised.weights])) {
          const shifted = Array.from(normalised.weights);
          shifted[e.criterion] = shifted[e.criterion]! + e.delta;
          const total = 1 + e.delta;
          const after = weightedScores(
            table,
            shifted.map((w) => w / total),
            new Float64Array(n),
          );
          expect(shifted[e.criterion]).toBeGreaterThanOrEqual(-1e-9);
          expect(Math.abs(after[e.leader]! - after[e.option]!)).toBeLessThan(1e-9);
          expect(shifted[e.criterion]! / total).toBeCloseTo(e.newWeight, 9);
          checked++;
        }
      }),
      { numRuns: 300 },
    );
    // Guards against a vacuous pass: random problems must actually produce break-evens to check.
    expect(checked).toBeGreaterThan(100);
  });
});
