// The decision list's filters (lifecycle, tag, cited entry, text) and the choices each filter offers.
import {
  decisionCitations,
  decisionTexts,
  lifecycles,
  type Decision,
  type Lifecycle,
} from '../../../electron/common/decision.ts';
import { recordLabel } from './decision-labels.ts';
import { sortDecisions } from './decision-order.ts';

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

function haystack(d: Decision): string {
  return [
    recordLabel(d),
    d.id,
    String(d.number ?? ''),
    d.title,
    d.status ?? '',
    d.date ?? '',
    ...d.tags,
    ...d.decisionMakers,
    ...d.consulted,
    ...d.informed,
    ...decisionTexts(d),
  ]
    .join('\n')
    .toLowerCase();
}

const lifecycleMatches = (d: Decision, f: LifecycleFilter) => !f || (d.lifecycle ?? 'none') === f;

/** Decisions passing every filter that is set, by number. */
export function filterDecisions(decisions: readonly Decision[], f: DecisionListFilter): Decision[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  return sortDecisions(
    decisions
      .filter((d) => lifecycleMatches(d, f.lifecycle))
      .filter((d) => !f.tag || d.tags.some((t) => t.toLowerCase() === f.tag.toLowerCase()))
      .filter((d) => !f.cites || decisionCitations(d).includes(f.cites.toUpperCase()))
      .filter((d) => words.length === 0 || words.every((w) => haystack(d).includes(w))),
  );
}

/** The lifecycles present, in filter order with how many records each holds ("none" last). */
export function lifecyclesInUse(decisions: readonly Decision[]): [Exclude<LifecycleFilter, ''>, number][] {
  const counts = new Map<string, number>();
  for (const d of decisions) counts.set(d.lifecycle ?? 'none', (counts.get(d.lifecycle ?? 'none') ?? 0) + 1);
  return [...lifecycles, 'none' as const].filter((l) => counts.has(l)).map((l) => [l, counts.get(l)!]);
}

/** Every tag in use, once, ignoring case, alphabetically. */
export function tagsInUse(decisions: readonly Decision[]): string[] {
  const byLower = new Map<string, string>();
  for (const t of decisions.flatMap((d) => d.tags)) if (!byLower.has(t.toLowerCase())) byLower.set(t.toLowerCase(), t);
  return [...byLower.values()].sort((a, b) => a.localeCompare(b));
}

export function isFiltered(f: DecisionListFilter): boolean {
  return Boolean(f.lifecycle || f.tag || f.cites || f.text.trim());
}
