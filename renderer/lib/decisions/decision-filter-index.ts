// The decision list's text filter over an index kept record by record: each record's text is prepared once per
// version (when first read, or ahead of time while the page is idle) and laid out beside the list, position by
// position, so a keystroke reads strings without looking anything up; a keystroke that extends the query only narrows
// the previous matches, and so does the search box's, which also reads the list only until it has enough.
import type { DecisionSummary } from '../../../electron/common/decision-summary.ts';
import { browserIdle, inIdleSlices, type WhenIdle } from '../when-idle.ts';
import { filterWords, haystackOf, passesFields, type DecisionListFilter } from './decision-list-filter.ts';

type List = readonly DecisionSummary[];

// Records prepared per step while idle: a few milliseconds' work on a slow machine.
const prepareStep = 250;

interface LastFilter {
  list: List;
  fields: string;
  text: string;
  /** Positions in `list` of the matches. */
  matches: number[];
  result: DecisionSummary[];
}

/** A search's matches (positions) among the first `scanned` records of `list`: reading stops at the limit. */
interface LastSearch {
  list: List;
  text: string;
  matches: number[];
  scanned: number;
}

const fieldsKey = (f: DecisionListFilter) => `${f.lifecycle}\n${f.tag}\n${f.cites}`;
const noFields = fieldsKey({ lifecycle: '', tag: '', cites: '', text: '' });

/** A plain loop: this runs for every record on a keystroke, where a closure per call shows. */
function holdsAll(text: string, words: readonly string[]): boolean {
  for (const w of words) if (!text.includes(w)) return false;
  return true;
}

export class DecisionFilterIndex {
  readonly #haystacks = new Map<string, string>();
  readonly #whenIdle: WhenIdle;
  /** The prepared text of each record of the last list read, at its position in that list. */
  #aligned: { list: List; texts: string[] } | null = null;
  #last: LastFilter | null = null;
  #lastSearch: LastSearch | null = null;

  constructor(whenIdle: WhenIdle = browserIdle) {
    this.#whenIdle = whenIdle;
  }

  /** A record added or replaced: its text is prepared again when next read. */
  put(d: DecisionSummary): void {
    this.#haystacks.delete(d.id);
  }

  remove(id: string): void {
    this.#haystacks.delete(id);
  }

  /**
   * Prepares the text of the records not yet prepared while the page is idle, so the list is shown first and the
   * first keystroke finds the index ready.
   */
  prepare(list: List): void {
    let at = 0;
    inIdleSlices(() => {
      for (const end = Math.min(at + prepareStep, list.length); at < end; at++) this.#haystack(list[at]!);
      if (at < list.length) return true;
      this.#textsOf(list);
      return false;
    }, this.#whenIdle);
  }

  /**
   * The first `limit` records of `list` whose text holds every word of `query`: reads only until it has them, and a
   * query typed on from the last one reads that one's matches again and the list only from where it stopped.
   */
  search(list: List, query: string, limit: number): DecisionSummary[] {
    const words = filterWords(query);
    if (words.length === 0) {
      this.#lastSearch = null;
      return [];
    }
    const texts = this.#textsOf(list);
    const last = this.#lastSearch;
    const typedOn = last !== null && last.list === list && query.startsWith(last.text);
    const matches = typedOn ? last.matches.filter((i) => holdsAll(texts[i]!, words)) : [];
    let scanned = typedOn ? last.scanned : 0;
    for (; scanned < list.length && matches.length < limit; scanned++)
      if (holdsAll(texts[scanned]!, words)) matches.push(scanned);
    this.#lastSearch = { list, text: query, matches, scanned };
    return matches.slice(0, limit).map((i) => list[i]!);
  }

  /** The records of `list` (already in list order) passing `f`, in that order. */
  filter(list: List, filter: DecisionListFilter): List {
    // Read once: the filter is usually a page's reactive state, and every read of it inside the loop below is tracked.
    const f: DecisionListFilter = {
      lifecycle: filter.lifecycle,
      tag: filter.tag,
      cites: filter.cites,
      text: filter.text,
    };
    const words = filterWords(f.text);
    const fields = fieldsKey(f);
    if (words.length === 0 && fields === noFields) {
      this.#last = null;
      return list;
    }
    const texts = this.#textsOf(list);
    const last = this.#last;
    // Typing on: every match of the longer query matched the shorter one, so only those are read again.
    const narrowing =
      last !== null && last.list === list && last.fields === fields && last.text !== '' && f.text.startsWith(last.text);
    const matches: number[] = [];
    if (narrowing) {
      for (const i of last.matches) if (holdsAll(texts[i]!, words)) matches.push(i);
    } else {
      const checkFields = fields !== noFields;
      for (let i = 0; i < list.length; i++)
        if (holdsAll(texts[i]!, words) && (!checkFields || passesFields(list[i]!, f))) matches.push(i);
    }
    const result = narrowing && matches.length === last.matches.length ? last.result : matches.map((i) => list[i]!);
    this.#last = { list, fields, text: f.text, matches, result };
    return result;
  }

  /** Each record's text at its position in `list`, laid out once per list (a save makes a new list). */
  #textsOf(list: List): string[] {
    if (this.#aligned?.list !== list) this.#aligned = { list, texts: list.map((d) => this.#haystack(d)) };
    return this.#aligned.texts;
  }

  #haystack(d: DecisionSummary): string {
    let haystack = this.#haystacks.get(d.id);
    if (haystack === undefined) this.#haystacks.set(d.id, (haystack = haystackOf(d)));
    return haystack;
  }
}
