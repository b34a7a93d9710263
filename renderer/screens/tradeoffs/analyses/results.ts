// What the analysis editor shows from a score: ranked rows, break-even rows, sweeps, AHP choices and plain-language problems.
import type { Analysis } from '../../../../electron/common/analysis.ts';
import { percent, points, rankLabel, weightPoints } from '../../../../electron/common/format.ts';
import { prepareProblem } from '../../../../electron/common/scoring/problem.ts';
import type { AnalysisScore } from '../../../../electron/common/scoring/score-analysis.ts';
import { weightSweep, type WeightSweep } from '../../../../electron/common/scoring/sweep.ts';

export interface ScoreRow {
  id: string;
  title: string;
  score: number;
  points: string;
  rank: string;
  leader: boolean;
  winRate: number;
}
export interface BreakEvenRow {
  key: string;
  leader: string;
  option: string;
  criterion: string;
  change: string;
  newWeight: string;
  critical: boolean;
}

const optionTitle = (a: Analysis, id: string) => a.options.find((o) => o.id === id)?.title ?? id;
const criterionTitle = (a: Analysis, id: string) => a.criteria.find((c) => c.id === id)?.title ?? id;

/** Ratings still to give: one per option × criterion without a value. */
export function missingRatings(a: Analysis): number {
  return a.options.reduce((n, o) => {
    const row = Object.hasOwn(a.ratings, o.id) ? a.ratings[o.id]! : {};
    return n + a.criteria.filter((c) => !Object.hasOwn(row, c.id)).length;
  }, 0);
}

/** Scoring errors in the words of the editor: what to do next, not which path failed. */
export function explainProblems(a: Analysis, errors: readonly string[]): string[] {
  const out: string[] = [];
  if (a.options.length === 0) out.push('Add the options you are choosing between.');
  if (a.criteria.length === 0) out.push('Add the criteria you will judge them on: a catalogue tradeoff or your own.');
  const missing = missingRatings(a);
  if (a.options.length > 0 && a.criteria.length > 0 && missing > 0) {
    out.push(
      `Rate every option on every criterion to see scores (${missing} ${missing === 1 ? 'rating' : 'ratings'} to go).`,
    );
  }
  for (const e of errors) {
    if (/^(options|criteria): add at least one/.test(e) || /^ratings\.[^:]+: option ".*" is not rated on/.test(e))
      continue;
    out.push(e.replace(/^criteria: /, ''));
  }
  return out;
}

/** Options by score, best first; ties keep list order and show as "=1". */
export function scoreRows(a: Analysis, s: AnalysisScore): ScoreRow[] {
  return s.optionIds
    .map((id, i) => ({
      id,
      title: optionTitle(a, id),
      score: s.scores[i]!,
      points: points(s.scores[i]!),
      rank: rankLabel(s.ranks, i),
      leader: s.ranks[i] === 1,
      winRate: s.winRates[i]!,
    }))
    .sort((x, y) => y.score - x.score);
}

/** Every break-even, most critical first (smallest change relative to the weight it alters). */
export function breakEvenRows(a: Analysis, s: AnalysisScore): BreakEvenRow[] {
  const critical = s.mostCritical;
  return [...s.breakEven]
    .sort(
      (x, y) =>
        (x.relativeChange ?? Infinity) - (y.relativeChange ?? Infinity) || Math.abs(x.delta) - Math.abs(y.delta),
    )
    .map((e) => ({
      key: `${e.leader}|${e.option}|${e.criterion}`,
      leader: optionTitle(a, e.leader),
      option: optionTitle(a, e.option),
      criterion: criterionTitle(a, e.criterion),
      change: weightPoints(e.delta),
      newWeight: percent(e.newWeight),
      critical:
        critical !== null &&
        critical.leader === e.leader &&
        critical.option === e.option &&
        critical.criterion === e.criterion,
    }));
}

/** The sweep of one criterion's weight, or null while the analysis cannot be scored. */
export function sweepOf(a: Analysis, criterionId: string, samples = 21): WeightSweep | null {
  const prepared = prepareProblem(a);
  const k = a.criteria.findIndex((c) => c.id === criterionId);
  if (!prepared.ok || k < 0) return null;
  return weightSweep(prepared.problem.table, prepared.problem.weights, k, samples);
}

const intensity: Record<number, string> = {
  1: 'equally important',
  3: 'moderately more important',
  5: 'strongly more important',
  7: 'very strongly more important',
  9: 'extremely more important',
};

/** Saaty's 1–9 scale as choices for "row vs col": matrix values from 9 (row extremely more) to 1/9 (col extremely more). */
export function saatyChoices(row: string, col: string): { value: number; label: string }[] {
  const words = (n: number) =>
    intensity[n] ?? `between ${intensity[n - 1]!.replace(' important', '')} and ${intensity[n + 1]!}`;
  return [
    ...[9, 8, 7, 6, 5, 4, 3, 2].map((n) => ({ value: n, label: `${row} ${words(n)} (${n})` })),
    { value: 1, label: 'Both equally important (1)' },
    ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: 1 / n, label: `${col} ${words(n)} (${n})` })),
  ];
}

/** Index of the choice nearest a matrix value (on a log scale, so 1/3 and 3 are equally far from 1). */
export function nearestChoice(choices: readonly { value: number }[], value: number): number {
  let best = 0;
  choices.forEach((c, i) => {
    if (Math.abs(Math.log(c.value / value)) < Math.abs(Math.log(choices[best]!.value / value))) best = i;
  });
  return best;
}
