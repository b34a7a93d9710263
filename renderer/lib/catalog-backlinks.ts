// Backlinks from the catalogue to decisions: which decisions cite an entry, and what one decision cites.
import { citedKeys, decisionCitations, decisionTexts, type Decision } from '../../electron/common/decision.ts';
import { sortDecisions } from './decisions/decision-order.ts';

/** Decisions citing the entry (ids compared ignoring case), by number. */
export function decisionsCiting(decisions: readonly Decision[], entryId: string): Decision[] {
  const key = entryId.toUpperCase();
  return sortDecisions(decisions.filter((d) => decisionCitations(d).includes(key)));
}

/** Every cited key with the ids of the decisions citing it, in list order. */
export function citationIndex(decisions: readonly Decision[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const d of sortDecisions(decisions)) {
    for (const key of decisionCitations(d)) index.set(key, [...(index.get(key) ?? []), d.id]);
  }
  return index;
}

/** What a record cites: its file as saved, and what is typed but not saved yet. */
export function shownCitations(d: Decision): string[] {
  return [...new Set([...decisionCitations(d), ...decisionTexts(d).flatMap(citedKeys)])];
}
