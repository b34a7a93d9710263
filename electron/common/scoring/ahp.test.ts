// Tests for AHP weights, consistency ratio, the most inconsistent judgement and matrix validation.
import { describe, expect, it } from 'vitest';
import { ahpWeights, validateAhpMatrix } from './ahp.ts';

describe('ahpWeights', () => {
  it('recovers the weights of a perfectly consistent matrix', () => {
    // a_ij = w_i / w_j for w ∝ (4, 2, 1): w = (4/7, 2/7, 1/7). Row 1 of Aw: 1·4/7 + 2·2/7 + 4·1/7 = 12/7 = 3·(4/7),
    // so λmax = n = 3, CI = 0, CR = 0, and every judgement agrees with the weights.
    const r = ahpWeights([
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ]);
    [4 / 7, 2 / 7, 1 / 7].forEach((w, i) => expect(r.weights[i]).toBeCloseTo(w, 12));
    expect(r.lambdaMax).toBeCloseTo(3, 12);
    expect(r.cr).toBeCloseTo(0, 12);
    expect(r.warning).toBe(false);
    expect(r.mostInconsistent).toBeNull();
  });

  it('reproduces the textbook 3×3 example (w ≈ 0.637, 0.258, 0.105; CR ≈ 0.033)', () => {
    // The classic matrix [[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]], verified in closed form: for a 3×3 reciprocal
    // matrix the characteristic equation reduces to (λ − 1)³ − 3(λ − 1) = r + 1/r with r = a12·a23/a13, so
    // λmax = 1 + r^(1/3) + r^(−1/3). Here r = 3·3/5 = 1.8: λmax = 1 + 1.216440 + 0.822071 = 3.038511,
    // CI = 0.038511 / 2 = 0.0192555, CR = 0.0192555 / 0.58 = 0.0331992.
    // For n = 3 the principal eigenvector equals the normalised row geometric means:
    // (15^(1/3), 1, 15^(−1/3)) = (2.466212, 1, 0.405480) / 3.871692 = (0.636986, 0.258285, 0.104729).
    // (numpy.linalg.eig agrees: 0.63698557, 0.25828499, 0.10472943, λ = 3.03851109.)
    const r = ahpWeights([
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ]);
    [0.636986, 0.258285, 0.104729].forEach((w, i) => expect(r.weights[i]).toBeCloseTo(w, 5));
    expect(r.lambdaMax).toBeCloseTo(3.038511, 5);
    expect(r.ci).toBeCloseTo(0.0192555, 6);
    expect(r.cr).toBeCloseTo(0.0331992, 6);
    expect(r.warning).toBe(false);
    // In a 3×3 matrix all three judgements are off by r^(1/3) = 1.216440, so the first pair is named:
    // a12 = 3 against w1/w2 = 15^(1/3) = 2.466212 (and 3 / 2.466212 = 1.216440).
    expect(r.mostInconsistent).toMatchObject({ row: 0, col: 1, given: 3 });
    expect(r.mostInconsistent!.implied).toBeCloseTo(2.466212, 5);
  });

  it('flags a cyclic set of judgements', () => {
    // 1 ≻ 2 ≻ 3 ≻ 1, each by 2: r = 2·2/(1/2) = 8, λmax = 1 + 2 + 1/2 = 3.5, CI = 0.25, CR = 0.25/0.58 = 0.431034.
    // Every row's geometric mean is (2 · 1/2)^(1/3) = 1, so the weights are equal.
    const r = ahpWeights([
      [1, 2, 1 / 2],
      [1 / 2, 1, 2],
      [2, 1 / 2, 1],
    ]);
    r.weights.forEach((w) => expect(w).toBeCloseTo(1 / 3, 10));
    expect(r.lambdaMax).toBeCloseTo(3.5, 10);
    expect(r.cr).toBeCloseTo(0.431034, 5);
    expect(r.warning).toBe(true);
  });

  it('names the reversed judgement in an otherwise consistent 4×4 matrix', () => {
    // Consistent for w ∝ (8, 4, 2, 1) except a14, which says 1/8 where the others imply 8.
    // numpy.linalg.eig: w = (0.217612, 0.301673, 0.150837, 0.329878), λmax = 6.734648, CR = 0.911549/0.9 = 1.012832;
    // |ln(a_ij·w_j/w_i)| is largest for (1, 4): |ln(0.125 / 0.659675)| = 1.663, whereas (2, 4) and (3, 4) give 1.476.
    const r = ahpWeights([
      [1, 2, 4, 1 / 8],
      [1 / 2, 1, 2, 4],
      [1 / 4, 1 / 2, 1, 2],
      [8, 1 / 4, 1 / 2, 1],
    ]);
    [0.217612, 0.301673, 0.150837, 0.329878].forEach((w, i) => expect(r.weights[i]).toBeCloseTo(w, 5));
    expect(r.lambdaMax).toBeCloseTo(6.734648, 5);
    expect(r.cr).toBeCloseTo(1.012832, 5);
    expect(r.mostInconsistent).toMatchObject({ row: 0, col: 3, given: 0.125 });
    expect(r.mostInconsistent!.implied).toBeCloseTo(0.659675, 5);
  });

  it('treats n ≤ 2 as always consistent', () => {
    // [[1, 3], [1/3, 1]]: w = (3, 1)/4 = (0.75, 0.25).
    const two = ahpWeights([
      [1, 3],
      [1 / 3, 1],
    ]);
    expect(two.weights[0]).toBeCloseTo(0.75, 12);
    expect(two.weights[1]).toBeCloseTo(0.25, 12);
    expect([two.cr, two.warning, two.mostInconsistent]).toEqual([0, false, null]);
    expect(ahpWeights([[1]])).toMatchObject({ weights: [1], cr: 0, warning: false });
  });
});

