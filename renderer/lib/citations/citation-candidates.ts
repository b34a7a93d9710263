// Autocomplete for "[@…": catalogue entries whose id or title words start with what was typed.

export interface CitationCandidate {
  id: string;
  title: string;
  kind: string;
}

/** Ids a citation can hold (see citationPattern in electron/common/decision.ts). */
export const citableKey = /^[A-Za-z]{1,3}\d{1,3}$/;

/** Catalogue notes explain the source; they are not something a decision cites. */
export function isCitable(entry: CitationCandidate): boolean {
  return citableKey.test(entry.id) && entry.kind !== 'note';
}

/** Natural order for ids: CM2 before CM10. */
function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Ranks id-prefix matches first (CM1 → CM1, CM10…), then entries with a title word starting with the
 * query; an empty query lists the first entries in catalogue order.
 */
export function citationCandidates(
  query: string,
  entries: readonly CitationCandidate[],
  limit = 8,
): CitationCandidate[] {
  const citable = entries.filter(isCitable);
  const q = query.trim().toLowerCase();
  if (!q) return citable.slice(0, limit);
  const byId = citable.filter((e) => e.id.toLowerCase().startsWith(q)).sort((a, b) => compareIds(a.id, b.id));
  const byTitle = citable.filter(
    (e) =>
      !byId.includes(e) &&
      e.title
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .some((w) => w.startsWith(q)),
  );
  return [...byId, ...byTitle].slice(0, limit).map(({ id, title, kind }) => ({ id, title, kind }));
}
