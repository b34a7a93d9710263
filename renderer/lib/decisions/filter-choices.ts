// What the list's filter menus offer — the lifecycles and tags in use and the entries cited, each with how many
// records hold it — counted as rows come and go, so saving one record recounts one row, not the whole log.
import type { DecisionSummary } from '../../../electron/common/decision-summary.ts';
import { lifecycles } from '../../../electron/common/decision.ts';
import type { LifecycleFilter } from './decision-list-filter.ts';

export interface FilterChoicesView {
  /** The lifecycles present, in filter order ("none" last), with their record counts. */
  lifecycles: [Exclude<LifecycleFilter, ''>, number][];
  /** Every tag in use, once whatever its case (as first seen), alphabetically. */
  tags: string[];
  /** Each cited catalogue key with how many records cite it, in key order (CM2 before CM10). */
  cited: [string, number][];
}

const bump = <K>(counts: Map<K, number>, key: K, by: number) => {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
};

export class FilterChoices {
  readonly #lifecycles = new Map<string, number>();
  /** By the tag in lower case: how many records carry it, and how it is shown (as first seen). */
  readonly #tags = new Map<string, number>();
  readonly #tagShown = new Map<string, string>();
  readonly #cited = new Map<string, number>();

  add(row: DecisionSummary): void {
    this.#count(row, 1);
  }

  remove(row: DecisionSummary): void {
    this.#count(row, -1);
  }

  // Plain loops and no set per row: the first read of a large log counts every row at once, before the list shows.
  #count(row: DecisionSummary, by: 1 | -1): void {
    bump(this.#lifecycles, row.lifecycle ?? 'none', by);
    const lowered = row.tags.map((t) => t.toLowerCase());
    lowered.forEach((lower, i) => {
      // A tag written twice in one record, in any case, counts once.
      if (lowered.indexOf(lower) !== i) return;
      bump(this.#tags, lower, by);
      if (!this.#tags.has(lower)) this.#tagShown.delete(lower);
      else if (!this.#tagShown.has(lower)) this.#tagShown.set(lower, row.tags[i]!);
    });
    for (const key of row.citations) bump(this.#cited, key, by);
  }

  /** A fresh view for the menus: as many items as there are distinct choices, whatever the number of records. */
  view(): FilterChoicesView {
    return {
      lifecycles: [...lifecycles, 'none' as const].flatMap((l) => {
        const n = this.#lifecycles.get(l);
        return n ? [[l, n] as [Exclude<LifecycleFilter, ''>, number]] : [];
      }),
      tags: [...this.#tagShown.values()].sort((a, b) => a.localeCompare(b)),
      cited: [...this.#cited].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })),
    };
  }
}
