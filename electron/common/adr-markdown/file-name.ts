// Safe ADR file names (NNNN-slug.md) and the numbers read back from them.

const maxSlugLength = 60;
const windowsReserved = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

/** Lowercase ASCII slug of a title: [a-z0-9-] only, so no separator, dot or drive letter can survive. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxSlugLength)
    .replace(/-+$/, '');
  if (slug === '') return 'untitled';
  // A bare slug may be used without the number prefix (anchors, single exports); keep it off Windows' device names.
  return windowsReserved.test(slug) ? `${slug}-adr` : slug;
}

export function padNumber(number: number): string {
  return String(number).padStart(4, '0');
}

export function decisionFileName(number: number, title: string): string {
  if (!Number.isSafeInteger(number) || number < 0) throw new RangeError(`not a decision number: ${number}`);
  return `${padNumber(number)}-${slugify(title)}.md`;
}

/** Eight leading digits that read as a calendar date are log4brains' YYYYMMDD prefix, not a number. */
function looksLikeDate(digits: string): boolean {
  const m = /^(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.exec(digits);
  return m !== null;
}

/** The record number in a file name or link target (`0003-x.md`, `docs/3-x.md`), or null. */
export function numberFromFileName(fileName: string): number | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const m = /^(\d+)(?:-|\.md$)/.exec(base);
  if (!m) return null;
  const digits = m[1]!;
  if (looksLikeDate(digits)) return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
