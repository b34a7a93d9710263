// Which files in an ADR folder are decisions, the numbers their names carry, and names for new ones.
import { slugify } from '../adr-markdown/file-name.ts';

/** How a folder numbers its files: `0001-`, `adr-001-`, `ADR-0001-`, or log4brains' `YYYYMMDD-` date slugs. */
export type NumberPrefix = '' | 'adr-' | 'ADR-' | 'date';

export interface FileNaming {
  prefix: NumberPrefix;
  /** Digits the number is padded to (ignored for date slugs). */
  width: number;
}

// Asked of every name in a folder of 20,000: cut without splitting the name into an array.
function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

// A Markdown file, in a folder or not, other than the names ADR tools give their own non-decision files
// ("0039-use-a-template-engine.md" is a decision). One expression: a folder of 20,000 names asks it of each, and cutting
// out the base name first cost three times as much.
const decisionFile = /(?:^|[\\/])(?!(?:readme|index|template|adr-template.*)\.md$)[^\\/]*\.md$/i;

export function isDecisionFileName(name: string): boolean {
  return decisionFile.test(name);
}

/** Eight digits that read as a calendar date are log4brains' `YYYYMMDD-` prefix, not a number. */
function isDateSlug(base: string): boolean {
  return /^(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|\d{4}-\d\d-\d\d)(?:[-_ ]|\.md$)/i.test(base);
}

/** The digits of a numbered name (`0007-x.md`, `adr-007-x.md`, `ADR-0007-x.md`, `0007.md`), or null. */
function numberDigits(name: string): string | null {
  const base = baseName(name);
  if (isDateSlug(base)) return null;
  return /^(?:adr[-_]?)?(\d+)(?:[-_ .])/i.exec(base)?.[1] ?? null;
}

/** The record number in a file name or link target, 0 included; null for date slugs and unnumbered names. */
export function numberFromFileName(name: string): number | null {
  const digits = numberDigits(name);
  const n = digits === null ? NaN : Number(digits);
  return Number.isSafeInteger(n) ? n : null;
}

/** The naming a single file name shows, or null when it carries neither a number nor a date slug. */
export function namingOf(name: string): FileNaming | null {
  const base = baseName(name);
  if (isDateSlug(base)) return { prefix: 'date', width: 8 };
  const m = /^(adr[-_]?)?(\d+)[-_ .]/i.exec(base);
  if (!m) return null;
  const prefix = m[1] === undefined ? '' : m[1].startsWith('ADR') ? 'ADR-' : 'adr-';
  return { prefix, width: m[2]!.length };
}

/**
 * `NNNN-slug.md` in the folder's style. The slug is [a-z0-9-] only, so no title can name a path outside the
 * folder, a hidden file or a file the folder skips; date slugs need the record's date (YYYY-MM-DD).
 */
export function fileNameFor(naming: FileNaming, number: number | null, title: string, date?: string | null): string {
  const slug = slugify(title);
  if (naming.prefix === 'date') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
    if (!m) throw new RangeError(`a date-named record needs a YYYY-MM-DD date, not ${JSON.stringify(date)}`);
    return `${m[1]}${m[2]}${m[3]}-${slug}.md`;
  }
  if (number === null || !Number.isSafeInteger(number) || number < 0)
    throw new RangeError(`not a record number: ${number}`);
  return `${naming.prefix}${String(number).padStart(Math.min(naming.width, 12), '0')}-${slug}.md`;
}
