// The letters typed in quick succession into a listbox; a pause starts a new word, as in native listboxes.
export class TypeaheadBuffer {
  #typed = '';
  #last = 0;
  readonly #pauseMs: number;

  constructor(pauseMs = 600) {
    this.#pauseMs = pauseMs;
  }

  /** Adds a printable key and returns everything typed since the last pause. */
  push(key: string, now = performance.now()): string {
    if (now - this.#last > this.#pauseMs) this.#typed = '';
    this.#last = now;
    this.#typed += key;
    return this.#typed;
  }
}

/** A single printable character typed without a command modifier. */
export function isTypeaheadKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey;
}
