// A lowdb Adapter for text that survives crashes and power loss: temp file, fsync, rename, fsync the folder.
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { errnoCode } from '../../common/errors.ts';

/** The file-system calls the adapter makes; tests inject failures through it. */
export type DurableFs = Pick<typeof nodeFs, 'open' | 'readFile' | 'rename' | 'unlink'>;

export class DurableTextFile implements Adapter<string> {
  readonly #file: string;
  readonly #fs: DurableFs;

  constructor(file: string, fs: DurableFs = nodeFs) {
    this.#file = file;
    this.#fs = fs;
  }

  /** The file's text, or null when it does not exist yet. Other errors (EACCES…) propagate. */
  async read(): Promise<string | null> {
    try {
      return await this.#fs.readFile(this.#file, 'utf8');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  /**
   * Replaces the file atomically: a reader sees the old content or the new, never a mix. The file is replaced only
   * once `beforeReplacing` has resolved too (a backup of the old text, written meanwhile); if it rejects, nothing is.
   */
  async write(text: string, beforeReplacing: Promise<unknown> = Promise.resolve()): Promise<void> {
    // Handled here as well, so its failure during a failed temp write is not an unhandled rejection.
    beforeReplacing.catch(() => undefined);
    const dir = dirname(this.#file);
    // Unique per process and call, so a crashed writer's leftovers never collide with ours.
    const tmp = join(dir, `.${basename(this.#file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await this.#fs.open(tmp, 'wx');
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await beforeReplacing;
      await this.#fs.rename(tmp, this.#file);
    } catch (error) {
      await this.#fs.unlink(tmp).catch(() => undefined);
      throw error;
    }
    await syncFolder(this.#fs, dir);
  }
}

/** Makes the rename itself durable. */
async function syncFolder(fs: DurableFs, dir: string): Promise<void> {
  let handle: nodeFs.FileHandle;
  try {
    handle = await fs.open(dir, 'r');
  } catch (error) {
    // Windows cannot open a directory as a file (EISDIR/EPERM); NTFS journals the rename instead.
    if (errnoCode(error) === 'EISDIR' || errnoCode(error) === 'EPERM') return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    // Some platforms and network file systems refuse fsync on a directory; the rename has happened.
    if (errnoCode(error) !== 'EINVAL' && errnoCode(error) !== 'EPERM') throw error;
  } finally {
    await handle.close();
  }
}

/** Removes temp files a crashed writer left behind; call only while holding the workspace lock. */
export async function removeStaleTempFiles(file: string): Promise<void> {
  const dir = dirname(file);
  const prefix = `.${basename(file)}.`;
  const names = await nodeFs.readdir(dir).catch(() => []);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'))
      .map((name) => nodeFs.unlink(join(dir, name)).catch(() => undefined)),
  );
}
