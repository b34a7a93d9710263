// Tests for the editor's result rows, problem messages, sweeps and the Saaty choices.
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type Analysis } from '../../../../electron/common/analysis.ts';
import { scoreAnalysis, type AnalysisScore } from '../../../../electron/common/scoring/score-analysis.ts';
import { exampleAnalysis } from './analysis-edits.ts';
import {
  breakEvenRows,
  explainProblems,
  missingRatings,
  nearestChoice,
  saatyChoices,
  scoreRows,
  sweepOf,
} from './results.ts';

const example = (): Analysis => ({ ...emptyAnalysis('e', 'x', 'now'), ...exampleAnalysis() });
const scored = (a: Analysis): AnalysisScore => {
  const s = scoreAnalysis(a);
  if (!s.ok) throw new Error(s.errors.join('\n'));
  return s;
};

describe('problems', () => {
  it('asks for options, criteria and missing ratings in plain words', () => {
    expect(
      explainProblems(emptyAnalysis('e', 'x', 'now'), [
        'options: add at least one option',
        'criteria: add at least one criterion',
      ]),
    ).toEqual([
      'Add the options you are choosing between.',
      'Add the criteria you will judge them on: a catalogue tradeoff or your own.',
    ]);
    const a = example();
    a.ratings = { batch: { accuracy: 4 } };
    expect(missingRatings(a)).toBe(8);
    const s = scoreAnalysis(a);
    expect(s.ok).toBe(false);
    expect(explainProblems(a, s.ok ? [] : s.errors)).toEqual([
      'Rate every option on every criterion to see scores (8 ratings to go).',
    ]);
  });

  it('passes other scoring errors on, such as all-zero weights', () => {
    const a = example();
    a.criteria = a.criteria.map((c) => ({ ...c, weight: 0 }));
    const s = scoreAnalysis(a);
    expect(explainProblems(a, s.ok ? [] : s.errors)).toEqual([
      'all criterion weights are zero; give at least one criterion a weight above 0',
    ]);
  });
});

describe('rows', () => {
  it('ranks options best first with honest ties', () => {
    const a = example();
    expect(scoreRows(a, scored(a)).map((r) => [r.id, r.points, r.rank])).toEqual([
      ['hybrid', '72.5', '1'],
      ['batch', '66.3', '2'],
      ['online', '61.3', '3'],
    ]);
    a.ratings.batch = { ...a.ratings.hybrid! };
    expect(scoreRows(a, scored(a)).map((r) => r.rank)).toEqual(['=1', '=1', '3']);
  });

  it('lists break-evens most critical first and flags the most critical one', () => {
    const a = example();
    const rows = breakEvenRows(a, scored(a));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]!.critical).toBe(true);
    expect(rows.filter((r) => r.critical)).toHaveLength(1);
    expect(rows[0]!.change).toMatch(/^[+−]\d+(\.\d)? pts$/);
  });

  it('sweeps a criterion and gives nothing for an unscorable analysis or unknown criterion', () => {
    const a = example();
    const sweep = sweepOf(a, 'effort');
    expect(sweep?.criterion).toBe(2);
    expect(sweep?.currentWeight).toBeCloseTo(0.25);
    expect(sweepOf(a, 'nope')).toBeNull();
    expect(sweepOf({ ...a, ratings: {} }, 'effort')).toBeNull();
  });
});

describe('Saaty choices', () => {
  it('runs from 9 for the row to 1/9 for the column, with named intensities', () => {
    const choices = saatyChoices('Accuracy', 'Cost');
    expect(choices).toHaveLength(17);
    expect(choices[0]).toEqual({ value: 9, label: 'Accuracy extremely more important (9)' });
    expect(choices[1]!.label).toBe('Accuracy between very strongly more and extremely more important (8)');
    expect(choices[8]).toEqual({ value: 1, label: 'Both equally important (1)' });
    expect(choices[10]).toEqual({ value: 1 / 3, label: 'Cost moderately more important (3)' });
    expect([nearestChoice(choices, 1 / 3), nearestChoice(choices, 0.34), nearestChoice(choices, 2.2)]).toEqual([
      10, 10, 7,
    ]);
  });
});
