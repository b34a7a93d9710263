// How decisions are named on screen: ADR-0007, status words with a shape, so status never rests on colour.
import type { DecisionStatus } from '../../../electron/common/decision.ts';

export function adrLabel(number: number): string {
  return `ADR-${String(number).padStart(4, '0')}`;
}

export const statusLabels: Record<DecisionStatus, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  rejected: 'Rejected',
  deprecated: 'Deprecated',
  superseded: 'Superseded',
};

/** A shape per status, shown beside the word. */
export const statusMarks: Record<DecisionStatus, string> = {
  proposed: '○',
  accepted: '●',
  rejected: '✕',
  deprecated: '▽',
  superseded: '↷',
};

/** Comma-separated text ⇄ a list: blanks dropped, duplicates kept once. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

export function joinList(items: readonly string[]): string {
  return items.join(', ');
}
