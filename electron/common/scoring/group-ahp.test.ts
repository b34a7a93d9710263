// The group's AHP matrix worked by hand: two judges' 3×3 matrices, their geometric mean and its weights.
import { describe, expect, it } from 'vitest';
import { ahpWeights } from './ahp.ts';
import { alignedMatrix, geometricMeanMatrix } from './group-ahp.ts';

// Ann is consistent with weights ∝ (4, 1, 2); Ben with weights ∝ (8, 8, 1).
const ann = [
  [1, 4, 2],
  [1 / 4, 1, 1 / 2],
  [1 / 2, 2, 1],
];
const ben = [
  [1, 1, 8],
  [1, 1, 8],
  [1 / 8, 1 / 8, 1],
];

describe('geometricMeanMatrix', () => {
  it('takes the element-wise geometric mean of two equal judges, whose weights follow', () => {
    // a12 = √(4·1) = 2, a13 = √(2·8) = 4, a23 = √(½·8) = 2, and the reciprocals below the diagonal:
    // consistent for weights ∝ (4, 2, 1), so w = (4/7, 2/7, 1/7) and CR = 0.
    const group = geometricMeanMatrix([ann, ben], [1, 1]);
    const expected = [
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ];
    group.forEach((row, i) => row.forEach((a, j) => expect(a).toBeCloseTo(expected[i]![j]!, 12)));
    const { weights, cr } = ahpWeights(group);
    [4 / 7, 2 / 7, 1 / 7].forEach((w, i) => expect(weights[i]).toBeCloseTo(w, 10));
    expect(cr).toBeCloseTo(0, 10);
  });

  it('weighs the judges: 3 to 1 for Ann gives a12 = 4^¾ · 1^¼ = 2√2', () => {
    expect(geometricMeanMatrix([ann, ben], [3, 1])[0]![1]).toBeCloseTo(2 * Math.SQRT2, 12);
  });

  it('is unchanged by a judge weighing 0', () => {
    expect(geometricMeanMatrix([ann, ben], [1, 0])).toEqual(geometricMeanMatrix([ann], [1]));
  });
});

describe('alignedMatrix', () => {
  it('puts a judge’s rows and columns in the analysis’s criteria order', () => {
    // Ann listed (c, a, b): a_ca = 2, a_cb = 3, a_ab = 1.5.
    const judged = {
      criteria: ['c', 'a', 'b'],
      matrix: [
        [1, 2, 3],
        [1 / 2, 1, 1.5],
        [1 / 3, 1 / 1.5, 1],
      ],
    };
    expect(alignedMatrix(judged, ['a', 'b', 'c'])).toEqual([
      [1, 1.5, 1 / 2],
      [1 / 1.5, 1, 1 / 3],
      [2, 3, 1],
    ]);
  });
});
