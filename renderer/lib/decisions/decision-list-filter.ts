// The decision list's filters (status, tag, cited entry, text) and the choices each filter offers.
import {
  decisionCitations,
  decisionTexts,
  type Decision,
  type DecisionStatus,
} from '../../../electron/common/decision.ts';
import { adrLabel } from './decision-labels.ts';

export interface DecisionListFilter {
  status: DecisionStatus | '';
  tag: string;
  /** A cited catalogue key, e.g. "CM12". */
  cites: string;
  text: string;
}

export const noFilter: DecisionListFilter = { status: '', tag: '', cites: '', text: '' };

function haystack(d: Decision): string {
  return [
    adrLabel(d.number),
    String(d.number),
    d.title,
    ...d.tags,
    ...d.decisionMakers,
    ...d.consulted,
    ...d.informed,
    ...decisionTexts(d),
  ]
    .join('\n')
    .toLowerCase();
}

/** Decisions passing every filter that is set, by number. */
export function filterDecisions(decisions: readonly Decision[], f: DecisionListFilter): Decision[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  return decisions
    .filter((d) => !f.status || d.status === f.status)
    .filter((d) => !f.tag || d.tags.some((t) => t.toLowerCase() === f.tag.toLowerCase()))
    .filter((d) => !f.cites || decisionCitations(d).includes(f.cites.toUpperCase()))
    .filter((d) => words.length === 0 || words.every((w) => haystack(d).includes(w)))
    .sort((a, b) => a.number - b.number);
}

/** Every tag in use, once, ignoring case, alphabetically. */
export function tagsInUse(decisions: readonly Decision[]): string[] {
  const byLower = new Map<string, string>();
  for (const t of decisions.flatMap((d) => d.tags)) if (!byLower.has(t.toLowerCase())) byLower.set(t.toLowerCase(), t);
  return [...byLower.values()].sort((a, b) => a.localeCompare(b));
}

export function isFiltered(f: DecisionListFilter): boolean {
  return Boolean(f.status || f.tag || f.cites || f.text.trim());
}
