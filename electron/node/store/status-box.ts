// The save status of a workspace (saved, saving, read-only, error) and who is told of each change.

export type SaveState = 'saved' | 'saving' | 'read-only' | 'error';
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
