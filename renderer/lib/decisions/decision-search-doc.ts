// A decision as a document of the shared search index, so the search box and the palette find decisions too.
import type { SearchDoc } from '../../../catalog/search.ts';
import type { DecisionSummary } from '../../../electron/common/decision-summary.ts';
import { recordName, statusText } from './decision-labels.ts';

export const decisionKind = 'decision';

/** What search reads of a decision is its summary: the body is fetched only when the record is opened. */
export function decisionSearchDoc(d: DecisionSummary): SearchDoc {
  return {
    id: d.id,
    kind: decisionKind,
    title: recordName(d),
    subtitle: `Decision · ${statusText(d)}`,
    text: [d.id, d.date ?? '', ...d.tags].join('\n'),
    // Cited keys, so searching "CM12" also finds the decisions that cite it.
    papers: d.citations,
  };
}

/** Whether a search or palette hit is a decision rather than a catalogue entry. */
export function isDecisionHit(hit: { kind: string }): boolean {
  return hit.kind === decisionKind;
}
