// The decision list's text filter over an index kept record by record: each record's text is prepared once, when it
// is added or replaced, and a keystroke that extends the query only narrows the previous matches.
import type { DecisionSummary } from '../../../electron/common/decision-summary.ts';
import { filterWords, haystackOf, passesFields, type DecisionListFilter } from './decision-list-filter.ts';

interface LastFilter {
  list: readonly DecisionSummary[];
  fields: string;
  text: string;
  result: DecisionSummary[];
}

const fieldsKey = (f: DecisionListFilter) => `${f.lifecycle}\n${f.tag}\n${f.cites}`;

export class DecisionFilterIndex {
  readonly #haystacks = new Map<string, string>();
  #last: LastFilter | null = null;

  put(d: DecisionSummary): void {
    this.#haystacks.set(d.id, haystackOf(d));
  }

  remove(id: string): void {
    this.#haystacks.delete(id);
  }

  /** The first `limit` records of `list` whose text holds every word of `query`: reads only until it has them. */
  search(list: readonly DecisionSummary[], query: string, limit: number): DecisionSummary[] {
    const words = filterWords(query);
    if (words.length === 0) return [];
    const found: DecisionSummary[] = [];
    for (const d of list) {
      const haystack = this.#haystacks.get(d.id) ?? haystackOf(d);
      if (words.every((w) => haystack.includes(w)) && found.push(d) >= limit) break;
    }
    return found;
  }

  /** The records of `list` (already in list order) passing `f`, in that order. */
  filter(list: readonly DecisionSummary[], f: DecisionListFilter): readonly DecisionSummary[] {
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
      const haystack = this.#haystacks.get(d.id) ?? haystackOf(d);
      return words.every((w) => haystack.includes(w));
    });
    this.#last = { list, fields, text: f.text, result };
    return result;
  }
}
