// Tests for the seeded Monte Carlo win rates.
import { describe, expect, it } from 'vitest';
import type { MonteCarloSettings } from '../analysis.ts';
import { winRates } from './monte-carlo.ts';
import type { UtilityTable } from './weighted-sum.ts';

const dirichlet: MonteCarloSettings = { samples: 10_000, seed: 1, mode: 'dirichlet', spread: 0.2 };
const table = (optionCount: number, criterionCount: number, values: number[]): UtilityTable => ({
  optionCount,
  criterionCount,
  values: Float64Array.from(values),
});

describe('winRates', () => {
  it('matches the analytic win rate under Dirichlet(1, 1)', () => {
    // A (1, 0), B (0.5, 1). With w = (w1, 1 − w1): A wins when w1 > 0.5·w1 + (1 − w1), i.e. w1 > 2/3.
    // Dirichlet(1, 1) makes w1 uniform on (0, 1), so P(A wins) = 1/3. With 10,000 samples the standard
    // error is sqrt(1/3 · 2/3 / 10,000) ≈ 0.0047; 0.02 is over 4σ.
    const rates = winRates(table(2, 2, [1, 0, 0.5, 1]), [0.5, 0.5], dirichlet);
    expect(Math.abs(rates[0]! - 1 / 3)).toBeLessThan(0.02);
    expect(rates[0]! + rates[1]!).toBeCloseTo(1, 12);
  });

  it('splits ties equally and never lets a dominated option win', () => {
    // A and B are identical, so every sample is a tie worth 1/2 each; C is below both on every criterion.
    const rates = winRates(table(3, 2, [1, 0.5, 1, 0.5, 0.75, 0.25]), [0.5, 0.5], dirichlet);
    expect(rates).toEqual([0.5, 0.5, 0]);
  });

  it('gives three-way ties a third each, summing to 1', () => {
    const rates = winRates(table(3, 1, [0.5, 0.5, 0.5]), [1], { ...dirichlet, samples: 999 });
    rates.forEach((r) => expect(r).toBeCloseTo(1 / 3, 12));
    expect(rates.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('in perturb mode with no spread, always picks the deterministic leader', () => {
    // The three-option example: B leads at 0.6875 and nothing moves the weights.
    const example = table(3, 3, [1, 0, 0.5, 0.5, 0.75, 1, 0.75, 0.5, 0]);
    expect(winRates(example, [0.5, 0.25, 0.25], { ...dirichlet, mode: 'perturb', spread: 0 })).toEqual([0, 1, 0]);
  });

  it('in perturb mode stays near the chosen weights', () => {
    // B − C = w1·(0.5 − 0.75) + w2·(0.75 − 0.5) + w3·(1 − 0) = −0.25·w1 + 0.25·w2 + w3 (renormalising
    // cannot change its sign). With ±20 %, w1 ≤ 0.6, w2 ≥ 0.2, w3 ≥ 0.2, so B − C ≥ −0.15 + 0.05 + 0.2 = 0.1:
    // C can never win.
    const example = table(3, 3, [1, 0, 0.5, 0.5, 0.75, 1, 0.75, 0.5, 0]);
    const rates = winRates(example, [0.5, 0.25, 0.25], { ...dirichlet, mode: 'perturb', spread: 0.2 });
    expect(rates[2]).toBe(0);
    expect(rates[0]! + rates[1]!).toBeCloseTo(1, 12);
  });

  it('is reproducible from the seed', () => {
    const t = table(2, 2, [1, 0, 0.5, 1]);
    expect(winRates(t, [0.5, 0.5], dirichlet)).toEqual(winRates(t, [0.5, 0.5], dirichlet));
    expect(winRates(t, [0.5, 0.5], dirichlet)).not.toEqual(winRates(t, [0.5, 0.5], { ...dirichlet, seed: 2 }));
  });
});
