// Tests for the CLI's JSON score report.
import { describe, expect, it } from 'vitest';
import { scoreReport } from './report.ts';

describe('scoreReport', () => {
  it('keys every result by option and criterion id', () => {
    // The three-option example (weighted-sum.test.ts, break-even.test.ts), with perturb spread 0 so the
    // Monte Carlo always sees the chosen weights and B wins every sample.
    const r = scoreReport({
      options: [{ id: 'A' }, { id: 'B' }, { id: 'C' }],
      criteria: [
        { id: 'c1', type: 'benefit', weight: 2 },
        { id: 'c2', type: 'benefit', weight: 1 },
        { id: 'c3', type: 'cost', weight: 1 },
      ],
      ratings: { A: { c1: 5, c2: 1, c3: 3 }, B: { c1: 3, c2: 4, c3: 1 }, C: { c1: 4, c2: 3, c3: 5 } },
      montecarlo: { samples: 100, seed: 1, mode: 'perturb', spread: 0 },
    });
    expect(r).toEqual({
      ok: true,
      report: {
        scores: { A: 0.625, B: 0.6875, C: 0.5 },
        ranks: { A: 2, B: 1, C: 3 },
        leaders: ['B'],
        contributions: {
          A: { c1: 0.5, c2: 0, c3: 0.125 },
          B: { c1: 0.25, c2: 0.1875, c3: 0.25 },
          C: { c1: 0.375, c2: 0.125, c3: 0 },
        },
        breakEven: [
          { leader: 'B', criterion: 'c1', option: 'A', delta: 0.125 },
          { leader: 'B', criterion: 'c2', option: 'A', delta: 0.0625 / -0.75 },
          { leader: 'B', criterion: 'c3', option: 'A', delta: -0.125 },
          { leader: 'B', criterion: 'c1', option: 'C', delta: 0.75 },
          { leader: 'B', criterion: 'c3', option: 'C', delta: -0.1875 },
        ],
        mostCritical: { leader: 'B', criterion: 'c1', option: 'A', delta: 0.125 },
        winRates: { A: 0, B: 1, C: 0 },
      },
    });
  });

  it('adds AHP weights and CR when judgements are given', () => {
    // [[1, 3], [1/3, 1]]: weights 3/4 and 1/4; n = 2 is always consistent.
    const r = scoreReport({
      options: [{ id: 'A' }, { id: 'B' }],
      criteria: [
        { id: 'x', type: 'benefit', weight: 1 },
        { id: 'y', type: 'benefit', weight: 1 },
      ],
      ratings: { A: { x: 5, y: 1 }, B: { x: 1, y: 5 } },
      ahp: {
        criteria: ['x', 'y'],
        matrix: [
          [1, 3],
          [1 / 3, 1],
        ],
      },
    });
    expect(r.ok && r.report.ahp?.weights.x).toBeCloseTo(0.75, 12);
    expect(r.ok && r.report.ahp?.weights.y).toBeCloseTo(0.25, 12);
    expect(r.ok && r.report.ahp?.cr).toBe(0);
    // A = 0.75 · 1 + 0.25 · 0 = 0.75; B = 0.25.
    expect(r.ok && r.report.scores.A).toBeCloseTo(0.75, 12);
  });

  it('passes errors through', () => {
    const r = scoreReport({
      options: [{ id: 'A' }],
      criteria: [{ id: 'x', type: 'benefit', weight: 0 }],
      ratings: { A: { x: 3 } },
    });
    expect(r).toEqual({
      ok: false,
      errors: ['criteria: all criterion weights are zero; give at least one criterion a weight above 0'],
    });
  });
});
