// One undo/redo history for every editor: each step is the fields a change touched, as they were before and after.
//
// Why field patches and not whole snapshots: a decision records only its structural changes (text typed in a field
// is the field's own undo), so undoing "Removed option X" must put back the options and nothing else — a snapshot
// would also take back everything typed since. Analyses record every edit; a patch of the fields an edit touched
// undoes exactly what a snapshot would, and keeps the host's fields (decision link, timestamps) out of it. A
// patch is also what autosave sends, so an undo or a redo is an ordinary edit that saves itself.

export interface Change<P> {
  /** The record changed. */
  id: string;
  /** What happened, in words ("Removed option “Spark”"); empty when the editor does not say. */
  label: string;
  before: P;
  after: P;
}

/** What to apply to go back (undo) or forward again (redo). */
export interface Step<P> {
  id: string;
  label: string;
  patch: P;
}

export interface HistoryOptions {
  limit?: number;
  /** Changes with the same key closer together than this are one step, so typing a word undoes as one. */
  coalesceMs?: number;
  now?: () => number;
}

export const HISTORY_LIMIT = 50;
export const COALESCE_MS = 1000;

/** The fields of `keys` that differ between two versions of a record, before and after; null when none does. */
export function changedFields<T extends object, K extends keyof T>(
  before: T,
  after: T,
  keys: readonly K[],
): { before: Pick<T, K>; after: Pick<T, K> } | null {
  const changed = keys.filter((k) => before[k] !== after[k]);
  if (changed.length === 0) return null;
  const pick = (t: T) => Object.fromEntries(changed.map((k) => [k, t[k]])) as Pick<T, K>;
  return { before: pick(before), after: pick(after) };
}

export class History<P extends object> {
  /** Label of the change an undo would take back (empty when it has none), or null when there is nothing to undo. */
  undoLabel = $state<string | null>(null);
  redoLabel = $state<string | null>(null);
  readonly canUndo = $derived(this.undoLabel !== null);
  readonly canRedo = $derived(this.redoLabel !== null);
  #undo: Change<P>[] = [];
  #redo: Change<P>[] = [];
  #last: { key: string; at: number } | null = null;
  readonly #limit: number;
  readonly #coalesceMs: number;
  readonly #now: () => number;

  constructor({ limit = HISTORY_LIMIT, coalesceMs = COALESCE_MS, now = Date.now }: HistoryOptions = {}) {
    this.#limit = limit;
    this.#coalesceMs = coalesceMs;
    this.#now = now;
  }

  /** Records a change; with a `key`, it joins the previous step when that had the same key and record a moment ago. */
  record(change: Change<P>, key?: string): void {
    const at = this.#now();
    const last = this.#undo.at(-1);
    const joins =
      key !== undefined && last?.id === change.id && this.#last?.key === key && at - this.#last.at < this.#coalesceMs;
    if (joins) {
      // The earliest "before" of each field, the latest "after".
      this.#undo[this.#undo.length - 1] = {
        ...last,
        before: { ...change.before, ...last.before },
        after: { ...last.after, ...change.after },
      };
    } else {
      this.#undo = [...this.#undo, change].slice(-this.#limit);
    }
    this.#last = key === undefined ? null : { key, at };
    this.#redo = [];
    this.#sync();
  }

  /** The step back to take, or null; it becomes redoable. */
  undo(): Step<P> | null {
    const change = this.#undo.pop();
    if (!change) return null;
    this.#redo.push(change);
    return this.#moved({ id: change.id, label: change.label, patch: change.before });
  }

  redo(): Step<P> | null {
    const change = this.#redo.pop();
    if (!change) return null;
    this.#undo.push(change);
    return this.#moved({ id: change.id, label: change.label, patch: change.after });
  }

  reset(): void {
    this.#undo = [];
    this.#redo = [];
    this.#last = null;
    this.#sync();
  }

  #moved(step: Step<P>): Step<P> {
    this.#last = null;
    this.#sync();
    return step;
  }

  #sync(): void {
    this.undoLabel = this.#undo.at(-1)?.label ?? null;
    this.redoLabel = this.#redo.at(-1)?.label ?? null;
  }
}
