// Re-scoring 20 options × 12 criteria with 10,000 Monte Carlo samples, as a slider drag does.
import { scoreAnalysis } from '../../electron/common/scoring/score-analysis.ts';
import type { ScoreInput } from '../../electron/common/scoring/input.ts';
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
}
