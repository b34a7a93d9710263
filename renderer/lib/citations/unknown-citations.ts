// Finds citations that do not resolve to a catalogue entry, with their line and column for an in-place warning.

export interface CitationProblem {
  key: string;
  /** Offset of the "[" in the text. */
  index: number;
  /** 1-based line and column, as people count them. */
  line: number;
  column: number;
  message: string;
}

/** Anything written like a citation: "[@" up to "]" with no spaces. */
const citationLike = /\[@([^\]\s]*)\]/g;
const keyShape = /^[A-Za-z]{1,3}\d{1,3}$/;

function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** Citations whose key is malformed or not in the catalogue (`isKnown` decides), in text order. */
export function citationProblems(text: string, isKnown: (key: string) => boolean): CitationProblem[] {
  const problems: CitationProblem[] = [];
  for (const match of text.matchAll(citationLike)) {
    const key = match[1] ?? '';
    const where = position(text, match.index);
    const at = where.line > 1 || text.includes('\n') ? ` — line ${where.line}` : '';
    if (!keyShape.test(key)) {
      problems.push({
        key,
        index: match.index,
        ...where,
        message: `[@${key}] is not a catalogue key such as [@CM12]${at}`,
      });
    } else if (!isKnown(key)) {
      problems.push({ key, index: match.index, ...where, message: `Unknown catalogue key [@${key}]${at}` });
    }
  }
  return problems;
}
