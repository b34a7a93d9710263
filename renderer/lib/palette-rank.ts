// The palette's order: what the query names first. A query that names a command ("new decision", "export") is about
// the user's work, so commands come first and the user's own records before the catalogue's entries.
export type PaletteKind = 'command' | 'record' | 'entry';

const whenNamingACommand: Record<PaletteKind, number> = { command: 0, record: 1, entry: 2 };

/**
 * Orders palette items, keeping each kind's own order (the search index's relevance). Commands always lead; records
 * rise above catalogue entries only when some command matched, otherwise relevance alone mixes them.
 */
export function rankPalette<T extends { kind: PaletteKind }>(items: readonly T[]): T[] {
  const namesCommand = items.some((i) => i.kind === 'command');
  const rank = (i: T) => (namesCommand ? whenNamingACommand[i.kind] : i.kind === 'command' ? 0 : 1);
  // Array.prototype.sort is stable: equal ranks keep their relevance order.
  return [...items].sort((a, b) => rank(a) - rank(b));
}
