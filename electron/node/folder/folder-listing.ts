// A decision folder's records as listed (number, title, status, date…), parsed only for files changed since the
// cache was written; unchanged files are not even opened. The records' text stays on disk: a listing never feeds an
// edit.
import { lstatSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { isDecisionFileName } from '../../common/adr-file/file-names.ts';
import { readAdrFileSync, type StampedAdrFileRead } from '../adr-files/read-adr-file.ts';
import type { RecordSummary } from '../../common/adr-file/record-file.ts';
import { listedRecord } from './listed-record.ts';
import {
  isCacheableName,
  ListingCache,
  listingCacheName,
  recordSeparator,
  saveListingCache,
  type KeptRecord,
  type ListingEntry,
} from './listing-cache.ts';
import { ListingPieces } from './listing-pieces.ts';
import { ensureMetaFolder, metaPaths } from './meta-folder.ts';

export interface ListingReadOptions {
  /** Which Markdown file names are decision records (README, index and templates are not). */
  isRecordFile: (name: string) => boolean;
  /** Where the parse cache lives; null reads every file and writes no cache. */
  cacheFile: string | null;
  /** How one record file is read; tests count the reads through it. */
  readFile?: (path: string) => StampedAdrFileRead;
}

export interface FolderListing {
  /** How many records are listed: the readable ones. */
  count: number;
  /**
   * Their listed records (JSON objects) in file-name order, as pieces to be written one after another with
   * `recordSeparator` between them: text for files read now, and the cache's own bytes for each run of files it
   * kept, so an unchanged folder is one piece that was never decoded.
   */
  json: (string | Uint8Array)[];
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

async function inSlices(count: number, work: (index: number) => void): Promise<void> {
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % sliceSize === 0) await breathe();
    work(i);
  }
}

export async function readFolderListing(dir: string, options: ListingReadOptions): Promise<FolderListing> {
  const read = options.readFile ?? readAdrFileSync;
  // Names from readdir hold no separator: joined by concatenation, which costs 20,000 files no path normalising.
  const inDir = join(dir, sep);
  // Names only: the kind of each entry, asked of 20,000, cost as much as the rest of reading the list. A folder or a
  // link with a record's name is found out when it is read, and reported as unreadable.
  // Sorted by UTF-16 code unit, as the cache is: the default order, which needs no comparison function.
  // One blocking call: through the thread pool, listing 20,000 names cost half as much again.
  const names = readdirSync(dir).filter(options.isRecordFile).sort();
  const cache = options.cacheFile ? ListingCache.load(options.cacheFile) : ListingCache.empty;
  // Only files the cache knows are stat'ed here; the others are read at once, and the read says their size and time.
  const kept: (KeptRecord | null)[] = [];
  const changed: number[] = [];
  // Not through a link, as the file is read (lstat also costs a fifth less than stat).
  const stampNow = (name: string) => {
    const info = lstatSync(inDir + name, { throwIfNoEntry: false });
    return info?.isFile() ? info : null;
  };
  await inSlices(names.length, (i) => {
    const record = cache.recordOf(names[i]!, stampNow);
    kept.push(record);
    if (!record) changed.push(i);
  });
  // Unreadable files are not cached: each listing reports them afresh, with why. A file gone since the folder was
  // listed has nothing to show.
  const unreadable: FolderListing['unreadable'] = [];
  const parsed = new Map<number, ListingEntry & { json: string }>();
  // Plain adr-tools records are read in one pass; the rest (and what that pass is unsure of) by the general reader,
  // which with its Markdown and YAML parsers is loaded only for the first such record. A listing from the cache
  // loads neither.
  const { skimRecordSummary } = changed.length > 0 ? await import('../../common/adr-file/record-skim.ts') : {};
  let readRecordSummary: ((fileName: string, text: string) => RecordSummary) | undefined;
  for (let k = 0; k < changed.length; k++) {
    if (k > 0 && k % sliceSize === 0) await breathe();
    const name = names[changed[k]!]!;
    const file = read(inDir + name);
    if (!file.ok) {
      if (!file.missing) unreadable.push({ file: name, reason: file.reason });
      continue;
    }
    let summary = skimRecordSummary!(name, file.text);
    if (!summary) {
      readRecordSummary ??= (await import('../../common/adr-file/record-file.ts')).readRecordSummary;
      summary = readRecordSummary(name, file.text);
    }
    // Encoded at once, so no summary, and no text it points into, outlives its file's turn.
    const stamp = { size: file.size, mtimeMs: file.mtimeMs };
    parsed.set(changed[k]!, { name, stamp, json: JSON.stringify(listedRecord(summary)) });
  }
  const json = new ListingPieces(cache);
  let count = 0;
  kept.forEach((record, i) => {
    const fresh = record ? undefined : parsed.get(i);
    if (record) json.addKept(record);
    else if (fresh) json.addRead(fresh.json);
    if (record || fresh) count++;
  });
  // Rewritten only when it would differ, so listing an unchanged folder writes nothing.
  if (options.cacheFile && (parsed.size > 0 || count !== cache.size)) {
    const entries = kept.flatMap((record, i): ListingEntry[] => {
      if (!record) return parsed.has(i) ? [parsed.get(i)!] : [];
      return [{ name: names[i]!, stamp: record, json: cache.bytes(record.start, record.end) }];
    });
    // A cache that cannot be written (read-only folder, full disk) only costs the next listing its speed.
    const written = await saveListingCache(options.cacheFile, entries).catch(() => null);
    // The block just written holds every record (unless a name could not be cached): printed as it is, so the
    // records are not joined and encoded a second time.
    if (written && entries.every((e) => isCacheableName(e.name)))
      return { count, json: [written], unreadable, parsed: changed.length };
  }
  return { count, json: json.pieces(), unreadable, parsed: changed.length };
}

/** The listing's records as one JSON array (text): for reading them, where printing the pieces will not do. */
export function listingArrayText({ json }: FolderListing): string {
  const decoder = new TextDecoder();
  return `[${json.map((piece) => (typeof piece === 'string' ? piece : decoder.decode(piece))).join(recordSeparator)}]`;
}

/** A workspace folder's records as listed, through its cache in `.tradeoff-atlas/cache/`; reading writes no record. */
export async function workspaceListing(dir: string): Promise<FolderListing> {
  await mkdir(dir, { recursive: true });
  const meta = metaPaths(dir);
  // The meta folder's .gitignore keeps the cache out of commits; without it, no cache is written.
  const hasMeta = await ensureMetaFolder(meta).then(
    () => true,
    () => false,
  );
  return readFolderListing(dir, {
    isRecordFile: isDecisionFileName,
    cacheFile: hasMeta ? join(meta.cache, listingCacheName) : null,
  });
}
