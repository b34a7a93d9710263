// Reads one Markdown file defensively: size checked before reading, binary and non-UTF-8 content refused.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { errnoCode } from '../../common/errors.ts';

export const maxAdrFileBytes = 1024 * 1024;

export type AdrFileRead = { ok: true; text: string } | { ok: false; reason: string; missing?: true };

type AdrFileFailure = Extract<AdrFileRead, { ok: false }>;

/** A read that also says which version of the file it read: its size and modification time at the time. */
export type StampedAdrFileRead = { ok: true; text: string; size: number; mtimeMs: number } | AdrFileFailure;

// One strict decoder for every file: invalid UTF-8 throws instead of turning into replacement characters.
const utf8 = new TextDecoder('utf-8', { fatal: true });

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// Never through a symbolic link, and never blocking on a FIFO swapped in after the folder was listed.
const openFlags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

const tooLarge = (size: number, maxBytes: number): AdrFileFailure => ({
  ok: false,
  reason: `file is ${megabytes(size)}; the limit is ${megabytes(maxBytes)}`,
});

/** The text of the bytes read, or why they are not a Markdown file. */
function decoded(bytes: Buffer, maxBytes: number): AdrFileRead {
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) return { ok: false, reason: `file is over ${megabytes(maxBytes)}` };
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

function failed(e: unknown): AdrFileFailure {
  if (errnoCode(e) === 'ENOENT') return { ok: false, reason: 'the file does not exist', missing: true };
  return { ok: false, reason: `cannot read: ${e instanceof Error ? e.message : String(e)}` };
}

export async function readAdrFile(file: string, maxBytes = maxAdrFileBytes): Promise<AdrFileRead> {
  try {
    // One open handle for the size check and the read: a folder import does this a thousand times.
    const handle = await open(file, openFlags);
    let bytes: Buffer;
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { ok: false, reason: 'not a regular file' };
      if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
    return decoded(bytes, maxBytes);
  } catch (e) {
    return failed(e);
  }
}

// The blocking read's bytes land in one buffer, reused from file to file (one per thread: each has its own module):
// a buffer per file, and readFileSync's second stat of it, cost a fifth of listing a folder of 20,000 records.
let readBuffer = Buffer.alloc(0);

/**
 * The file's bytes up to one past `maxBytes` (so a file that grew past the limit shows it), in the shared buffer.
 * A regular file's read stops short only at its end, so a file no larger than its stat said takes one read.
 */
function readUpTo(fd: number, statSize: number, maxBytes: number): Buffer {
  if (readBuffer.length < maxBytes + 1) readBuffer = Buffer.allocUnsafe(maxBytes + 1);
  let length = 0;
  let wanted = Math.min(statSize, maxBytes) + 1;
  for (;;) {
    const n = readSync(fd, readBuffer, length, wanted - length, null);
    length += n;
    if (n === 0 || length < wanted || length > maxBytes) return readBuffer.subarray(0, length);
    // It grew since the stat: read on, up to the limit.
    wanted = maxBytes + 1;
  }
}

/**
 * The same read, blocking: for a parse worker's thread or a command-line process, where thousands of files cost
 * a third of the CPU time that promises through the thread pool do.
 */
export function readAdrFileSync(file: string, maxBytes = maxAdrFileBytes): StampedAdrFileRead {
  try {
    const fd = openSync(file, openFlags);
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) return { ok: false, reason: 'not a regular file' };
      if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
      const read = decoded(readUpTo(fd, info.size, maxBytes), maxBytes);
      if (!read.ok) return read;
      return { ...read, size: info.size, mtimeMs: info.mtimeMs };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return failed(e);
  }
}
