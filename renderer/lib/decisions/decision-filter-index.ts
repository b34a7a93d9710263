// The decision list's text filter over an index kept record by record: each record's text is prepared once per
// version (when first read, or ahead of time while the page is idle), so a keystroke reads strings without looking
// anything up, and a keystroke that extends the query only narrows the previous matches. A keystroke reads the list
// for a few milliseconds at most: what it has not reached by then (a large list whose texts are not prepared yet) is
// read in short tasks after it, and the whole answer replaces the first one, which already holds the first rows.
// The search box's reads stop once they have enough.
import { createSubscriber } from 'svelte/reactivity';
import { browserIdle, inIdleSlices, type WhenIdle } from '../when-idle.ts';
import { filterWords, passesFields, type DecisionListFilter } from './decision-list-filter.ts';
import { DecisionTexts, type List } from './decision-texts.ts';
import type { DecisionSummary } from '../../../electron/common/decision-summary.ts';

// Records prepared per step while idle: a few milliseconds' work on a slow machine.
const prepareStep = 250;
// Records read between looks at the clock.
const readStep = 256;
/** How long a keystroke reads before answering with what it found: the rest of a frame goes to drawing the rows. */
const keystrokeReadMs = 6;
/** How long each task reading the rest after a keystroke runs: a keystroke arriving meanwhile waits no longer. */
const laterReadMs = 5;

/** A filter's read of a list: the matches (positions) among the first `scanned` records. */
interface FilterRead {
  list: List;
  filter: DecisionListFilter;
  fields: string;
  words: string[];
  matches: number[];
  scanned: number;
  /** The records at `matches`: all of them once the whole list is read, the first ones found until then. */
  result: List;
}

/** A search's matches (positions) among the first `scanned` records of `list`: reading stops at the limit. */
interface LastSearch {
  list: List;
  text: string;
  matches: number[];
  scanned: number;
}

export interface FilterIndexOptions {
  whenIdle?: WhenIdle;
  /** Runs the reading left after a keystroke, soon, in a task of its own. */
  later?: (read: () => void) => void;
  now?: () => number;
}

const fieldsKey = (f: DecisionListFilter) => `${f.lifecycle}\n${f.tag}\n${f.cites}`;
const noFields = fieldsKey({ lifecycle: '', tag: '', cites: '', text: '' });

/** A plain loop: this runs for every record on a keystroke, where a closure per call shows. */
function holdsAll(text: string, words: readonly string[]): boolean {
  for (const w of words) if (!text.includes(w)) return false;
  return true;
}

/** The positions among `matches` whose text holds every word. */
function narrowed(matches: readonly number[], texts: readonly string[], words: readonly string[]): number[] {
  const kept: number[] = [];
  for (const i of matches) if (holdsAll(texts[i]!, words)) kept.push(i);
  return kept;
}

export class DecisionFilterIndex {
  readonly #texts = new DecisionTexts();
  readonly #whenIdle: WhenIdle;
  readonly #later: (read: () => void) => void;
  readonly #now: () => number;
  /** The list the idle preparation works on; an older list's preparation stops when a new one comes. */
  #preparing: List | null = null;
  #last: FilterRead | null = null;
  #reading = false;
  #lastSearch: LastSearch | null = null;
  /** Tells the lists reading the filter (a derived value) that the whole answer is in. */
  readonly #subscribe: () => void;
  #answered: () => void = () => {};

