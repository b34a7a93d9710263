// A fresh read of the folder laid over the list on screen: unsaved edits stay on top, and a record deleted on disk stays
// while edits of its own wait (saving them then meets the conflict view); the rest of what vanished is gone.
import type { Decision, DecisionPatch } from '../../../electron/common/decision.ts';
import { sortDecisions } from './decision-order.ts';
import { withEdits } from './with-edits.ts';

export function mergeReload(
  current: readonly Decision[],
  fresh: readonly Decision[],
  pending: (id: string) => DecisionPatch | undefined,
): { list: Decision[]; gone: Decision[] } {
  const ids = new Set(fresh.map((d) => d.id));
  const vanished = current.filter((d) => !ids.has(d.id));
  const kept = vanished.filter((d) => pending(d.id));
  return {
    list: sortDecisions([...fresh.map((d) => withEdits(d, pending(d.id))), ...kept]),
    gone: vanished.filter((d) => !pending(d.id)),
  };
}
