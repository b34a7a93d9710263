// The catalogue's search index, built in idle moments once the first screen is up rather than before it: building it
// takes a few hundred milliseconds of a slow machine's main thread, which the first screen should not wait for. A
// search asked for before the build is through finishes it first, so results are never partial.
import { SearchIndex, type SearchDoc, type SearchHit } from '../../catalog/search.ts';
import { browserIdle, inIdleSlices, type WhenIdle } from './when-idle.ts';

export class CatalogSearch {
  readonly #index = new SearchIndex();
  #docs: readonly SearchDoc[];
  readonly #whenIdle: WhenIdle;
  #added = 0;
  #building = false;

  /** `docs` may come later, through `use`: a page opened on the Decisions screen mounts before the catalogue. */
  constructor(docs: readonly SearchDoc[] = [], whenIdle: WhenIdle = browserIdle) {
    this.#docs = docs;
    this.#whenIdle = whenIdle;
  }

  /** The entries to index, once the catalogue has arrived; until then a search finds none. */
  use(docs: readonly SearchDoc[]): void {
    if (this.#added > 0) throw new Error('The search index has entries already');
    this.#docs = docs;
  }

  get built(): boolean {
    return this.#added === this.#docs.length;
  }

  /** Adds the entries a few at a time whenever the page is idle, until all are in. */
  buildWhenIdle(): void {
    if (this.#building || this.built) return;
    this.#building = true;
    inIdleSlices(() => {
      if (!this.built) this.#addNext();
      this.#building = !this.built;
      return this.#building;
    }, this.#whenIdle);
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
