// Offsets, line endings and splices: the byte-level tools that let an edit touch only its own span.

export type Eol = '\n' | '\r\n';

export interface Span {
  start: number;
  end: number;
}

/** One replacement of the original text's [start, end) by `text`. */
export interface Splice extends Span {
  text: string;
}

/** The file's line ending: CRLF when most of its line breaks are CRLF. */
export function eolOf(text: string): Eol {
  // Most files hold no carriage return at all, which one native search tells.
  if (!text.includes('\r')) return '\n';
  // Counted in place: splitting the text into lines, twice, cost more than the rest of reading a record's summary.
  let all = 0;
  let crlf = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    all++;
    if (at > 0 && text.charCodeAt(at - 1) === 13) crlf++;
  }
  return all > 0 && crlf * 2 >= all ? '\r\n' : '\n';
}

/** Field values are handed out with LF line breaks, whatever the file uses. */
export function toLf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A value written back takes the file's line ending. */
export function toEol(text: string, eol: Eol): string {
  return toLf(text).replace(/\n/g, eol);
}

const blank = /[ \t\r\n\f\v]/;

/** [start, end) without surrounding whitespace; an empty span sits at `start`. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && blank.test(text[s]!)) s++;
  while (e > s && blank.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just past the line break ending the line that holds `offset` (or the text's end). */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** Applies splices to the original text; insertions at one offset land in the order given, before a replacement there. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const ordered = splices.map((s, i) => ({ ...s, i })).sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i);
  let out = text;
  let limit = text.length;
  for (const s of ordered) {
    if (s.end > limit) throw new Error('internal: overlapping edits');
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
    limit = s.start;
  }
  return out;
}

function endsWithBlankLine(before: string): boolean {
  return /(?:^|\n)[ \t]*\r?\n$/.test(before) || before === '';
}

/** A block (section, paragraph) inserted at a line start, with a blank line on either side as Markdown wants. */
export function insertBlockAt(text: string, at: number, block: string, eol: Eol): Splice {
  const before = text.slice(0, at);
  const lead = endsWithBlankLine(before) ? '' : before.endsWith('\n') ? eol : eol + eol;
  const trail = at >= text.length || /^[ \t]*\r?\n/.test(text.slice(at)) ? eol : eol + eol;
  return { start: at, end: at, text: lead + toEol(block, eol) + trail };
}
