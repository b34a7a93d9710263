// A decision folder's records as summaries (what a list shows), parsed only for files changed since the cache was
// written; unchanged files are not even opened. The records' text stays on disk: a summary never feeds an edit.
import { lstatSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { ownCopy } from '../../common/own-copy.ts';
import { isDecisionFileName } from '../../common/adr-file/file-names.ts';
import type { RecordSummary } from '../../common/adr-file/record-file.ts';
import { readAdrFileSync, type StampedAdrFileRead } from '../adr-files/read-adr-file.ts';
import { ensureMetaFolder, metaPaths } from './meta-folder.ts';
import {
  isUnchanged,
  loadSummaryCache,
  saveSummaryCache,
  summaryCacheName,
  type SummaryCache,
} from './summary-cache.ts';

export interface SummaryReadOptions {
  /** Which Markdown file names are decision records (README, index and templates are not). */
  isRecordFile: (name: string) => boolean;
  /** Where the parse cache lives; null reads every file and writes no cache. */
  cacheFile: string | null;
  /** How one record file is read; tests count the reads through it. */
  readFile?: (path: string) => StampedAdrFileRead;
}

export interface FolderSummaries {
  /** Readable records, by file name. */
  summaries: RecordSummary[];
  /** Files that could not be read, with why. */
  unreadable: { file: string; reason: string }[];
  /** How many record files were opened and parsed (the rest came from the cache). */
  parsed: number;
}

// Files are stat'ed, read and parsed with blocking calls, a slice at a time: through promises, every file costs a
// round trip to the thread pool, which took three times the CPU of the reads themselves. Between slices the event
// loop runs, so a host that lists a large folder still answers.
const sliceSize = 256;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

async function inSlices<T, R>(items: readonly T[], work: (item: T) => R): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += sliceSize) {
    if (i > 0) await breathe();
    for (const item of items.slice(i, i + sliceSize)) results.push(work(item));
  }
  return results;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The summary without references into the file's text, so a folder's worth of texts is not kept with the list. */
function keptApart(summary: RecordSummary): RecordSummary {
  return {
    ...summary,
    title: ownCopy(summary.title),
    status: summary.status === null ? null : ownCopy(summary.status),
    date: summary.date === null ? null : ownCopy(summary.date),
    tags: summary.tags.map(ownCopy),
  };
}

export async function readFolderSummaries(dir: string, options: SummaryReadOptions): Promise<FolderSummaries> {
  const read = options.readFile ?? readAdrFileSync;
  // Names from readdir hold no separator: joined by concatenation, which costs 20,000 files no path normalising.
  const inDir = join(dir, sep);
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isFile() && options.isRecordFile(e.name)).map((e) => e.name);
  const cache: SummaryCache = options.cacheFile ? await loadSummaryCache(options.cacheFile) : new Map();
  const next: SummaryCache = new Map();
  const changed: string[] = [];
  // Only files the cache knows are stat'ed here; the others are read at once, and the read says their size and time.
  await inSlices(names, (name) => {
    const known = cache.get(name);
    if (!known) return changed.push(name);
    // Not through a link, as the file is read (lstat also costs a fifth less than stat).
    const info = lstatSync(inDir + name, { throwIfNoEntry: false });
    // A file gone since the folder was listed has nothing to show.
    if (!info) return;
    if (isUnchanged(known, { size: info.size, mtimeMs: info.mtimeMs })) next.set(name, known);
    else changed.push(name);
  });
  // Unreadable files are not cached: each listing reports them afresh, with why.
  const unreadable: FolderSummaries['unreadable'] = [];
  let parsed = 0;
  // The Markdown parser is loaded only when a file needs parsing: a listing from the cache never pays for it.
  const { readRecordSummary } = changed.length > 0 ? await import('../../common/adr-file/record-file.ts') : {};
  await inSlices(changed, (name) => {
    const file = read(inDir + name);
    if (!file.ok) {
      if (!file.missing) unreadable.push({ file: name, reason: file.reason });
      return;
    }
    next.set(name, { size: file.size, mtimeMs: file.mtimeMs, summary: keptApart(readRecordSummary!(name, file.text)) });
    parsed++;
  });
  // Rewritten only when it would differ, so listing an unchanged folder writes nothing.
  if (options.cacheFile && (parsed > 0 || next.size !== cache.size))
    // A cache that cannot be written (read-only folder, full disk) only costs the next listing its speed.
    await saveSummaryCache(options.cacheFile, next).catch(() => undefined);
  const summaries = [...next.keys()].sort(byName).map((fileName) => next.get(fileName)!.summary);
  unreadable.sort((a, b) => byName(a.file, b.file));
  return { summaries, unreadable, parsed: changed.length };
}

/** The summaries of a workspace folder's records, through its cache in `.tradeoff-atlas/cache/`; reading writes no record. */
export async function workspaceSummaries(dir: string): Promise<FolderSummaries> {
  await mkdir(dir, { recursive: true });
  const meta = metaPaths(dir);
  // The meta folder's .gitignore keeps the cache out of commits; without it, no cache is written.
  const hasMeta = await ensureMetaFolder(meta).then(
    () => true,
    () => false,
  );
  return readFolderSummaries(dir, {
    isRecordFile: isDecisionFileName,
    cacheFile: hasMeta ? join(meta.cache, summaryCacheName) : null,
  });
}
