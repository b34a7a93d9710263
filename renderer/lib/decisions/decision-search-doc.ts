// Decisions as hits of the search box and the palette, found by the decisions' own index (not the catalogue's).
import type { SearchHit } from '../../../catalog/search.ts';
import type { DecisionSummary } from '../../../electron/common/decision-summary.ts';
import { recordName, statusText } from './decision-labels.ts';
import { filterWords } from './decision-list-filter.ts';

export const decisionKind = 'decision';

export function decisionHit(d: DecisionSummary, query: string): SearchHit {
  return {
    id: d.id,
    kind: decisionKind,
    title: recordName(d),
    subtitle: `Decision · ${statusText(d)}`,
    score: 0,
    terms: filterWords(query),
  };
}

/** Whether a search or palette hit is a decision rather than a catalogue entry. */
export function isDecisionHit(hit: { kind: string }): boolean {
  return hit.kind === decisionKind;
}

/**
 * The search box's and the palette's order: a decision whose title holds the whole query is what the user was
 * looking for and leads; the catalogue follows in its index's order, then the other decisions in list order. Only the
 * first `limit` are made into hits (the box shows a dozen); `total` counts them all.
 */
export function searchHits(
  catalogue: readonly SearchHit[],
  decisions: readonly DecisionSummary[],
  query: string,
  limit = Infinity,
): { hits: SearchHit[]; total: number } {
  const phrase = query.trim().toLowerCase();
  const named = (d: DecisionSummary) => phrase !== '' && d.title.toLowerCase().includes(phrase);
  const leading = decisions.filter(named);
  const hits = leading.slice(0, limit).map((d) => decisionHit(d, query));
  hits.push(...catalogue.slice(0, limit - hits.length));
  for (const d of decisions) {
    if (hits.length >= limit) break;
    if (!named(d)) hits.push(decisionHit(d, query));
  }
  return { hits, total: decisions.length + catalogue.length };
}
