// The command line's parse cache of a decision folder (`.tradeoff-atlas/cache/record-listing.tsv`): each record
// file's listed record, keyed by the file's size and modification time, so listing the folder again opens no file
// that did not change, and prints what it kept as the bytes it read: no JSON parsed, decoded or encoded again.
import { randomBytes } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { racyMs, summaryReaderVersion, type FileStamp } from './file-stamp.ts';

/** The cache's file name inside `.tradeoff-atlas/cache/`. */
export const listingCacheName = 'record-listing.tsv';

// The summary reader's version covers the parser; this one covers the listed fields and the file's layout.
const listingFields = 2;
const format = `tradeoff-atlas/record-listing\t${summaryReaderVersion}.${listingFields}`;

// Layout: a header line naming the format and reader, when the cache was written, the byte length of the stamps
// block and the CRC-32 of everything after the header. Then the stamps block, a line per file in name order: name,
// size, time and the byte length of its listed record, apart by tabs. Then the records block: the listed records
// (JSON) in the same order joined by ",\n", which is what `list --json` prints between its brackets. Only the stamps
// are decoded; an unchanged folder is printed from the records block as read. Touching memory is much of what a
// listing costs (on a VM, a fresh page can cost more than the bytes written to it): printing from the cache's own
// buffer spares decoding 5 MB, joining it again and encoding it back at 20,000 records.
// A torn or edited cache fails its checksum and is not read (a checksum, not a seal: the folder's owner may write
// what they like). JSON never holds a raw line break, and names that hold a tab or one are not cached.
const tab = '\t';
/** What joins two records in the records block, as `list --json` prints them. */
export const recordSeparator = ',\n';
const separatorBytes = recordSeparator.length;
const isCount = (v: number) => Number.isFinite(v) && v >= 0 && Number.isInteger(v);

/** A record as the listing has it: its file's name and stamp, and its listed record (JSON text, or UTF-8 bytes). */
export interface ListingEntry {
  name: string;
  stamp: FileStamp;
  json: string | Uint8Array;
}

/** A record the cache kept: its file's stamp, and where its listed JSON lies in the records block (in bytes). */
export interface KeptRecord extends FileStamp {
  start: number;
  end: number;
}

/** Whether a file's name can be cached: the stamps block is tab- and line-separated. */
export const isCacheableName = (name: string) => !/[\t\n\r]/.test(name);

/** The cache as read, looked up by names in ascending order. */
export class ListingCache {
  readonly #stamps: string;
  readonly #records: Buffer;
  readonly #trustedBefore: number;
  #at = 0;
  #byteAt = 0;
  #lines = -1;

  private constructor(stamps: string, records: Buffer, writtenAt: number) {
    this.#stamps = stamps;
    this.#records = records;
    // A file modified shortly before the cache was written may have changed again since, keeping its size and time.
    this.#trustedBefore = writtenAt - racyMs;
  }

  static readonly empty = new ListingCache('', Buffer.alloc(0), 0);

  /** The cache as written by this version of the reader; empty when it is missing, torn, edited or foreign. */
  static load(file: string): ListingCache {
    let bytes: Buffer;
    try {
      // One blocking read: through the thread pool, a 6 MB file is read in a dozen round trips.
      bytes = readFileSync(file);
    } catch {
      return ListingCache.empty;
    }
    const headerEnd = bytes.indexOf('\n');
    const [name, reader, written, stampBytes, sum] = bytes.toString('utf8', 0, Math.max(headerEnd, 0)).split(tab);
    const writtenAt = Number(written);
    const stampsEnd = headerEnd + 1 + Number(stampBytes);
    const valid = headerEnd >= 0 && `${name}${tab}${reader}` === format && isCount(writtenAt);
    if (!valid || !isCount(Number(stampBytes)) || stampsEnd > bytes.length) return ListingCache.empty;
    // Summed as bytes: a text would be encoded again to be summed.
    if (sum !== String(crc32(bytes.subarray(headerEnd + 1)))) return ListingCache.empty;
    const stamps = bytes.subarray(headerEnd + 1, stampsEnd);
    // Most folders' names are ASCII, which is copied as it is instead of decoded.
    return new ListingCache(stamps.toString(isAscii(stamps) ? 'latin1' : 'utf8'), bytes.subarray(stampsEnd), writtenAt);
  }

