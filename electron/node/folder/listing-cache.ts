// The command line's parse cache of a decision folder (`.tradeoff-atlas/cache/record-listing.tsv`): each record
// file's listed record, keyed by the file's size and modification time, so listing the folder again opens no file
// that did not change, and prints what it kept without parsing or serialising any JSON.
import { randomBytes } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { racyMs, summaryReaderVersion, type FileStamp } from './file-stamp.ts';

/** The cache's file name inside `.tradeoff-atlas/cache/`. */
export const listingCacheName = 'record-listing.tsv';

// The summary reader's version covers the parser; this one covers the listed fields and the file's layout.
const listingFields = 1;
const format = `tradeoff-atlas/record-listing\t${summaryReaderVersion}.${listingFields}`;

// A line per file, in name order: name, size, time and the listed record as JSON, apart by tabs. JSON never holds a
// raw tab or line break, and names that do are not cached. A header line names the format and reader, when the
// cache was written, and the CRC-32 of the lines after it: a torn or edited cache is not read, so every line printed
// from it is as this reader wrote it (a checksum, not a seal: the folder's owner may write what they like). An
// unchanged folder is listed without an object per record: its sorted names are walked beside the cache's sorted
// lines, and each line is kept as it was read.
const tab = '\t';
// About half of SHA-1's cost over 20,000 lines, and it catches what a torn write or a slip of the hand does.
const checksum = (body: Buffer) => String(crc32(body));
const isCount = (v: number) => Number.isFinite(v) && v >= 0;

/** One file's line in the cache: `name`, size, modification time and listed record (JSON), apart by tabs. */
export type ListingLine = string;

export function listingLine(name: string, stamp: FileStamp, json: string): ListingLine | null {
  return /[\t\n\r]/.test(name) ? null : `${name}${tab}${stamp.size}${tab}${stamp.mtimeMs}${tab}${json}`;
}

/** The listed record (JSON) a line holds. */
export function jsonOf(line: ListingLine): string {
  const size = line.indexOf(tab) + 1;
  const time = line.indexOf(tab, size) + 1;
  return line.slice(line.indexOf(tab, time) + 1);
}

/** The cache as read, looked up by names in ascending order. */
export class ListingCache {
  readonly #body: string;
  readonly #trustedBefore: number;
  #at = 0;

  private constructor(body: string, writtenAt: number) {
    this.#body = body;
    // A file modified shortly before the cache was written may have changed again since, keeping its size and time.
    this.#trustedBefore = writtenAt - racyMs;
  }

  static readonly empty = new ListingCache('', 0);

  /** The cache as written by this version of the reader; empty when it is missing, torn, edited or foreign. */
  static async load(file: string): Promise<ListingCache> {
    const bytes = await readFile(file).catch(() => Buffer.alloc(0));
    const headerEnd = bytes.indexOf('\n');
    const [name, reader, written, sum] = bytes.toString('utf8', 0, Math.max(headerEnd, 0)).split(tab);
    const writtenAt = Number(written);
    if (headerEnd < 0 || `${name}${tab}${reader}` !== format || !isCount(writtenAt)) return ListingCache.empty;
    // Summed as bytes: a text would be encoded again to be summed.
    const body = bytes.subarray(headerEnd + 1);
    if (sum !== checksum(body)) return ListingCache.empty;
    // Most folders' lines are ASCII, which is copied as it is instead of decoded.
    return new ListingCache(body.toString(isAscii(body) ? 'latin1' : 'utf8'), writtenAt);
  }

  /**
   * The cached line of `name` when the file still has the size and time it had when read; null otherwise. Names
   * must be asked in ascending order (the cache's own, by code unit): the lookup walks on from the last one. The
   * file's stamp is asked for only when the cache holds a line to check it against.
   */
  lineOf(name: string, stampNow: () => FileStamp | null): ListingLine | null {
    const body = this.#body;
    while (this.#at < body.length) {
      const start = this.#at;
      const end = body.indexOf('\n', start);
      if (end < 0) return null;
      const nameEnd = body.indexOf(tab, start);
      if (nameEnd < 0 || nameEnd > end) return null;
      // Most lines are the name asked for: compared in place, and cut out only when the walk must decide its way.
      if (nameEnd - start !== name.length || !body.startsWith(name, start)) {
        if (body.slice(start, nameEnd) > name) return null;
        this.#at = end + 1;
        continue;
      }
      this.#at = end + 1;
      const sizeEnd = body.indexOf(tab, nameEnd + 1);
      const timeEnd = body.indexOf(tab, sizeEnd + 1);
      const mtimeMs = Number(body.slice(sizeEnd + 1, timeEnd));
      if (!(mtimeMs < this.#trustedBefore)) return null;
      const stamp = stampNow();
      const fresh = stamp?.size === Number(body.slice(nameEnd + 1, sizeEnd)) && stamp.mtimeMs === mtimeMs;
      return fresh ? body.slice(start, end) : null;
    }
    return null;
  }

  /** How many lines the cache holds. */
  get size(): number {
    let lines = 0;
    for (let at = this.#body.indexOf('\n'); at >= 0; at = this.#body.indexOf('\n', at + 1)) lines++;
    return lines;
  }
}

/**
 * Replaces the cache atomically with `lines`, in name order, so a reader finds the old one or the new one. It is not
 * synced to disk: after a power loss a torn file fails its checksum and is rebuilt, which costs a slower listing,
 * never a wrong one.
 */
export async function saveListingCache(file: string, lines: ListingLine[], now: () => number = Date.now) {
  await mkdir(dirname(file), { recursive: true });
  // Encoded once, for both the checksum and the file: each encoding of 20,000 lines cost as much as writing them.
  const body = Buffer.from(lines.length ? `${lines.join('\n')}\n` : '');
  const header = Buffer.from(`${format}${tab}${now()}${tab}${checksum(body)}\n`);
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, Buffer.concat([header, body]), { flag: 'wx' });
    await rename(tmp, file);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}
