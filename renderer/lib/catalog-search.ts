// The catalogue's search index, built in idle moments once the first screen is up rather than before it: building it
// takes a few hundred milliseconds of a slow machine's main thread, which the first screen should not wait for. A
// search asked for before the build is through finishes it first, so results are never partial.
import { SearchIndex, type SearchDoc, type SearchHit } from '../../catalog/search.ts';

/** How much of an idle period is left, as requestIdleCallback's deadline says. */
export interface IdleDeadline {
  timeRemaining(): number;
}
export type WhenIdle = (work: (deadline: IdleDeadline) => void) => void;

// A slice stops with this much of the idle period left, so the frame after it is not late.
const sliceMarginMs = 2;

const browserIdle: WhenIdle = (work) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(() => work({ timeRemaining: () => 8 }), 0);
};

export class CatalogSearch {
  readonly #index = new SearchIndex();
  readonly #docs: readonly SearchDoc[];
  readonly #whenIdle: WhenIdle;
  #added = 0;
  #building = false;

  constructor(docs: readonly SearchDoc[], whenIdle: WhenIdle = browserIdle) {
    this.#docs = docs;
    this.#whenIdle = whenIdle;
  }

  get built(): boolean {
    return this.#added === this.#docs.length;
  }

  /** Adds the entries a few at a time whenever the page is idle, until all are in. */
  buildWhenIdle(): void {
    if (this.#building || this.built) return;
    this.#building = true;
    const slice = (deadline: IdleDeadline) => {
      while (!this.built && deadline.timeRemaining() > sliceMarginMs) this.#addNext();
      if (this.built) this.#building = false;
      else this.#whenIdle(slice);
    };
    this.#whenIdle(slice);
  }

  /** Adds every entry not yet in: the search box was focused, or a search came before the idle build was done. */
  finish(): void {
    while (!this.built) this.#addNext();
  }

  search(query: string, limit?: number): SearchHit[] {
    if (!query.trim()) return [];
    this.finish();
    return this.#index.search(query, limit);
  }

  #addNext(): void {
    this.#index.add(this.#docs[this.#added]!);
    this.#added++;
  }
}
