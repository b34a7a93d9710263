// Plans copying records from another folder into the workspace: bytes kept, a number renumbered only on a clash, nothing twice.
import type { ImportReportRow } from '../../common/api.ts';
import { detectConventions, nextNumber, type FolderConventions } from '../../common/adr-file/conventions.ts';
import {
  fileNameFor,
  isDecisionFileName,
  namingOf,
  numberFromFileName,
  type FileNaming,
} from '../../common/adr-file/file-names.ts';
import { readRecordFile } from '../../common/adr-file/record-file.ts';
import { readLayout, type Layout } from '../../common/adr-file/record-layout.ts';
import type { FolderRecord } from './folder-records.ts';
import { rewriteLinks, type Rename } from './rewrite-links.ts';

export interface ExistingRecord {
  fileName: string;
  text: string;
}

/** A row of the report plus the text to write under `target` (null when nothing is written). */
export type ImportPlanRow = ImportReportRow & { text: string | null };

interface Candidate {
  row: ImportPlanRow & { text: string; target: string };
  number: number | null;
  layout: Layout;
}

const pad = (n: number) => String(n).padStart(4, '0');
const byName = (a: { fileName: string }, b: { fileName: string }) =>
  a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0;

/** The number a record carries: from its file name, else from a numbered title (`# 3. Title`). */
const numberOf = (fileName: string, text: string) => numberFromFileName(fileName) ?? readLayout(text).title.number;

/** `# 3. Title` → `# 7. Title`: only the digits change, every other byte stays. */
export function renumberTitle(text: string, layout: Layout, number: number): string {
  const { heading, span } = layout.title;
  if (layout.title.number === null || !heading?.textSpan || !span) return text;
  return `${text.slice(0, heading.textSpan.start)}${number}. ${text.slice(span.start)}`;
}

/** A name not taken (compared without case, as macOS and Windows do): `x.md`, else `x-2.md`, `x-3.md`, … */
function freeName(name: string, taken: Set<string>): string {
  let free = name;
  for (let n = 2; taken.has(free.toLowerCase()); n++) free = name.replace(/(\.md)$/i, `-${n}$1`);
  taken.add(free.toLowerCase());
  return free;
}

/** The workspace's own naming for a renumbered record; a date-named (log4brains) folder keeps the record's. */
function namingFor(fileName: string, conventions: FolderConventions): FileNaming {
  if (conventions.prefix !== 'date') return conventions;
  const own = namingOf(fileName);
  return own && own.prefix !== 'date' ? own : { prefix: '', width: 4 };
}

function titleOf(c: Candidate): string {
  return c.layout.title.text.trim() || c.row.file.replace(/\.md$/i, '').replace(/^(?:adr[-_]?)?\d+[-_ ]*/i, '');
}

/** Warns where a record names a renumbered record by number only ("superseded by ADR-0003"): links were followed. */
function numberOnlyReferences(c: Candidate, moved: ReadonlyMap<number, number>, kept: ReadonlySet<number>): string[] {
  const record = readRecordFile(c.row.target, c.row.text);
  return [...new Set([...record.supersedes, ...record.supersededBy])]
    .filter((n) => moved.has(n) && !kept.has(n))
    .map((n) => `it refers to ADR-${pad(n)} by number, and that record is imported as ${pad(moved.get(n)!)}`);
}

/**
 * Pure: what importing `source` into a folder holding `existing` does, row by row in file-name order. README, index
 * and template files, unreadable files and records already present (same text under any name) are skipped; a record
 * whose number (or name) is taken gets the next free number, a file name in the workspace's style and, when its
 * title carries the number, the new number there; links between imported records follow renamed files.
 */
