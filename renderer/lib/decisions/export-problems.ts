// The export confirmation's list: what the host's lint found in the records to export, each named as the list names it.
import type { ExportProblem } from '../../../electron/common/api.ts';
import type { DecisionSummary } from '../../../electron/common/decision-summary.ts';
import { recordName } from './decision-labels.ts';

export interface FlaggedRecord {
  /** The record's id, so "Fix it" can open it. */
  id: string;
  message: string;
}

/** "ADR-0002 Pick a database: no "## Decision Outcome" section…", or the file name for a record the list lacks. */
export function flaggedRecords(problems: readonly ExportProblem[], rows: readonly DecisionSummary[]): FlaggedRecord[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return problems.map(({ id, line, message }) => {
    const row = byId.get(id);
    return { id, message: `${row ? recordName(row) : id}: ${message} (line ${line}).` };
  });
}
