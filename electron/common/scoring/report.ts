// The CLI's JSON output for `tradeoff-atlas score FILE.json`: scoring results keyed by option and criterion id.
import type { ScoreInput } from './input.ts';
import { scoreAnalysis, type AnalysisScore } from './score-analysis.ts';

export interface ScoreReport {
  scores: Record<string, number>;
  ranks: Record<string, number>;
  leaders: string[];
  contributions: Record<string, Record<string, number>>;
  breakEven: { leader: string; criterion: string; option: string; delta: number }[];
  mostCritical: { leader: string; criterion: string; option: string; delta: number } | null;
  winRates: Record<string, number>;
  /** Present when the input had AHP judgements, whose weights then replaced the criteria weights. */
  ahp?: { weights: Record<string, number>; cr: number; warning: boolean };
}

export type ReportOutcome = { ok: true; report: ScoreReport } | { ok: false; errors: string[] };

export function scoreReport(input: ScoreInput): ReportOutcome {
  const s = scoreAnalysis(input);
  return s.ok ? { ok: true, report: reportOf(s) } : s;
}

/** The report of any score, one person's or a group's. */
export function reportOf(s: AnalysisScore): ScoreReport {
  const byOption = <T>(values: readonly T[]) => Object.fromEntries(s.optionIds.map((id, i) => [id, values[i]!]));
  const brief = ({
    leader,
    criterion,
    option,
    delta,
  }: {
    leader: string;
    criterion: string;
    option: string;
    delta: number;
  }) => ({ leader, criterion, option, delta });
  const report: ScoreReport = {
    scores: byOption(s.scores),
    ranks: byOption(s.ranks),
    leaders: s.leaders,
    contributions: byOption(
      s.contributions.map((row) => Object.fromEntries(s.criterionIds.map((id, k) => [id, row[k]!]))),
    ),
    breakEven: s.breakEven.map(brief),
    mostCritical: s.mostCritical && brief(s.mostCritical),
    winRates: byOption(s.winRates),
  };
  if (s.ahp) {
    const { criteria, weights, cr, warning } = s.ahp;
    report.ahp = { weights: Object.fromEntries(criteria.map((id, i) => [id, weights[i]!])), cr, warning };
  }
  return report;
}
