// Resolves a citation key such as CM12 to what a decision's references section prints: the entry's title and its papers.
import type { Catalog } from './catalog.ts';

export interface ResolvedCitation {
  title: string;
  papers: { id: string; title: string; year: number | string }[];
}

export function citationResolver(catalog: Catalog): (key: string) => ResolvedCitation | null {
  return (key) => {
    const entry = catalog.entry(key);
    if (!entry) return null;
    // A paper cited directly is its own reference.
    const ids = entry.kind === 'paper' ? [entry.id] : entry.papers;
    return {
      title: entry.title,
      papers: ids.flatMap((id) => {
        const r = catalog.reference.get(id);
        return r ? [{ id, title: r.title, year: r.year ?? 'n.d.' }] : [];
      }),
    };
  };
}
