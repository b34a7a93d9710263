// Coverage input from the catalogue and the decision log: challenges per stage, and what each decision cites.
import type { Catalog } from '../../../../catalog/index.ts';
import type { DecisionSummary } from '../../../../electron/common/decision-summary.ts';
import { isInForce } from '../../../../electron/common/review-due.ts';
import type { CitingDecision, StageChallenge } from './coverage.ts';

export function stageChallenges(catalog: Catalog): StageChallenge[] {
  const solutionOf = new Map(catalog.data.solutions.map((s) => [s.challenge, s.id]));
  return catalog.data.challenges
    .filter((c) => c.kind === 'maintainability')
    .map((c) => ({ id: c.id, title: c.title, stage: c.stage, solution: solutionOf.get(c.id) ?? null }));
}

/** Decisions still in force, each with what it cites; a superseded or rejected choice addresses nothing any more. */
export function citingDecisions(
  decisions: readonly Pick<DecisionSummary, 'id' | 'number' | 'title' | 'lifecycle' | 'citations'>[],
): CitingDecision[] {
  return decisions
    .filter((d) => isInForce(d.lifecycle))
    .map((d) => ({
      id: d.id,
      label: `${d.number === null ? '' : `ADR-${String(d.number).padStart(4, '0')} `}${d.title}`,
      citations: d.citations,
    }));
}
