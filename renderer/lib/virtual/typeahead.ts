// The letters typed in quick succession into a listbox; a pause starts a new word, as in native listboxes.
export class TypeaheadBuffer {
  #typed = '';
  #last = 0;
  readonly #pauseMs: number;

  constructor(pauseMs = 600) {
    this.#pauseMs = pauseMs;
  }

  /** Whether a word is being typed: then a space is part of it ("Adopt c…"), not a key of its own. */
  typing(now = performance.now()): boolean {
    return this.#typed !== '' && now - this.#last <= this.#pauseMs;
  }

  /** Adds a printable key and returns everything typed since the last pause. */
  push(key: string, now = performance.now()): string {
    if (now - this.#last > this.#pauseMs) this.#typed = '';
    this.#last = now;
    this.#typed += key;
    return this.#typed;
  }
}

/** A single printable character typed without a command modifier; a space only within a word being typed. */
export function isTypeaheadKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  typing = false,
): boolean {
  return e.key.length === 1 && (e.key !== ' ' || typing) && !e.ctrlKey && !e.metaKey && !e.altKey;
}
