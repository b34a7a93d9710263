// Weight sweeps for charts: every option's score as one criterion's weight runs from 0 to 1.
import { TIE_TOLERANCE, type UtilityTable } from './weighted-sum.ts';

export interface SweepCrossing {
  /** The normalised weight of the swept criterion at which the two options tie. */
  weight: number;
  options: [number, number];
  /** True when the two tie for first place there, i.e. the leader changes (or ties) at this weight. */
  leading: boolean;
}

export interface WeightSweep {
  criterion: number;
  currentWeight: number;
  /** The sampled weights, evenly spaced from 0 to 1. */
  weights: number[];
  /** scores[option][point]. */
  scores: number[][];
  /** Every exact crossing in [0, 1], by increasing weight. */
  crossings: SweepCrossing[];
}

/**
 * Sweeps criterion k's weight t from 0 to 1 while the other weights keep their proportions and share
 * 1 − t. Each score is then linear in t: s_i(t) = t · u_ik + (1 − t) · R_i, with R_i the score on the
 * other criteria alone (their weights renormalised to sum 1), so crossings are found exactly. When every
 * other weight is 0 their proportions are undefined; they then share 1 − t equally.
 */
export function weightSweep(
  table: UtilityTable,
  weights: ArrayLike<number>,
  criterion: number,
  points: number,
): WeightSweep {
  const { optionCount: n, criterionCount: m, values } = table;
  const rest = 1 - weights[criterion]!;
  const own = new Float64Array(n);
  const others = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    own[i] = values[i * m + criterion]!;
    let r = 0;
    for (let l = 0; l < m; l++) {
      if (l === criterion) continue;
      r += (rest > TIE_TOLERANCE ? weights[l]! / rest : 1 / (m - 1)) * values[i * m + l]!;
    }
    // A lone criterion has nothing to share weight with: its score is u_ik at every t.
    others[i] = m === 1 ? own[i]! : r;
  }
  const score = (i: number, t: number) => t * own[i]! + (1 - t) * others[i]!;
  // Two points are the least that draw a line.
  const count = Math.max(2, Math.floor(points));
  const sampled = Array.from({ length: count }, (_, p) => p / (count - 1));
  const crossings: SweepCrossing[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const slope = own[a]! - others[a]! - (own[b]! - others[b]!);
      if (Math.abs(slope) < TIE_TOLERANCE) continue;
      const t = (others[b]! - others[a]!) / slope;
      if (t < -TIE_TOLERANCE || t > 1 + TIE_TOLERANCE) continue;
      const weight = Math.min(1, Math.max(0, t));
      let best = -Infinity;
      for (let i = 0; i < n; i++) best = Math.max(best, score(i, weight));
      crossings.push({ weight, options: [a, b], leading: score(a, weight) >= best - TIE_TOLERANCE });
    }
  }
  crossings.sort((x, y) => x.weight - y.weight);
  return {
    criterion,
    currentWeight: weights[criterion]!,
    weights: sampled,
    scores: Array.from({ length: n }, (_, i) => sampled.map((t) => score(i, t))),
    crossings,
  };
}
