// The decision outcome's first paragraph: `Chosen option: "X", because …`, with the spans an edit replaces.
import { contentOf, type Outline, type Section } from './outline.ts';
import { toLf, type Span } from './source-text.ts';

export interface ChosenClause {
  /** From "Chosen option" to where the justification starts. */
  clause: Span;
  /** The chosen title between its quotes (or bare). */
  title: Span;
  quoted: boolean;
  /** Just past the closing quote (or the bare title). */
  afterTitle: number;
  /** Whether "because" joins the title and the justification. */
  because: boolean;
}

export interface Outcome {
  section: Section | null;
  /** The section's text before its first subsection (empty at the heading's end when none). */
  preamble: Span;
  chosen: ChosenClause | null;
  chosenTitle: string | null;
  justification: string;
  /** Where the justification is written: after the clause, or the whole preamble. */
  justificationSpan: Span;
}

const head = /^(?:<!--[\s\S]*?-->\s*)*(?:\*\*|__)?Chosen option(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*/i;
const closers: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };

function titleAt(source: string, at: number): { start: number; end: number; after: number; quoted: boolean } | null {
  const open = source[at] ?? '';
  const close = closers[open];
  if (close) {
    const m = new RegExp(`^${open}([^\\r\\n]*?)${close}(?=[ \\t]*(?:[,.;:]|because\\b|\\r?\\n|$))`, 'i').exec(
      source.slice(at),
    );
    if (m) return { start: at + 1, end: at + 1 + m[1]!.length, after: at + m[0].length, quoted: true };
  }
  const bare = /^[^,\r\n]*?(?=[ \t]*(?:,|\r?\n|$))/.exec(source.slice(at));
  return bare ? { start: at, end: at + bare[0].length, after: at + bare[0].length, quoted: false } : null;
}

export function readOutcome(text: string, outline: Outline, section: Section | null): Outcome {
  const preamble = section ? contentOf(text, outline, section.own) : { start: text.length, end: text.length };
  const at =
    preamble.start === preamble.end && section ? { start: section.own.start, end: section.own.start } : preamble;
  const source = text.slice(0, preamble.end);
  const m = head.exec(source.slice(preamble.start));
  const title = m ? titleAt(source, preamble.start + m[0].length) : null;
  if (!m || !title) {
    const justification = toLf(text.slice(preamble.start, preamble.end));
    return { section, preamble: at, chosen: null, chosenTitle: null, justification, justificationSpan: at };
  }
  const sep = /^[ \t]*[,.;]?[ \t]*(because\b[ \t]*[,:]?)?/i.exec(source.slice(title.after))!;
  let rest = title.after + sep[0].length;
  while (rest < preamble.end && /\s/.test(text[rest]!)) rest++;
  const chosen: ChosenClause = {
    clause: {
      start: preamble.start + /^(?:<!--[\s\S]*?-->\s*)*/.exec(source.slice(preamble.start))![0].length,
      end: rest,
    },
    title: { start: title.start, end: title.end },
    quoted: title.quoted,
    afterTitle: title.after,
    because: sep[1] !== undefined,
  };
  const chosenTitle = text.slice(title.start, title.end).trim();
  return {
    section,
    preamble: at,
    chosen,
    chosenTitle: chosenTitle === '' ? null : chosenTitle,
    justification: toLf(text.slice(rest, preamble.end)),
    justificationSpan: { start: rest, end: preamble.end },
  };
}
