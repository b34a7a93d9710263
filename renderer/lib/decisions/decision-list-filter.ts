// The decision list's filters (lifecycle, tag, cited entry, text) and the choices each filter offers, over summaries.
import type { DecisionSummary } from '../../../electron/common/decision-summary.ts';
import type { Lifecycle } from '../../../electron/common/decision.ts';
import { recordLabel } from './decision-labels.ts';
import { sortDecisions } from '../../../electron/common/decision-order.ts';

/** A lifecycle, "none" for records without a status, or "" for any. */
export type LifecycleFilter = Lifecycle | 'none' | '';

export interface DecisionListFilter {
  lifecycle: LifecycleFilter;
  tag: string;
  /** A cited catalogue key, e.g. "CM12". */
  cites: string;
  text: string;
}

export const noFilter: DecisionListFilter = { lifecycle: '', tag: '', cites: '', text: '' };

/** What the text filter reads of a record: everything its row shows, in lower case. */
export function haystackOf(d: DecisionSummary): string {
  return [recordLabel(d), d.id, String(d.number ?? ''), d.title, d.status ?? '', d.date ?? '', ...d.tags]
    .join('\n')
    .toLowerCase();
}

export const filterWords = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);

/** Whether a record passes the lifecycle, tag and cited-entry filters (the text filter is the index's). */
export function passesFields(d: DecisionSummary, f: DecisionListFilter): boolean {
  return (
    (!f.lifecycle || (d.lifecycle ?? 'none') === f.lifecycle) &&
    (!f.tag || d.tags.some((t) => t.toLowerCase() === f.tag.toLowerCase())) &&
    (!f.cites || d.citations.includes(f.cites.toUpperCase()))
  );
}

/** Decisions passing every filter that is set, by number (for a few records; the list uses DecisionFilterIndex). */
export function filterDecisions(decisions: readonly DecisionSummary[], f: DecisionListFilter): DecisionSummary[] {
  const words = filterWords(f.text);
  return sortDecisions(decisions.filter((d) => passesFields(d, f) && words.every((w) => haystackOf(d).includes(w))));
}

export function isFiltered(f: DecisionListFilter): boolean {
  return Boolean(f.lifecycle || f.tag || f.cites || f.text.trim());
}
