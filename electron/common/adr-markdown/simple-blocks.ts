// The top-level blocks of a plain record (ATX headings, paragraphs, lists of paragraphs) read line by line, ten times
// faster than markdown-it. Anything else (code, quotes, HTML, tabs, setext headings, rules, reference definitions)
// is declined with null and read by markdown-it: for what it accepts, the blocks are exactly markdown-it's
// (simple-blocks.test.ts checks this on the corpora and on generated documents).
//
// Lines are read in place, by offsets into the text and character codes: cutting each line out, and a match array
// and a result object per list item, made this reader allocate thirty times the size of the text it read, and the
// collections that followed were a third of the time of listing a folder.
import type { Block, Span } from './markdown-blocks.ts';

/** What a line opens (for a line indented at most three spaces); Decline: a construct left to markdown-it. */
const Opens = { Blank: 0, Text: 1, Heading: 2, Item: 3, Decline: 4 } as const;
type Opens = (typeof Opens)[keyof typeof Opens];

// What the last line read as an item or heading holds, read right after: one reader, one line at a time.
let itemList = 0;
let itemContentIndent = 0;
let itemFirst = false;
let headingDepth = 0;
let headingText = '';

const space = 32;
const hash = 35;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isBulletMarker = (code: number) => code === 45 || code === 42 || code === 43; // - * +

/** JavaScript's white space (what `\s` and trim() take), for one UTF-16 code unit. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// What a line can start with to open anything but a paragraph, besides digits: # * + - < = > [ _ ` ~
const blockOpeners = new Set([35, 42, 43, 45, 60, 61, 62, 91, 95, 96, 126]);
const mayOpenBlock = (code: number) => isDigit(code) || blockOpeners.has(code);

/** Where the spaces starting at `at` end. */
function skipSpaces(s: string, at: number, end: number): number {
  while (at < end && s.charCodeAt(at) === space) at++;
  return at;
}

/** Whether s[from…end] is `code` repeated (at least `min` times) and then only spaces. */
function runThenSpaces(s: string, from: number, end: number, code: number, min: number): boolean {
  let at = from;
  while (at < end && s.charCodeAt(at) === code) at++;
  return at - from >= min && skipSpaces(s, at, end) === end;
}

/** A thematic break: three or more of one of - * _, with spaces between and after. */
function isRule(s: string, from: number, end: number): boolean {
  const code = s.charCodeAt(from);
  if (code !== 45 && code !== 42 && code !== 95) return false;
  let count = 0;
  for (let at = from; at < end; at++) {
    const c = s.charCodeAt(at);
    if (c === code) count++;
    else if (c !== space) return false;
  }
  return count >= 3;
}

/** `[label]:` — a link reference definition, whose rules markdown-it keeps to itself. */
function isReferenceDefinition(s: string, from: number, end: number): boolean {
  if (s.charCodeAt(from) !== 91) return false;
  const close = s.indexOf(']', from + 1);
  return close !== -1 && close + 1 < end && s.charCodeAt(close + 1) === 58;
}

/** Fences, quotes, HTML, setext underlines, rules, reference definitions and empty list items. */
function isDeclined(s: string, from: number, end: number): boolean {
  const code = s.charCodeAt(from);
  if (code === 62 || code === 60) return true; // > <
  if (code === 96 || code === 126) return s.startsWith(code === 96 ? '```' : '~~~', from);
  if (code === 61 || code === 45) if (runThenSpaces(s, from, end, code, 1)) return true; // = and - underlines
  return isReferenceDefinition(s, from, end) || isRule(s, from, end) || isEmptyItem(s, from, end);
}

/** A list marker with nothing after it but spaces. */
function isEmptyItem(s: string, from: number, end: number): boolean {
  if (isBulletMarker(s.charCodeAt(from))) return skipSpaces(s, from + 1, end) === end;
  const digitsEnd = digitRun(s, from, end);
  if (digitsEnd === from || digitsEnd - from > 9 || !isOrderedDelimiter(s.charCodeAt(digitsEnd))) return false;
  return skipSpaces(s, digitsEnd + 1, end) === end;
}