describe('validateAhpMatrix', () => {
  it('accepts a valid matrix, including two-decimal reciprocals', () => {
    expect(
      validateAhpMatrix([
        [1, 3, 5],
        [1 / 3, 1, 3],
        [1 / 5, 1 / 3, 1],
      ]),
    ).toEqual([]);
    // 7 × 0.14 = 0.98 and 9 × 0.11 = 0.99 are within the 5 % slack.
    expect(
      validateAhpMatrix([
        [1, 7, 9],
        [0.14, 1, 1],
        [0.11, 1, 1],
      ]),
    ).toEqual([]);
  });

  it('rejects a non-square matrix', () => {
    expect(validateAhpMatrix([[1, 2], [0.5]])).toEqual(['ahp.matrix must be square (2×2): row 1 has 1 entries']);
    expect(validateAhpMatrix([])).toEqual(['ahp.matrix is empty']);
  });

  it('rejects non-positive entries', () => {
    expect(
      validateAhpMatrix([
        [1, 0],
        [-2, 1],
      ]),
    ).toEqual(['ahp.matrix[0][1] must be positive (got 0)', 'ahp.matrix[1][0] must be positive (got -2)']);
  });

  it('rejects non-reciprocal pairs', () => {
    expect(
      validateAhpMatrix([
        [1, 3],
        [0.5, 1],
      ]),
    ).toEqual(['ahp.matrix[0][1] = 3 and ahp.matrix[1][0] = 0.5 are not reciprocal (product 1.5, expected 1)']);
  });

  it("rejects a diagonal other than 1 and values off Saaty's scale", () => {
    expect(
      validateAhpMatrix([
        [2, 1],
        [1, 1],
      ]),
    ).toEqual(['ahp.matrix[0][0] is on the diagonal and must be 1 (got 2)']);
    expect(
      validateAhpMatrix([
        [1, 12],
        [1 / 12, 1],
      ]),
    ).toEqual([
      "ahp.matrix[0][1] = 12 is outside Saaty's scale 1/9 … 9",
      `ahp.matrix[1][0] = ${1 / 12} is outside Saaty's scale 1/9 … 9`,
    ]);
  });

  it('rejects more than 10 criteria', () => {
    const eleven = Array.from({ length: 11 }, () => Array.from({ length: 11 }, () => 1));
    expect(validateAhpMatrix(eleven)).toEqual(['ahp.matrix has 11 rows; AHP supports at most 10 criteria']);
  });
});
