// The team's input from an analysis and its judges, and the criteria the judges disagree on most.
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type Analysis } from './analysis.ts';
import { teamInputOf, widestDisagreements } from './analysis-team.ts';
import type { Judge } from './judge.ts';
import { scoreTeam } from './scoring/score-team.ts';

const analysis: Analysis = {
  ...emptyAnalysis('a1', 'Q', 'now'),
  options: [
    { id: 'x', title: 'X', description: '' },
    { id: 'y', title: 'Y', description: '' },
  ],
  criteria: [
    { id: 'c1', title: 'One', tradeoff: null, favours: null, type: 'benefit', weight: 1 },
    { id: 'c2', title: 'Two', tradeoff: null, favours: null, type: 'benefit', weight: 1 },
  ],
  montecarlo: { samples: 10, seed: 1, mode: 'dirichlet', spread: 0.2 },
};
const judge = (id: string, ratings: Judge['ratings'], ahp: Judge['ahp'] = null): Judge => ({
  id,
  name: id,
  weight: 1,
  ratings,
  ahp,
  updatedAt: '',
});

describe('teamInputOf', () => {
  it('drops ratings of options and criteria removed since, and AHP judgements that no longer cover the criteria', () => {
    const stale = judge(
      'ann',
      { x: { c1: 1, c2: 2, gone: 5 }, y: { c1: 3, c2: 4 }, removed: { c1: 2 } },
      {
        criteria: ['c1', 'gone'],
        matrix: [
          [1, 3],
          [1 / 3, 1],
        ],
      },
    );
    const current = judge(
      'ben',
      { x: { c1: 1, c2: 2 }, y: { c1: 3, c2: 4 } },
      {
        criteria: ['c2', 'c1'],
        matrix: [
          [1, 2],
          [0.5, 1],
        ],
      },
    );
    const input = teamInputOf(analysis, [stale, current]);
    expect(input.judges[0]).toMatchObject({ ratings: { x: { c1: 1, c2: 2 }, y: { c1: 3, c2: 4 } }, ahp: null });
    expect(input.judges[1]!.ahp).toEqual(current.ahp);
    expect(scoreTeam(input).ok).toBe(true);
  });
});

describe('widestDisagreements', () => {
  it('orders criteria by their widest spread on any option, leaving out those all judges agree on', () => {
    // c1: x 1 vs 5 (SD 2), y 3 vs 3; c2: x 2 vs 2, y 4 vs 3 (SD 0.5).
    const t = scoreTeam(
      teamInputOf(analysis, [
        judge('ann', { x: { c1: 1, c2: 2 }, y: { c1: 3, c2: 4 } }),
        judge('ben', { x: { c1: 5, c2: 2 }, y: { c1: 3, c2: 3 } }),
      ]),
    );
    if (!t.ok) throw new Error(t.errors.join());
    expect(widestDisagreements(t)).toEqual([
      { criterion: 'c1', option: 'x', sd: 2 },
      { criterion: 'c2', option: 'y', sd: 0.5 },
    ]);
    expect(widestDisagreements(t, 1)).toHaveLength(1);
  });
});
