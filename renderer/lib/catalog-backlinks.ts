// Backlinks from the catalogue to decisions: which decisions cite an entry, and what one decision cites.
import type { DecisionSummary } from '../../electron/common/decision-summary.ts';
import { citedKeys, decisionCitations, decisionTexts, type Decision } from '../../electron/common/decision.ts';
import { sortDecisions } from '../../electron/common/decision-order.ts';

/** Decisions citing the entry (ids compared ignoring case), by number. */
export function decisionsCiting(decisions: readonly DecisionSummary[], entryId: string): DecisionSummary[] {
  const key = entryId.toUpperCase();
  return sortDecisions(decisions.filter((d) => d.citations.includes(key)));
}

/** Every cited key with the ids of the decisions citing it, in list order. */
export function citationIndex(decisions: readonly DecisionSummary[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const d of sortDecisions(decisions)) {
    for (const key of d.citations) {
      const ids = index.get(key);
      if (ids) ids.push(d.id);
      else index.set(key, [d.id]);
    }
  }
  return index;
}

/** What a record cites: its file as saved, and what is typed but not saved yet. */
export function shownCitations(d: Decision): string[] {
  return [...new Set([...decisionCitations(d), ...decisionTexts(d).flatMap(citedKeys)])];
}
