// "Create decision" from an analysis: a proposed record drafted from its scores, linked both ways, or nothing at all.
import { catalog } from '../../../catalog/index.ts';
import type { Analysis } from '../../common/analysis.ts';
import { draftDecision } from '../../common/analysis-to-decision.ts';
import type { AnalysisScore } from '../../common/scoring/score-analysis.ts';
import type { Decision } from '../../common/decision.ts';
import { AppError } from '../../common/errors.ts';
import type { JudgeEntry } from '../../common/judge.ts';
import { draftTeamDecision } from '../../common/team-decision.ts';
import type { AnalysisService } from '../analyses/analysis-service.ts';
import type { RecordService } from '../decisions/record-service.ts';
import type { JudgeFiles } from '../folder/judge-files.ts';

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
  deps: {
    analyses: AnalysisService;
    decisions: RecordService;
    today: () => string;
    judges?: Pick<JudgeFiles, 'list'>;
  },
  confirmed: DecideOptions = {},
): Promise<{ decision: Decision; analysis: Analysis }> {
  const analysis = deps.analyses.get(analysisId);
  const draft = draftOf(analysis, deps.judges?.list(analysisId) ?? [], deps.today());
  if (!draft.ok)
    throw new AppError('bad-request', `The analysis cannot become a decision yet: ${draft.errors.join('; ')}`);
  refuseUnconfirmedInconsistency(draft.score, confirmed);
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
  // The record names its analysis itself, so the link survives an analysis file lost or never committed.
  const decision = await deps.decisions.createWith(analysis.title, 'proposed', patch, { analysis: analysis.id });
  try {
    const linked = await deps.analyses.linkDecision(analysis.id, decision.id);
    return { decision: await deps.decisions.get(decision.id), analysis: linked };
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
  if (judges.length === 0) return draftDecision(analysis, catalog, ids);
  const team = draftTeamDecision(
    analysis,
    judges.map((e) => e.judge),
    catalog,
    ids,
  );
  // The group's score is the one whose AHP consistency the user must confirm.
  return team.ok ? { ok: true as const, decision: team.decision, score: team.team.group } : team;
}
