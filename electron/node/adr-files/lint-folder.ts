// The engine of `tradeoff-atlas lint DIR`: reads every record in the folder and applies the shared lint rules.
import path from 'node:path';
import type { Finding } from '../../common/adr-markdown/lint-rules.ts';
import { lintAdr } from '../../common/adr-markdown/lint-rules.ts';
import { parseAdr } from '../../common/adr-markdown/parse-adr.ts';
import type { ParsedAdr } from '../../common/adr-markdown/types.ts';
import { calendarDate } from '../../common/format.ts';
import { listAdrFiles } from './folder-files.ts';
import { readAdrFile } from './read-adr-file.ts';

export interface LintOptions {
  /** Catalogue keys citations may use (CM12, T6, LR101, …), upper case. */
  knownKeys: ReadonlySet<string>;
}

export async function lintFolder(dir: string, opts: LintOptions): Promise<Finding[]> {
  const { records } = await listAdrFiles(dir);
  const findings: Finding[] = [];
  const read: { file: string; text: string; parsed: ParsedAdr }[] = [];
  // Parse warnings become findings; an undated record is reported with the date import would give it.
  const fallbackDate = calendarDate(new Date());
  for (const file of records) {
    const result = await readAdrFile(path.join(dir, file));
    if (!result.ok) findings.push({ file, line: 1, message: result.reason });
    else read.push({ file, text: result.text, parsed: parseAdr(result.text, { fileName: file, fallbackDate }) });
  }
  const ctx = {
    knownKeys: opts.knownKeys,
    files: new Set(records),
    numbers: new Set(read.map((r) => r.parsed.number).filter((n): n is number => n !== null)),
  };
  for (const r of read) findings.push(...lintAdr(r.file, r.text, r.parsed, ctx));
  return findings;
}
