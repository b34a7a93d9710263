// Lint rules across a folder: links and supersede references to records that are not there, and numbers used twice.
import { isDecisionFileName, numberFromFileName } from '../../common/adr-file/file-names.ts';
import type { LintedRecord, LintMessage } from './lint-record.ts';
import { markdownLinks, siblingTarget } from './markdown-links.ts';

const pad = (n: number) => String(n).padStart(4, '0');

/** Where a supersede reference to `n` is written: the first line naming a supersede and the number. */
function supersedeLine(r: LintedRecord, n: number): number {
  const number = new RegExp(`(?<!\\d)0*${n}(?!\\d)`);
  let at = 0;
  for (const line of r.text.split('\n')) {
    if (/super[sc]ede/i.test(line) && number.test(line)) return r.lineOf(at);
    at += line.length + 1;
  }
  return r.layout.title.heading ? r.lineOf(r.layout.title.heading.start) : 1;
}

/**
 * `missing-link-target`: a relative link to a record file that is not in the folder (supersede, amend or any other
 * relation, or running text), and a supersede reference by number (MADR's "superseded by ADR-0057", front matter)
 * that no record in the folder carries. A reference already reported as a missing link is not reported again.
 */
export function missingTargets(
  r: LintedRecord,
  names: ReadonlySet<string>,
  numbers: ReadonlySet<number>,
): LintMessage[] {
  const found: LintMessage[] = [];
  const reported = new Set<number>();
  for (const link of markdownLinks(r.text)) {
    const target = siblingTarget(link.href);
    if (target === null || !isDecisionFileName(target) || names.has(target)) continue;
    const relation = r.record.links.find((l) => l.href === link.href && l.relation !== null)?.relation;
    const n = numberFromFileName(target);
    if (n !== null) reported.add(n);
    found.push({
      file: r.fileName,
      line: r.lineOf(link.start),
      severity: 'error',
      rule: 'missing-link-target',
      message: `${relation ? `"${relation}" link` : 'link'} to ${target}, which is not in this folder`,
    });
  }
  const refs = [...new Set([...r.record.supersedes, ...r.record.supersededBy])];
  for (const n of refs) {
    if (numbers.has(n) || reported.has(n)) continue;
    found.push({
      file: r.fileName,
      line: supersedeLine(r, n),
      severity: 'error',
      rule: 'missing-link-target',
      message: `supersede reference to ADR-${pad(n)}, a number no record in this folder has`,
    });
  }
  return found;
}

/** `duplicate-number`: reported on every file of a number that several files carry. */
export function duplicateNumbers(numbered: readonly { fileName: string; number: number | null }[]): LintMessage[] {
  const byNumber = new Map<number, string[]>();
  for (const { fileName, number } of numbered)
    if (number !== null) byNumber.set(number, [...(byNumber.get(number) ?? []), fileName]);
  const found: LintMessage[] = [];
  for (const [number, files] of byNumber) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files.filter((f) => f !== file).join(', ');
      const message = `number ${pad(number)} is also used by ${others}`;
      found.push({ file, line: 1, severity: 'error', rule: 'duplicate-number', message });
    }
  }
  return found;
}
