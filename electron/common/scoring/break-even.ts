// Break-even weight changes: how far one criterion's weight must move before a challenger ties a leader.
import { TIE_TOLERANCE, type UtilityTable } from './weighted-sum.ts';

/** Indices into the option and criterion lists; `delta` is added to the normalised weight of `criterion`. */
export interface BreakEven {
  leader: number;
  option: number;
  criterion: number;
  delta: number;
  /** The criterion's normalised weight after the change and renormalisation: (w_k + δ) / (1 + δ). */
  newWeight: number;
  /** |δ| / w_k, or null when w_k = 0 (any change to a zero weight is infinitely large relative to it). */
  relativeChange: number | null;
}

/*
 * Why δ = (V_i − V_j) / (u_jk − u_ik) is exact. Add δ to the normalised weight w_k; the weights now sum
 * to 1 + δ, so renormalise by dividing each by (1 + δ). Any option's score becomes
 *   V' = (Σ_l w_l u_l + δ u_k) / (1 + δ) = (V + δ u_k) / (1 + δ).
 * Leader i and challenger j tie when (V_i + δ u_ik) / (1 + δ) = (V_j + δ u_jk) / (1 + δ); with 1 + δ > 0
 * that is V_i − V_j = δ (u_jk − u_ik), which has the one solution above whenever u_jk ≠ u_ik. The change
 * is realisable only if the new raw weight w_k + δ is not negative (and not every weight vanishes).
 */

/**
 * Every break-even for every leader against every option that does not share rank 1: a co-leader is
 * already tied, so any nudge at all separates them and a δ would say nothing.
 */
export function breakEvens(
  table: UtilityTable,
  weights: ArrayLike<number>,
  scores: ArrayLike<number>,
  ranks: readonly number[],
): BreakEven[] {
  const { optionCount: n, criterionCount: m, values } = table;
  const entries: BreakEven[] = [];
  for (let i = 0; i < n; i++) {
    if (ranks[i] !== 1) continue;
    for (let j = 0; j < n; j++) {
      if (ranks[j] === 1) continue;
      const gap = scores[i]! - scores[j]!;
      for (let k = 0; k < m; k++) {
        const du = values[j * m + k]! - values[i * m + k]!;
        if (du === 0) continue;
        const delta = gap / du;
        const w = weights[k]!;
        // The tolerance admits δ = −w_k computed with rounding error: dropping k entirely is a real answer.
        if (w + delta < -TIE_TOLERANCE || 1 + delta <= TIE_TOLERANCE) continue;
        entries.push({
          leader: i,
          option: j,
          criterion: k,
          delta,
          newWeight: Math.max(0, (w + delta) / (1 + delta)),
          relativeChange: w > 0 ? Math.abs(delta) / w : null,
        });
      }
    }
  }
  return entries;
}

/**
 * The entry needing the smallest change relative to the weight it alters (|δ| / w_k). Criteria weighted 0
 * have no relative change, so they count only when no weighted criterion can flip the result; among them
 * the smallest |δ| wins. Exact ties keep the first entry (leader, then option, then criterion order).
 */
export function mostCritical(entries: readonly BreakEven[]): BreakEven | null {
  let best: BreakEven | null = null;
  for (const e of entries) {
    if (best === null || isMoreCritical(e, best)) best = e;
  }
  return best;
}

function isMoreCritical(a: BreakEven, b: BreakEven): boolean {
  if (a.relativeChange !== null && b.relativeChange !== null) return a.relativeChange < b.relativeChange;
  if (a.relativeChange !== null) return true;
  if (b.relativeChange !== null) return false;
  return Math.abs(a.delta) < Math.abs(b.delta);
}
