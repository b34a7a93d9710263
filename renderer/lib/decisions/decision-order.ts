// The order records are listed in: by number, then records without one, by file name.
import type { Decision } from '../../../electron/common/decision.ts';

export function compareDecisions(a: Pick<Decision, 'id' | 'number'>, b: Pick<Decision, 'id' | 'number'>): number {
  if (a.number !== b.number) {
    if (a.number === null) return 1;
    if (b.number === null) return -1;
    return a.number - b.number;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortDecisions<T extends Pick<Decision, 'id' | 'number'>>(decisions: readonly T[]): T[] {
  return [...decisions].sort(compareDecisions);
}
