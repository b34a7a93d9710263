// The group's AHP matrix: the element-wise weighted geometric mean of the judges' matrices (Aczél and Saaty, 1983).
import type { AhpJudgements } from '../analysis.ts';

/** A judge's matrix with rows and columns in `order` (the analysis's criteria order), whatever order they listed. */
export function alignedMatrix(ahp: AhpJudgements, order: readonly string[]): number[][] {
  const at = order.map((id) => ahp.criteria.indexOf(id));
  return at.map((i) => at.map((j) => ahp.matrix[i]![j]!));
}

/**
 * a_ij = Π_k a_ij^(k)^(w_k) with the weights normalised, computed as exp(Σ w_k ln a_ij^(k) / Σ w_k). The geometric
 * mean is the one aggregate that keeps the group matrix reciprocal (a_ji = 1 / a_ij) and that commutes with
 * taking ratios, which is why Aczél and Saaty single it out; a judge weighing 0 contributes a factor of exactly 1.
 */
export function geometricMeanMatrix(
  matrices: readonly (readonly (readonly number[])[])[],
  rawWeights: readonly number[],
): number[][] {
  const total = rawWeights.reduce((a, b) => a + b, 0);
  const n = matrices[0]?.length ?? 0;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      if (i === j) return 1;
      let logSum = 0;
      matrices.forEach((m, k) => (logSum += rawWeights[k]! * Math.log(m[i]![j]!)));
      return Math.exp(logSum / total);
    }),
  );
}
