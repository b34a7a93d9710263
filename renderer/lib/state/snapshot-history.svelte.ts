// Undo/redo over whole snapshots, with quick edits of one field (typing a word) coalesced into one step.
export class SnapshotHistory<T> {
  canUndo = $state(false);
  canRedo = $state(false);
  #undo: T[] = [];
  #redo: T[] = [];
  #last: { key: string; at: number } | null = null;

  constructor(
    private readonly limit: number,
    private readonly coalesceMs: number,
  ) {}

  /** Records `before` as an undo step unless it continues the last edit of the same field. */
  record(before: T, key: string, at: number): void {
    if (!(this.#last && this.#last.key === key && at - this.#last.at < this.coalesceMs)) {
      this.#undo = [...this.#undo, before].slice(-this.limit);
    }
    this.#last = { key, at };
    this.#redo = [];
    this.#sync();
  }

  /** The snapshot to go back to from `current`, or null; `current` becomes redoable. */
  undo(current: T): T | null {
    return this.#step(this.#undo, this.#redo, current);
  }

  redo(current: T): T | null {
    return this.#step(this.#redo, this.#undo, current);
  }

  reset(): void {
    this.#undo = [];
    this.#redo = [];
    this.#last = null;
    this.#sync();
  }

  #step(from: T[], to: T[], current: T): T | null {
    const snapshot = from.pop();
    if (snapshot === undefined) return null;
    to.push(current);
    this.#last = null;
    this.#sync();
    return snapshot;
  }

  #sync(): void {
    this.canUndo = this.#undo.length > 0;
    this.canRedo = this.#redo.length > 0;
  }
}
