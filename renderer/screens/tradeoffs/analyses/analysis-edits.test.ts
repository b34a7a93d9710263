// Tests for the pure analysis edits: ratings and AHP judgements follow options and criteria, and the example scores.
import { describe, expect, it } from 'vitest';
import { analysisSchema, emptyAnalysis, type Analysis, type Criterion } from '../../../../electron/common/analysis.ts';
import { validateAhpMatrix } from '../../../../electron/common/scoring/ahp.ts';
import { scoreAnalysis } from '../../../../electron/common/scoring/score-analysis.ts';
import {
  addCriterion,
  addOption,
  disableAhp,
  enableAhp,
  exampleAnalysis,
  removeCriterion,
  removeOption,
  saatyNearest,
  setJudgement,
  setRating,
  tradeoffCriterionTitle,
  updateCriterion,
} from './analysis-edits.ts';

const custom = (id: string, weight: number): Criterion => ({
  id,
  title: id,
  tradeoff: null,
  favours: null,
  type: 'benefit',
  weight,
});
const base = (): Analysis =>
  [addOption('a', 'A'), addOption('b', 'B'), addCriterion(custom('x', 2)), addCriterion(custom('y', 1))].reduce(
    (a, edit) => edit(a),
    emptyAnalysis('id', 'Q', 'now'),
  );

describe('options and criteria', () => {
  it('drops an option’s ratings with it', () => {
    const a = setRating('b', 'x', 4)(setRating('a', 'x', 3)(base()));
    const b = removeOption('a')(a);
    expect(b.options.map((o) => o.id)).toEqual(['b']);
    expect(b.ratings).toEqual({ b: { x: 4 } });
  });

  it('drops a criterion’s ratings and its AHP row and column', () => {
    let a = setRating('a', 'y', 5)(setRating('a', 'x', 3)(base()));
    a = setJudgement(0, 1, 3)(enableAhp(a));
    a = addCriterion(custom('z', 1))(a);
    expect(a.ahp?.matrix).toEqual([
      [1, 3, 1],
      [1 / 3, 1, 1],
      [1, 1, 1],
    ]);
    const b = removeCriterion('x')(a);
    expect(b.ratings).toEqual({ a: { y: 5 } });
    expect(b.ahp).toEqual({
      criteria: ['y', 'z'],
      matrix: [
        [1, 1],
        [1, 1],
      ],
    });
  });

  it('makes a tradeoff criterion a benefit with a pole, and a custom one pole-less', () => {
    const a = updateCriterion('x', { type: 'cost' })(base());
    const t = updateCriterion('x', { tradeoff: 'T6' })(a);
    expect(t.criteria[0]).toMatchObject({ tradeoff: 'T6', type: 'benefit', favours: 'left' });
    expect(updateCriterion('x', { tradeoff: null })(t).criteria[0]).toMatchObject({ tradeoff: null, favours: null });
    expect(tradeoffCriterionTitle('T6', 'right')).toBe('Cost over Scalability');
  });

  it('clears a rating with null', () => {
    expect(setRating('a', 'x', null)(setRating('a', 'x', 2)(base())).ratings).toEqual({ a: {} });
  });
});

describe('AHP', () => {
  it('starts from judgements echoing the weights, kept reciprocal by every edit', () => {
    const a = enableAhp(base());
    expect(a.ahp).toEqual({
      criteria: ['x', 'y'],
      matrix: [
        [1, 2],
        [0.5, 1],
      ],
    });
    const b = setJudgement(1, 0, 5)(a);
    expect(b.ahp?.matrix).toEqual([
      [1, 0.2],
      [5, 1],
    ]);
    expect(validateAhpMatrix(b.ahp!.matrix)).toEqual([]);
    expect(disableAhp(b).ahp).toBeNull();
  });

  it('snaps weight ratios to Saaty’s scale', () => {
    expect([saatyNearest(2.4), saatyNearest(0.3), saatyNearest(40)]).toEqual([2, 1 / 3, 9]);
  });
});

describe('exampleAnalysis', () => {
  it('is a valid, fully rated analysis with a single leader', () => {
    const a = { ...emptyAnalysis('e', 'x', 'now'), ...exampleAnalysis() };
    expect(analysisSchema.safeParse(a).success).toBe(true);
    expect(a.criteria.map((c) => c.title)).toEqual([
      'Accuracy over Speed',
      'Scalability over Cost',
      'Operating effort',
    ]);
    const s = scoreAnalysis(a);
    expect(s.ok && s.leaders).toEqual(['hybrid']);
  });
});
