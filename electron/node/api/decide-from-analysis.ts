// "Create decision" from an analysis: scores it, drafts a proposed decision, saves it and links both ways.
import { catalog } from '../../../catalog/index.ts';
import type { Analysis } from '../../common/analysis.ts';
import { draftDecision } from '../../common/analysis-to-decision.ts';
import type { Decision } from '../../common/decision.ts';
import { AppError } from '../../common/errors.ts';
import type { AnalysisService } from '../analyses/analysis-service.ts';
import type { DecisionService } from '../decisions/decision-service.ts';

export async function decideFromAnalysis(
  analysisId: string,
  services: { analyses: AnalysisService; decisions: DecisionService; today: string },
): Promise<{ decision: Decision; analysis: Analysis }> {
  const analysis = services.analyses.get(analysisId);
  // Check it can be scored before a record exists, so a failure leaves nothing half-made.
  const probe = draftDecision(analysis, catalog, { id: 'probe', number: 1, date: services.today, now: '' });
  if (!probe.ok)
    throw new AppError('bad-request', `The analysis cannot become a decision yet: ${probe.errors.join('; ')}`);
  const created = await services.decisions.create({ title: analysis.title });
  const draft = draftDecision(analysis, catalog, {
    id: created.id,
    number: created.number,
    date: created.date,
    now: created.createdAt,
  });
  if (!draft.ok) throw new AppError('bad-request', draft.errors.join('; '));
  const {
    id: _id,
    number: _number,
    createdAt: _c,
    updatedAt: _u,
    supersedes: _s,
    supersededBy: _b,
    ...content
  } = draft.decision;
  const decision = await services.decisions.update(created.id, { ...content, analysisId: analysis.id });
  return { decision, analysis: await services.analyses.linkDecision(analysis.id, decision.id) };
}
