// "Create decision" from an analysis: a proposed record drafted from its scores, linked both ways, or nothing at all.
import { catalog } from '../../../catalog/index.ts';
import type { Analysis } from '../../common/analysis.ts';
import { draftDecision } from '../../common/analysis-to-decision.ts';
import type { AnalysisScore } from '../../common/scoring/score-analysis.ts';
import type { Decision } from '../../common/decision.ts';
import { AppError } from '../../common/errors.ts';
import type { AnalysisService } from '../analyses/analysis-service.ts';
import type { RecordService } from '../decisions/record-service.ts';

/** What the user confirmed before deciding: weights from inconsistent AHP judgements (CR above 0.10). */
export interface DecideOptions {
  acceptInconsistent?: boolean;
}

/** Inconsistent AHP judgements make weights nobody meant: a decision on them needs the user's explicit yes. */
function refuseUnconfirmedInconsistency(score: AnalysisScore, options: DecideOptions): void {
  if (!score.ahp?.warning || options.acceptInconsistent) return;
  throw new AppError(
    'bad-request',
    `The AHP judgements are inconsistent (consistency ratio ${score.ahp.cr.toFixed(2)}, above 0.10): ` +
      'confirm to create the decision on these weights anyway.',
  );
}

/**
 * One unit of work over two files: the record is written first, then the analysis's link to it; when the link
 * cannot be written the new record is deleted again, so a failure leaves neither a record nor a link.
 */
export async function decideFromAnalysis(
  analysisId: string,
  deps: { analyses: AnalysisService; decisions: RecordService; today: () => string },
  confirmed: DecideOptions = {},
): Promise<{ decision: Decision; analysis: Analysis }> {
  const analysis = deps.analyses.get(analysisId);
  const draft = draftDecision(analysis, catalog, { id: '', number: 0, date: deps.today(), now: '' });
  if (!draft.ok)
    throw new AppError('bad-request', `The analysis cannot become a decision yet: ${draft.errors.join('; ')}`);
  refuseUnconfirmedInconsistency(draft.score, confirmed);
  const { options, chosenOption, context, drivers, justification, moreInformation, tags } = draft.decision;
  const patch = { options, chosenOption, context, drivers, justification, moreInformation, tags };
  // The record names its analysis itself, so the link survives an analysis file lost or never committed.
  const decision = await deps.decisions.createWith(analysis.title, 'proposed', patch, { analysis: analysis.id });
  try {
    const linked = await deps.analyses.linkDecision(analysis.id, decision.id);
    return { decision: deps.decisions.get(decision.id), analysis: linked };
  } catch (error) {
    await deps.decisions.delete(decision.id).catch(() => undefined);
    throw new AppError(
      'io',
      `The decision was not created: its link could not be saved (${String(error)}). Nothing was changed.`,
      {
        cause: error,
      },
    );
  }
}
