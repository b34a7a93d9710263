// What the decision filter and the search box read of each record: its text in lower case, made once per version of
// the record and laid out at its position in the list being read. Made in list order and only as far as a read has
// got (or idle time has reached): making all 20,000 at once held the page for 60 ms and more, so a keystroke that
// arrives first makes only the texts it reads.
import type { DecisionSummary } from '../../../electron/common/decision-summary.ts';
import { haystackOf } from './decision-list-filter.ts';

export type List = readonly DecisionSummary[];

export class DecisionTexts {
  /** By record id: kept across lists, so a list changed by one save lays out the others' texts without remaking them. */
  readonly #byId = new Map<string, string>();
  #list: List | null = null;
  /** The texts of the first records of `#list`, position by position. */
  #texts: string[] = [];

  /** A record added, replaced or removed: its text is made again when next read. */
  forget(id: string): void {
    this.#byId.delete(id);
  }

  /** Whether the texts are laid out for `list` (the last list read). */
  holds(list: List): boolean {
    return this.#list === list;
  }

  /** How many of the first records of `list` have their text laid out. */
  ready(list: List): number {
    return this.holds(list) ? this.#texts.length : 0;
  }

  /** The texts of `list`, laid out at least for the positions before `end`. */
  upTo(list: List, end: number): readonly string[] {
    if (this.#list !== list) {
      this.#list = list;
      this.#texts = [];
    }
    const texts = this.#texts;
    for (let i = texts.length; i < end && i < list.length; i++) texts.push(this.#textOf(list[i]!));
    return texts;
  }

  #textOf(d: DecisionSummary): string {
    let text = this.#byId.get(d.id);
    if (text === undefined) this.#byId.set(d.id, (text = haystackOf(d)));
    return text;
  }
}