function digitRun(s: string, from: number, end: number): number {
  let at = from;
  while (at < end && isDigit(s.charCodeAt(at))) at++;
  return at;
}

const isOrderedDelimiter = (code: number) => code === 46 || code === 41; // . )

/** The line s[from…end] opens, `from` being its first non-space character (`indent` spaces in). */
function opensAt(s: string, from: number, end: number, indent: number): Opens {
  if (from === end) return Opens.Blank;
  const code = s.charCodeAt(from);
  if (!mayOpenBlock(code)) return Opens.Text;
  if (isDeclined(s, from, end)) return Opens.Decline;
  if (code === hash) return headingAt(s, from, end);
  return itemAt(s, from, end, indent);
}

/** An ATX heading of one to six #s and a space (or nothing); its text is read by headingText. */
function headingAt(s: string, from: number, end: number): Opens {
  let at = from;
  while (at < end && s.charCodeAt(at) === hash) at++;
  const depth = at - from;
  if (depth > 6 || (at < end && s.charCodeAt(at) !== space)) return Opens.Text;
  const text = s.slice(at, end).trim();
  // An empty heading or a closing sequence of #s: markdown-it's rules for those are not repeated here.
  if (text === '' || text.endsWith('#')) return Opens.Decline;
  headingDepth = depth;
  headingText = text;
  return Opens.Heading;
}

/** A bullet or ordered list item whose first line holds a paragraph or a nested item. */
function itemAt(s: string, from: number, end: number, indent: number): Opens {
  const code = s.charCodeAt(from);
  let markerEnd: number;
  let list: number;
  let first: boolean;
  if (isBulletMarker(code)) {
    markerEnd = from + 1;
    list = code;
    first = true;
  } else {
    const digitsEnd = digitRun(s, from, end);
    if (digitsEnd === from || digitsEnd - from > 9 || !isOrderedDelimiter(s.charCodeAt(digitsEnd))) return Opens.Text;
    markerEnd = digitsEnd + 1;
    // Told apart from bullets, whose kinds are their character codes (under 128).
    list = 1000 + s.charCodeAt(digitsEnd);
    first = digitsEnd - from === 1 && code === 49;
  }
  const content = skipSpaces(s, markerEnd, end);
  // The marker needs spaces after it, and then something: markdown-it counts only spaces and tabs as blank there, so
  // a no-break space is content (the regular expression this reader used before took it for white space).
  if (content === markerEnd || content === end) return Opens.Text;
  // Five spaces after the marker start an indented code block inside the item.
  if (content - markerEnd > 4) return Opens.Decline;
  // The item's first line holds a paragraph or a nested item, so a lazy line after it continues that paragraph.
  const inner = opensAt(s, content, end, 0);
  if (inner === Opens.Decline || inner === Opens.Heading) return Opens.Decline;
  itemList = list;
  itemContentIndent = indent + (content - from);
  itemFirst = first;
  return Opens.Item;
}

