// The dates the list showed, as this browser wrote them in the user's locale, kept for the next start: a fresh page
// shows its first screen without formatting a date. The first date a page formats loads ICU's locale data, about
// 50 ms of a new tab's start at any size of log. Kept per locale and browser version, so another locale, or a browser
// whose ICU may write dates otherwise, formats them anew.

/** What the dates are kept in: the page's localStorage; tests pass their own. */
export type DateStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The page's localStorage; none where reading it is refused (an opaque origin throws) or where there is none. */
export function pageStorage(): DateStore | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

const storageKey = 'atlas:shown-dates';
/** The first screen's dates are among the first shown: a few hundred hold them with room to spare. */
const keptDates = 200;

interface Kept {
  by: string;
  dates: Record<string, string>;
}

const isKept = (value: unknown, by: string): value is Kept =>
  typeof value === 'object' &&
  value !== null &&
  (value as Kept).by === by &&
  typeof (value as Kept).dates === 'object' &&
  (value as Kept).dates !== null;

export class RememberedDates {
  readonly #store: DateStore | undefined;
  readonly #by: string;
  #kept: Map<string, string> | undefined;

  /** `by` names the formatter: the locales and the browser that wrote the dates. */
  constructor(store: DateStore | undefined, by: string) {
    this.#store = store;
    this.#by = by;
  }

  /** The date as last shown, if this locale and browser showed it before. */
  get(date: string): string | undefined {
    this.#kept ??= this.#read();
    return this.#kept.get(date);
  }

  /** Keeps the first dates shown (in the order they were first shown) for the next start. */
  save(shown: Iterable<[string, string]>): void {
    const dates: Record<string, string> = {};
    let n = 0;
    for (const [date, text] of shown) {
      if (n++ === keptDates) break;
      dates[date] = text;
    }
    try {
      this.#store?.setItem(storageKey, JSON.stringify({ by: this.#by, dates } satisfies Kept));
    } catch {
      // Storage full or refused: the next start formats its dates, as the first one did.
    }
  }

  #read(): Map<string, string> {
    try {
      const kept: unknown = JSON.parse(this.#store?.getItem(storageKey) ?? 'null');
      if (!isKept(kept, this.#by)) return new Map();
      return new Map(Object.entries(kept.dates).filter((e): e is [string, string] => typeof e[1] === 'string'));
    } catch {
      return new Map();
    }
  }
}
