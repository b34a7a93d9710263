// "Create decision" from an analysis: a proposed record drafted from its scores, linked both ways, or nothing at all.
import { catalog } from '../../../catalog/index.ts';
import type { Analysis } from '../../common/analysis.ts';
import { draftDecision } from '../../common/analysis-to-decision.ts';
import type { Decision } from '../../common/decision.ts';
import { AppError } from '../../common/errors.ts';
import type { JudgeEntry } from '../../common/judge.ts';
import { draftTeamDecision } from '../../common/team-decision.ts';
import type { AnalysisService } from '../analyses/analysis-service.ts';
import type { RecordService } from '../decisions/record-service.ts';
import type { JudgeFiles } from '../folder/judge-files.ts';

/**
 * One unit of work over two files: the record is written first, then the analysis's link to it; when the link
 * cannot be written the new record is deleted again, so a failure leaves neither a record nor a link.
 */
export async function decideFromAnalysis(
  analysisId: string,
  deps: {
    analyses: AnalysisService;
    decisions: RecordService;
    today: () => string;
    judges?: Pick<JudgeFiles, 'list'>;
  },
): Promise<{ decision: Decision; analysis: Analysis }> {
  const analysis = deps.analyses.get(analysisId);
  const draft = draftOf(analysis, deps.judges?.list(analysisId) ?? [], deps.today());
  if (!draft.ok)
    throw new AppError('bad-request', `The analysis cannot become a decision yet: ${draft.errors.join('; ')}`);
  const { options, chosenOption, context, drivers, justification, moreInformation, tags, decisionMakers } =
    draft.decision;
  const patch = {
    options,
    chosenOption,
    context,
    drivers,
    justification,
    moreInformation,
    tags,
    ...(decisionMakers.length > 0 ? { decisionMakers } : {}),
  };
  const decision = await deps.decisions.createWith(analysis.title, 'proposed', patch);
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

/** An analysis with judges becomes the group's decision, naming the judges, W and where they disagree most. */
function draftOf(analysis: Analysis, judges: readonly JudgeEntry[], date: string) {
  const ids = { id: '', number: 0, date, now: '' };
  return judges.length > 0
    ? draftTeamDecision(
        analysis,
        judges.map((e) => e.judge),
        catalog,
        ids,
      )
    : draftDecision(analysis, catalog, ids);
}
