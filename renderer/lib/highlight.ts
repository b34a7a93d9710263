// Splits text into plain and matched segments for the search terms, so results can mark what matched.
export interface Segment {
  text: string;
  match: boolean;
}

// Compiled once: a pattern over the terms themselves would be compiled anew for every query typed, and a
// Unicode-aware, case-insensitive one costs more to compile than a result row takes to draw.
const wordCharacter = /[\p{L}\p{N}]/u;

/** Marks every occurrence of a term at the start of a word (search matches prefixes), case-insensitively. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const usable = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0) return [{ text, match: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (let at = 0; at < text.length;) {
    const wordStart = at === 0 || !wordCharacter.test(text.charAt(at - 1));
    const term = wordStart ? usable.find((t) => text.slice(at, at + t.length).toLowerCase() === t) : undefined;
    if (term === undefined) {
      at++;
      continue;
    }
    if (at > last) segments.push({ text: text.slice(last, at), match: false });
    segments.push({ text: text.slice(at, at + term.length), match: true });
    last = at += term.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
