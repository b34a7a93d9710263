// Backlinks from the catalogue to decisions: which decisions cite an entry.
import { decisionCitations, type Decision } from '../../electron/common/decision.ts';

/** Decisions citing the entry (ids compared ignoring case), by number. */
export function decisionsCiting(decisions: readonly Decision[], entryId: string): Decision[] {
  const key = entryId.toUpperCase();
  return decisions.filter((d) => decisionCitations(d).includes(key)).sort((a, b) => a.number - b.number);
}

/** Every cited key with the numbers of the decisions citing it, for coverage views. */
export function citationIndex(decisions: readonly Decision[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const d of [...decisions].sort((a, b) => a.number - b.number)) {
    for (const key of decisionCitations(d)) index.set(key, [...(index.get(key) ?? []), d.number]);
  }
  return index;
}
