// Lint rules that make a decision speak up again: a review date that has passed, an analysis that now disagrees.
import type { Layout } from '../../common/adr-file/record-layout.ts';
import { analysisDisagreement } from '../../common/analysis-agreement.ts';
import type { Analysis } from '../../common/analysis.ts';
import { isInForce, isReviewDue } from '../../common/review-due.ts';
import type { LintedRecord, LintMessage } from './lint-record.ts';

export interface RevisitLintOptions {
  /** YYYY-MM-DD: a review date before it is due. */
  today: string;
  /** The folder's analyses, to compare with the decisions that came from them; absent, the rule is not run. */
  analyses?: readonly Analysis[];
}

/** The line a front matter key or `Key: value` line starts on, else the title's. */
function lineOfKey(r: LintedRecord, place: Layout['places']['reviewBy']): number {
  if (place?.where === 'front-matter') return r.lineOf(place.entry.lines.start);
  if (place?.where === 'bullet' || place?.where === 'inline') return r.lineOf(place.entry.value.start);
  return r.layout.title.heading ? r.lineOf(r.layout.title.heading.start) : 1;
}

export function revisitRules(r: LintedRecord, opts: RevisitLintOptions): LintMessage[] {
  const out: LintMessage[] = [];
  const warn = (line: number, rule: string, message: string) =>
    out.push({ file: r.fileName, line, severity: 'warning', rule, message });
  const { reviewBy, analysis: named } = r.record;
  const inForce = isInForce(r.record.lifecycle);
  if (isReviewDue(reviewBy, r.record.lifecycle, opts.today))
    warn(
      lineOfKey(r, r.layout.places.reviewBy),
      'review-due',
      `review date ${reviewBy} has passed (today is ${opts.today})`,
    );
  const analysis =
    opts.analyses?.find((a) => a.id === named) ??
    opts.analyses?.find((a) => named === null && a.decisionId === r.fileName);
  const disagreement = analysis && inForce ? analysisDisagreement(analysis, r.record.content.chosenOption) : null;
  if (disagreement) warn(lineOfKey(r, r.layout.places.analysis), 'analysis-disagrees', disagreement.message);
  return out;
}
