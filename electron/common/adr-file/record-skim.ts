// A plain record's summary read in one pass over its lines, for listing a folder of thousands. readRecordSummary
// builds the block outline, the layout and the metadata places first; in a fresh process, compiling and collecting
// for all of that cost several times the reading itself. Only the shape `adr new` writes is read here (`# N. Title`,
// a `Date:` line, `## Status`, plain sections): anything else, and anything this pass cannot be sure of, is declined
// with null and read the general way. record-skim.test.ts checks that what it reads is readRecordSummary's result.
import { linkKind, readLinkLine } from '../adr-markdown/links.ts';
import { sectionKey } from '../adr-markdown/section-key.ts';
import { numberFromFileName } from './file-names.ts';
import { lifecycleOf } from './lifecycle.ts';
import type { RecordSummary } from './record-file.ts';
import { supersedeNumbersOf, supersedeRefs, type RecordLink, type SupersedeNumbers } from './record-links.ts';
import { roleOfKey } from './section-roles.ts';
import { trimSpan } from './source-text.ts';

/** What one line is, as far as finding headings goes; Decline: a construct that could hide or fake one. */
const Line = { Blank: 0, Text: 1, Heading: 2, Decline: 3 } as const;
type Line = (typeof Line)[keyof typeof Line];

/** Where the line being read stands: under the title, in the status section, or anywhere after. */
const Part = { Intro: 0, Status: 1, Body: 2 } as const;
type Part = (typeof Part)[keyof typeof Part];

// What the last line read as a heading holds, read right after: one reader, one line at a time.
let headingDepth = 0;
let headingKey = '';

const space = 32;
const hash = 35;
const isDigit = (code: number) => code >= 48 && code <= 57;

// Characters that may open a block other than a paragraph (or indent one): space # * + - < = > _ ` ~ and digits.
const blockOpeners = new Set([32, 35, 42, 43, 45, 60, 61, 62, 95, 96, 126]);

/** A line that opens, or may hide, something other than a paragraph or a heading at its start. */
function kindOf(text: string, start: number, end: number): Line {
  if (start === end) return Line.Blank;
  const first = text.charCodeAt(start);
  if (first === hash) return headingAt(text, start, end);
  if (!isDigit(first) && !blockOpeners.has(first)) return Line.Text;
  let at = start;
  while (at < end && text.charCodeAt(at) === space) at++;
  if (at === end) return Line.Blank;
  // Four spaces may open indented code; fewer before a # still make a heading. Neither is a plain record's.
  if (at - start > 3 || isRuleOrUnderline(text, at, end)) return Line.Decline;
  // A list item may hold a heading, a quote, HTML or a fence: whatever its markers are followed by is looked at.
  for (let after = afterListMarker(text, at, end); after !== -1; after = afterListMarker(text, at, end)) at = after;
  return opensBlock(text, at, end) ? Line.Decline : Line.Text;
}

/**
 * `#{1,6} text`; anything else starting with # is not left to this reader. Where the key may be status or links,
 * an empty heading or closing #s (whose rules markdown-it keeps) are declined too.
 */
function headingAt(text: string, start: number, end: number): Line {
  let at = start;
  while (at < end && text.charCodeAt(at) === hash) at++;
  if (at - start > 6 || at === end || text.charCodeAt(at) !== space) return Line.Decline;
  headingDepth = at - start;
  // Most headings start with a letter or digit that neither "status" nor "links" starts with: their key is never
  // asked for, so it is neither cut out nor lowercased.
  if (isOtherKeyStart(text.charCodeAt(at + 1))) {
    headingKey = '';
    return Line.Heading;
  }
  const written = text.slice(at + 1, end).trim();
  if (written === '' || written.endsWith('#')) return Line.Decline;
  headingKey = sectionKey(written);
  return Line.Heading;
}

/** An ASCII letter or digit that no heading key this reader looks for (status, links) can start with. */
function isOtherKeyStart(code: number): boolean {
  const lower = code | 32;
  if (lower >= 97 && lower <= 122) return lower !== 115 && lower !== 108; // s, l
  return isDigit(code);
}

/** Only - = * _ and spaces: a thematic break, a setext underline, an empty item, or close enough to one. */
function isRuleOrUnderline(text: string, from: number, end: number): boolean {
  for (let at = from; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c !== 45 && c !== 61 && c !== 42 && c !== 95 && c !== space) return false;
  }
  return true;
}

/** Past a bullet (- * +) or ordered marker (1. 1)) and the spaces after it, or -1 when the line holds none there. */
function afterListMarker(text: string, from: number, end: number): number {
  let at = from;
  const c = text.charCodeAt(at);
  if (c === 45 || c === 42 || c === 43) at++;
  else {
    while (at < end && isDigit(text.charCodeAt(at))) at++;
    const delimiter = text.charCodeAt(at);
    if (at === from || (delimiter !== 46 && delimiter !== 41)) return -1;
    at++;
  }
  if (at >= end || text.charCodeAt(at) !== space) return -1;
  while (at < end && text.charCodeAt(at) === space) at++;
  return at;
}

/** #, a quote, HTML or a code fence: each changes what the lines around it are. */
function opensBlock(text: string, at: number, end: number): boolean {
  if (at === end) return false;
  const c = text.charCodeAt(at);
  if (c === hash || c === 60 || c === 62) return true;
  return text.startsWith('```', at) || text.startsWith('~~~', at);
}

/** The `Date:` line under the title, as intro-metadata.ts reads it; undefined for any other line. */
function dateOf(text: string, start: number, end: number): string | null | undefined {
  if (!text.startsWith('Date:', start)) return undefined;
  let at = start + 5;
  // Bold markers after the colon and trailing comments are the general reader's to take apart.
  if (text.startsWith('**', at) || text.startsWith('__', at)) return undefined;
  while (at < end && text.charCodeAt(at) === space) at++;
  const value = text.slice(at, end).trimEnd();
  if (value.includes('<!--')) return undefined;
  return value === '' ? null : value;
}

