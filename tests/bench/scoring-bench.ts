// Re-scoring 20 options × 12 criteria with 10,000 Monte Carlo samples, as a slider drag does, alone and for ten judges.
import { scoreAnalysis } from '../../electron/common/scoring/score-analysis.ts';
import type { ScoreInput } from '../../electron/common/scoring/input.ts';
import { scoreTeam } from '../../electron/common/scoring/score-team.ts';
import type { TeamInput } from '../../electron/common/scoring/team-input.ts';
import { percentile, printSection, time } from './report.ts';

function input(seed: number): ScoreInput {
  let s = seed;
  const next = () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const options = Array.from({ length: 20 }, (_, i) => ({ id: `o${i}`, title: `Option ${i}` }));
  const criteria = Array.from({ length: 12 }, (_, k) => ({
    id: `c${k}`,
    type: k % 4 === 3 ? ('cost' as const) : ('benefit' as const),
    weight: 1 + Math.floor(next() * 9),
  }));
  const ratings = Object.fromEntries(
    options.map((o) => [o.id, Object.fromEntries(criteria.map((c) => [c.id, 1 + Math.floor(next() * 5)]))]),
  );
  return { options, criteria, ratings, montecarlo: { samples: 10_000, seed } } as ScoreInput;
}

/**
 * The same analysis rated by ten judges of weights 1–3, each nudging the ratings by −1, 0 or +1. No AHP judgements:
 * AHP stops at ten criteria, and this analysis has twelve.
 */
function teamInput(seed: number): TeamInput {
  const { ratings, ...rest } = input(seed);
  let s = seed + 1;
  const next = () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const judges = Array.from({ length: 10 }, (_, j) => ({
    id: `j${j}`,
    weight: 1 + (j % 3),
    ratings: Object.fromEntries(
      Object.entries(ratings).map(([o, row]) => [
        o,
        Object.fromEntries(
          Object.entries(row).map(([c, r]) => [c, Math.min(5, Math.max(1, r + Math.floor(next() * 3) - 1))]),
        ),
      ]),
    ),
  }));
  return { ...rest, judges };
}

export async function scoringBench(): Promise<void> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) scoreAnalysis(input(i)); // warm-up: let the JIT compile the hot loops
  for (let i = 0; i < 60; i++) {
    const { ms, result } = await time(() => scoreAnalysis(input(100 + i)));
    if (!result.ok) throw new Error(result.errors.join('; '));
    runs.push(ms);
  }
  printSection('Scoring: 20 options × 12 criteria, 10,000 Monte Carlo samples (60 runs)', [
    { name: 'full re-score, p50', value: percentile(runs, 50), unit: 'ms', against: { label: 'target', value: 50 } },
    { name: 'full re-score, p95', value: percentile(runs, 95), unit: 'ms', against: { label: 'target', value: 50 } },
  ]);

  const teamRuns: number[] = [];
  for (let i = 0; i < 5; i++) scoreTeam(teamInput(i));
  for (let i = 0; i < 60; i++) {
    const { ms, result } = await time(() => scoreTeam(teamInput(100 + i)));
    if (!result.ok) throw new Error(result.errors.join('; '));
    teamRuns.push(ms);
  }
  printSection('Team scoring: 20 options × 12 criteria × 10 judges, 10,000 Monte Carlo samples (60 runs)', [
    {
      name: 'group, judges, W and spread, p50',
      value: percentile(teamRuns, 50),
      unit: 'ms',
      against: { label: 'target', value: 50 },
    },
    {
      name: 'group, judges, W and spread, p95',
      value: percentile(teamRuns, 95),
      unit: 'ms',
      against: { label: 'target', value: 50 },
    },
  ]);
}
