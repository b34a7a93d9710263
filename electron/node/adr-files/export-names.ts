// File names for an export: each record keeps its own where the target dialect takes it, else gets `NNNN-slug.md`.
import { nextNumber } from '../../common/adr-file/conventions.ts';
import { fileNameFor, isDecisionFileName, namingOf } from '../../common/adr-file/file-names.ts';
import type { AdrFormat } from '../../common/adr-markdown/types.ts';
import type { Decision } from '../../common/decision.ts';

export interface ExportName {
  /** The file name in the export. */
  name: string;
  /** The record's number there: its own, or the next free one when it had none and needed one for its name. */
  number: number | null;
}

type Named = Pick<Decision, 'id' | 'number' | 'title' | 'date'>;

const windowsDevice = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\.|$)/i;

/** A plain, visible file name that no system or tool reserves: no folder part, leading dot or control character. */
function isPlainName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  const odd = /[\\/\u0000-\u001f\u007f]/.test(name) || name.startsWith('.') || windowsDevice.test(name);
  return isDecisionFileName(name) && !odd;
}

/**
 * Whether a record's own file name serves in the target dialect. adr-tools lists and numbers `NNNN-*.md` files, in
 * name order, so its records need four digits and a dash first (a log4brains `YYYYMMDD-` date is not a number);
 * MADR and log4brains take any record file name.
 */
export function keepsName(name: string, format: AdrFormat): boolean {
  if (!isPlainName(name)) return false;
  if (format !== 'adr-tools') return true;
  const naming = namingOf(name);
  return /^\d{4}-/.test(name) && naming?.prefix === '' && naming.width === 4;
}

/** A name not yet used (compared without case): `x.md`, else `x-2.md`, `x-3.md`, … */
function freeName(name: string, used: Set<string>): string {
  let free = name;
  for (let n = 2; used.has(free.toLowerCase()); n++) free = name.replace(/(\.md)$/i, `-${n}$1`);
  used.add(free.toLowerCase());
  return free;
}

/**
 * The export name of every record, by id. Kept names are claimed first, in id order, so a derived name never takes
 * one; a record without a number gets the next free one (in id order, after every number in use).
 */
export function exportNames(records: readonly Named[], format: AdrFormat): Map<string, ExportName> {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const used = new Set<string>();
  const names = new Map<string, ExportName>();
  const renamed: Named[] = [];
  for (const r of sorted) {
    if (keepsName(r.id, format) && !used.has(r.id.toLowerCase())) {
      used.add(r.id.toLowerCase());
      names.set(r.id, { name: r.id, number: r.number });
    } else renamed.push(r);
  }
  let next = nextNumber(records.map((r) => r.number));
  for (const r of renamed) {
    const number = r.number ?? next++;
    names.set(r.id, { name: freeName(fileNameFor({ prefix: '', width: 4 }, number, r.title), used), number });
  }
  return names;
}
