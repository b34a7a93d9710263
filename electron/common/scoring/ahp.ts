// AHP: criterion weights from pairwise judgements on Saaty's 1–9 scale, with the consistency ratio.

/** Saaty's random consistency index by matrix size; n ≤ 2 is always consistent. */
export const saatyRandomIndex: Readonly<Record<number, number>> = {
  3: 0.58,
  4: 0.9,
  5: 1.12,
  6: 1.24,
  7: 1.32,
  8: 1.41,
  9: 1.45,
  10: 1.49,
};
/** Saaty tabulates RI only this far, and more than about nine items cannot be compared reliably by hand. */
export const AHP_MAX_CRITERIA = 10;
export const CR_THRESHOLD = 0.1;
/**
 * Relative slack for reciprocity and the 1/9 bound: JSON cannot hold 1/7 exactly, and two-decimal entries
 * such as 0.14 (0.14 × 7 = 0.98) must pass, while real mistakes such as 3 against 0.5 (product 1.5) fail.
 */
export const RECIPROCAL_TOLERANCE = 0.05;

export interface AhpResult {
  /** Principal eigenvector, normalised to sum to 1, in matrix order. */
  weights: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
  /** True when CR > 0.10, Saaty's limit for judgements worth acting on. */
  warning: boolean;
  /** The judgement a_ij (i < j) furthest from the ratio w_i / w_j the weights imply; null when all agree. */
  mostInconsistent: { row: number; col: number; given: number; implied: number } | null;
}

/** Problems with a judgement matrix, each naming the offending cell under `path`; empty when valid. */
export function validateAhpMatrix(matrix: readonly (readonly number[])[], path = 'ahp.matrix'): string[] {
  const n = matrix.length;
  if (n === 0) return [`${path} is empty`];
  if (n > AHP_MAX_CRITERIA) return [`${path} has ${n} rows; AHP supports at most ${AHP_MAX_CRITERIA} criteria`];
  const ragged = matrix.flatMap((row, i) =>
    row.length === n ? [] : [`${path} must be square (${n}×${n}): row ${i} has ${row.length} entries`],
  );
  if (ragged.length > 0) return ragged;
  const errors: string[] = [];
  const cell = (i: number, j: number) => matrix[i]![j]!;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const a = cell(i, j);
      if (!Number.isFinite(a) || a <= 0) errors.push(`${path}[${i}][${j}] must be positive (got ${a})`);
      else if (i === j && Math.abs(a - 1) > 1e-9)
        errors.push(`${path}[${i}][${i}] is on the diagonal and must be 1 (got ${a})`);
      else if (a > 9 || a < (1 / 9) * (1 - RECIPROCAL_TOLERANCE))
        errors.push(`${path}[${i}][${j}] = ${a} is outside Saaty's scale 1/9 … 9`);
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const product = cell(i, j) * cell(j, i);
      if (product > 0 && Math.abs(product - 1) > RECIPROCAL_TOLERANCE) {
        errors.push(
          `${path}[${i}][${j}] = ${cell(i, j)} and ${path}[${j}][${i}] = ${cell(j, i)} are not reciprocal (product ${round(product)}, expected 1)`,
        );
      }
    }
  }
  return errors;
}

/** Weights, λmax, CI and CR of a matrix that passed validateAhpMatrix. */
export function ahpWeights(matrix: readonly (readonly number[])[]): AhpResult {
  const n = matrix.length;
  const w = principalEigenvector(matrix);
  // With Σw = 1 and Aw = λw, summing the components of Aw gives λ.
  let lambdaMax = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) lambdaMax += matrix[i]![j]! * w[j]!;
  const ci = n <= 2 ? 0 : (lambdaMax - n) / (n - 1);
  const cr = n <= 2 ? 0 : ci / saatyRandomIndex[n]!;
  // Any 2×2 reciprocal matrix is consistent; whatever deviation remains is rounding in the entries.
  const mostInconsistent = n <= 2 ? null : worstJudgement(matrix, w);
  return { weights: Array.from(w), lambdaMax, ci, cr, warning: cr > CR_THRESHOLD, mostInconsistent };
}

/** Power iteration from the uniform vector; a positive matrix has a unique positive principal eigenvector (Perron). */
function principalEigenvector(matrix: readonly (readonly number[])[]): Float64Array {
  const n = matrix.length;
  let w = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < 1000; iteration++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += matrix[i]![j]! * w[j]!;
      next[i] = s;
      total += s;
    }
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = next[i]! / total;
      change = Math.max(change, Math.abs(next[i]! - w[i]!));
    }
    [w, next] = [next, w];
    if (change < 1e-14) break;
  }
  return w;
}

/**
 * The largest |ln(a_ij · w_j / w_i)|: how many "times" a judgement is off, symmetric in over/under-statement.
 * Deviations equal within 1e-9 keep the first pair in matrix order; every 3×3 matrix needs this, since all
 * three of its judgements deviate by the same factor (r^(1/3) with r = a12·a23/a13).
 */
function worstJudgement(matrix: readonly (readonly number[])[], w: Float64Array): AhpResult['mostInconsistent'] {
  let worst: AhpResult['mostInconsistent'] = null;
  let worstDeviation = 1e-9;
  for (let i = 0; i < matrix.length; i++) {
    for (let j = i + 1; j < matrix.length; j++) {
      const given = matrix[i]![j]!;
      const implied = w[i]! / w[j]!;
      const deviation = Math.abs(Math.log(given / implied));
      if (deviation > worstDeviation + 1e-9) {
        worstDeviation = deviation;
        worst = { row: i, col: j, given, implied };
      }
    }
  }
  return worst;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
