// A record with edits not saved yet laid over it, its lifecycle following a status typed in the team's own words.
import { lifecycleOf } from '../../../electron/common/adr-file/lifecycle.ts';
import type { Decision, DecisionPatch } from '../../../electron/common/decision.ts';

export function withEdits<T extends Pick<Decision, 'status' | 'lifecycle'>>(d: T, patch: DecisionPatch | undefined): T {
  if (!patch) return d;
  // As typed (a space between two words must survive); a blank status is no status.
  const status = patch.status === undefined ? d.status : patch.status?.trim() ? patch.status : null;
  return { ...d, ...patch, status, lifecycle: patch.status === undefined ? d.lifecycle : lifecycleOf(status) };
}

/** A list row with the edits it shows laid over it; edits of the body (context, options…) are not the row's. */
export function rowWithEdits<T extends Pick<Decision, 'status' | 'lifecycle'>>(
  row: T,
  patch: DecisionPatch | undefined,
): T {
  if (!patch) return row;
  return withEdits(row, Object.fromEntries(Object.entries(patch).filter(([k]) => k in row)) as DecisionPatch);
}