  constructor({
    whenIdle = browserIdle,
    later = (read) => setTimeout(read, 0),
    now = () => performance.now(),
  }: FilterIndexOptions = {}) {
    this.#whenIdle = whenIdle;
    this.#later = later;
    this.#now = now;
    this.#subscribe = createSubscriber((update) => {
      this.#answered = update;
      return () => (this.#answered = () => {});
    });
  }

  /** A record added or replaced: its text is prepared again when next read. */
  put(d: DecisionSummary): void {
    this.#texts.forget(d.id);
  }

  remove(id: string): void {
    this.#texts.forget(id);
  }

  /**
   * Prepares the text of the records not yet prepared while the page is idle, so the list is shown first and the
   * first keystroke finds the index ready.
   */
  prepare(list: List): void {
    this.#preparing = list;
    let started = false;
    inIdleSlices(() => {
      // A newer list stops it, whether handed here or read since by a keystroke (a save makes a new list): laying
      // out this one's texts again would undo that read's.
      if (this.#preparing !== list || (started && !this.#texts.holds(list))) return false;
      started = true;
      this.#texts.upTo(list, this.#texts.ready(list) + prepareStep);
      return this.#texts.ready(list) < list.length;
    }, this.#whenIdle);
  }

  /** Whether `answer`, which `filter` gave, holds only the first matches: the rest of the list is still being read. */
  isPartial(answer: List): boolean {
    this.#subscribe();
    const read = this.#last;
    return read !== null && read.result === answer && read.scanned < read.list.length;
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
    const last = this.#lastSearch;
    const typedOn = last !== null && last.list === list && query.startsWith(last.text);
    const texts = this.#texts.upTo(list, typedOn ? last.scanned : 0);
    const matches = typedOn ? narrowed(last.matches, texts, words) : [];
    let scanned = typedOn ? last.scanned : 0;
    while (scanned < list.length && matches.length < limit) {
      const end = Math.min(scanned + readStep, list.length);
      this.#texts.upTo(list, end);
      for (; scanned < end; scanned++) if (holdsAll(texts[scanned]!, words)) matches.push(scanned);
    }
    this.#lastSearch = { list, text: query, matches, scanned };
    return matches.slice(0, limit).map((i) => list[i]!);
  }

  /**
   * The records of `list` (already in list order) passing `f`, in that order; while the list is still being read
   * after a keystroke, the first of them (see `isPartial`).
   */
  filter(list: List, filter: DecisionListFilter): List {
    this.#subscribe();
    // Read once: the filter is usually a page's reactive state, and every read of it inside the loops is tracked.
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
    const last = this.#last;
    const sameReader = last !== null && last.list === list && last.fields === fields;
    // The same filter asked again: the list re-reading it once the whole answer is in.
    if (sameReader && last.filter.text === f.text) return last.result;
    // Typing on: every match of the longer query matched the shorter one, so only those are read again, and the
    // list from where that read stopped.
    const narrowing = sameReader && last.filter.text !== '' && f.text.startsWith(last.filter.text);
    const texts = this.#texts.upTo(list, narrowing ? last.scanned : 0);
    const matches = narrowing ? narrowed(last.matches, texts, words) : [];
    const read: FilterRead = {
      list,
      filter: f,
      fields,
      words,
      matches,
      scanned: narrowing ? last.scanned : 0,
      result: [],
    };
    this.#read(read, this.#now() + keystrokeReadMs);
    const unchanged = narrowing && read.scanned === last.scanned && matches.length === last.matches.length;
    read.result = unchanged ? last.result : this.#resultOf(read);
    this.#last = read;
    if (read.scanned < list.length) this.#readLater();
    return read.result;
  }

  /** The records at the matches; the list itself when every record matched (a word each record holds). */
  #resultOf({ list, matches }: FilterRead): List {
    return matches.length === list.length ? list : matches.map((i) => list[i]!);
  }

  /** Reads on from where `read` stopped until the list ends or the clock passes `until`. */
  #read(read: FilterRead, until: number): void {
    const { list, filter, words, matches } = read;
    const checkFields = read.fields !== noFields;
    while (read.scanned < list.length && this.#now() < until) {
      const end = Math.min(read.scanned + readStep, list.length);
      const texts = this.#texts.upTo(list, end);
      for (let i = read.scanned; i < end; i++)
        if (holdsAll(texts[i]!, words) && (!checkFields || passesFields(list[i]!, filter))) matches.push(i);
      read.scanned = end;
    }
  }

  /** Reads the rest of the last filter's list in short tasks, then hands the whole answer to the lists. */
  #readLater(): void {
    if (this.#reading) return;
    this.#reading = true;
    this.#later(() => {
      this.#reading = false;
      const read = this.#last;
      if (read === null || read.scanned === read.list.length) return;
      this.#read(read, this.#now() + laterReadMs);
      if (read.scanned < read.list.length) return this.#readLater();
      read.result = this.#resultOf(read);
      this.#answered();
    });
  }
}
