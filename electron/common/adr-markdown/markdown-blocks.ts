// The top-level blocks of a Markdown text (headings, lists, the rest) with source offsets, from markdown-it's CommonMark parser.
// markdown-it parses a record in a fraction of the time of an mdast tree, which matters when a folder holds thousands.
import MarkdownIt from 'markdown-it';
import { simpleBlocks } from './simple-blocks.ts';

export interface Span {
  start: number;
  end: number;
  /** 1-based first line. */
  line: number;
}

export type Block =
  | (Span & { type: 'heading'; depth: number; text: string })
  | (Span & { type: 'list'; items: Span[] })
  | (Span & { type: 'other' });

// Block structure is all we read (headings keep their raw inline text), so inline parsing is switched off. Made on
// first use: most records take the fast path, and a folder listed from simple records never needs it.
let parser: ReturnType<typeof MarkdownIt> | null = null;
function blockParser(): ReturnType<typeof MarkdownIt> {
  if (!parser) {
    parser = new MarkdownIt('commonmark');
    parser.core.ruler.disable(['inline', 'text_join']);
  }
  return parser;
}

function lineOffsets(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

// A text read again right after (a record opened after its summary, an edit after its reading) reuses its blocks.
// Only the last: keeping sixteen texts alive (with their blocks) until sixteen more were read made each survive the
// young generation's collections, which doubled the CPU time of reading a folder's summaries.
let last: { source: string; blocks: readonly Block[] } | null = null;

/** Root-level blocks only: a heading inside a list, quote or code block is part of that block. */
export function topLevelBlocks(source: string): readonly Block[] {
  if (last?.source === source) return last.blocks;
  const blocks = simpleBlocks(source) ?? parseBlocks(source);
  last = { source, blocks };
  return blocks;
}

/** The blocks as markdown-it's CommonMark parser reads them; exported for the fast path's equivalence tests. */
export function parseBlocks(source: string): Block[] {
  const tokens = blockParser().parse(source, {});
  const starts = lineOffsets(source);
  const offset = (line: number) => (line < starts.length ? starts[line]! : source.length);
  // A block's source ends with its last character: markdown-it's line ranges also take in trailing blank lines.
  const span = (map: [number, number]): Span => {
    const start = offset(map[0]);
    let end = offset(map[1]);
    while (end > start && /\s/.test(source[end - 1]!)) end--;
    return { start, end, line: map[0] + 1 };
  };
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.level !== 0 || !t.map || t.nesting === -1) continue;
    if (t.type === 'heading_open') {
      blocks.push({
        type: 'heading',
        depth: Number(t.tag.slice(1)),
        text: tokens[i + 1]?.content.trim() ?? '',
        ...span(t.map),
      });
    } else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      const items: Span[] = [];
      for (let j = i + 1; j < tokens.length && !(tokens[j]!.level === 0 && tokens[j]!.nesting === -1); j++) {
        const item = tokens[j]!;
        if (item.type === 'list_item_open' && item.level === 1 && item.map) items.push(span(item.map));
      }
      blocks.push({ type: 'list', items, ...span(t.map) });
    } else {
      blocks.push({ type: 'other', ...span(t.map) });
    }
  }
  return blocks;
}
