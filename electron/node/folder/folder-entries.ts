// Every record file of a folder as an entry (version and list row), through the app's row cache: a file whose size
// and time are those cached is only stat'ed; the others are read and parsed, and the cache is rewritten when it missed.
import { lstatSync } from 'node:fs';
import { join, sep } from 'node:path';
import { readAdrFileSync, type StampedAdrFileRead } from '../adr-files/read-adr-file.ts';
import { entryOfRead, type RecordEntry } from './record-entry.ts';
import { loadRowCache, type StampedRow } from './row-cache.ts';
import type { FileStamp } from './file-stamp.ts';

export interface EntryReadOptions {
  /** Where the row cache lives; null reads every file and writes no cache. */
  cacheFile: string | null;
  /** How one record file is read; tests count the reads through it. */
  readFile?: (path: string) => StampedAdrFileRead;
}

// Blocking calls, a slice of files at a time: through promises each file costs a round trip to the thread pool, which
// took three times the CPU of the reads themselves. Between slices the event loop runs, so the host still answers.
const sliceSize = 256;

async function eachInSlices<T>(items: readonly T[], work: (item: T, sliceStart: number) => void): Promise<void> {
  for (let i = 0; i < items.length; i += sliceSize) {
    if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const sliceStart = Date.now();
    for (const item of items.slice(i, i + sliceSize)) work(item, sliceStart);
  }
}

const sameStamp = (a: FileStamp, b: FileStamp) => a.size === b.size && a.mtimeMs === b.mtimeMs;

/** The cacheable rows of `entries`: those whose stamp vouches for their version. */
export function cacheableRows(entries: Iterable<RecordEntry>): StampedRow[] {
  const rows: StampedRow[] = [];
  for (const { stamp, row } of entries) if (stamp && row) rows.push({ stamp, row });
  return rows;
}

/** The entries of the record files `names` in `dir`, and whether the cache should be written again. */
export async function readFolderEntries(
  dir: string,
  names: readonly string[],
  options: EntryReadOptions,
): Promise<{ entries: Map<string, RecordEntry>; cacheMissed: boolean }> {
  const read = options.readFile ?? readAdrFileSync;
  // Names from readdir hold no separator: joined by concatenation, which costs 20,000 files no path normalising.
  const inDir = join(dir, sep);
  const cache = options.cacheFile ? await loadRowCache(options.cacheFile) : new Map<string, StampedRow>();
  const entries = new Map<string, RecordEntry>();
  const changed: string[] = [];
  await eachInSlices(names, (name) => {
    const known = cache.get(name);
    // Not through a link, as the file is read (lstat also costs a fifth less than stat).
    const info = known && lstatSync(inDir + name, { throwIfNoEntry: false });
    if (known && info && sameStamp(known.stamp, info))
      entries.set(name, {
        file: name,
        version: known.row.version,
        unreadable: null,
        row: known.row,
        stamp: known.stamp,
      });
    else if (!known || info) changed.push(name);
  });
  await eachInSlices(changed, (name, readAt) => {
    const entry = entryOfRead(name, read(inDir + name), readAt);
    if (entry) entries.set(name, entry);
  });
  return { entries, cacheMissed: changed.length > 0 || cache.size !== entries.size };
}
