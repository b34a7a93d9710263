// Seeded Monte Carlo over the weights: how often each option wins when the weights are uncertain.
import type { MonteCarloSettings } from '../analysis.ts';
import { exponential, mulberry32 } from './random.ts';
import { TIE_TOLERANCE, weightedScores, type UtilityTable } from './weighted-sum.ts';

/**
 * Win rate of each option over `samples` random weight vectors:
 * - "dirichlet": weights uniform on the simplex, Dirichlet(1, …, 1), drawn as normalised Exp(1) draws.
 *   It ignores the chosen weights on purpose (zero-weight criteria included): it asks how often each
 *   option wins whatever the weights are.
 * - "perturb": each chosen weight times a factor uniform in [1 − spread, 1 + spread], then renormalised;
 *   it asks how stable the result is near the chosen weights.
 * Options within TIE_TOLERANCE of a sample's best score split that sample's win equally, so the rates
 * sum to 1. Buffers are allocated once per call, never per sample, so live re-scoring stays cheap.
 */
export function winRates(table: UtilityTable, weights: ArrayLike<number>, settings: MonteCarloSettings): number[] {
  const { optionCount: n, criterionCount: m } = table;
  const random = mulberry32(settings.seed);
  const w = new Float64Array(m);
  const scores = new Float64Array(n);
  const wins = new Float64Array(n);
  const dirichlet = settings.mode === 'dirichlet';
  for (let s = 0; s < settings.samples; s++) {
    let total = 0;
    for (let k = 0; k < m; k++) {
      const x = dirichlet ? exponential(random) : weights[k]! * (1 + settings.spread * (2 * random() - 1));
      w[k] = x;
      total += x;
    }
    for (let k = 0; k < m; k++) w[k] = w[k]! / total;
    weightedScores(table, w, scores);
    let best = -Infinity;
    for (let i = 0; i < n; i++) if (scores[i]! > best) best = scores[i]!;
    let tied = 0;
    for (let i = 0; i < n; i++) if (scores[i]! >= best - TIE_TOLERANCE) tied++;
    const share = 1 / tied;
    for (let i = 0; i < n; i++) if (scores[i]! >= best - TIE_TOLERANCE) wins[i] = wins[i]! + share;
  }
  return Array.from(wins, (x) => x / settings.samples);
}
