// A folder's own conventions, read off its records by majority, so new records look like their neighbours.
import { isDecisionFileName, namingOf, type FileNaming } from './file-names.ts';
import { readLayout, type Dialect } from './record-layout.ts';
import { eolOf, type Eol } from './source-text.ts';

export type StatusPlacement = 'front-matter' | 'bullet' | 'section' | 'inline';

export interface FolderConventions extends FileNaming {
  dialect: Dialect;
  /** `# 12. Title` (adr-tools) or `# Title` (MADR, log4brains). */
  titleStyle: 'numbered' | 'plain';
  statusPlacement: StatusPlacement;
  eol: Eol;
}

/** An empty folder gets MADR 4: `0001-slug.md`, `# Title`, status and date in front matter. */
export const defaultConventions: FolderConventions = {
  dialect: 'madr',
  prefix: '',
  width: 4,
  titleStyle: 'plain',
  statusPlacement: 'front-matter',
  eol: '\n',
};

const placementOf: Record<Dialect, StatusPlacement> = {
  madr: 'front-matter',
  log4brains: 'bullet',
  'adr-tools': 'section',
};

/** The most frequent value; ties go to the one seen first. */
function majority<T>(values: readonly T[], fallback: T): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = fallback;
  let most = 0;
  for (const [v, n] of counts) if (n > most) [best, most] = [v, n];
  return best;
}

export function detectConventions(files: readonly { fileName: string; text: string }[]): FolderConventions {
  const decisions = files.filter((f) => isDecisionFileName(f.fileName));
  if (decisions.length === 0) return defaultConventions;
  const layouts = decisions.map((f) => readLayout(f.text));
  const dialect = majority(
    layouts.map((l) => l.dialect),
    defaultConventions.dialect,
  );
  const namings = decisions.flatMap((f) => namingOf(f.fileName) ?? []);
  const prefix = majority(
    namings.map((n) => n.prefix),
    dialect === 'log4brains' ? 'date' : defaultConventions.prefix,
  );
  const width = majority(
    namings.filter((n) => n.prefix === prefix).map((n) => n.width),
    prefix === 'date' ? 8 : defaultConventions.width,
  );
  const titled = layouts.filter((l) => l.title.heading !== null);
  const titleStyle = majority<FolderConventions['titleStyle']>(
    titled.map((l) => (l.title.number === null ? 'plain' : 'numbered')),
    dialect === 'adr-tools' ? 'numbered' : 'plain',
  );
  const statusPlacement = majority(
    layouts.flatMap((l) => l.places.status?.where ?? []),
    placementOf[dialect],
  );
  const eol = majority(
    decisions.map((f) => eolOf(f.text)),
    defaultConventions.eol,
  );
  return { dialect, prefix, width, titleStyle, statusPlacement, eol };
}

/** The number after the highest one in use (0000 counts); 1 in a folder without numbers. */
export function nextNumber(numbers: readonly (number | null)[]): number {
  const used = numbers.filter((n): n is number => n !== null);
  return used.length === 0 ? 1 : Math.max(...used) + 1;
}

/** A status word in the folder's own case, from the statuses its records have: adr-tools folders write "Accepted",
 * MADR ones "accepted". */
export function inFolderCase(word: string, statuses: readonly (string | null)[]): string {
  const written = statuses.filter((s): s is string => s !== null && /^[A-Za-z]/.test(s));
  const capitalised = written.filter((s) => /^[A-Z]/.test(s)).length;
  return capitalised * 2 > written.length ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
