// A save that met a newer file on disk: both versions on screen, and the user's choice written over the disk version.
import type { Api, DecisionConflict } from '../../../electron/common/api.ts';
import type { Decision, DecisionPatch } from '../../../electron/common/decision.ts';
import type { Autosave } from '../editing/autosave.svelte.ts';

export interface ConflictDeps {
  resolve: Api['resolveConflict'];
  autosave: Pick<Autosave<DecisionPatch, unknown>, 'drop' | 'retry'>;
  /** Shows the record as written. */
  put: (d: Decision) => void;
  /** Reads the list again (after keeping the disk version). */
  reload: () => Promise<void>;
  /** Takes a record deleted on disk off the list. */
  forget: (id: string) => void;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function conflictMessage(c: DecisionConflict): string {
  return c.disk === null ? `${c.id} was deleted on disk` : `${c.id} changed on disk`;
}

export class DecisionConflicts {
  /** The conflict on screen, or null (none, or the user put it aside with Esc: the edits stay pending). */
  current = $state.raw<DecisionConflict | null>(null);
  busy = $state(false);
  error = $state<string | null>(null);
  readonly #deps: ConflictDeps;

  constructor(deps: ConflictDeps) {
    this.#deps = deps;
  }

  show(conflict: DecisionConflict): void {
    this.current = conflict;
    this.error = null;
  }

  /** Closes the view; the edits stay unsaved and held until the user compares again. */
  cancel(): void {
    this.current = null;
  }

  /** Sends the held edits again: the host answers with the conflict as it is now (or saves, if the disk went back). */
  compareAgain(id: string): Promise<void> {
    this.error = null;
    return this.#deps.autosave.retry(id);
  }

  /** Discards the edits and shows the file as it is on disk (or drops a record deleted there). */
  async keepDisk(): Promise<void> {
    const c = this.current;
    if (!c) return;
    this.#deps.autosave.drop(c.id);
    this.current = null;
    if (c.disk === null) this.#deps.forget(c.id);
    else await this.#deps.reload();
  }

  /** Writes `text` over the disk version the view showed; a newer disk version still is refused, never overwritten. */
  async write(text: string): Promise<boolean> {
    const c = this.current;
    if (!c || this.busy) return false;
    this.busy = true;
    try {
      const d = await this.#deps.resolve(c.id, { text, diskVersion: c.diskVersion });
      this.#deps.autosave.drop(c.id);
      this.#deps.put(d);
      this.current = null;
      this.error = null;
      return true;
    } catch (e) {
      this.error = messageOf(e);
      return false;
    } finally {
      this.busy = false;
    }
  }
}
