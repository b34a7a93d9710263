// Scoring a team end to end: agreeing and reversed judges, ties, judges' own AHP weights, a judge weighing 0, and refusals.
import { describe, expect, it } from 'vitest';
import { scoreTeam, type TeamScore } from './score-team.ts';
import type { JudgeInput, TeamInput } from './team-input.ts';

const team = (judges: JudgeInput[]): TeamInput => ({
  options: [{ id: 'A' }, { id: 'B' }, { id: 'C' }],
  criteria: [
    { id: 'c1', type: 'benefit', weight: 1 },
    { id: 'c2', type: 'benefit', weight: 1 },
  ],
  judges,
  montecarlo: { samples: 500, seed: 3 },
});
const even = (a: number, b: number, c: number) => ({ A: { c1: a, c2: a }, B: { c1: b, c2: b }, C: { c1: c, c2: c } });
const ann: JudgeInput = { id: 'ann', name: 'Ann', ratings: even(5, 3, 1) };

function scored(input: TeamInput): TeamScore {
  const r = scoreTeam(input);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
}

describe('scoreTeam', () => {
  it('agrees with itself: two judges who rate alike have W = 1, no spread, and the group is either of them', () => {
    // Utilities (r − 1)/4 on both criteria, weights ½ each: A 1, B 0.5, C 0.
    const t = scored(team([ann, { id: 'ben', ratings: even(5, 3, 1) }]));
    expect(t.kendallW).toBe(1);
    expect(t.group.scores).toEqual([1, 0.5, 0]);
    expect(t.judges.map((j) => [j.id, j.name, j.weight, j.ranks])).toEqual([
      ['ann', 'Ann', 0.5, [1, 2, 3]],
      ['ben', 'ben', 0.5, [1, 2, 3]],
    ]);
    expect(t.disagreement.flat().every((sd) => sd === 0)).toBe(true);
  });

  it('shows reversed judges: W = 0, a three-way tie in the group, spread 2 on the extremes', () => {
    // Group ratings: A (5 + 1)/2 = 3, B 3, C 3, so every option scores 0.5 and shares rank 1.
    const t = scored(team([ann, { id: 'ben', ratings: even(1, 3, 5) }]));
    expect(t.kendallW).toBe(0);
    expect(t.groupRatings).toEqual([
      [3, 3],
      [3, 3],
      [3, 3],
    ]);
    expect(t.group.ranks).toEqual([1, 1, 1]);
    expect(t.judges[1]!.ranks).toEqual([3, 2, 1]);
    // 5 and 1 around 3: SD 2; 3 and 3: SD 0.
    expect(t.disagreement).toEqual([
      [2, 2],
      [0, 0],
      [2, 2],
    ]);
  });

  it('corrects W for ties among three judges', () => {
    // Ann ranks A, B, C (1, 2, 3); Ben ties A and B (1.5, 1.5, 3); Cy ties B and C (1, 2.5, 2.5).
    // Rank sums 3.5, 6, 8.5; mean 6; S = 6.25 + 0 + 6.25 = 12.5; ΣT = 6 + 6 = 12.
    // W = 12 · 12.5 / (9 · 24 − 3 · 12) = 150 / 180 = 0.8333…
    const t = scored(team([ann, { id: 'ben', ratings: even(4, 4, 2) }, { id: 'cy', ratings: even(5, 2, 2) }]));
    expect(t.kendallW).toBeCloseTo(150 / 180, 12);
    expect(t.judges.map((j) => j.ranks)).toEqual([
      [1, 2, 3],
      [1, 1, 3],
      [1, 2, 2],
    ]);
  });

  it('scores a judge with their own AHP weights and the group with the geometric mean of the matrices', () => {
    // Ann: c1 three times c2 (¾, ¼); Ben: c2 three times c1. Group: a12 = √(3 · ⅓) = 1, so ½ each.
    const a = { ...ann, ratings: { A: { c1: 5, c2: 1 }, B: { c1: 1, c2: 5 }, C: { c1: 3, c2: 3 } } };
    const t = scored(
      team([
        {
          ...a,
          ahp: {
            criteria: ['c1', 'c2'],
            matrix: [
              [1, 3],
              [1 / 3, 1],
            ],
          },
        },
        {
          ...a,
          id: 'ben',
          ahp: {
            criteria: ['c2', 'c1'],
            matrix: [
              [1, 3],
              [1 / 3, 1],
            ],
          },
        },
      ]),
    );
    expect(t.group.ahp?.weights[0]).toBeCloseTo(0.5, 12);
    // Ann: A = ¾·1 + ¼·0 = 0.75, B = 0.25, C = 0.5. Ben the mirror image: A 0.25, B 0.75, C 0.5.
    t.judges[0]!.scores.forEach((s, i) => expect(s).toBeCloseTo([0.75, 0.25, 0.5][i]!, 12));
    t.judges[1]!.scores.forEach((s, i) => expect(s).toBeCloseTo([0.25, 0.75, 0.5][i]!, 12));
    expect(t.judges.every((j) => j.ownWeights)).toBe(true);
    expect(t.kendallW).toBe(0);
  });

  it('lets a judge weighing 0 change nothing of the group', () => {
    const ben: JudgeInput = { id: 'ben', weight: 2, ratings: even(4, 2, 3) };
    const quiet: JudgeInput = {
      id: 'quiet',
      weight: 0,
      ratings: even(1, 5, 2),
      ahp: {
        criteria: ['c1', 'c2'],
        matrix: [
          [1, 9],
          [1 / 9, 1],
        ],
      },
    };
    const without = scored(team([ann, ben]));
    const withQuiet = scored(team([ann, ben, quiet]));
    expect(withQuiet.group).toEqual(without.group);
    expect(withQuiet.groupRatings).toEqual(without.groupRatings);
    expect(withQuiet.kendallW).toEqual(without.kendallW);
    expect(withQuiet.disagreement).toEqual(without.disagreement);
    // Still listed, with their own ranking: B first.
    expect(withQuiet.judges[2]).toMatchObject({ id: 'quiet', weight: 0, ranks: [3, 1, 2] });
  });

  it('refuses judges with unknown ids, missing ratings, a non-reciprocal matrix or a negative weight', () => {
    const r = scoreTeam(
      team([
        { id: 'ann', weight: -1, ratings: { ...even(5, 3, 1), Z: { c1: 1 } } },
        { id: 'ben', ratings: { A: { c1: 3, c2: 3, c9: 2 }, B: { c1: 3, c2: 3 } } },
        {
          id: 'cy',
          ratings: even(1, 1, 1),
          ahp: {
            criteria: ['c1', 'c2'],
            matrix: [
              [1, 3],
              [3, 1],
            ],
          },
        },
        { id: 'cy', ratings: even(1, 1, 1) },
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      'judges[0] ("ann").weight: judge weights must be finite and ≥ 0 (got -1)',
      'judges[0] ("ann").ratings.Z: no option has id "Z"',
      'judges[1] ("ben").ratings.A.c9: no criterion has id "c9"',
      'judges[1] ("ben").ratings.C: option "C" is not rated on "c1", "c2"',
      'judges[2] ("cy").ahp.matrix[0][1] = 3 and judges[2] ("cy").ahp.matrix[1][0] = 3 are not reciprocal (product 9, expected 1)',
      'judges[3]: duplicate id "cy" (also judges[2])',
    ]);
  });

  it('refuses a team without judges or whose judges all weigh 0', () => {
    expect(scoreTeam(team([]))).toEqual({ ok: false, errors: ['judges: add at least one judge'] });
    expect(scoreTeam(team([{ ...ann, weight: 0 }]))).toEqual({
      ok: false,
      errors: ['judges: every judge weighs 0; give at least one judge a weight above 0'],
    });
  });
});
