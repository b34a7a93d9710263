// The scoring entry point: one call gives scores, ranks, contributions, break-evens, win rates and AHP results.
import { breakEvens, mostCritical, type BreakEven } from './break-even.ts';
import type { ScoreInput } from './input.ts';
import { winRates } from './monte-carlo.ts';
import { prepareProblem, type Problem } from './problem.ts';
import { contributions, leaderIndices, rankScores, weightedScores } from './weighted-sum.ts';

/** A break-even with ids instead of indices; see break-even.ts for what each number means. */
export interface BreakEvenEntry {
  leader: string;
  option: string;
  criterion: string;
  delta: number;
  newWeight: number;
  relativeChange: number | null;
}

export interface AhpSummary {
  /** Criterion ids in the order of the judgement matrix, and their weights in that order. */
  criteria: string[];
  weights: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
  warning: boolean;
  mostInconsistent: { criteria: [string, string]; given: number; implied: number } | null;
}

/** Arrays are aligned with the input's options and criteria lists; ids name everything else. */
export interface AnalysisScore {
  ok: true;
  optionIds: string[];
  criterionIds: string[];
  normalisedWeights: number[];
  scores: number[];
  ranks: number[];
  /** Every option of rank 1; several when they tie. */
  leaders: string[];
  /** contributions[option][criterion] = w_k × u_ik. */
  contributions: number[][];
  breakEven: BreakEvenEntry[];
  mostCritical: BreakEvenEntry | null;
  winRates: number[];
  ahp?: AhpSummary;
}

export type ScoreOutcome = AnalysisScore | { ok: false; errors: string[] };

/** Scores an analysis (or CLI input); AHP judgements, when present, replace the criteria weights. */
export function scoreAnalysis(input: ScoreInput): ScoreOutcome {
  const prepared = prepareProblem(input);
  return prepared.ok ? scoreProblem(prepared.problem) : prepared;
}

/** Every result of a prepared problem; a group's problem is scored here exactly as one person's is. */
export function scoreProblem(problem: Problem): AnalysisScore {
  const { optionIds, criterionIds, table, weights, ahp, montecarlo } = problem;
  const scores = weightedScores(table, weights, new Float64Array(table.optionCount));
  const ranks = rankScores(scores);
  const named = (e: BreakEven): BreakEvenEntry => ({
    leader: optionIds[e.leader]!,
    option: optionIds[e.option]!,
    criterion: criterionIds[e.criterion]!,
    delta: e.delta,
    newWeight: e.newWeight,
    relativeChange: e.relativeChange,
  });
  const entries = breakEvens(table, weights, scores, ranks);
  const critical = mostCritical(entries);
  const result: AnalysisScore = {
    ok: true,
    optionIds,
    criterionIds,
    normalisedWeights: Array.from(weights),
    scores: Array.from(scores),
    ranks,
    leaders: leaderIndices(ranks).map((i) => optionIds[i]!),
    contributions: contributions(table, weights),
    breakEven: entries.map(named),
    mostCritical: critical ? named(critical) : null,
    winRates: winRates(table, weights, montecarlo),
  };
  if (ahp) {
    const worst = ahp.mostInconsistent;
    result.ahp = {
      criteria: ahp.criteria,
      weights: ahp.weights,
      lambdaMax: ahp.lambdaMax,
      ci: ahp.ci,
      cr: ahp.cr,
      warning: ahp.warning,
      mostInconsistent: worst && {
        criteria: [ahp.criteria[worst.row]!, ahp.criteria[worst.col]!],
        given: worst.given,
        implied: worst.implied,
      },
    };
  }
  return result;
}