/** The lines of a text: where each starts, and where it ends (before its newline). */
class Lines {
  readonly starts: number[] = [];
  constructor(readonly source: string) {
    this.starts.push(0);
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  get count(): number {
    return this.starts.length;
  }
  /** Where line `i` starts, or the text's end past its last line. */
  offset(i: number): number {
    return i < this.starts.length ? this.starts[i]! : this.source.length;
  }
  end(i: number): number {
    return i + 1 < this.starts.length ? this.starts[i + 1]! - 1 : this.source.length;
  }
  indent(i: number): number {
    return skipSpaces(this.source, this.starts[i]!, this.end(i)) - this.starts[i]!;
  }
  opens(i: number, indent = this.indent(i)): Opens {
    return opensAt(this.source, this.starts[i]! + indent, this.end(i), indent);
  }
  isBlank(i: number): boolean {
    return skipSpaces(this.source, this.starts[i]!, this.end(i)) === this.end(i);
  }
  /** As markdown-blocks.ts: a block ends with its last character, not with the blank lines after it. */
  span(from: number, to: number): Span {
    const start = this.offset(from);
    let end = this.offset(to);
    while (end > start && isSpace(this.source.charCodeAt(end - 1))) end--;
    return { start, end, line: from + 1 };
  }
}

/** Null when the text holds anything but headings, paragraphs and lists of paragraphs. */
export function simpleBlocks(source: string): Block[] | null {
  if (/[\t\r\0]/.test(source)) return null;
  const lines = new Lines(source);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.count) {
    const indent = lines.indent(i);
    if (lines.isBlank(i)) {
      i++;
      continue;
    }
    // Four spaces open an indented code block.
    if (indent > 3) return null;
    const opens = lines.opens(i, indent);
    if (opens === Opens.Decline) return null;
    if (opens === Opens.Heading) {
      const { start, end, line } = lines.span(i, i + 1);
      blocks.push({ type: 'heading', depth: headingDepth, text: headingText, start, end, line });
      i++;
    } else if (opens === Opens.Item) {
      const list = readList(lines, i, itemList);
      if (!list) return null;
      const { start, end, line } = lines.span(i, list.end);
      blocks.push({ type: 'list', items: list.items, start, end, line });
      i = list.end;
    } else {
      const after = paragraphEnd(lines, i);
      if (after === null) return null;
      const { start, end, line } = lines.span(i, after);
      blocks.push({ type: 'other', start, end, line });
      i = after;
    }
  }
  return blocks;
}

/** The line after a paragraph starting at `from`: a blank line, or a heading or list that interrupts it. */
function paragraphEnd(lines: Lines, from: number): number | null {
  let i = from + 1;
  for (; i < lines.count; i++) {
    if (lines.isBlank(i)) return i;
    const indent = lines.indent(i);
    // Deeper lines continue a paragraph whatever they hold.
    if (indent > 3) continue;
    const opens = lines.opens(i, indent);
    if (opens === Opens.Decline) return null;
    if (opens === Opens.Heading) return i;
    // Only a list starting at 1 (or a bullet) interrupts a paragraph; other numbers continue it in markdown-it.
    if (opens === Opens.Item) return itemFirst ? i : null;
  }
  return i;
}

/**
 * The items of a list starting at `from` and the line after the list. Inside items only paragraphs and nested lists
 * are accepted: then whether a shallower line continues an item lazily depends only on whether the line before it
 * is blank.
 */
function readList(lines: Lines, from: number, kind: number): { items: Span[]; end: number } | null {
  const items: Span[] = [];
  let i = from;
  for (;;) {
    if (lines.opens(i) !== Opens.Item || itemList !== kind) break;
    const contentIndent = itemContentIndent;
    const itemStart = i;
    let previousBlank = false;
    i++;
    for (; i < lines.count; i++) {
      if (lines.isBlank(i)) {
        previousBlank = true;
        continue;
      }
      const indent = lines.indent(i);
      if (indent >= contentIndent) {
        // Inside the item: four more spaces after a blank line open a code block there.
        if (previousBlank && indent >= contentIndent + 4) return null;
        const inner = lines.opens(i, indent);
        if (inner === Opens.Decline || inner === Opens.Heading) return null;
        previousBlank = false;
        continue;
      }
      // Shallower than the item's content, yet deep enough to be code or a lazy line by markdown-it's own rules.
      if (indent > 3) return null;
      const opens = lines.opens(i, indent);
      if (opens === Opens.Decline) return null;
      if (opens === Opens.Heading || opens === Opens.Item || previousBlank) break;
      // A lazy continuation line of the item's paragraph.
    }
    items.push(lines.span(itemStart, i));
    if (i >= lines.count) break;
    // A shallower non-item line after a blank ends the list; so does an item of another kind or a heading.
    if (lines.opens(i) !== Opens.Item || itemList !== kind) break;
  }
  return { items, end: i };
}
