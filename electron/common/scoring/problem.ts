// Turns a checked scoring input into numbers: the utility table and the normalised (or AHP-derived) weights.
import { defaultMonteCarlo } from '../analysis-defaults.ts';
import type { MonteCarloSettings } from '../analysis.ts';
import { ahpWeights, type AhpResult } from './ahp.ts';
import { checkScoreInput } from './check-input.ts';
import type { ScoreInput } from './input.ts';
import { normaliseWeights } from './weights.ts';
import { utility, type UtilityTable } from './weighted-sum.ts';

export interface Problem {
  optionIds: string[];
  criterionIds: string[];
  table: UtilityTable;
  /** Normalised weights in criteria order; AHP weights when the input has AHP judgements. */
  weights: Float64Array;
  /** The AHP outcome in the order of `ahp.criteria`, or null without AHP judgements. */
  ahp: (AhpResult & { criteria: string[] }) | null;
  montecarlo: MonteCarloSettings;
}

export type ProblemOutcome = { ok: true; problem: Problem } | { ok: false; errors: string[] };

export function prepareProblem(input: ScoreInput): ProblemOutcome {
  const errors = checkScoreInput(input);
  if (errors.length > 0) return { ok: false, errors };
  return buildProblem(input);
}

/**
 * The numbers of an input whose ids, ratings and AHP judgements were checked already. Ratings may be fractional
 * here: a group's ratings are the judges' weighted means, and utility is linear in them.
 */
export function buildProblem(input: ScoreInput): ProblemOutcome {
  const { options, criteria, ratings } = input;
  const m = criteria.length;
  const values = new Float64Array(options.length * m);
  options.forEach((o, i) =>
    criteria.forEach((c, k) => {
      values[i * m + k] = utility(ratings[o.id]![c.id]!, c.type);
    }),
  );

  let ahp: Problem['ahp'] = null;
  let raw: ArrayLike<number> = criteria.map((c) => c.weight);
  if (input.ahp) {
    const result = ahpWeights(input.ahp.matrix);
    const order = input.ahp.criteria;
    raw = criteria.map((c) => result.weights[order.indexOf(c.id)]!);
    ahp = { ...result, criteria: [...order] };
  }
  const weights = normaliseWeights(raw);
  if (!weights.ok) return { ok: false, errors: [`criteria: ${weights.error}`] };
  return {
    ok: true,
    problem: {
      optionIds: options.map((o) => o.id),
      criterionIds: criteria.map((c) => c.id),
      table: { optionCount: options.length, criterionCount: m, values },
      weights: weights.weights,
      ahp,
      montecarlo: monteCarloSettings(input.montecarlo),
    },
  };
}

/** Fills what the CLI format leaves optional; a saved Analysis always carries all four settings. */
function monteCarloSettings(given: ScoreInput['montecarlo']): MonteCarloSettings {
  return {
    samples: given?.samples ?? defaultMonteCarlo.samples,
    seed: given?.seed ?? defaultMonteCarlo.seed,
    mode: given?.mode ?? defaultMonteCarlo.mode,
    spread: given?.spread ?? defaultMonteCarlo.spread,
  };
}
