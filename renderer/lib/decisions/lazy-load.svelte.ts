// Something loaded from the host when first shown, and again only when what it depends on changed (a record's version).
import { localDate } from '../../../electron/common/format.ts';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class LazyLoad<T> {
  value = $state.raw<T | undefined>(undefined);
  error = $state<string | null>(null);
  loading = $state(false);
  readonly #load: () => Promise<T>;
  #key: string | null = null;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  /** Loads unless already loaded for this key; a later call's answer wins over an earlier one still under way. */
  async ensure(key: string): Promise<void> {
    if (key === this.#key) return;
    this.#key = key;
    this.loading = true;
    try {
      const value = await this.#load();
      if (this.#key !== key) return;
      this.value = value;
      this.error = null;
    } catch (e) {
      if (this.#key !== key) return;
      this.error = messageOf(e);
      this.#key = null;
    } finally {
      if (this.#key === key || this.#key === null) this.loading = false;
    }
  }
}

/** The day of a commit date as git prints it (ISO 8601) in the user's locale, or the date as given. */
export const commitDay = (date: string): string => localDate(date);
