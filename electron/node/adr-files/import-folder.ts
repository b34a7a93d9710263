// Imports a folder of ADRs in any of the three dialects, reporting per file and never failing on one bad file.
import path from 'node:path';
import type { ParsedAdr } from '../../common/adr-markdown/types.ts';
import { parseAdr } from '../../common/adr-markdown/parse-adr.ts';
import { linkKind } from '../../common/adr-markdown/links.ts';
import { padNumber } from '../../common/adr-markdown/file-name.ts';
import { listAdrFiles } from './folder-files.ts';
import { maxAdrFileBytes, readAdrFile } from './read-adr-file.ts';

export interface ImportOptions {
  /** Date for records without a readable one (each such file gets a warning). */
  fallbackDate: string;
  maxBytes?: number;
}

export type ParsedDecision = ParsedAdr & { file: string; number: number };

export interface ImportReportEntry {
  file: string;
  status: 'imported' | 'skipped' | 'warning';
  message: string;
}

export interface ImportResult {
  decisions: ParsedDecision[];
  report: ImportReportEntry[];
}

function referenced(p: ParsedAdr): number[] {
  const { supersedes, supersededBy } = p.record;
  return [
    ...supersedes,
    ...(supersededBy === null ? [] : [supersededBy]),
    ...p.links.flatMap((l) => (l.number === null ? [] : [l.number])),
  ];
}

/**
 * Unnumbered files (log4brains' date-named ones) and later duplicates (in file-name order) get new numbers
 * above every number in use or linked to, so a dangling link never lands on a renumbered record.
 */
function assignNumbers(parsed: (ParsedAdr & { file: string })[]): ParsedDecision[] {
  const used = new Set<number>();
  const byFile = new Map<string, number>();
  for (const p of parsed) {
    if (p.number !== null && !used.has(p.number)) {
      used.add(p.number);
      byFile.set(p.file, p.number);
    }
  }
  let next = Math.max(0, ...used, ...parsed.flatMap(referenced)) + 1;
  return parsed.map((p) => {
    let number = byFile.get(p.file);
    if (number === undefined) {
      number = next++;
      p.warnings.push(
        p.number === null
          ? `no number in the file name or title; numbered ${padNumber(number)}`
          : `number ${padNumber(p.number)} is already used by another file; numbered ${padNumber(number)}`,
      );
    }
    return { ...p, number };
  });
}

/** Links name their target file; follow the file to its (possibly new) number, and flag targets that are not here. */
function resolveLinks(decisions: ParsedDecision[]): void {
  const numberOfFile = new Map(decisions.map((d) => [d.file, d.number]));
  const numbers = new Set(decisions.map((d) => d.number));
  for (const d of decisions) {
    const targets = (kind: string) =>
      d.links
        .filter((l) => linkKind(l.relation) === kind)
        .map((l) => numberOfFile.get(path.posix.basename(l.href.replace(/\\/g, '/'))) ?? l.number)
        .filter((n): n is number => n !== null);
    if (d.links.length > 0) {
      d.record.supersedes = [...new Set([...targets('supersedes')])];
      d.record.supersededBy = targets('superseded-by').at(-1) ?? d.record.supersededBy;
    }
    for (const n of [...d.record.supersedes, ...(d.record.supersededBy === null ? [] : [d.record.supersededBy])]) {
      if (!numbers.has(n)) d.warnings.push(`supersede link to record ${padNumber(n)}, which is not in this folder`);
    }
  }
}

const readBatch = 32;

export async function importFolder(dir: string, opts: ImportOptions): Promise<ImportResult> {
  const { records, skipped } = await listAdrFiles(dir);
  const report: ImportReportEntry[] = skipped.map((s) => ({ ...s, status: 'skipped' }));
  const parsed: (ParsedAdr & { file: string })[] = [];
  // Reads overlap in small batches; parsing stays in file-name order so numbering is deterministic.
  const reads: Awaited<ReturnType<typeof readAdrFile>>[] = [];
  for (let i = 0; i < records.length; i += readBatch) {
    reads.push(
      ...(await Promise.all(
        records.slice(i, i + readBatch).map((f) => readAdrFile(path.join(dir, f), opts.maxBytes ?? maxAdrFileBytes)),
      )),
    );
  }
  for (const [i, file] of records.entries()) {
    const read = reads[i]!;
    if (!read.ok) {
      report.push({ file, status: 'skipped', message: read.reason });
      continue;
    }
    try {
      parsed.push({ ...parseAdr(read.text, { fileName: file, fallbackDate: opts.fallbackDate }), file });
    } catch (e) {
      report.push({
        file,
        status: 'skipped',
        message: `could not parse: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }
  const decisions = assignNumbers(parsed);
  resolveLinks(decisions);
  for (const d of decisions) {
    const what = `imported as ${padNumber(d.number)} (${d.format})`;
    report.push(
      d.warnings.length === 0
        ? { file: d.file, status: 'imported', message: what }
        : { file: d.file, status: 'warning', message: `${what}: ${d.warnings.join('; ')}` },
    );
  }
  report.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { decisions, report };
}
