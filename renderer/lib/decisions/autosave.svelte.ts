// Debounced autosave of decision patches: merges edits per record, sends one at a time, keeps failures for the next try.
import type { Decision, DecisionPatch } from '../../../electron/common/decision.ts';

export interface SaveStatus {
  state: 'idle' | 'saving' | 'saved' | 'error';
  message: string | null;
}

export interface AutosaveDeps {
  send: (id: string, patch: DecisionPatch) => Promise<Decision>;
  /** The stored record, with any edit made while it was in flight laid over it. */
  saved: (d: Decision) => void;
  delay: number;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class Autosave {
  status = $state<SaveStatus>({ state: 'idle', message: null });
  // Bookkeeping only: the edits are already in the reactive list; nothing renders this map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #pending = new Map<string, DecisionPatch>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #chain: Promise<void> = Promise.resolve();

  constructor(private readonly deps: AutosaveDeps) {}

  /** Unsaved fields of a record, if any. */
  /** Whether any edit has not reached the workspace yet. */
  get unsaved(): boolean {
    return this.#pending.size > 0;
  }

  pending(id: string): DecisionPatch | undefined {
    return this.#pending.get(id);
  }

  /** Queues a patch and (re)starts the pause before saving. */
  queue(id: string, patch: DecisionPatch): void {
    this.#pending.set(id, { ...this.#pending.get(id), ...patch });
    this.status = { state: 'saving', message: null };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.deps.delay);
  }

  /** Forgets unsaved edits of a record that no longer exists. */
  drop(id: string): void {
    this.#pending.delete(id);
  }

  /** Saves everything pending now, after any save already under way. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#chain = this.#chain.then(() => this.#flushNow());
    return this.#chain;
  }

  async #flushNow(): Promise<void> {
    for (const [id, patch] of [...this.#pending]) {
      this.#pending.delete(id);
      this.status = { state: 'saving', message: null };
      try {
        // A snapshot: reactive proxies cannot cross IPC.
        const saved = await this.deps.send(id, $state.snapshot(patch) as DecisionPatch);
        this.deps.saved({ ...saved, ...this.#pending.get(id) });
      } catch (e) {
        // Keep what the user wrote: the failed change stays pending and goes out with the next edit or retry.
        this.#pending.set(id, { ...patch, ...this.#pending.get(id) });
        this.status = { state: 'error', message: messageOf(e) };
        return;
      }
    }
    if (this.#pending.size === 0) this.status = { state: 'saved', message: null };
  }
}
