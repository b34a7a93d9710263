// Records by id and by number, and where a row sits in the sorted list, kept row by row beside the list: finding one
// record never walks the whole log, however many thousands it holds.
import type { DecisionSummary } from '../../../electron/common/decision-summary.ts';
import { compareDecisions } from './decision-order.ts';

/** The first position in `list` (in list order) whose row does not come before `row`: where `row` is or would go. */
export function positionOf(list: readonly DecisionSummary[], row: DecisionSummary): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareDecisions(list[mid]!, row) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class RowLookup {
  readonly #byId = new Map<string, DecisionSummary>();
  /** The rows carrying each number (one, unless two files share it), in list order. */
  readonly #byNumber = new Map<number, DecisionSummary[]>();

  byId(id: string): DecisionSummary | undefined {
    return this.#byId.get(id);
  }

  /** The first record in list order with this number. */
  byNumber(number: number): DecisionSummary | undefined {
    return this.#byNumber.get(number)?.[0];
  }

  put(row: DecisionSummary): void {
    this.remove(row.id);
    this.#byId.set(row.id, row);
    if (row.number === null) return;
    const same = this.#byNumber.get(row.number) ?? [];
    same.splice(positionOf(same, row), 0, row);
    this.#byNumber.set(row.number, same);
  }

  remove(id: string): void {
    const old = this.#byId.get(id);
    if (!old) return;
    this.#byId.delete(id);
    if (old.number === null) return;
    const rest = this.#byNumber.get(old.number)!.filter((d) => d.id !== id);
    if (rest.length > 0) this.#byNumber.set(old.number, rest);
    else this.#byNumber.delete(old.number);
  }
}
