// A listing's records as pieces to be written one after another: consecutive records the cache kept are one piece
// of its bytes (they lie side by side in its records block, separators included), and consecutive records read now
// are one text.
import { recordSeparator, type KeptRecord, type ListingCache } from './listing-cache.ts';

export class ListingPieces {
  readonly #cache: ListingCache;
  readonly #pieces: (string | Uint8Array)[] = [];
  #run: KeptRecord | null = null;
  #texts: string[] = [];

  constructor(cache: ListingCache) {
    this.#cache = cache;
  }

  addKept(record: KeptRecord): void {
    this.#endTexts();
    // The next record of the block starts a separator's length after the last one ends.
    if (this.#run && this.#run.end + recordSeparator.length === record.start) this.#run.end = record.end;
    else {
      this.#endRun();
      this.#run = { ...record };
    }
  }

  addRead(json: string): void {
    this.#endRun();
    this.#texts.push(json);
  }

  /** The pieces, to be written with `recordSeparator` between them. */
  pieces(): (string | Uint8Array)[] {
    this.#endRun();
    this.#endTexts();
    return this.#pieces;
  }

  #endRun(): void {
    if (this.#run) this.#pieces.push(this.#cache.bytes(this.#run.start, this.#run.end));
    this.#run = null;
  }

  #endTexts(): void {
    if (this.#texts.length) this.#pieces.push(this.#texts.join(recordSeparator));
    this.#texts = [];
  }
}
