// "Create decision" from an analysis: drafts a proposed decision from its scores and links both ways, in one save.
import { catalog } from '../../../catalog/index.ts';
import type { Analysis } from '../../common/analysis.ts';
import { draftDecision } from '../../common/analysis-to-decision.ts';
import type { Decision } from '../../common/decision.ts';
import { AppError } from '../../common/errors.ts';
import type { AnalysisService } from '../analyses/analysis-service.ts';
import type { DecisionService } from '../decisions/decision-service.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';

/**
 * The decision, its analysisId and the analysis's decisionId are one transaction: if drafting or saving fails,
 * none of them exists, in memory or on disk.
 */
export async function decideFromAnalysis(
  analysisId: string,
  deps: { store: Pick<WorkspaceStore, 'transact'>; analyses: AnalysisService; decisions: DecisionService },
): Promise<{ decision: Decision; analysis: Analysis }> {
  const analysis = deps.analyses.get(analysisId);
  return deps.store.transact((doc) => {
    const decision = deps.decisions.add(doc, analysis.title, (fresh) => {
      const ids = { id: fresh.id, number: fresh.number, date: fresh.date, now: fresh.createdAt };
      const draft = draftDecision(analysis, catalog, ids);
      if (!draft.ok)
        throw new AppError('bad-request', `The analysis cannot become a decision yet: ${draft.errors.join('; ')}`);
      return draft.decision;
    });
    return { decision, analysis: deps.analyses.linkDecision(doc, analysis.id, decision.id) };
  });
}
