// Reads one Markdown file defensively: size checked before reading, binary and non-UTF-8 content refused.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { errnoCode } from '../../common/errors.ts';

export const maxAdrFileBytes = 1024 * 1024;

export type AdrFileRead = { ok: true; text: string } | { ok: false; reason: string; missing?: true };

// One strict decoder for every file: invalid UTF-8 throws instead of turning into replacement characters.
const utf8 = new TextDecoder('utf-8', { fatal: true });

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function readAdrFile(file: string, maxBytes = maxAdrFileBytes): Promise<AdrFileRead> {
  try {
    // One open handle for the size check and the read: a folder import does this a thousand times.
    // Never through a symbolic link, and never blocking on a FIFO swapped in after the folder was listed.
    const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    let bytes: Buffer;
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { ok: false, reason: 'not a regular file' };
      if (info.size > maxBytes)
        return { ok: false, reason: `file is ${megabytes(info.size)}; the limit is ${megabytes(maxBytes)}` };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
    // The file may have grown between stat and read.
    if (bytes.length > maxBytes) return { ok: false, reason: `file is over ${megabytes(maxBytes)}` };
    if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
    try {
      return { ok: true, text: utf8.decode(bytes) };
    } catch {
      return { ok: false, reason: 'not valid UTF-8 text' };
    }
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return { ok: false, reason: 'the file does not exist', missing: true };
    return { ok: false, reason: `cannot read: ${e instanceof Error ? e.message : String(e)}` };
  }
}
