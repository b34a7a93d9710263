// Scores a team's analysis: the group's ratings and AHP matrix, each judge's own scores and ranks, Kendall's W and the rating spread.
import { ahpWeights } from './ahp.ts';
import { checkTeamInput } from './check-team.ts';
import { ratingSpread } from './disagreement.ts';
import { alignedMatrix, geometricMeanMatrix } from './group-ahp.ts';
import { groupRatings, judgeWeights } from './group-ratings.ts';
import { averageRanks, kendallW } from './kendall-w.ts';
import { buildProblem } from './problem.ts';
import { scoreProblem, type AnalysisScore } from './score-analysis.ts';
import type { TeamInput } from './team-input.ts';
import { rankScores, utility, weightedScores } from './weighted-sum.ts';

export interface JudgeScore {
  id: string;
  name: string;
  /** The judge's normalised weight in the group; 0 leaves them out of the group, W and the spread. */
  weight: number;
  /** Aligned with the options: the judge's ratings scored with their own AHP weights, or else the group's weights. */
  scores: number[];
  /** Ties share a rank, as in the group's ranks. */
  ranks: number[];
  ownWeights: boolean;
}

export interface TeamScore {
  ok: true;
  /** Everything an analysis reports, computed on the group's (possibly fractional) ratings and weights. */
  group: AnalysisScore;
  /** groupRatings[option][criterion], aligned with group.optionIds and group.criterionIds. */
  groupRatings: number[][];
  judges: JudgeScore[];
  /** Kendall's W over the judges' rankings, or null with fewer than two judges (weighing more than 0) or options. */
  kendallW: number | null;
  /** disagreement[option][criterion]: the population standard deviation of the judges' ratings. */
  disagreement: number[][];
}

export type TeamOutcome = TeamScore | { ok: false; errors: string[] };

/**
 * Judges weighing 0 are listed with their own scores but change nothing of the group's: their terms vanish from the
 * means exactly, and W and the spread are taken over the judges who count.
 */
export function scoreTeam(input: TeamInput): TeamOutcome {
  const errors = checkTeamInput(input);
  if (errors.length > 0) return { ok: false, errors };
  const optionIds = input.options.map((o) => o.id);
  const criterionIds = input.criteria.map((c) => c.id);
  const raw = input.judges.map((j) => j.weight ?? 1);
  const counted = input.judges.filter((_, j) => raw[j]! > 0);

  const mean = groupRatings(
    input.judges.map((j) => j.ratings),
    raw,
    optionIds,
    criterionIds,
  );
  const ratings = Object.fromEntries(
    optionIds.map((o, i) => [o, Object.fromEntries(criterionIds.map((c, k) => [c, mean[i]![k]!]))]),
  );
  const withAhp = input.judges.flatMap((j, k) => (j.ahp && raw[k]! > 0 ? [{ ahp: j.ahp, weight: raw[k]! }] : []));
  // Judges' comparisons replace the analysis's shared ones; with none, the shared ones (or the criteria weights) stand.
  const ahp =
    withAhp.length > 0
      ? {
          criteria: criterionIds,
          matrix: geometricMeanMatrix(
            withAhp.map((j) => alignedMatrix(j.ahp, criterionIds)),
            withAhp.map((j) => j.weight),
          ),
        }
      : input.ahp;
  const prepared = buildProblem({ ...input, ratings, ahp });
  if (!prepared.ok) return prepared;
  const group = scoreProblem(prepared.problem);

  const normalised = judgeWeights(input.judges);
  const judges = input.judges.map((j, index): JudgeScore => {
    const own = j.ahp ? ahpWeights(alignedMatrix(j.ahp, criterionIds)).weights : null;
    const weights = own ?? prepared.problem.weights;
    const values = new Float64Array(optionIds.length * criterionIds.length);
    input.options.forEach((o, i) =>
      input.criteria.forEach(
        (c, k) => (values[i * criterionIds.length + k] = utility(j.ratings[o.id]![c.id]!, c.type)),
      ),
    );
    const table = { optionCount: optionIds.length, criterionCount: criterionIds.length, values };
    const scores = Array.from(weightedScores(table, weights, new Float64Array(optionIds.length)));
    return {
      id: j.id,
      name: j.name ?? j.id,
      weight: normalised[index]!,
      scores,
      ranks: rankScores(scores),
      ownWeights: own !== null,
    };
  });
  const countedScores = judges.filter((_, j) => raw[j]! > 0).map((j) => j.scores);
  return {
    ok: true,
    group,
    groupRatings: mean,
    judges,
    kendallW: kendallW(countedScores.map(averageRanks)),
    disagreement: ratingSpread(
      counted.map((j) => j.ratings),
      optionIds,
      criterionIds,
    ),
  };
}
