// The catalogue as the hosts print it and check records against it: all of it, a count per kind, the citable keys.
import { catalog, entryKinds, kindLabels } from '../../../catalog/index.ts';

/** The whole catalogue as one JSON document (the contract in DESIGN.md). */
export const catalogJson = (): string => JSON.stringify(catalog.data, null, 2);

/** The catalogue's title and how many entries of each kind it holds, labelled in the plural. */
export function catalogSummary(): { title: string; counts: { label: string; count: number }[] } {
  return {
    title: catalog.data.meta.title,
    counts: entryKinds.map((k) => ({
      label: kindLabels[k].many,
      count: catalog.entries.filter((e) => e.kind === k).length,
    })),
  };
}

/** The keys citations may use (CM12, T6, LR101, …), upper case. */
export const catalogKeys = (): ReadonlySet<string> => new Set(catalog.entries.map((e) => e.id.toUpperCase()));
