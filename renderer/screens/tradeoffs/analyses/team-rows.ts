// What the team panel shows from a team's score: each judge's ranking beside the group's, W in words, and what blocks scoring.
import type { Analysis } from '../../../../electron/common/analysis.ts';
import { points, rankLabel } from '../../../../electron/common/format.ts';
import type { Judge } from '../../../../electron/common/judge.ts';
import type { TeamScore } from '../../../../electron/common/scoring/score-team.ts';

export interface RankingRow {
  id: string;
  title: string;
  group: { rank: string; points: string };
  /** One per judge, in the order of `team.judges`. */
  judges: { rank: string; points: string; differs: boolean }[];
}

/** Options in the group's order, best first, with each judge's rank and score beside the group's. */
export function rankingRows(a: Analysis, team: TeamScore): RankingRow[] {
  const { optionIds, scores, ranks } = team.group;
  return optionIds
    .map((id, i) => ({
      id,
      title: a.options.find((o) => o.id === id)?.title ?? id,
      score: scores[i]!,
      group: { rank: rankLabel(ranks, i), points: points(scores[i]!) },
      judges: team.judges.map((j) => ({
        rank: rankLabel(j.ranks, i),
        points: points(j.scores[i]!),
        differs: j.ranks[i] !== ranks[i],
      })),
    }))
    .sort((x, y) => y.score - x.score)
    .map(({ score: _score, ...row }) => row);
}

/** Kendall's W in words, with the thresholds people usually read it by. */
export function concordanceWords(w: number | null): string {
  if (w === null) return 'needs two judges weighing more than 0 and two options';
  if (w >= 0.7) return 'strong agreement on the order';
  if (w >= 0.5) return 'moderate agreement on the order';
  if (w >= 0.3) return 'weak agreement on the order';
  return 'little or no agreement on the order';
}

/** Why the team cannot be scored yet, in the editor's words: which judge still has ratings to give. */
export function teamProblems(a: Analysis, judges: readonly Judge[], errors: readonly string[]): string[] {
  const out: string[] = [];
  for (const j of judges) {
    const missing = a.options.reduce((n, o) => {
      const row = Object.hasOwn(j.ratings, o.id) ? j.ratings[o.id]! : {};
      return n + a.criteria.filter((c) => !Object.hasOwn(row, c.id)).length;
    }, 0);
    if (missing > 0) out.push(`${j.name} has ${missing} ${missing === 1 ? 'rating' : 'ratings'} to go.`);
  }
  // Missing ratings are counted above; everything else (weights, AHP) is passed on as the scorer said it.
  return [
    ...out,
    ...errors.filter((e) => !/^judges\[\d+\] \("[^"]*"\)\.ratings\.[^:]+: option ".*" is not rated on/.test(e)),
  ];
}
