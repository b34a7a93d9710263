// Tests for the team panel's rows: judges' rankings beside the group's, W in words, and judges with ratings to go.
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type Analysis } from '../../../../electron/common/analysis.ts';
import { teamInputOf } from '../../../../electron/common/analysis-team.ts';
import type { Judge } from '../../../../electron/common/judge.ts';
import { scoreTeam } from '../../../../electron/common/scoring/score-team.ts';
import { concordanceWords, rankingRows, teamProblems } from './team-rows.ts';

const a: Analysis = {
  ...emptyAnalysis('a1', 'Which store?', 'now'),
  options: [
    { id: 'x', title: 'X', description: '' },
    { id: 'y', title: 'Y', description: '' },
    { id: 'z', title: 'Z', description: '' },
  ],
  criteria: [{ id: 'c', title: 'Speed', tradeoff: null, favours: null, type: 'benefit', weight: 1 }],
  montecarlo: { samples: 50, seed: 1, mode: 'dirichlet', spread: 0.2 },
};
const judge = (id: string, x: number, y: number, z: number, weight = 1): Judge => ({
  id,
  name: id.toUpperCase(),
  weight,
  ratings: { x: { c: x }, y: { c: y }, z: { c: z } },
  ahp: null,
  updatedAt: '',
});

describe('rankingRows', () => {
  it('lists the options in the group’s order with each judge’s rank, marking where a judge differs', () => {
    // Group (weights 3 : 1): x (3·5 + 1)/4 = 4, y (3·3 + 5)/4 = 3.5, z (3·1 + 3)/4 = 1.5.
    const t = scoreTeam(teamInputOf(a, [judge('ann', 5, 3, 1, 3), judge('ben', 1, 5, 3)]));
    if (!t.ok) throw new Error(t.errors.join());
    expect(
      rankingRows(a, t).map((r) => [r.title, r.group.rank, ...r.judges.map((j) => `${j.rank}${j.differs ? '*' : ''}`)]),
    ).toEqual([
      ['X', '1', '1', '3*'],
      ['Y', '2', '2', '1*'],
      ['Z', '3', '3', '2*'],
    ]);
  });
});

describe('concordanceWords', () => {
  it('reads W by the usual thresholds', () => {
    expect([1, 0.7, 0.6, 0.3, 0, null].map(concordanceWords)).toEqual([
      'strong agreement on the order',
      'strong agreement on the order',
      'moderate agreement on the order',
      'weak agreement on the order',
      'little or no agreement on the order',
      'needs two judges weighing more than 0 and two options',
    ]);
  });
});

describe('teamProblems', () => {
  it('names the judges with ratings to go instead of the scorer’s paths', () => {
    const half: Judge = { ...judge('ben', 1, 1, 1), ratings: { x: { c: 2 } } };
    const t = scoreTeam(teamInputOf(a, [judge('ann', 5, 3, 1), half]));
    if (t.ok) throw new Error('should not score');
    expect(teamProblems(a, [judge('ann', 5, 3, 1), half], t.errors)).toEqual(['BEN has 2 ratings to go.']);
  });
});
