// A record with edits not saved yet laid over it, its lifecycle following a status typed in the team's own words.
import { lifecycleOf } from '../../../electron/common/adr-file/lifecycle.ts';
import type { Decision, DecisionPatch } from '../../../electron/common/decision.ts';

export function withEdits(d: Decision, patch: DecisionPatch | undefined): Decision {
  if (!patch) return d;
  // As typed (a space between two words must survive); a blank status is no status.
  const status = patch.status === undefined ? d.status : patch.status?.trim() ? patch.status : null;
  return { ...d, ...patch, status, lifecycle: patch.status === undefined ? d.lifecycle : lifecycleOf(status) };
}
