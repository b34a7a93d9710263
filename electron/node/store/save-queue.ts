// Serialises saves, coalesces bursts into one write of the latest state, and publishes the save status.
import type { SaveState } from '../../common/api.ts';

export interface SaveStatus {
  state: SaveState;
  /** Why the workspace is read-only, or what failed and what to do. */
  message?: string;
}
export type StatusListener = (status: SaveStatus) => void;

/** Holds the current status and tells subscribers of each change. */
export class StatusBox {
  #status: SaveStatus;
  readonly #listeners = new Set<StatusListener>();

  constructor(initial: SaveStatus) {
    this.#status = initial;
  }

  get current(): SaveStatus {
    return this.#status;
  }

  set(status: SaveStatus): void {
    this.#status = status;
    for (const listener of this.#listeners) listener(status);
  }

  /** Calls `listener` now with the current status and on every change (the Svelte store contract). */
  subscribe(listener: StatusListener): () => void {
    this.#listeners.add(listener);
    listener(this.#status);
    return () => this.#listeners.delete(listener);
  }
}

interface Waiters {
  promise: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
  /** What to undo if the write they share fails. */
  undo: (() => void)[];
}

function waiters(): Waiters {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject, undo: [] };
}

export class SaveQueue {
  readonly #write: () => Promise<void>;
  readonly #status: StatusBox;
  #running: Promise<void> | null = null;
  /** Everyone who asked while a write was running; they share the one write that starts next. */
  #next: Waiters | null = null;

  /** `write` must read the state to save when it is called, not when it was requested. */
  constructor(write: () => Promise<void>, status: StatusBox) {
    this.#write = write;
    this.#status = status;
  }

  /**
   * Resolves when a write that began after this call has finished; rejects with that write's error. `undo` runs if
   * that write fails, before the next write reads the state, so the next write never saves what it took back.
   */
  request(undo?: () => void): Promise<void> {
    if (!this.#running) return this.#start(undo ? [undo] : []);
    this.#next ??= waiters();
    if (undo) this.#next.undo.push(undo);
    return this.#next.promise;
  }

  /** Resolves when no write is running or queued; failures are reported through the status, not here. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running.catch(() => undefined);
  }

  #start(undo: readonly (() => void)[]): Promise<void> {
    this.#status.set({ state: 'saving' });
    const run = this.#write()
      .then(
        () => {
          if (!this.#next) this.#status.set({ state: 'saved' });
        },
        (error: unknown) => {
          for (const step of [...undo].reverse()) step();
          this.#status.set({ state: 'error', message: error instanceof Error ? error.message : String(error) });
          throw error;
        },
      )
      .finally(() => {
        this.#running = null;
        const next = this.#next;
        this.#next = null;
        if (next) this.#start(next.undo).then(next.resolve, next.reject);
      });
    this.#running = run;
    return run;
  }
}