  /**
   * Where the records block holds the listed record of `name`, when the file still has the size and time it had
   * when read; null otherwise. Names must be asked in ascending order (the cache's own, by code unit): the
   * lookup walks on from the last one. The file's stamp is asked for only when the cache holds a line to check.
   */
  recordOf(name: string, stampNow: (name: string) => FileStamp | null): KeptRecord | null {
    const stamps = this.#stamps;
    while (this.#at < stamps.length) {
      const start = this.#at;
      const end = stamps.indexOf('\n', start);
      const nameEnd = stamps.indexOf(tab, start);
      const sizeEnd = stamps.indexOf(tab, nameEnd + 1);
      const timeEnd = stamps.indexOf(tab, sizeEnd + 1);
      if (end < 0 || nameEnd < 0 || timeEnd < 0 || timeEnd > end) return null;
      const jsonStart = this.#byteAt;
      const jsonEnd = jsonStart + Number(stamps.slice(timeEnd + 1, end));
      // Most lines are the name asked for: compared in place, and cut out only when the walk must decide its way.
      if (nameEnd - start !== name.length || !stamps.startsWith(name, start)) {
        if (stamps.slice(start, nameEnd) > name) return null;
        this.#at = end + 1;
        this.#byteAt = jsonEnd + separatorBytes;
        continue;
      }
      this.#at = end + 1;
      this.#byteAt = jsonEnd + separatorBytes;
      const mtimeMs = Number(stamps.slice(sizeEnd + 1, timeEnd));
      if (!(mtimeMs < this.#trustedBefore) || !this.#isRecordAt(jsonStart, jsonEnd)) return null;
      const stamp = stampNow(name);
      const fresh = stamp?.size === Number(stamps.slice(nameEnd + 1, sizeEnd)) && stamp.mtimeMs === mtimeMs;
      return fresh ? { size: stamp.size, mtimeMs, start: jsonStart, end: jsonEnd } : null;
    }
    return null;
  }

  /**
   * Whether `start` to `end` is whole records of the block: it opens a record and ends one, at the block's ends or
   * at separators. JSON holds no raw line break, so ",\n" is found only between records. A cache that passed its
   * checksum was written by this reader or edited on purpose; either way, what it prints is whole JSON objects.
   */
  #isRecordAt(start: number, end: number): boolean {
    const block = this.#records;
    const comma = recordSeparator.charCodeAt(0);
    const lineBreak = recordSeparator.charCodeAt(1);
    const opens = start === 0 || (block[start - 2] === comma && block[start - 1] === lineBreak);
    const closes = end === block.length || (block[end] === comma && block[end + 1] === lineBreak);
    return start < end && end <= block.length && block[start] === 0x7b && block[end - 1] === 0x7d && opens && closes;
  }

  /** The records block's bytes from `start` to `end`: one kept record, or a run of them with their separators. */
  bytes(start: number, end: number): Uint8Array {
    return this.#records.subarray(start, end);
  }

  /** How many records the cache holds. */
  get size(): number {
    if (this.#lines < 0) {
      this.#lines = 0;
      for (let at = this.#stamps.indexOf('\n'); at >= 0; at = this.#stamps.indexOf('\n', at + 1)) this.#lines++;
    }
    return this.#lines;
  }
}

/**
 * Replaces the cache atomically with `entries`, in name order (names that cannot be cached are left out), so a
 * reader finds the old one or the new one. It is not synced to disk: after a power loss a torn file fails its
 * checksum and is rebuilt, which costs a slower listing, never a wrong one. Gives the records block as written.
 */
export async function saveListingCache(
  file: string,
  entries: ListingEntry[],
  now: () => number = Date.now,
): Promise<Buffer> {
  await mkdir(dirname(file), { recursive: true });
  const kept = entries.filter((e) => isCacheableName(e.name));
  const lengths = kept.map(({ json }) => (typeof json === 'string' ? Buffer.byteLength(json) : json.length));
  const stamps = Buffer.from(
    kept.map((e, i) => `${e.name}${tab}${e.stamp.size}${tab}${e.stamp.mtimeMs}${tab}${lengths[i]}\n`).join(''),
  );
  // The records block is filled in place: a buffer per record, and joining them, cost a cold listing of 20,000
  // records more than the rest of writing the cache.
  const records = Buffer.allocUnsafe(
    lengths.reduce((sum, n) => sum + n, separatorBytes * Math.max(kept.length - 1, 0)),
  );
  let at = 0;
  kept.forEach(({ json }, i) => {
    if (i > 0) at += records.write(recordSeparator, at);
    if (typeof json === 'string') records.write(json, at);
    else records.set(json, at);
    at += lengths[i]!;
  });
  const header = Buffer.from(`${format}${tab}${now()}${tab}${stamps.length}${tab}${crc32(records, crc32(stamps))}\n`);
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    // Written piece by piece, never copied into one buffer.
    await writeFile(tmp, [header, stamps, records], { flag: 'wx' });
    await rename(tmp, file);
    return records;
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}
