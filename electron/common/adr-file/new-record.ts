// A new record written the way the folder writes its records: dialect, file name, title style and status placement.
import type { FolderConventions } from './conventions.ts';
import { fileNameFor } from './file-names.ts';
import { toEol } from './source-text.ts';
import { yamlScalar } from './yaml-values.ts';

export interface NewRecord {
  number: number | null;
  title: string;
  /** YYYY-MM-DD; null leaves the record undated. */
  date: string | null;
  status: string | null;
}

// Exactly the sections and guidance `adr new` writes from adr-tools' template.md.
const nygardSections = [
  '## Context',
  'The issue motivating this decision, and any context that influences or constrains the decision.',
  '## Decision',
  "The change that we're proposing or have agreed to implement.",
  '## Consequences',
  'What becomes easier or more difficult to do and any risks introduced by the change that will need to be mitigated.',
];

// MADR 4's bare template: every section, no placeholder text that would read as content.
const madrSections = [
  '## Context and Problem Statement',
  '## Decision Drivers',
  '## Considered Options',
  '## Decision Outcome',
  '### Consequences',
  '### Confirmation',
  '## Pros and Cons of the Options',
  '## More Information',
];

// log4brains' template sections (its MADR 2 layout), likewise without placeholders.
const log4brainsSections = [
  '## Context and Problem Statement',
  '## Decision Drivers',
  '## Considered Options',
  '## Decision Outcome',
  '## Pros and Cons of the Options',
  '## Links',
];

function header(c: FolderConventions, r: NewRecord, title: string): string[] {
  const oneLine = (v: string) => v.replace(/\s*\r?\n\s*/g, ' ').trim();
  const status = r.status === null ? null : oneLine(r.status);
  const date = r.date === null ? null : oneLine(r.date);
  if (c.statusPlacement === 'front-matter') {
    const keys = [
      ...(status === null ? [] : [`status: ${yamlScalar(status, 'PLAIN')}`]),
      ...(date === null ? [] : [`date: ${yamlScalar(date, 'PLAIN')}`]),
    ];
    // The title follows the fence directly, as MADR's template has it (adr-log reads that line as the title).
    return keys.length === 0 ? [title] : [`---\n${keys.join('\n')}\n---\n${title}`];
  }
  if (c.statusPlacement === 'bullet') {
    const marker = c.dialect === 'log4brains' ? '-' : '*';
    const bullets = [
      ...(status === null ? [] : [`${marker} Status: ${status}`]),
      ...(date === null ? [] : [`${marker} Date: ${date}`]),
    ];
    return [title, bullets.join('\n')];
  }
  const dateLine = date === null ? '' : `Date: ${date}`;
  if (c.statusPlacement === 'inline') return [title, dateLine, status === null ? '' : `Status: ${status}`];
  return [title, dateLine, '## Status', status ?? ''];
}

export function renderNewRecord(c: FolderConventions, r: NewRecord): { fileName: string; text: string } {
  const plainTitle = r.title.replace(/\s*\r?\n\s*/g, ' ').trim();
  const title = c.titleStyle === 'numbered' && r.number !== null ? `# ${r.number}. ${plainTitle}` : `# ${plainTitle}`;
  const sections =
    c.dialect === 'adr-tools' ? nygardSections : c.dialect === 'log4brains' ? log4brainsSections : madrSections;
  const parts = [...header(c, r, title), ...sections].filter((p) => p !== '');
  return { fileName: fileNameFor(c, r.number, plainTitle, r.date), text: toEol(`${parts.join('\n\n')}\n`, c.eol) };
}
