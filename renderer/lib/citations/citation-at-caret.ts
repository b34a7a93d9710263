// Finds the citation being typed at the caret ("…[@CM1|") and puts a chosen catalogue key in its place.

export interface CitationDraft {
  /** Index of the "[" that opens the citation. */
  start: number;
  /** Index just past the key (and its "]", when already typed). */
  end: number;
  /** What has been typed of the key before the caret. */
  query: string;
}

const typedBefore = /\[@([A-Za-z0-9-]{0,40})$/;
const restAfter = /^([A-Za-z0-9-]*)(\])?/;

/** The `[@…` the caret is inside, or null when the caret is not in a citation being typed. */
export function citationAtCaret(text: string, caret: number): CitationDraft | null {
  const match = typedBefore.exec(text.slice(0, caret));
  if (!match) return null;
  const rest = restAfter.exec(text.slice(caret));
  const end = caret + (rest?.[1]?.length ?? 0) + (rest?.[2] ? 1 : 0);
  return { start: match.index, end, query: match[1] ?? '' };
}

/** Replaces the draft with `[@KEY]` and returns the new text and the caret just after it. */
export function insertCitation(text: string, draft: CitationDraft, key: string): { text: string; caret: number } {
  const citation = `[@${key}]`;
  return { text: text.slice(0, draft.start) + citation + text.slice(draft.end), caret: draft.start + citation.length };
}
