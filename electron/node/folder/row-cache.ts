// The app's parse cache of a decision folder (`.tradeoff-atlas/cache/record-rows.json`): each record file's list row
// and version hash, keyed by the file's size and modification time, so opening the folder again reads no file that
// did not change. Beside the command line's listing cache, with the fields the app's list needs besides.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { lifecycleOf } from '../../common/adr-file/lifecycle.ts';
import type { FileSummary } from '../decisions/record-summary.ts';
import { DurableTextFile } from '../store/durable-file.ts';
import { racyMs, summaryReaderVersion, type FileStamp } from './file-stamp.ts';

export const rowCacheName = 'record-rows.json';

const format = 'tradeoff-atlas/record-rows';
// The summary reader's version covers the parser both caches share; this one covers the row's own fields.
const rowFields = 1;
const reader = `${summaryReaderVersion}.${rowFields}`;

/** A file's row as read from the text that the file held while its size and time were `stamp`. */
export interface StampedRow {
  stamp: FileStamp;
  row: FileSummary;
}

// One row per file, fields by position: a third of the size of JSON with named fields. The lifecycle follows from the
// status.
type Row = [
  name: string,
  size: number,
  mtimeMs: number,
  version: string,
  number: number | null,
  title: string,
  status: string | null,
  date: string | null,
  reviewBy: string | null,
  tags: string[],
  supersedes: number[],
  supersededBy: number | null,
  citations: string[],
  amends: number[],
  analysis: string | null,
];

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isWhole = (v: unknown): v is number => Number.isSafeInteger(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isTextOrNull = (v: unknown): v is string | null => v === null || isText(v);
const isListOf = <T>(v: unknown, item: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(item);

function rowOf({ stamp, row: r }: StampedRow): Row {
  return [
    r.id,
    stamp.size,
    stamp.mtimeMs,
    r.version,
    r.number,
    r.title,
    r.status,
    r.date,
    r.reviewBy,
    r.tags,
    r.supersedes,
    r.supersededBy,
    r.citations,
    r.amends,
    r.analysis,
  ];
}

/** The entry a row holds when every field has its type; anything else is read from its file again. */
function entryOf(row: unknown): StampedRow | null {
  if (!Array.isArray(row) || row.length !== 15) return null;
  const [id, size, mtimeMs, version, number, title, status, date, reviewBy, tags, ...links] = row as unknown[];
  const [supersedes, supersededBy, citations, amends, analysis] = links;
  if (!isText(id) || !isCount(size) || !isCount(mtimeMs) || !isText(version) || !isText(title)) return null;
  if (!(number === null || isWhole(number)) || !isTextOrNull(status) || !isTextOrNull(date)) return null;
  if (!isTextOrNull(reviewBy) || !isListOf(tags, isText) || !isListOf(supersedes, isWhole)) return null;
  if (!(supersededBy === null || isWhole(supersededBy)) || !isListOf(citations, isText)) return null;
  if (!isListOf(amends, isWhole) || !isTextOrNull(analysis)) return null;
  const lifecycle = lifecycleOf(status);
  const fields = { number, title, status, lifecycle, date, reviewBy, tags, supersedes, supersededBy };
  return { stamp: { size, mtimeMs }, row: { id, version, ...fields, citations, amends, analysis } };
}

/**
 * The rows cached by this version of the reader, by file name; empty when the cache is missing, corrupt or foreign.
 * A file modified shortly before the cache was written may have changed again within the same tick of the file
 * system's clock, keeping its size and time: such rows are left out, as git leaves out its "racily clean" entries.
 */
export async function loadRowCache(file: string): Promise<Map<string, StampedRow>> {
  const rows = new Map<string, StampedRow>();
  let data: unknown;
  try {
    data = JSON.parse((await new DurableTextFile(file).read()) ?? 'null');
  } catch {
    return rows;
  }
  if (typeof data !== 'object' || data === null) return rows;
  const { format: written, reader: by, writtenAt, files } = data as Record<string, unknown>;
  if (written !== format || by !== reader || !isCount(writtenAt) || !Array.isArray(files)) return rows;
  for (const entry of files.map(entryOf))
    if (entry && entry.stamp.mtimeMs < writtenAt - racyMs) rows.set(entry.row.id, entry);
  return rows;
}

/**
 * Replaces the cache atomically with `rows`, each of which must have been read from its file at least `racyMs`
 * after the file's modification time (the caller keeps only such rows), so that `writtenAt` vouches for every one.
 */
export async function saveRowCache(file: string, rows: Iterable<StampedRow>, now = Date.now()): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const files = [...rows].map(rowOf);
  await new DurableTextFile(file).write(JSON.stringify({ format, reader, writtenAt: now, files }));
}
