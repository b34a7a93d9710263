// A record's headings with their source spans and the extent of each section, read with markdown-it's block parser.
import { topLevelBlocks, type Block } from '../adr-markdown/markdown-blocks.ts';
import { sectionKey } from '../adr-markdown/sections.ts';
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
  /** Root-level blocks of the body, with offsets into the whole file. */
  blocks: Block[];
  sections: Section[];
  /** Where the body (the text after any front matter) starts. */
  from: number;
}

type HeadingBlock = Extract<Block, { type: 'heading' }>;

function heading(text: string, b: HeadingBlock): Heading {
  const at = b.text === '' ? -1 : text.slice(b.start, b.end).indexOf(b.text);
  const textSpan = at === -1 ? null : { start: b.start + at, end: b.start + at + b.text.length };
  return { depth: b.depth, text: b.text, key: sectionKey(b.text), start: b.start, end: b.end, textSpan };
}

/** The outline of text[from…]; headings inside lists, quotes and code never count. */
export function readOutline(text: string, from: number): Outline {
  const shift = <T extends Span>(s: T): T => ({ ...s, start: s.start + from, end: s.end + from });
  // Most records have no front matter: their blocks are already where the text has them.
  const body = topLevelBlocks(text.slice(from));
  const blocks =
    from === 0
      ? [...body]
      : body.map((b) => (b.type === 'list' ? { ...shift(b), items: b.items.map(shift) } : shift(b)));
  const headings = blocks.filter((b): b is HeadingBlock => b.type === 'heading').map((b) => heading(text, b));
  const sections = headings.map((h, i) => {
    const next = headings[i + 1];
    const closer = headings.slice(i + 1).find((n) => n.depth <= h.depth);
    return {
      heading: h,
      own: { start: h.end, end: next ? next.start : text.length },
      all: { start: h.end, end: closer ? closer.start : text.length },
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
