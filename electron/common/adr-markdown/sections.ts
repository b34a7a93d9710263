// Splits Markdown into sections at top-level headings with a real CommonMark parser, keeping each body's source verbatim.
import { topLevelBlocks, type Block } from './markdown-blocks.ts';
import { sectionKey } from './section-key.ts';

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

type Heading = Extract<Block, { type: 'heading' }>;

/** Splits at root-level headings of depth ≤ maxDepth; headings inside lists, quotes or code never split. */
export function splitSections(source: string, maxDepth: number): Outline {
  const splits = topLevelBlocks(source).filter((b): b is Heading => b.type === 'heading' && b.depth <= maxDepth);
  const first = splits[0];
  const preamble = (first ? source.slice(0, first.start) : source).trim();
  const sections = splits.map((node, i) => {
    const next = splits[i + 1];
    return {
      depth: node.depth,
      heading: node.text,
      key: sectionKey(node.text),
      body: source.slice(node.end, next ? next.start : source.length).trim(),
      line: node.line,
    };
  });
  return { preamble, sections };
}

/** Items of the top-level lists in a snippet, bullet marker removed and continuation lines joined. */
export function listItems(source: string): string[] {
  // Most snippets hold no list at all, or a plain one-line-per-item bullet list (what every renderer writes);
  // both are read without a parse. Anything else (continuations, nesting, numbers, rules) takes the real parser.
  if (!/^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/m.test(source)) return [];
  const lines = source.trim().split(/\r?\n/);
  if (lines.every((l) => /^[-*+] \S/.test(l) && !/^(?:[-*_][ \t]*){3,}$/.test(l)))
    return lines.map((l) => l.slice(2).trim());
  return topLevelBlocks(source).flatMap((b) =>
    b.type !== 'list'
      ? []
      : b.items.map((item) =>
          source
            .slice(item.start, item.end)
            .replace(/^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]?/, '')
            .replace(/\s*\r?\n\s*/g, ' ')
            .trim(),
        ),
  );
}

/** Moves every top-level heading `by` levels deeper (capped at 6), e.g. to nest records in one document. */
export function shiftHeadings(source: string, by: number): string {
  const headings = topLevelBlocks(source).filter((b): b is Heading => b.type === 'heading');
  let out = source;
  for (const node of headings.reverse()) {
    const hashes = '#'.repeat(Math.min(6, node.depth + by));
    out = `${out.slice(0, node.start)}${hashes} ${node.text}${out.slice(node.end)}`;
  }
  return out;
}
