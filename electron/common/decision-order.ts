// The order records are listed in: by number, then records without one, by file name.
import type { Decision } from './decision.ts';

export function compareDecisions(a: Pick<Decision, 'id' | 'number'>, b: Pick<Decision, 'id' | 'number'>): number {
  if (a.number !== b.number) {
    if (a.number === null) return 1;
    if (b.number === null) return -1;
    return a.number - b.number;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The records in list order; a list already in order (as the host sends it) is copied, not sorted again. */
export function sortDecisions<T extends Pick<Decision, 'id' | 'number'>>(decisions: readonly T[]): T[] {
  const copy = [...decisions];
  for (let i = 1; i < copy.length; i++)
    if (compareDecisions(copy[i - 1]!, copy[i]!) > 0) return copy.sort(compareDecisions);
  return copy;
}
