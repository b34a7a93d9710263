// The decision list's text filter over an index kept record by record: each record's text is prepared once per
// version (when first read, or ahead of time while the page is idle), and a keystroke that extends the query only
// narrows the previous matches.
import type { DecisionSummary } from '../../../electron/common/decision-summary.ts';
import { filterWords, haystackOf, passesFields, type DecisionListFilter } from './decision-list-filter.ts';

interface LastFilter {
  list: readonly DecisionSummary[];
  fields: string;
  text: string;
  result: DecisionSummary[];
}

// Small enough that a slice never holds up a frame on a slow machine.
const prepareSlice = 1000;

const fieldsKey = (f: DecisionListFilter) => `${f.lifecycle}\n${f.tag}\n${f.cites}`;

export class DecisionFilterIndex {
  readonly #haystacks = new Map<string, string>();
  #last: LastFilter | null = null;

  /** A record added or replaced: its text is prepared again when next read. */
  put(d: DecisionSummary): void {
    this.#haystacks.delete(d.id);
  }

  remove(id: string): void {
    this.#haystacks.delete(id);
  }

  /**
   * Prepares the text of the records not yet prepared, a slice at a time between frames, so the list is shown first
   * and the first keystroke finds the index ready.
   */
  prepare(list: readonly DecisionSummary[]): void {
    let at = 0;
    const slice = () => {
      for (const end = Math.min(at + prepareSlice, list.length); at < end; at++) this.#haystack(list[at]!);
      if (at < list.length) setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
  }

  /** The first `limit` records of `list` whose text holds every word of `query`: reads only until it has them. */
  search(list: readonly DecisionSummary[], query: string, limit: number): DecisionSummary[] {
    const words = filterWords(query);
    if (words.length === 0) return [];
    const found: DecisionSummary[] = [];
    for (const d of list) {
      const haystack = this.#haystack(d);
      if (words.every((w) => haystack.includes(w)) && found.push(d) >= limit) break;
    }
    return found;
  }

  /** The records of `list` (already in list order) passing `f`, in that order. */
  filter(list: readonly DecisionSummary[], filter: DecisionListFilter): readonly DecisionSummary[] {
    // Read once: the filter is usually a page's reactive state, and every read of it inside the loop below is tracked.
    const f: DecisionListFilter = {
      lifecycle: filter.lifecycle,
      tag: filter.tag,
      cites: filter.cites,
      text: filter.text,
    };
    const words = filterWords(f.text);
    const fields = fieldsKey(f);
    if (words.length === 0 && fields === fieldsKey({ lifecycle: '', tag: '', cites: '', text: '' })) {
      this.#last = null;
      return list;
    }
    const last = this.#last;
    // Typing on: every match of the longer query matched the shorter one, so only those are read again.
    const narrowing =
      last !== null && last.list === list && last.fields === fields && last.text !== '' && f.text.startsWith(last.text);
    const candidates = narrowing ? last.result : list;
    const result = candidates.filter((d) => {
      if (!narrowing && !passesFields(d, f)) return false;
      const haystack = this.#haystack(d);
      return words.every((w) => haystack.includes(w));
    });
    this.#last = { list, fields, text: f.text, result };
    return result;
  }

  #haystack(d: DecisionSummary): string {
    let haystack = this.#haystacks.get(d.id);
    if (haystack === undefined) this.#haystacks.set(d.id, (haystack = haystackOf(d)));
    return haystack;
  }
}
