// The group's rating of each option on each criterion: the judges' weighted arithmetic mean.

/** Judges' weights normalised to sum to 1; a judge without a weight counts 1, so equal weights are the default. */
export function judgeWeights(judges: readonly { weight?: number | undefined }[]): number[] {
  const raw = judges.map((j) => j.weight ?? 1);
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => w / total);
}

/**
 * groupRatings[i][k] = Σ_j w_j r_jik with the normalised judge weights w. The sum runs over the raw products and
 * divides once, so equal judges who agree give back their rating exactly and a judge weighing 0 adds exactly 0.
 */
export function groupRatings(
  ratings: readonly Readonly<Record<string, Readonly<Record<string, number>>>>[],
  rawWeights: readonly number[],
  optionIds: readonly string[],
  criterionIds: readonly string[],
): number[][] {
  const total = rawWeights.reduce((a, b) => a + b, 0);
  return optionIds.map((o) =>
    criterionIds.map((c) => {
      let sum = 0;
      ratings.forEach((r, j) => (sum += rawWeights[j]! * r[o]![c]!));
      return sum / total;
    }),
  );
}
