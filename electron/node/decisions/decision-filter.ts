// Filters for the decision list: by status, tag, cited catalogue key and free text.
import { decisionCitations, decisionTexts, type Decision, type DecisionStatus } from '../../common/decision.ts';

export interface DecisionFilter {
  status?: DecisionStatus | readonly DecisionStatus[];
  /** Exact tag, ignoring case. */
  tag?: string;
  /** A catalogue key cited anywhere in the record, e.g. "CM12". */
  cites?: string;
  /** Words that must all appear (ignoring case) in the title, tags, people or any text. */
  text?: string;
}

export function matchesFilter(d: Decision, filter: DecisionFilter): boolean {
  if (filter.status !== undefined) {
    const statuses: readonly DecisionStatus[] = typeof filter.status === 'string' ? [filter.status] : filter.status;
    if (!statuses.includes(d.status)) return false;
  }
  if (filter.tag && !d.tags.some((t) => t.toLowerCase() === filter.tag!.toLowerCase())) return false;
  if (filter.cites && !decisionCitations(d).includes(filter.cites.toUpperCase())) return false;
  if (filter.text) {
    const haystack = searchableText(d);
    const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  return true;
}

function searchableText(d: Decision): string {
  return [String(d.number), d.title, ...d.tags, ...d.decisionMakers, ...d.consulted, ...d.informed, ...decisionTexts(d)]
    .join('\n')
    .toLowerCase();
}
