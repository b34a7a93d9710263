// Where a record sits in the list, found by binary search over its order (by number, then file name): finding one
// record by number, or where a saved one goes, never walks the whole log, however many thousands it holds.
import type { Decision } from '../../../electron/common/decision.ts';
import { compareDecisions } from '../../../electron/common/decision-order.ts';

type Ordered = Pick<Decision, 'id' | 'number'>;

/** The first position in `list` (in list order) whose row does not come before `row`: where `row` is or would go. */
export function positionOf(list: readonly Ordered[], row: Ordered): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareDecisions(list[mid]!, row) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first record in list order with this number. */
export function withNumber<T extends Ordered>(list: readonly T[], number: number): T | undefined {
  // No file name sorts before the empty one: this lands on the first record carrying the number, if any does.
  const row = list[positionOf(list, { id: '', number })];
  return row?.number === number ? row : undefined;
}
