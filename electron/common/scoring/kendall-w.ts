// Kendall's coefficient of concordance W: how far the judges agree on the order of the options (1 = fully, 0 = not at all).
import { TIE_TOLERANCE } from './weighted-sum.ts';

/** Ranks with the best score 1; options tied within TIE_TOLERANCE share the mean of the places they span (1.5, 1.5, 3). */
export function averageRanks(scores: ArrayLike<number>): number[] {
  const ranks: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    let higher = 0;
    let tied = 0;
    for (let j = 0; j < scores.length; j++) {
      if (scores[j]! > scores[i]! + TIE_TOLERANCE) higher++;
      else if (Math.abs(scores[j]! - scores[i]!) <= TIE_TOLERANCE) tied++;
    }
    ranks.push(higher + (tied + 1) / 2);
  }
  return ranks;
}

/**
 * W = 12 S / (m²(n³ − n) − m Σ T) for m judges' average ranks of n options: S is the sum of squared deviations of
 * the options' rank sums from their mean m(n + 1)/2, and T = Σ (t³ − t) over each judge's groups of t tied options.
 * Null when W is undefined: fewer than two judges or two options, or every judge ties every option.
 */
export function kendallW(rankings: readonly (readonly number[])[]): number | null {
  const m = rankings.length;
  const n = rankings[0]?.length ?? 0;
  if (m < 2 || n < 2) return null;
  const sums = new Array<number>(n).fill(0);
  let ties = 0;
  for (const ranks of rankings) {
    ranks.forEach((r, i) => (sums[i] = sums[i]! + r));
    const groups = new Map<number, number>();
    for (const r of ranks) groups.set(r, (groups.get(r) ?? 0) + 1);
    for (const t of groups.values()) ties += t ** 3 - t;
  }
  const mean = (m * (n + 1)) / 2;
  const s = sums.reduce((acc, r) => acc + (r - mean) ** 2, 0);
  const denominator = m * m * (n ** 3 - n) - m * ties;
  return denominator > 0 ? (12 * s) / denominator : null;
}
