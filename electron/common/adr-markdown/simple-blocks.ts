// The top-level blocks of a plain record (ATX headings, paragraphs, lists of paragraphs) read line by line, ten times
// faster than markdown-it. Anything else (code, quotes, HTML, tabs, setext headings, rules, reference definitions)
// is declined with null and read by markdown-it: for what it accepts, the blocks are exactly markdown-it's
// (simple-blocks.test.ts checks this on the corpora and on generated documents).
import type { Block, Span } from './markdown-blocks.ts';

type ListKind = string;

/** What a line opens, for a line indented at most three spaces; `decline` for constructs this reader leaves alone. */
type LineStart =
  | { kind: 'blank' }
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'item'; list: ListKind; contentIndent: number; first: boolean }
  | { kind: 'text' }
  | { kind: 'decline' };

const declined = /^(?:```|~~~|>|<|=+ *$|-+ *$|\[[^\]]*\]:)/;
const rule = /^([-*_])(?: *\1){2,} *$/;
const bullet = /^([-*+])( +)(?=\S)/;
const ordered = /^(\d{1,9})([.)])( +)(?=\S)/;
const emptyItem = /^(?:[-*+]|\d{1,9}[.)]) *$/;

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

// Shared results for the kinds that carry no data: a record's lines are mostly text, read without allocating.
const blankLine: LineStart = { kind: 'blank' };
const textLine: LineStart = { kind: 'text' };
const declinedLine: LineStart = { kind: 'decline' };

/** Whether a line starting with this character can open anything but a paragraph (#, markers, digits, fences, HTML…). */
function mayOpenBlock(code: number): boolean {
  // 0-9
  if (code >= 48 && code <= 57) return true;
  // # * + - < = > [ _ ` ~
  return (
    code === 35 ||
    code === 42 ||
    code === 43 ||
    code === 45 ||
    code === 60 ||
    code === 61 ||
    code === 62 ||
    code === 91 ||
    code === 95 ||
    code === 96 ||
    code === 126
  );
}

function startOf(line: string, indent: number): LineStart {
  if (indent === line.length) return blankLine;
  if (!mayOpenBlock(line.charCodeAt(indent))) return textLine;
  const rest = line.slice(indent);
  if (declined.test(rest) || rule.test(rest) || emptyItem.test(rest)) return declinedLine;
  const hashes = /^(#{1,6})(?: |$)/.exec(rest);
  if (hashes) {
    const text = rest.slice(hashes[1]!.length).trim();
    // An empty heading or a closing sequence of #s: markdown-it's rules for those are not repeated here.
    return text === '' || text.endsWith('#') ? declinedLine : { kind: 'heading', depth: hashes[1]!.length, text };
  }
  const b = bullet.exec(rest);
  const o = b ? null : ordered.exec(rest);
  const marker = b ? { list: b[1]!, width: 1, spaces: b[2]!.length, first: true } : null;
  const numbered = o ? { list: o[2]!, width: o[1]!.length + 1, spaces: o[3]!.length, first: o[1] === '1' } : null;
  const item = marker ?? numbered;
  if (!item) return textLine;
  // Five spaces after the marker start an indented code block inside the item.
  if (item.spaces > 4) return declinedLine;
  // The item's first line holds a paragraph or a nested item, so a lazy line after it continues that paragraph.
  const content = startOf(rest.slice(item.width + item.spaces), 0);
  if (content.kind === 'decline' || content.kind === 'heading') return declinedLine;
  const list = b ? `bullet${item.list}` : `ordered${item.list}`;
  return { kind: 'item', list, contentIndent: indent + item.width + item.spaces, first: item.first };
}

/** Null when the text holds anything but headings, paragraphs and lists of paragraphs. */
export function simpleBlocks(source: string): Block[] | null {
  if (/[\t\r\0]/.test(source)) return null;
  const lines = source.split('\n');
  const starts: number[] = [];
  for (let at = 0, i = 0; i < lines.length; i++) {
    starts.push(at);
    at += lines[i]!.length + 1;
  }
  const offset = (line: number) => (line < starts.length ? starts[line]! : source.length);
  // As markdown-blocks.ts: a block ends with its last character, not with the blank lines after it.
  const span = (from: number, to: number): Span => {
    const start = offset(from);
    let end = offset(to);
    while (end > start && /\s/.test(source[end - 1]!)) end--;
    return { start, end, line: from + 1 };
  };
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const indent = indentOf(line);
    if (indent === line.length) {
      i++;
      continue;
    }
    // Four spaces open an indented code block.
    if (indent > 3) return null;
    const start = startOf(line, indent);
    if (start.kind === 'decline') return null;
    if (start.kind === 'heading') {
      blocks.push({ type: 'heading', depth: start.depth, text: start.text, ...span(i, i + 1) });
      i++;
    } else if (start.kind === 'item') {
      const list = readList(lines, i, start.list);
      if (!list) return null;
      blocks.push({ type: 'list', items: list.items.map(([from, to]) => span(from, to)), ...span(i, list.end) });
      i = list.end;
    } else if (start.kind === 'text') {
      const end = paragraphEnd(lines, i);
      if (end === null) return null;
      blocks.push({ type: 'other', ...span(i, end) });
      i = end;
    }
  }
  return blocks;
}

/** The line after a paragraph starting at `from`: a blank line, or a heading or list that interrupts it. */
function paragraphEnd(lines: string[], from: number): number | null {
  let i = from + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = indentOf(line);
    if (indent === line.length) return i;
    // Deeper lines continue a paragraph whatever they hold.
    if (indent > 3) continue;
    const start = startOf(line, indent);
    if (start.kind === 'decline') return null;
    if (start.kind === 'heading') return i;
    if (start.kind === 'item') {
      // Only a list starting at 1 (or a bullet) interrupts a paragraph; other numbers continue it in markdown-it.
      if (start.first) return i;
      return null;
    }
  }
  return i;
}

/**
 * The items of a list starting at `from` (each [first line, line after]) and the line after the list. Inside items
 * only paragraphs and nested lists are accepted: then whether a shallower line continues an item lazily depends
 * only on whether the line before it is blank.
 */
function readList(lines: string[], from: number, kind: ListKind): { items: [number, number][]; end: number } | null {
  const items: [number, number][] = [];
  let i = from;
  for (;;) {
    const opener = startOf(lines[i]!, indentOf(lines[i]!));
    if (opener.kind !== 'item' || opener.list !== kind) break;
    const contentIndent = opener.contentIndent;
    const itemStart = i;
    let previousBlank = false;
    i++;
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      const indent = indentOf(line);
      if (indent === line.length) {
        previousBlank = true;
        continue;
      }
      if (indent >= contentIndent) {
        // Inside the item: four more spaces after a blank line open a code block there.
        if (previousBlank && indent >= contentIndent + 4) return null;
        const inner = startOf(line, indent);
        if (inner.kind === 'decline' || inner.kind === 'heading') return null;
        previousBlank = false;
        continue;
      }
      // Shallower than the item's content, yet deep enough to be code or a lazy line by markdown-it's own rules.
      if (indent > 3) return null;
      const start = startOf(line, indent);
      if (start.kind === 'decline') return null;
      if (start.kind === 'heading' || start.kind === 'item' || previousBlank) break;
      // A lazy continuation line of the item's paragraph.
    }
    items.push([itemStart, i]);
    if (i >= lines.length) break;
    const next = startOf(lines[i]!, indentOf(lines[i]!));
    // A shallower non-item line after a blank ends the list; so does an item of another kind or a heading.
    if (next.kind !== 'item' || next.list !== kind) break;
  }
  return { items, end: i };
}
