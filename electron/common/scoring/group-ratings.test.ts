// The group's ratings worked by hand: weighted means of the judges' ratings, and a judge weighing 0 changing nothing.
import { describe, expect, it } from 'vitest';
import { groupRatings, judgeWeights } from './group-ratings.ts';

const ann = { A: { c1: 3, c2: 5 } };
const ben = { A: { c1: 4, c2: 1 } };

describe('judgeWeights', () => {
  it('normalises to sum to 1, equal by default', () => {
    expect(judgeWeights([{}, {}, {}, {}])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(judgeWeights([{ weight: 3 }, { weight: 1 }, { weight: 0 }])).toEqual([0.75, 0.25, 0]);
  });
});

describe('groupRatings', () => {
  it('is the judges’ weighted arithmetic mean', () => {
    // Equal: (3 + 4) / 2 = 3.5 and (5 + 1) / 2 = 3. Three to one: (3·3 + 4) / 4 = 3.25 and (3·5 + 1) / 4 = 4.
    expect(groupRatings([ann, ben], [1, 1], ['A'], ['c1', 'c2'])).toEqual([[3.5, 3]]);
    expect(groupRatings([ann, ben], [3, 1], ['A'], ['c1', 'c2'])).toEqual([[3.25, 4]]);
  });

  it('gives back the rating when equal judges agree, exactly', () => {
    const r = { A: { c1: 3 } };
    expect(groupRatings([r, r, r], [1, 1, 1], ['A'], ['c1'])).toEqual([[3]]);
  });

  it('is unchanged by a judge weighing 0', () => {
    const dissent = { A: { c1: 1, c2: 5 } };
    expect(groupRatings([ann, ben, dissent], [2, 1, 0], ['A'], ['c1', 'c2'])).toEqual(
      groupRatings([ann, ben], [2, 1], ['A'], ['c1', 'c2']),
    );
  });
});
