// Tests for the scoring entry point, end to end from an input to every result it reports.
import { describe, expect, it } from 'vitest';
import { emptyAnalysis } from '../analysis.ts';
import type { ScoreInput } from './input.ts';
import { scoreAnalysis, type AnalysisScore } from './score-analysis.ts';

// The three-option example (arithmetic in weighted-sum.test.ts): scores A 0.625, B 0.6875, C 0.5.
const example = (): ScoreInput => ({
  options: [{ id: 'A' }, { id: 'B' }, { id: 'C' }],
  criteria: [
    { id: 'c1', tradeoff: 'T2', favours: 'right', type: 'benefit', weight: 2 },
    { id: 'c2', type: 'benefit', weight: 1 },
    { id: 'c3', type: 'cost', weight: 1 },
  ],
  ratings: { A: { c1: 5, c2: 1, c3: 3 }, B: { c1: 3, c2: 4, c3: 1 }, C: { c1: 4, c2: 3, c3: 5 } },
  montecarlo: { samples: 2000, seed: 11 },
});

function scored(input: ScoreInput): AnalysisScore {
  const r = scoreAnalysis(input);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
}

describe('scoreAnalysis', () => {
  it('scores, ranks and explains the three-option example', () => {
    const r = scored(example());
    expect(r.normalisedWeights).toEqual([0.5, 0.25, 0.25]);
    expect(r.scores).toEqual([0.625, 0.6875, 0.5]);
    expect(r.ranks).toEqual([2, 1, 3]);
    expect(r.leaders).toEqual(['B']);
    expect(r.contributions[1]).toEqual([0.25, 0.1875, 0.25]);
    // Break-evens as derived in break-even.test.ts; (A, c1) needs the smallest relative change, 0.125 / 0.5.
    expect(r.breakEven.map((e) => `${e.option}/${e.criterion}`)).toEqual(['A/c1', 'A/c2', 'A/c3', 'C/c1', 'C/c3']);
    expect(r.mostCritical).toMatchObject({
      leader: 'B',
      option: 'A',
      criterion: 'c1',
      delta: 0.125,
      relativeChange: 0.25,
    });
    expect(r.winRates.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(r.ahp).toBeUndefined();
  });

  it('is deterministic for the same input and seed', () => {
    expect(scored(example())).toEqual(scored(example()));
  });

  it('reports ties honestly', () => {
    // B copies A's ratings, so both score 0.625 and share rank 1; C (0.5) is third, not second.
    const input = example();
    input.ratings = { ...input.ratings, B: { c1: 5, c2: 1, c3: 3 } };
    const r = scored(input);
    expect(r.ranks).toEqual([1, 1, 3]);
    expect(r.leaders).toEqual(['A', 'B']);
    // Every sample ties A and B (C can still win some weightings, e.g. heavy c2 where C's 0.5 beats A's 0).
    expect(r.winRates[0]).toBe(r.winRates[1]);
    expect(r.breakEven.every((e) => e.option === 'C')).toBe(true);
  });

  it('lets AHP judgements replace the weights', () => {
    // ahp.criteria order (c2, c1, c3) with a consistent matrix for (4, 2, 1)/7: c2 = 4/7, c1 = 2/7, c3 = 1/7.
    //   A = 2/7·1   + 4/7·0    + 1/7·0.5 = 2.5/7 ≈ 0.357143
    //   B = 2/7·0.5 + 4/7·0.75 + 1/7·1   = 5/7   ≈ 0.714286
    //   C = 2/7·0.75 + 4/7·0.5 + 1/7·0   = 3.5/7 = 0.5
    const input = {
      ...example(),
      ahp: {
        criteria: ['c2', 'c1', 'c3'],
        matrix: [
          [1, 2, 4],
          [1 / 2, 1, 2],
          [1 / 4, 1 / 2, 1],
        ],
      },
    };
    const r = scored(input);
    [2 / 7, 4 / 7, 1 / 7].forEach((w, k) => expect(r.normalisedWeights[k]).toBeCloseTo(w, 12));
    [2.5 / 7, 5 / 7, 0.5].forEach((s, i) => expect(r.scores[i]).toBeCloseTo(s, 12));
    expect(r.ahp?.criteria).toEqual(['c2', 'c1', 'c3']);
    expect(r.ahp?.cr).toBeCloseTo(0, 12);
    expect(r.ahp?.mostInconsistent).toBeNull();
  });

  it('names the most inconsistent AHP judgement by criterion ids', () => {
    // The cyclic matrix of ahp.test.ts: as in every 3×3 matrix all judgements deviate equally, so the first
    // pair in matrix order, (c1, c2), is named; its a12 = 2 against the equal weights' implied ratio 1.
    const input = {
      ...example(),
      ahp: {
        criteria: ['c1', 'c2', 'c3'],
        matrix: [
          [1, 2, 1 / 2],
          [1 / 2, 1, 2],
          [2, 1 / 2, 1],
        ],
      },
    };
    const r = scored(input);
    expect(r.ahp?.warning).toBe(true);
    expect(r.ahp?.mostInconsistent?.criteria).toEqual(['c1', 'c2']);
    expect(r.ahp?.mostInconsistent?.given).toBe(2);
    expect(r.ahp?.mostInconsistent?.implied).toBeCloseTo(1, 10);
  });

  it('refuses all-zero weights with a message instead of NaN scores', () => {
    const input = example();
    input.criteria = input.criteria.map((c) => ({ ...c, weight: 0 }));
    const r = scoreAnalysis(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([
      'criteria: all criterion weights are zero; give at least one criterion a weight above 0',
    ]);
  });

  it('refuses an analysis still being rated', () => {
    const analysis = emptyAnalysis('an-1', 'Which store?', '2025-01-01T00:00:00Z');
    analysis.options = [{ id: 'x', title: 'X', description: '' }];
    analysis.criteria = [{ id: 'k', title: 'K', tradeoff: null, favours: null, type: 'benefit', weight: 1 }];
    expect(scoreAnalysis(analysis)).toEqual({ ok: false, errors: ['ratings.x: option "x" is not rated on "k"'] });
    analysis.ratings = { x: { k: 4 } };
    expect(scored(analysis).scores).toEqual([0.75]);
  });

  it('handles 20 options × 12 criteria with 10,000 samples', () => {
    const options = Array.from({ length: 20 }, (_, i) => ({ id: `o${i}` }));
    const criteria = Array.from({ length: 12 }, (_, k) => ({
      id: `c${k}`,
      type: k % 3 === 0 ? ('cost' as const) : ('benefit' as const),
      weight: 1 + (k % 4),
    }));
    const ratings = Object.fromEntries(
      options.map((o, i) => [o.id, Object.fromEntries(criteria.map((c, k) => [c.id, ((i * 7 + k * 3) % 5) + 1]))]),
    );
    const r = scored({ options, criteria, ratings, montecarlo: { samples: 10_000, seed: 5 } });
    expect(r.scores).toHaveLength(20);
    expect(r.winRates).toHaveLength(20);
    expect(r.winRates.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(r.leaders.length).toBeGreaterThan(0);
  });
});
