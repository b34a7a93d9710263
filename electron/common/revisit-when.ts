// The "Revisit when" line of a decision drafted from an analysis: the weight at which its leader stops leading.
import type { Analysis } from './analysis.ts';
import type { CatalogLookup } from './analysis-to-decision.ts';
import { percent } from './format.ts';
import type { AnalysisScore } from './scoring/score-analysis.ts';

/** "Speed over Accuracy" for a criterion favouring a tradeoff's pole, its title otherwise. */
export function criterionLabel(
  analysis: Analysis,
  criterionId: string,
  lookup: Pick<CatalogLookup, 'tradeoff'>,
): string {
  const c = analysis.criteria.find((x) => x.id === criterionId);
  if (!c) return criterionId;
  const t = c.tradeoff ? lookup.tradeoff.get(c.tradeoff) : undefined;
  if (!t || !c.favours) return c.title;
  return c.favours === 'right' ? `${t.right} over ${t.left}` : `${t.left} over ${t.right}`;
}

/**
 * The condition under which the chosen option stops leading, from the most critical break-even: the criterion's
 * renormalised weight at the tie, and which way it has to move. Null when nothing is chosen (a tie) or no single
 * weight can change the leader, so the record never promises a condition that cannot happen.
 */
export function revisitWhen(
  analysis: Analysis,
  score: AnalysisScore,
  lookup: Pick<CatalogLookup, 'tradeoff'>,
): string | null {
  const c = score.mostCritical;
  if (!c || score.leaders.length !== 1) return null;
  const title = (id: string) => `“${analysis.options.find((o) => o.id === id)?.title ?? id}”`;
  const now = score.normalisedWeights[score.criterionIds.indexOf(c.criterion)] ?? 0;
  const direction = c.delta > 0 ? 'more' : 'less';
  return (
    `Revisit when: if ${criterionLabel(analysis, c.criterion, lookup)} weighs ${direction} than ${percent(c.newWeight)} ` +
    `(now ${percent(now)}), ${title(c.option)} overtakes ${title(c.leader)}.`
  );
}
