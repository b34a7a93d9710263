// Whether the analysis a decision came from still ranks the chosen option first, and if not, what changed.
import { matchOption } from './adr-file/option-match.ts';
import type { Analysis } from './analysis.ts';
import { points } from './format.ts';
import { scoreAnalysis } from './scoring/score-analysis.ts';

export interface AnalysisDisagreement {
  analysisId: string;
  analysisTitle: string;
  /** The chosen option as the analysis names it. */
  chosen: string;
  /** What the analysis ranks first now (several when they tie). */
  leaders: string[];
  /** The analysis's last edit, YYYY-MM-DD. */
  editedOn: string;
  /** One sentence for the decision and for lint: who leads now, by how much, and since when. */
  message: string;
}

/**
 * Null while the analysis agrees, cannot be scored, or the decision chose nothing the analysis weighs (nothing to
 * compare); otherwise what the analysis now prefers. A tie that includes the chosen option still agrees.
 */
export function analysisDisagreement(analysis: Analysis, chosenTitle: string | null): AnalysisDisagreement | null {
  if (chosenTitle === null) return null;
  const score = scoreAnalysis(analysis);
  if (!score.ok) return null;
  const titles = score.optionIds.map((id) => analysis.options.find((o) => o.id === id)?.title ?? id);
  const chosen = matchOption(chosenTitle, titles);
  if (chosen === null || score.ranks[chosen] === 1) return null;
  const leaders = score.leaders.map((id) => titles[score.optionIds.indexOf(id)]!);
  const leaderScore = score.scores[score.optionIds.indexOf(score.leaders[0]!)]!;
  const editedOn = analysis.updatedAt.slice(0, 10);
  const quoted = (t: string) => `“${t}”`;
  const lead = leaders.length > 1 ? `${leaders.map(quoted).join(' and ')} tie first` : `${quoted(leaders[0]!)} leads`;
  const message =
    `analysis ${quoted(analysis.title)}, edited ${editedOn}, no longer ranks the chosen ${quoted(titles[chosen]!)} first: ` +
    `${lead} with ${points(leaderScore)} against ${points(score.scores[chosen]!)} (rank ${score.ranks[chosen]})`;
  return {
    analysisId: analysis.id,
    analysisTitle: analysis.title,
    chosen: titles[chosen]!,
    leaders,
    editedOn,
    message,
  };
}
