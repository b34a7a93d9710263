// A decision as a document of the shared search index, so the search box and the palette find decisions too.
import type { SearchDoc } from '../../../catalog/search.ts';
import { decisionCitations, decisionTexts, type Decision } from '../../../electron/common/decision.ts';
import { recordName, statusText } from './decision-labels.ts';

export const decisionKind = 'decision';

export function decisionSearchDoc(d: Decision): SearchDoc {
  return {
    id: d.id,
    kind: decisionKind,
    title: recordName(d),
    subtitle: `Decision · ${statusText(d)}`,
    text: [d.id, ...d.tags, ...d.decisionMakers, ...decisionTexts(d)].join('\n'),
    // Cited keys, so searching "CM12" also finds the decisions that cite it.
    papers: decisionCitations(d),
  };
}

/** Whether a search or palette hit is a decision rather than a catalogue entry. */
export function isDecisionHit(hit: { kind: string }): boolean {
  return hit.kind === decisionKind;
}
