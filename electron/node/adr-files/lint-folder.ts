// The engine of `tradeoff-atlas lint`: every decision record of a folder through the record and folder rules, ESLint-style.
import { isDecisionFileName, numberFromFileName } from '../../common/adr-file/file-names.ts';
import { recordFromLayout } from '../../common/adr-file/record-file.ts';
import { readLayout } from '../../common/adr-file/record-layout.ts';
import { readFolderAnalyses } from './folder-analyses.ts';
import { readFolderRecords, type FolderRecord } from './folder-records.ts';
import { duplicateNumbers, missingTargets } from './lint-links.ts';
import { lintRecord, type LintedRecord, type LintMessage, type RecordLintOptions } from './lint-record.ts';
import { lineFinder } from './markdown-links.ts';

export type { LintMessage, Severity } from './lint-record.ts';
export type LintOptions = RecordLintOptions;

const byPlace = (a: LintMessage, b: LintMessage) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

/** Lints files already read (see readFolderRecords); README, index and templates are not records and are skipped. */
export function lintRecords(files: readonly FolderRecord[], opts: LintOptions): LintMessage[] {
  const names = new Set(files.map((f) => f.fileName));
  const decisions = files.filter((f) => isDecisionFileName(f.fileName));
  const messages: LintMessage[] = [];
  const read: LintedRecord[] = [];
  for (const f of decisions) {
    if (f.text === null) {
      const message = `cannot be read: ${f.unreadable ?? 'unknown reason'}`;
      messages.push({ file: f.fileName, line: 1, severity: 'error', rule: 'unreadable-file', message });
      continue;
    }
    const layout = readLayout(f.text);
    const record = recordFromLayout(f.fileName, layout);
    read.push({ fileName: f.fileName, text: f.text, layout, record, lineOf: lineFinder(f.text) });
  }
  const readNumbers = new Map(read.map((r) => [r.fileName, r.record.number]));
  const numbered = decisions.map((f) => ({
    fileName: f.fileName,
    number: readNumbers.has(f.fileName) ? readNumbers.get(f.fileName)! : numberFromFileName(f.fileName),
  }));
  const numbers = new Set(numbered.flatMap((f) => (f.number === null ? [] : [f.number])));
  for (const r of read) messages.push(...lintRecord(r, opts), ...missingTargets(r, names, numbers));
  messages.push(...duplicateNumbers(numbered));
  return messages.sort(byPlace);
}

/** Lints the decision records of `dir`, against its own analyses unless given; `file` in each message is relative to it. */
export async function lintFolder(dir: string, opts: LintOptions): Promise<LintMessage[]> {
  const analyses = opts.analyses ?? (await readFolderAnalyses(dir));
  return lintRecords(await readFolderRecords(dir), { ...opts, analyses });
}