export function planImport(source: readonly FolderRecord[], existing: readonly ExistingRecord[]): ImportPlanRow[] {
  const present = existing.filter((f) => isDecisionFileName(f.fileName));
  const takenNames = new Set(present.map((f) => f.fileName.toLowerCase()));
  const takenNumbers = new Set(present.flatMap((f) => numberOf(f.fileName, f.text) ?? []));
  // Who already holds each text: a workspace file, or a record earlier in this import (whose target may still move).
  const holders = new Map<string, { message: string; target: () => string }>();
  for (const f of present)
    holders.set(f.text, { message: `already in the workspace as ${f.fileName}`, target: () => f.fileName });
  const rows: ImportPlanRow[] = [];
  const candidates: Candidate[] = [];
  const copies: { row: ImportPlanRow; target: () => string }[] = [];
  for (const f of [...source].sort(byName)) {
    const skip = (message: string) => {
      const row: ImportPlanRow = { file: f.fileName, status: 'skipped', message, target: null, text: null };
      rows.push(row);
      return row;
    };
    const holder = f.text === null ? undefined : holders.get(f.text);
    if (!isDecisionFileName(f.fileName)) skip('not a decision record (README, index or template)');
    else if (f.text === null) skip(`cannot be read: ${f.unreadable ?? 'unknown reason'}`);
    else if (holder) copies.push({ row: skip(holder.message), target: holder.target });
    else {
      const row: Candidate['row'] = {
        file: f.fileName,
        status: 'imported',
        message: 'copied as it is',
        target: f.fileName,
        text: f.text,
      };
      const candidate: Candidate = { row, number: null, layout: readLayout(f.text) };
      candidate.number = numberFromFileName(f.fileName) ?? candidate.layout.title.number;
      holders.set(f.text, {
        message: `the same text as ${f.fileName}, imported once`,
        target: () => candidate.row.target,
      });
      rows.push(candidate.row);
      candidates.push(candidate);
    }
  }
  const kept = new Set<number>();
  const moving: { c: Candidate; renumber: boolean }[] = [];
  for (const c of candidates) {
    const nameFree = !takenNames.has(c.row.file.toLowerCase());
    const numberFree = c.number === null || (!takenNumbers.has(c.number) && !kept.has(c.number));
    if (nameFree && numberFree) takenNames.add(c.row.file.toLowerCase());
    else moving.push({ c, renumber: !numberFree });
    if (numberFree && c.number !== null) kept.add(c.number);
  }
  let conventions: FolderConventions | null = null;
  let next = nextNumber([...takenNumbers, ...kept]);
  const renames = new Map<string, Rename>();
  const moved = new Map<number, number>();
  for (const { c, renumber } of moving) {
    const { row } = c;
    if (!renumber || c.number === null) {
      row.target = freeName(row.file, takenNames);
      row.status = 'warning';
      row.message = `a different record is named ${row.file} already; imported as ${row.target}`;
      renames.set(row.file, { to: row.target });
      continue;
    }
    const number = next++;
    conventions ??= detectConventions(present);
    row.target = freeName(fileNameFor(namingFor(row.file, conventions), number, titleOf(c)), takenNames);
    row.text = renumberTitle(row.text, c.layout, number);
    const where = takenNumbers.has(c.number) ? 'in the workspace' : 'by another record of this import';
    const title = c.layout.title.number === null ? '' : ', in the title too';
    row.status = 'renumbered';
    row.message = `number ${pad(c.number)} is taken ${where}; renumbered ${pad(number)}${title}`;
    renames.set(row.file, { to: row.target, number: { from: c.number, to: number } });
    if (!moved.has(c.number)) moved.set(c.number, number);
  }
  for (const copy of copies) copy.row.target = copy.target();
  if (renames.size === 0) return rows;
  for (const c of candidates) {
    const text = rewriteLinks(c.row.text, renames);
    if (text !== c.row.text) {
      c.row.text = text;
      c.row.message += '; its links to renumbered records now name their new files';
    }
    const notes = numberOnlyReferences(c, moved, kept);
    if (notes.length === 0) continue;
    if (c.row.status === 'imported') c.row.status = 'warning';
    c.row.message += `; ${notes.join('; ')}`;
  }
  return rows;
}
