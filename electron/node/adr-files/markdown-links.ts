// Markdown links with their source offsets (code and HTML comments left out), and which of them name a sibling .md file.

export interface MarkdownLink {
  /** Offset of the link's `[`; the label follows it, as written (code spans in it kept). */
  start: number;
  label: string;
  href: string;
  /** Where the href sits in the text, for rewriting it in place. */
  hrefStart: number;
  hrefEnd: number;
}

/** Blanks out `text[start, end)` except line breaks, so offsets and line numbers stay as they were. */
function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

function maskFences(text: string, chars: string[]): void {
  let fence: { char: string; length: number } | null = null;
  let from = 0;
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl + 1;
    const line = text.slice(at, end);
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === null && m && !(m[1]![0] === '`' && line.slice(m[0].length).includes('`'))) {
      fence = { char: m[1]![0]!, length: m[1]!.length };
      from = at;
    } else if (fence !== null && m && m[1]![0] === fence.char && m[1]!.length >= fence.length) {
      if (line.slice(m[0].length).trim() === '') {
        blank(chars, from, end);
        fence = null;
      }
    }
    at = end;
  }
  if (fence !== null) blank(chars, from, text.length);
}

/**
 * Inline code spans: a backtick run closed by the next run of the same length in its paragraph. Every run is listed
 * once and each length keeps a cursor, so a file full of unmatched backticks is still read in linear time.
 */
function maskCodeSpans(text: string, chars: string[]): void {
  const runs: { start: number; end: number; key: string }[] = [];
  const breaks = /\n[ \t]*\r?\n|`+/g;
  let paragraph = 0;
  for (const m of text.matchAll(breaks)) {
    if (m[0][0] !== '`') paragraph++;
    else runs.push({ start: m.index, end: m.index + m[0].length, key: `${paragraph}:${m[0].length}` });
  }
  const byKey = new Map<string, { at: number[]; next: number }>();
  runs.forEach((r, i) => {
    const same = byKey.get(r.key) ?? { at: [], next: 0 };
    same.at.push(i);
    byKey.set(r.key, same);
  });
  let maskedUntil = 0;
  runs.forEach((r, i) => {
    const same = byKey.get(r.key)!;
    while (same.next < same.at.length && same.at[same.next]! <= i) same.next++;
    if (r.start < maskedUntil || same.next >= same.at.length) return;
    const close = runs[same.at[same.next]!]!;
    blank(chars, r.start, close.end);
    maskedUntil = close.end;
  });
}

/** The text with fenced code, inline code and HTML comments blanked out: what a reader sees as prose. */
export function maskCode(text: string): string {
  // One entry per UTF-16 code unit, so offsets into the mask are offsets into the text.
  const units = text.split('');
  maskFences(text, units);
  for (const m of units.join('').matchAll(/<!--[\s\S]*?-->/g)) blank(units, m.index, m.index + m[0].length);
  maskCodeSpans(units.join(''), units);
  return units.join('');
}

const inlineLink =
  /(!?)\[((?:\\.|[^\\\]\n])*)\]\([ \t]*(<[^>\n]*>|[^)\s]+)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*\)/g;
const spaces = /[ \t]*/y;
const definition = /^ {0,3}\[((?:\\.|[^\\\]\n])+)\]:[ \t]*(<[^>\n]*>|\S+)/gm;

/** Inline links (images left out) and reference definitions, in source order, outside code and comments. */
export function markdownLinks(text: string): MarkdownLink[] {
  const prose = maskCode(text);
  const links: MarkdownLink[] = [];
  for (const m of prose.matchAll(inlineLink)) {
    if (m[1] === '!') continue;
    const open = m.index + 1 + m[2]!.length + 2;
    spaces.lastIndex = open;
    const hrefStart = open + spaces.exec(prose)![0].length;
    const label = text.slice(m.index + 1, m.index + 1 + m[2]!.length);
    links.push({ start: m.index, label, href: m[3]!, hrefStart, hrefEnd: hrefStart + m[3]!.length });
  }
  for (const m of prose.matchAll(definition)) {
    const hrefStart = m.index + m[0].length - m[2]!.length;
    const labelStart = m.index + m[0].indexOf('[') + 1;
    const label = text.slice(labelStart, labelStart + m[1]!.length);
    links.push({ start: labelStart - 1, label, href: m[2]!, hrefStart, hrefEnd: hrefStart + m[2]!.length });
  }
  return links.sort((a, b) => a.start - b.start);
}

/**
 * The file a relative link names in the same folder (`0003-x.md`, `./0003-x.md#part`, `<0003 x.md>`, percent-encoded),
 * or null for URLs, absolute paths, other folders and anything that is not a `.md` file.
 */
export function siblingTarget(href: string): string | null {
  let path = href.startsWith('<') && href.endsWith('>') ? href.slice(1, -1) : href;
  path = path.replace(/[?#].*$/, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/') || path.startsWith('\\')) return null;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A lone % is a character of the name.
  }
  path = path.replace(/^(?:\.\/)+/, '');
  return path === '' || /[\\/]/.test(path) || !/\.md$/i.test(path) ? null : path;
}

/** 1-based line of an offset, by binary search over the line starts. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
