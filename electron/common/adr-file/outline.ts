// A record's headings with their source spans and the extent of each section, read with markdown-it's block parser.
import { topLevelBlocks, type Block } from '../adr-markdown/markdown-blocks.ts';
import { sectionKey } from '../adr-markdown/section-key.ts';
import { trimSpan, type Span } from './source-text.ts';

export interface Heading extends Span {
  depth: number;
  /** Heading text as written (inline Markdown kept). */
  text: string;
  /** Lowercased, comments and extra spaces removed, for matching known sections. */
  key: string;
  /** Where `text` sits in the source; null when a multi-line setext heading hides it. */
  textSpan: Span | null;
}

export interface Section {
  heading: Heading;
  /** From the heading's end to the next heading of any depth. */
  own: Span;
  /** From the heading's end to the next heading as deep or shallower. */
  all: Span;
}

export interface Outline {
  /** Root-level blocks of the body, with offsets into the whole file (shared with the block reader's last result). */
  blocks: readonly Block[];
  sections: Section[];
  /** Where the body (the text after any front matter) starts. */
  from: number;
}

type HeadingBlock = Extract<Block, { type: 'heading' }>;

function heading(text: string, b: HeadingBlock): Heading {
  // Searched for in place: the heading's source is not cut out for it.
  const at = b.text === '' ? -1 : text.indexOf(b.text, b.start);
  const textSpan = at === -1 || at + b.text.length > b.end ? null : { start: at, end: at + b.text.length };
  return { depth: b.depth, text: b.text, key: sectionKey(b.text), start: b.start, end: b.end, textSpan };
}

/** Where the section of heading `i` ends: at the next heading as deep or shallower, or at the end of the text. */
function sectionEnd(headings: Heading[], i: number, textEnd: number): number {
  const depth = headings[i]!.depth;
  for (let j = i + 1; j < headings.length; j++) if (headings[j]!.depth <= depth) return headings[j]!.start;
  return textEnd;
}

/** The outline of text[from…]; headings inside lists, quotes and code never count. */
export function readOutline(text: string, from: number): Outline {
  const shift = <T extends Span>(s: T): T => ({ ...s, start: s.start + from, end: s.end + from });
  // Most records have no front matter: their blocks are already where the text has them.
  const body = topLevelBlocks(text.slice(from));
  const blocks =
    from === 0 ? body : body.map((b) => (b.type === 'list' ? { ...shift(b), items: b.items.map(shift) } : shift(b)));
  const headings: Heading[] = [];
  for (const b of blocks) if (b.type === 'heading') headings.push(heading(text, b));
  const sections = headings.map((h, i) => {
    const next = headings[i + 1];
    return {
      heading: h,
      own: { start: h.end, end: next ? next.start : text.length },
      all: { start: h.end, end: sectionEnd(headings, i, text.length) },
    };
  });
  return { blocks, sections, from };
}

const comment = /^<!--[\s\S]*-->$/;

/**
 * The written content of a span, trimmed. HTML comments that end it belong to what follows (MADR's
 * "<!-- This is an optional element -->" sits above the heading it describes), so they stay out.
 */
export function contentOf(text: string, outline: Outline, span: Span): Span {
  let content = trimSpan(text, span.start, span.end);
  for (;;) {
    const last = outline.blocks.findLast((b) => b.end === content.end && b.start >= content.start);
    if (!last || last.type !== 'other' || !comment.test(text.slice(last.start, last.end))) return content;
    content = trimSpan(text, content.start, last.start);
  }
}

/** Blocks lying wholly inside a span. */
export function blocksIn(outline: Outline, span: Span): Block[] {
  return outline.blocks.filter((b) => b.start >= span.start && b.end <= span.end);
}
