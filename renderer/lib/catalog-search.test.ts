// The catalogue's index built in idle slices: searches before it is through still see every entry.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../catalog/search.ts';
import { catalog } from './catalog-data.ts';
import { CatalogSearch } from './catalog-search.ts';
import type { IdleDeadline } from './when-idle.ts';

/** Idle periods run by hand, each allowing `budget` additions before its time is up. */
function manualIdle(budget: number) {
  const queued: ((deadline: IdleDeadline) => void)[] = [];
  return {
    whenIdle: (work: (deadline: IdleDeadline) => void) => void queued.push(work),
    runOne() {
      let left = budget;
      queued.shift()?.({ timeRemaining: () => (left-- > 0 ? 10 : 0) });
    },
    get waiting() {
      return queued.length;
    },
  };
}

describe('CatalogSearch', () => {
  it('adds entries a slice per idle period until all are in, then stops asking', () => {
    const idle = manualIdle(100);
    const search = new CatalogSearch(catalog.entries, idle.whenIdle);
    search.buildWhenIdle();
    search.buildWhenIdle();
    expect(idle.waiting).toBe(1);
    idle.runOne();
    expect(search.built).toBe(false);
    while (idle.waiting > 0) idle.runOne();
    expect(search.built).toBe(true);
  });

  it('answers as the whole index does, even asked before the idle build got far', () => {
    const idle = manualIdle(5);
    const search = new CatalogSearch(catalog.entries, idle.whenIdle);
    search.buildWhenIdle();
    idle.runOne();
    const whole = new SearchIndex(catalog.entries);
    for (const query of ['concept drift', 'LR116', 'feature store'])
      expect(search.search(query, 20)).toEqual(whole.search(query, 20));
    expect(search.built).toBe(true);
    expect(search.search('  ', 20)).toEqual([]);
  });

  it('finds nothing before the catalogue is given, and all of it after', () => {
    const idle = manualIdle(5);
    const search = new CatalogSearch(undefined, idle.whenIdle);
    search.buildWhenIdle();
    expect(search.search('concept drift', 20)).toEqual([]);
    search.use(catalog.entries);
    search.buildWhenIdle();
    while (idle.waiting > 0) idle.runOne();
    expect(search.search('concept drift', 20)).toEqual(new SearchIndex(catalog.entries).search('concept drift', 20));
  });
});
