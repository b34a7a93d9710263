// The decision drafted from an analysis weighed by several judges: the group's result, plus who judged and how far they agreed.
import type { Analysis } from './analysis.ts';
import { decisionFromAnalysis, type CatalogLookup, type DecisionIds } from './analysis-to-decision.ts';
import { teamInputOf, widestDisagreements } from './analysis-team.ts';
import type { Decision } from './decision.ts';
import { percent } from './format.ts';
import type { Judge } from './judge.ts';
import { scoreTeam, type TeamScore } from './scoring/score-team.ts';

export function draftTeamDecision(
  analysis: Analysis,
  judges: readonly Judge[],
  lookup: CatalogLookup,
  ids: DecisionIds,
): { ok: true; decision: Decision; team: TeamScore } | { ok: false; errors: string[] } {
  const team = scoreTeam(teamInputOf(analysis, judges));
  if (!team.ok) return team;
  const { optionIds, criterionIds } = team.group;
  // Pros and cons read the group's ratings: the judges' weighted means.
  const ratings = Object.fromEntries(
    optionIds.map((o, i) => [o, Object.fromEntries(criterionIds.map((c, k) => [c, team.groupRatings[i]![k]!]))]),
  );
  const decision = decisionFromAnalysis({ ...analysis, ratings }, team.group, lookup, ids);
  decision.decisionMakers = judges.map((j) => j.name);
  decision.moreInformation = `${teamSummary(analysis, team)}\n\n${decision.moreInformation}`;
  return { ok: true, decision, team };
}

/** Who judged with what weight, Kendall's W, and the criteria the judges disagree on most. */
export function teamSummary(analysis: Analysis, team: TeamScore): string {
  const title = (list: readonly { id: string; title: string }[], id: string) =>
    `“${list.find((x) => x.id === id)?.title ?? id}”`;
  const judges = team.judges.map((j) => `${j.name} (weight ${percent(j.weight)})`).join(', ');
  const w = team.kendallW;
  const agreement =
    w === null
      ? 'Agreement on the ranking (Kendall’s W) needs at least two judges weighing more than 0 and two options.'
      : `Agreement on the ranking of the options: Kendall’s W = ${w.toFixed(2)} (1 is full agreement, 0 none).`;
  const widest = widestDisagreements(team);
  const spread =
    widest.length === 0
      ? 'The judges gave the same ratings throughout.'
      : `Widest disagreement (standard deviation of the judges’ ratings): ${widest
          .map(
            (d) =>
              `${title(analysis.criteria, d.criterion)} (${d.sd.toFixed(2)} on ${title(analysis.options, d.option)})`,
          )
          .join('; ')}.`;
  return [
    `Weighed by ${team.judges.length} judges: ${judges}. Group ratings are the judges’ weighted means; group AHP judgements their weighted geometric means.`,
    agreement,
    spread,
  ].join(' ');
}
