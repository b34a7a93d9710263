// The app-level undo for structural edits (removing an option, reordering…): what each change replaced.
import type { DecisionPatch } from '../../../electron/common/decision.ts';

export interface UndoEntry {
  id: string;
  label: string;
  /** The fields as they were before the change. */
  before: DecisionPatch;
}

export class UndoStack {
  /** Label of the change an undo would take back, or null. */
  last = $state<string | null>(null);
  readonly #entries: UndoEntry[] = [];

  constructor(private readonly limit = 50) {}

  push(entry: UndoEntry): void {
    this.#entries.push(entry);
    if (this.#entries.length > this.limit) this.#entries.shift();
    this.last = entry.label;
  }

  pop(): UndoEntry | undefined {
    const entry = this.#entries.pop();
    this.last = this.#entries.at(-1)?.label ?? null;
    return entry;
  }
}
