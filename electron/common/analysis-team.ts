// An analysis weighed by its judges: the team's scoring input, and the criteria the judges disagree on most.
import type { Analysis } from './analysis.ts';
import type { Judge } from './judge.ts';
import type { TeamScore } from './scoring/score-team.ts';
import type { TeamInput } from './scoring/team-input.ts';

/**
 * The analysis scored on its judges' ratings. Ratings of options or criteria removed since the judge gave them are
 * dropped, and AHP judgements that do not cover exactly the current criteria are left out (the judge then takes the
 * group's weights), so editing the analysis never makes a judge's file unreadable.
 */
export function teamInputOf(analysis: Analysis, judges: readonly Judge[]): TeamInput {
  const criterionIds = analysis.criteria.map((c) => c.id);
  const current = new Set(criterionIds);
  return {
    options: analysis.options,
    criteria: analysis.criteria,
    montecarlo: analysis.montecarlo,
    ahp: analysis.ahp,
    judges: judges.map((j) => ({
      id: j.id,
      name: j.name,
      weight: j.weight,
      ratings: Object.fromEntries(
        analysis.options.map((o) => {
          const row = Object.hasOwn(j.ratings, o.id) ? j.ratings[o.id]! : {};
          return [o.id, Object.fromEntries(criterionIds.flatMap((c) => (Object.hasOwn(row, c) ? [[c, row[c]!]] : [])))];
        }),
      ),
      ahp:
        j.ahp && j.ahp.criteria.length === current.size && j.ahp.criteria.every((c) => current.has(c)) ? j.ahp : null,
    })),
  };
}

export interface CriterionDisagreement {
  criterion: string;
  /** The option the judges rate furthest apart on this criterion, and that spread (population SD). */
  option: string;
  sd: number;
}

/** Criteria by their widest spread on any option, widest first; criteria all judges rate alike are left out. */
export function widestDisagreements(team: TeamScore, limit = 3): CriterionDisagreement[] {
  const { optionIds, criterionIds } = team.group;
  return criterionIds
    .map((criterion, k) => {
      let option = 0;
      team.disagreement.forEach((row, i) => {
        if (row[k]! > team.disagreement[option]![k]!) option = i;
      });
      return { criterion, option: optionIds[option]!, sd: team.disagreement[option]?.[k] ?? 0 };
    })
    .filter((d) => d.sd > 0)
    .sort((a, b) => b.sd - a.sd)
    .slice(0, limit);
}
