// The CLI's JSON output for a team's `score FILE.json`: the group's report plus the group's inputs, each judge, W and the spread.
import { reportOf, type ScoreReport } from './report.ts';
import { scoreTeam } from './score-team.ts';
import type { TeamInput } from './team-input.ts';

export interface TeamReport extends ScoreReport {
  group: { ratings: Record<string, Record<string, number>>; ahp?: { weights: Record<string, number>; cr: number } };
  judges: Record<string, { scores: Record<string, number>; ranks: Record<string, number> }>;
  consensus: { kendallW: number | null };
  disagreement: Record<string, Record<string, number>>;
}

export type TeamReportOutcome = { ok: true; report: TeamReport } | { ok: false; errors: string[] };

export function teamReport(input: TeamInput): TeamReportOutcome {
  const t = scoreTeam(input);
  if (!t.ok) return t;
  const { optionIds, criterionIds } = t.group;
  const byOption = <T>(values: readonly T[]) => Object.fromEntries(optionIds.map((id, i) => [id, values[i]!]));
  const byCell = (table: readonly (readonly number[])[]) =>
    byOption(table.map((row) => Object.fromEntries(criterionIds.map((id, k) => [id, row[k]!]))));
  const base = reportOf(t.group);
  const group: TeamReport['group'] = { ratings: byCell(t.groupRatings) };
  if (base.ahp) group.ahp = { weights: base.ahp.weights, cr: base.ahp.cr };
  return {
    ok: true,
    report: {
      ...base,
      group,
      judges: Object.fromEntries(t.judges.map((j) => [j.id, { scores: byOption(j.scores), ranks: byOption(j.ranks) }])),
      consensus: { kendallW: t.kendallW },
      disagreement: byCell(t.disagreement),
    },
  };
}
