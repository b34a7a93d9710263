// What `tradeoff-atlas lint` would flag in records about to leave the app, in words the export confirmation lists.
import { decisionCitations, type Decision } from '../../../electron/common/decision.ts';
import type { DecisionSummary } from '../../../electron/common/decision-summary.ts';
import { recordName } from './decision-labels.ts';

export interface ExportProblem {
  /** The record's id, so "Fix it" can open it. */
  id: string;
  message: string;
}

type Named = Pick<Decision, 'id' | 'number' | 'title'>;

function unknownCitations(d: Named, cited: readonly string[], isKnown: (key: string) => boolean): ExportProblem[] {
  const unknown = cited.filter((key) => !isKnown(key));
  if (unknown.length === 0) return [];
  const keys = unknown.map((key) => `[@${key}]`).join(', ');
  const which = unknown.length === 1 ? 'a catalogue key that does not exist' : 'catalogue keys that do not exist';
  return [{ id: d.id, message: `${recordName(d)} cites ${keys}: ${which}.` }];
}

/** A full record: its considered options, its outcome and its citations. */
export function recordProblems(d: Decision, isKnown: (key: string) => boolean): ExportProblem[] {
  const problems: ExportProblem[] = [];
  if (d.options.length === 0) problems.push({ id: d.id, message: `${recordName(d)} has no considered options.` });
  if (d.chosenOption === null && !d.chosenText?.trim() && !d.justification.trim())
    problems.push({ id: d.id, message: `${recordName(d)} has no decision outcome: no chosen option and no reasons.` });
  return [...problems, ...unknownCitations(d, decisionCitations(d), isKnown)];
}

/** Rows of the list carry their citations but not their bodies: unknown citations are what can be checked. */
export function summaryProblems(rows: readonly DecisionSummary[], isKnown: (key: string) => boolean): ExportProblem[] {
  return rows.flatMap((row) => unknownCitations(row, row.citations, isKnown));
}
