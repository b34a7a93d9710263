// A fresh read of the folder's summaries laid over the list on screen: rows whose file is unchanged stay the same
// objects (so only changed records are indexed again), rows with unsaved edits keep them, and a record deleted on disk
// stays while edits of its own wait (saving them then meets the conflict view); the rest of what vanished is gone.
import type { DecisionSummary } from '../../../electron/common/decision-summary.ts';
import type { DecisionPatch } from '../../../electron/common/decision.ts';
import { sortDecisions } from '../../../electron/common/decision-order.ts';
import { rowWithEdits } from './with-edits.ts';

const sameRow = (a: DecisionSummary, b: DecisionSummary) =>
  a.version === b.version && a.analysisId === b.analysisId && JSON.stringify(a.git) === JSON.stringify(b.git);

const withPending = (d: DecisionSummary, pending: (id: string) => DecisionPatch | undefined) => {
  const edits = pending(d.id);
  return edits ? rowWithEdits(d, edits) : d;
};

export function mergeReload(
  current: readonly DecisionSummary[],
  fresh: readonly DecisionSummary[],
  pending: (id: string) => DecisionPatch | undefined,
): { list: DecisionSummary[]; gone: DecisionSummary[] } {
  // The first read of a large log: nothing on screen to keep or to lose.
  if (current.length === 0) return { list: sortDecisions(fresh.map((d) => withPending(d, pending))), gone: [] };
  const before = new Map(current.map((d) => [d.id, d]));
  const ids = new Set(fresh.map((d) => d.id));
  const vanished = current.filter((d) => !ids.has(d.id));
  const kept = vanished.filter((d) => pending(d.id));
  const rows = fresh.map((d) => {
    const old = before.get(d.id);
    return pending(d.id) || !old || !sameRow(old, d) ? withPending(d, pending) : old;
  });
  return { list: sortDecisions([...rows, ...kept]), gone: vanished.filter((d) => !pending(d.id)) };
}