/** The status section, read line by line as status-section.ts reads it: paragraphs split at blank lines. */
class StatusReader {
  /** The first paragraph that is not all link lines. */
  status: string | null = null;
  /** Link lines, from the paragraphs made only of them. */
  readonly links: RecordLink[] = [];
  /** The first "Superseded by" link line, the status when the section holds nothing else. */
  superseder: string | null = null;
  private start = -1;
  private end = -1;
  private onlyLinks = true;
  private paragraphLinks: RecordLink[] = [];
  private paragraphSuperseder: string | null = null;

  constructor(private readonly text: string) {}

  line(start: number, end: number): void {
    const line = this.text.slice(start, end).trim();
    if (line === '') return this.endParagraph();
    if (this.start === -1) this.start = start;
    this.end = end;
    if (!this.onlyLinks) return;
    const link = readLinkLine(line);
    if (link === null) return void (this.onlyLinks = false);
    this.paragraphLinks.push(link);
    if (this.paragraphSuperseder === null && linkKind(link.relation) === 'superseded-by')
      this.paragraphSuperseder = this.written(start, end);
  }

  endParagraph(): void {
    if (this.start === -1) return;
    if (this.onlyLinks) {
      this.links.push(...this.paragraphLinks);
      this.superseder ??= this.paragraphSuperseder;
    } else this.status ??= this.written(this.start, this.end);
    this.start = -1;
    this.onlyLinks = true;
    this.paragraphLinks = [];
    this.paragraphSuperseder = null;
  }

  /** The text of [start, end) without the white space trimSpan leaves out, as the general reader cuts it. */
  private written(start: number, end: number): string {
    const span = trimSpan(this.text, start, end);
    return this.text.slice(span.start, span.end);
  }
}

/** A heading text whose key is "links" (checked only when its first character leaves it possible). */
const isLinksHeading = (written: string) => !isOtherKeyStart(written.charCodeAt(0)) && sectionKey(written) === 'links';

/** `# N. Title` on the first line, as record-layout.ts reads it; null when its text is not plainly written. */
function titleOf(text: string, end: number): { number: number | null; text: string } | null {
  const written = text.slice(2, end);
  if (written === '' || written !== written.trim() || written.endsWith('#') || isLinksHeading(written)) return null;
  const numbered = /^(\d+)\.[ \t]+/.exec(written);
  return numbered
    ? { number: Number(numbered[1]), text: written.slice(numbered[0].length) }
    : { number: null, text: written };
}

const noneSuperseded: SupersedeNumbers = { supersedes: [], supersededBy: [] };
// What every supersede reference supersedeRefs reads contains ("superseded by", "supersedes", "superceded"…).
const mentionsSupersede = /superse[dc]/i;

/** Both lists' numbers, each once, in order. */
function merged(first: number[], second: number[]): number[] {
  if (first.length === 0 && second.length === 0) return [];
  return [...new Set([...first, ...second])];
}

/** readRecordSummary's result for a plain adr-tools record, or null for any other text. */
export function skimRecordSummary(fileName: string, text: string): RecordSummary | null {
  // Carriage returns, tabs and NULs are what the general reader normalises or measures differently.
  if (!text.startsWith('# ') || /[\0\t\v\f\r]/.test(text)) return null;
  const titleEnd = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
  const title = titleOf(text, titleEnd);
  if (!title) return null;
  let part: Part = Part.Intro;
  let date: string | null | undefined;
  let statusSection: StatusReader | null = null;
  for (let start = titleEnd + 1; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const kind = kindOf(text, start, end);
    if (kind === Line.Decline) return null;
    if (kind === Line.Heading) {
      if (headingKey === 'links') return null;
      statusSection?.endParagraph();
      part = Part.Body;
      if (!statusSection && headingDepth <= 2 && roleOfKey.get(headingKey) === 'status') {
        statusSection = new StatusReader(text);
        part = Part.Status;
      }
    } else if (part === Part.Status) statusSection!.line(start, end);
    else if (part === Part.Intro && kind === Line.Text) {
      // Under the title only one `Date:` line is read here: bullets, other keys and prose are the general reader's.
      if (date !== undefined) return null;
      date = dateOf(text, start, end);
      if (date === undefined) return null;
    }
    start = end + 1;
  }
  statusSection?.endParagraph();
  return summaryOf(fileName, title, date, statusSection);
}

function summaryOf(
  fileName: string,
  title: { number: number | null; text: string },
  date: string | null | undefined,
  section: StatusReader | null,
): RecordSummary {
  const status = section ? (section.status ?? section.superseder) : null;
  // Most records hold no link line and a status naming no other record: their supersede lists are empty.
  const fromLines = section && section.links.length > 0 ? supersedeNumbersOf(section.links) : noneSuperseded;
  const fromStatus = status !== null && mentionsSupersede.test(status) ? supersedeRefs(status) : noneSuperseded;
  return {
    fileName,
    // As record-layout.ts tells it: a status section, a Date: line or a numbered title make it adr-tools.
    dialect: section || date !== undefined || title.number !== null ? 'adr-tools' : 'madr',
    number: numberFromFileName(fileName) ?? title.number,
    title: title.text,
    status,
    lifecycle: lifecycleOf(status),
    date: date ?? null,
    supersedes: merged(fromLines.supersedes, fromStatus.supersedes),
    supersededBy: merged(fromLines.supersededBy, fromStatus.supersededBy),
  };
}
