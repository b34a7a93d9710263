// Which list rows changed or went since a page last asked, so a page keeps its list by record instead of reading all
// of it again after each save or each file that git changes.
import { randomUUID } from 'node:crypto';
import type { DecisionChanges, ListPosition } from '../../common/api.ts';
import { sortDecisions } from '../../common/decision-order.ts';
import type { DecisionSummary } from '../../common/decision-summary.ts';

/** The first rows in list order (the folder's order is its file names', which is list order in most folders). */
function firstRows(rows: readonly DecisionSummary[], count: number): DecisionSummary[] {
  return sortDecisions(rows).slice(0, count);
}

export class RowChanges {
  /** A new one each time the host starts: a page's revision from an earlier host means nothing here. */
  readonly #session = randomUUID();
  #revision = 0;
  /** The rows as last seen, with the revision at which each became what it is. */
  readonly #seen = new Map<string, { row: DecisionSummary; at: number }>();
  readonly #removedAt = new Map<string, number>();
  /**
   * The complete answers given at this revision, by how many rows they hold (0: all): the same frozen answer again
   * while nothing moved, which the web host then sends without serializing 20,000 rows again.
   */
  readonly #complete = new Map<number, DecisionChanges>();
  /** The rows last noted: the same array again holds no change (the record service keeps it while nothing moved). */
  #noted: readonly DecisionSummary[] | null = null;

  /**
   * The rows `since` has not seen. `rows` are the current rows, the same object for a record that did not change, so
   * finding the changes costs a comparison per record and only changed rows are sent.
   */
  since(rows: readonly DecisionSummary[], since: ListPosition | null, first?: number): DecisionChanges {
    this.#note(rows);
    if (since?.session !== this.#session || since.revision > this.#revision) return this.#completeAnswer(rows, first);
    const after = since.revision;
    return {
      session: this.#session,
      revision: this.#revision,
      total: rows.length,
      complete: false,
      changed: rows.filter((row) => this.#seen.get(row.id)!.at > after),
      removed: [...this.#removedAt].flatMap(([id, at]) => (at > after ? [id] : [])),
    };
  }

  #completeAnswer(rows: readonly DecisionSummary[], first: number | undefined): DecisionChanges {
    const kept = this.#complete.get(first ?? 0);
    if (kept) return kept;
    const answer: DecisionChanges = {
      session: this.#session,
      revision: this.#revision,
      total: rows.length,
      complete: true,
      changed: first === undefined ? [...rows] : firstRows(rows, first),
      removed: [],
    };
    // Frozen, it can be given again as it is, and the web host knows it may keep its serialized form.
    Object.freeze(answer.changed);
    Object.freeze(answer.removed);
    this.#complete.set(first ?? 0, Object.freeze(answer));
    return answer;
  }

  #note(rows: readonly DecisionSummary[]): void {
    if (rows === this.#noted) return;
    this.#noted = rows;
    const next = this.#revision + 1;
    let moved = false;
    for (const row of rows) {
      if (this.#seen.get(row.id)?.row === row) continue;
      this.#seen.set(row.id, { row, at: next });
      this.#removedAt.delete(row.id);
      moved = true;
    }
    // Every row is seen now, so when there are as many seen as rows none went: the usual answer skips a second pass.
    if (this.#seen.size > rows.length) moved = this.#noteRemoved(rows, next) || moved;
    if (!moved) return;
    this.#revision = next;
    this.#complete.clear();
  }

  #noteRemoved(rows: readonly DecisionSummary[], at: number): boolean {
    const present = new Set(rows.map((row) => row.id));
    for (const id of this.#seen.keys()) {
      if (present.has(id)) continue;
      this.#seen.delete(id);
      this.#removedAt.set(id, at);
    }
    return true;
  }
}
