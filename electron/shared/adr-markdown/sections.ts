// Splits Markdown into sections at top-level headings with a real CommonMark parser, keeping each body's source verbatim.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Heading, List, RootContent } from 'mdast';

export interface Section {
  depth: number;
  /** Heading text as written (inline Markdown kept). */
  heading: string;
  /** Heading text lowercased, with HTML comments and extra spaces removed, for matching known sections. */
  key: string;
  /** Source between this heading and the next split point, trimmed. */
  body: string;
  /** 1-based line of the heading within the parsed text. */
  line: number;
}

export interface Outline {
  /** Source before the first split heading, trimmed. */
  preamble: string;
  sections: Section[];
}

function offsets(node: RootContent): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

function headingText(source: string, node: Heading): string {
  const [start, end] = offsets(node);
  const raw = source.slice(start, end);
  if (/^ {0,3}#/.test(raw)) return raw.replace(/^ {0,3}#{1,6}/, '').replace(/(^|[ \t]+)#+[ \t]*$/, '').trim();
  // Setext heading: the underline is the last line.
  return raw.split(/\r?\n/).slice(0, -1).join(' ').trim();
}

export function sectionKey(heading: string): string {
  return heading.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Splits at root-level headings of depth ≤ maxDepth; headings inside lists, quotes or code never split. */
export function splitSections(source: string, maxDepth: number): Outline {
  const tree = fromMarkdown(source);
  const splits = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth <= maxDepth);
  const first = splits[0];
  const preamble = (first ? source.slice(0, offsets(first)[0]) : source).trim();
  const sections = splits.map((node, i) => {
    const next = splits[i + 1];
    const heading = headingText(source, node);
    return {
      depth: node.depth,
      heading,
      key: sectionKey(heading),
      body: source.slice(offsets(node)[1], next ? offsets(next)[0] : source.length).trim(),
      line: node.position?.start.line ?? 1,
    };
  });
  return { preamble, sections };
}

/** Items of the top-level lists in a snippet, bullet marker removed and continuation lines joined. */
export function listItems(source: string): string[] {
  const tree = fromMarkdown(source);
  const lists = tree.children.filter((n): n is List => n.type === 'list');
  return lists.flatMap((list) =>
    list.children.map((item) => {
      const raw = source.slice(item.position?.start.offset ?? 0, item.position?.end.offset ?? 0);
      return raw.replace(/^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]?/, '').replace(/\s*\r?\n\s*/g, ' ').trim();
    }),
  );
}

/** Moves every top-level heading `by` levels deeper (capped at 6), e.g. to nest records in one document. */
export function shiftHeadings(source: string, by: number): string {
  const headings = fromMarkdown(source).children.filter((n): n is Heading => n.type === 'heading');
  let out = source;
  for (const node of headings.reverse()) {
    const [start, end] = offsets(node);
    const hashes = '#'.repeat(Math.min(6, node.depth + by));
    out = `${out.slice(0, start)}${hashes} ${headingText(source, node)}${out.slice(end)}`;
  }
  return out;
}
