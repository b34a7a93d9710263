// How far the judges disagree on each rating: the population standard deviation of their ratings of one option on one criterion.

/** sd[i][k] = √(Σ_j (r_jik − r̄_ik)² / m) over the m judges, unweighted: a lone dissenter shows however little they weigh. */
export function ratingSpread(
  ratings: readonly Readonly<Record<string, Readonly<Record<string, number>>>>[],
  optionIds: readonly string[],
  criterionIds: readonly string[],
): number[][] {
  const m = ratings.length;
  return optionIds.map((o) =>
    criterionIds.map((c) => {
      if (m === 0) return 0;
      let mean = 0;
      for (const r of ratings) mean += r[o]![c]!;
      mean /= m;
      let squares = 0;
      for (const r of ratings) squares += (r[o]![c]! - mean) ** 2;
      return Math.sqrt(squares / m);
    }),
  );
}
