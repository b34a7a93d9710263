// The weighted-sum model: rating utilities, option scores, per-criterion contributions and honest ranks.
import type { CriterionType } from '../analysis.ts';

/** Scores closer than this are treated as tied: ratings are quarter steps, so real differences are far larger. */
export const TIE_TOLERANCE = 1e-9;

/** Utilities of every option on every criterion, row-major: values[option * criterionCount + criterion]. */
export interface UtilityTable {
  optionCount: number;
  criterionCount: number;
  values: Float64Array;
}

/** Maps a 1–5 rating to [0, 1]; a cost criterion is reversed so that higher utility is always better. */
export function utility(rating: number, type: CriterionType): number {
  return type === 'benefit' ? (rating - 1) / 4 : (5 - rating) / 4;
}

/** score_i = Σ_k w_k × u_ik, written into `out` so callers in hot loops can reuse one buffer. */
export function weightedScores(table: UtilityTable, weights: ArrayLike<number>, out: Float64Array): Float64Array {
  const { optionCount: n, criterionCount: m, values } = table;
  for (let i = 0; i < n; i++) {
    let s = 0;
    const row = i * m;
    for (let k = 0; k < m; k++) s += weights[k]! * values[row + k]!;
    out[i] = s;
  }
  return out;
}

/** contributions[i][k] = w_k × u_ik, the bar segments that add up to option i's score. */
export function contributions(table: UtilityTable, weights: ArrayLike<number>): number[][] {
  const { optionCount: n, criterionCount: m, values } = table;
  return Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, k) => weights[k]! * values[i * m + k]!));
}

/**
 * rank_i = 1 + the number of options scoring more than TIE_TOLERANCE above option i. Equal scores share a
 * rank and the next rank is skipped (1, 1, 3); list order never breaks a tie.
 */
export function rankScores(scores: ArrayLike<number>): number[] {
  const ranks: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    let higher = 0;
    for (let j = 0; j < scores.length; j++) if (scores[j]! > scores[i]! + TIE_TOLERANCE) higher++;
    ranks.push(1 + higher);
  }
  return ranks;
}

/** Indices of every option of rank 1, in list order. */
export function leaderIndices(ranks: readonly number[]): number[] {
  const leaders: number[] = [];
  ranks.forEach((r, i) => {
    if (r === 1) leaders.push(i);
  });
  return leaders;
}
